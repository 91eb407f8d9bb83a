import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useChangeEvents } from './api/hooks';
import { onEvent } from './api/client';
import { LanguageSwitcher } from './components/LanguageSwitcher';
import { ReadOnlyBanner } from './components/ReadOnlyBanner';
import { ErrorBanner } from './components/ErrorBanner';
import { AssessmentHome } from './features/assessment/AssessmentHome';
import { LibraryView } from './features/library/LibraryView';
import { useFileCommands } from './features/assessment/useFileCommands';
import { NewAssessmentDialog } from './features/assessment/NewAssessmentDialog';
import { LawView, type ProvisionFocus } from './features/law/LawView';
import type { LawFilter } from './features/law/useProvisionMappings';
import { INITIAL_REVIEW_NAV, ReviewView, type ReviewNav } from './features/review/ReviewView';
import type { ReviewFilter } from './features/review/filters';
import { DashboardView } from './features/dashboard/DashboardView';
import { shortRef } from './features/review/filters';
import { useInstrumentNames } from './hooks/useInstrumentNames';
import { INITIAL_VERSIONS_NAV, VersionsView, type VersionsNav } from './features/versions/VersionsView';
import { StepBar } from './features/guide/StepBar';
import type { StepId } from './features/guide/steps';
import { ReportPanel } from './features/report/ReportPanel';
import { START_FILTER } from './features/review/filters';
import { WorkshopView } from './features/workshop/WorkshopView';
import { useWorkshopMode } from './features/workshop/useWorkshopPosition';
import styles from './App.module.css';

type View = 'assessment' | 'law' | 'review' | 'dashboard' | 'versions' | 'report' | 'library';
const VIEWS: readonly View[] = ['assessment', 'law', 'review', 'dashboard', 'versions', 'report', 'library'];
/** Views that need an open assessment. */
const ASSESSMENT_VIEWS = new Set<View>(['law', 'review', 'dashboard', 'versions', 'report']);
/** The step of the guided path each view belongs to. */
const STEP_OF: Partial<Record<View, StepId>> = {
  assessment: 'acts',
  law: 'acts',
  versions: 'acts',
  review: 'review',
  report: 'report',
};

/** A jump between the law and the review, so the user can go back where they came from. */
interface Return {
  view: View;
  label: string;
}

export function App() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('assessment');
  const [versionId, setVersionId] = useState<number | null>(null);
  const [lawFilter, setLawFilter] = useState<LawFilter>('all');
  const [lawFocus, setLawFocus] = useState<ProvisionFocus | null>(null);
  const [reviewNav, setReviewNav] = useState<ReviewNav>(INITIAL_REVIEW_NAV);
  const [back, setBack] = useState<Return | null>(null);
  const [versionsNav, setVersionsNav] = useState<VersionsNav>(INITIAL_VERSIONS_NAV);
  const info = useApi('app:info', {});
  const current = useApi('assessment:current', {});
  const files = useFileCommands();
  const { nameOf } = useInstrumentNames();
  const [workshopOn, setWorkshop] = useWorkshopMode();
  useChangeEvents();

  const ready = info.isSuccess && current.isSuccess;
  useEffect(() => {
    document.getElementById('root')?.setAttribute('data-app-state', ready ? 'ready' : 'loading');
  }, [ready]);

  // Commands from the native File menu (Electron); the loopback host never sends them.
  useEffect(
    () =>
      onEvent('menu:command', (payload) => {
        const { command } = payload;
        if (command === 'new-assessment') files.startNew();
        else if (command === 'open-assessment') files.open();
        else if (command === 'save-as') files.saveAs();
        else if (command === 'close-assessment') files.close();
      }),
    [files],
  );

  const go = useCallback((next: View, from: Return | null = null) => {
    setBack(from);
    setView(next);
  }, []);
  const openReview = useCallback(
    (filter: ReviewFilter, selectedId: string | null = null, from: Return | null = null) => {
      setReviewNav({ filter, selectedId });
      go('review', from);
    },
    [go],
  );
  const openLaw = useCallback(
    (id: number, options: { provisionId?: number; filter?: LawFilter; from?: Return | null } = {}) => {
      setVersionId(id);
      setLawFilter(options.filter ?? 'all');
      setLawFocus(options.provisionId ? { provisionId: options.provisionId } : null);
      go('law', options.from ?? null);
    },
    [go],
  );
  const available = (v: View) => !ASSESSMENT_VIEWS.has(v) || (current.data && (v !== 'law' || versionId !== null));
  const showHome = view === 'assessment' || (ASSESSMENT_VIEWS.has(view) && !available(view));
  // Workshop mode takes the whole screen for the room: one requirement, nothing else.
  const workshop = workshopOn && ready && !!current.data;
  const workshopToggle = current.data && (
    <button
      type="button"
      className={`tab ${styles.workshopToggle}`}
      aria-pressed={workshop}
      onClick={() => setWorkshop(!workshop)}
      data-testid="workshop-toggle"
    >
      {workshop ? t('workshop.leave') : t('workshop.toggle')}
    </button>
  );

  if (workshop)
    return (
      <div className={`${styles.app} ${styles.workshopMode}`}>
        <header className={styles.appHeader} data-testid="app-header">
          <div className={styles.brand}>
            <span className={styles.brandName}>{t('app.name')}</span>
            <span className={styles.brandContext} data-testid="current-assessment">
              {current.data!.country} — {current.data!.title}
            </span>
          </div>
          {workshopToggle}
          <LanguageSwitcher />
        </header>
        <main className={styles.appMain}>
          <WorkshopView onLeave={() => setWorkshop(false)} />
        </main>
      </div>
    );

  return (
    <div className={styles.app}>
      <header className={styles.appHeader} data-testid="app-header">
        <div className={styles.brand}>
          <span className={styles.brandName}>{t('app.name')}</span>
          {current.data && (
            <span className={styles.brandContext} data-testid="current-assessment">
              {current.data.country} — {current.data.title}
            </span>
          )}
        </div>
        <nav className={styles.appNav} aria-label={t('nav.label')} data-testid="app-nav">
          {VIEWS.filter(available).map((v) => (
            <button
              key={v}
              type="button"
              className={view === v ? 'tab active' : 'tab'}
              aria-current={view === v ? 'page' : undefined}
              data-testid={`nav-${v}`}
              onClick={() => go(v)}
            >
              {t(`nav.${v}`)}
            </button>
          ))}
        </nav>
        {workshopToggle}
        <LanguageSwitcher />
      </header>
      {current.data && (
        <StepBar
          active={showHome ? (current.data ? 'acts' : null) : (STEP_OF[view] ?? null)}
          onStep={(step) =>
            step === 'acts'
              ? go('assessment')
              : step === 'review'
                ? openReview(START_FILTER)
                : go(step === 'analysis' ? 'review' : 'report')
          }
          onImported={(r) => openLaw(r.versionId)}
        />
      )}
      {current.data && <ReadOnlyBanner current={current.data} />}
      {files.error && <ErrorBanner error={files.error} onDismiss={files.clearError} />}
      {info.data?.warnings.map((w) => (
        <p key={w} className={`notice ${styles.startupWarning}`} role="status" data-testid="startup-warning">
          {t('app.startupWarning')} {w}
        </p>
      ))}
      {back && back.view !== view && !showHome && (
        <div className={styles.backBar}>
          <button type="button" className="link" onClick={() => go(back.view)} data-testid="back-link">
            ← {back.label}
          </button>
        </div>
      )}
      <main className={styles.appMain}>
        {!ready ? (
          <p className="muted">{t('app.loading')}</p>
        ) : showHome ? (
          <AssessmentHome current={current.data ?? null} files={files} onOpenVersion={(id) => openLaw(id)} />
        ) : view === 'law' ? (
          <LawView
            key={versionId}
            versionId={versionId!}
            focus={lawFocus}
            filter={lawFilter}
            onFilter={setLawFilter}
            onOpenRequirement={(requirementId, from) =>
              openReview(reviewNav.filter, requirementId, {
                view: 'law',
                label: t('nav.backToLaw', { provision: from.label }),
              })
            }
          />
        ) : view === 'review' ? (
          <ReviewView
            key={current.data?.path}
            nav={reviewNav}
            onNav={setReviewNav}
            onOpenAssessment={() => go('assessment')}
            onShowInLaw={(m, requirementId) =>
              openLaw(m.versionId, {
                provisionId: m.provisionId ?? undefined,
                from: {
                  view: 'review',
                  label: t('nav.backToReview', { requirement: shortRef(requirementId, nameOf) }),
                },
              })
            }
          />
        ) : view === 'dashboard' ? (
          <DashboardView
            onOpenReview={(filter) => openReview(filter, null, { view: 'dashboard', label: t('nav.backToDashboard') })}
            onOpenRequirement={(id) =>
              openReview(reviewNav.filter, id, { view: 'dashboard', label: t('nav.backToDashboard') })
            }
            onOpenUnmapped={(id) =>
              openLaw(id, { filter: 'unmapped', from: { view: 'dashboard', label: t('nav.backToDashboard') } })
            }
            onOpenVersions={(nav) => {
              setVersionsNav(nav);
              go('versions', { view: 'dashboard', label: t('nav.backToDashboard') });
            }}
          />
        ) : view === 'versions' ? (
          <VersionsView
            key={current.data?.path}
            nav={versionsNav}
            onNav={setVersionsNav}
            onOpenRequirement={(id) =>
              openReview(reviewNav.filter, id, { view: 'versions', label: t('versions.backToVersions') })
            }
          />
        ) : view === 'report' ? (
          <section className={styles.reportView} data-testid="report-view">
            <h1>{t('guide.report.heading')}</h1>
            <ReportPanel current={current.data!} />
          </section>
        ) : (
          <LibraryView />
        )}
      </main>
      {files.creating && <NewAssessmentDialog defaultAssessor={info.data?.assessor ?? ''} files={files} />}
    </div>
  );
}
