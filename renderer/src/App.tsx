import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useChangeEvents } from './api/hooks';
import { onEvent } from './api/client';
import { LanguageSwitcher } from './components/LanguageSwitcher';
import { ErrorBanner } from './components/ErrorBanner';
import { AssessmentHome } from './features/assessment/AssessmentHome';
import { LibraryView } from './features/library/LibraryView';
import { useFileCommands } from './features/assessment/useFileCommands';
import { NewAssessmentDialog } from './features/assessment/NewAssessmentDialog';
import { LawView } from './features/law/LawView';

type View = 'assessment' | 'law' | 'library';

export function App() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('assessment');
  const [versionId, setVersionId] = useState<number | null>(null);
  const info = useApi('app:info', {});
  const current = useApi('assessment:current', {});
  const files = useFileCommands();
  useChangeEvents();

  const ready = info.isSuccess && current.isSuccess;
  useEffect(() => {
    document.getElementById('root')?.setAttribute('data-app-state', ready ? 'ready' : 'loading');
  }, [ready]);

  // Commands from the native File menu (Electron); the loopback host never sends them.
  useEffect(
    () =>
      onEvent('menu:command', (payload) => {
        const command = (payload as { command?: string }).command;
        if (command === 'new-assessment') files.startNew();
        else if (command === 'open-assessment') files.open();
        else if (command === 'save-as') files.saveAs();
        else if (command === 'close-assessment') files.close();
      }),
    [files],
  );

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          {current.data && (
            <span className="brand-context" data-testid="current-assessment">
              {current.data.country} — {current.data.title}
            </span>
          )}
        </div>
        <nav className="app-nav" aria-label="Main">
          {(['assessment', 'law', 'library'] as const)
            .filter((v) => v !== 'law' || (current.data && versionId !== null))
            .map((v) => (
            <button
              key={v}
              type="button"
              className={view === v ? 'tab active' : 'tab'}
              aria-current={view === v ? 'page' : undefined}
              data-testid={`nav-${v}`}
              onClick={() => setView(v)}
            >
              {t(`nav.${v}`)}
            </button>
          ))}
        </nav>
        <LanguageSwitcher />
      </header>
      {files.error && <ErrorBanner error={files.error} onDismiss={files.clearError} />}
      <main className="app-main">
        {!ready ? (
          <p className="muted">{t('app.loading')}</p>
        ) : view === 'assessment' || (view === 'law' && (!current.data || versionId === null)) ? (
          <AssessmentHome
            current={current.data ?? null}
            files={files}
            onOpenVersion={(id) => {
              setVersionId(id);
              setView('law');
            }}
          />
        ) : view === 'law' ? (
          <LawView key={versionId} versionId={versionId!} />
        ) : (
          <LibraryView />
        )}
      </main>
      {files.creating && <NewAssessmentDialog defaultAssessor={info.data?.userName ?? ''} files={files} />}
    </div>
  );
}
