import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import type { CarryResult, VersionComparison } from '../../../../shared/api/version-schemas';
import { useApi } from '../../api/hooks';
import { ApiCallError, call } from '../../api/client';
import { useImportJob } from '../../api/useImportJob';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ImportProgress } from '../../components/ImportProgress';
import { ImportDialog } from '../acts/ImportDialog';
import { VersionList } from './VersionList';
import { VersionSelect } from './VersionSelect';
import { Redline, type RedlineMode } from './Redline';
import { DeltaTable } from './DeltaTable';
import { shortRef } from '../review/filters';
import { useInstrumentNames } from '../../hooks/useInstrumentNames';
import styles from './VersionsView.module.css';

export interface VersionsNav {
  actId: number | null;
  oldId: number | null;
  newId: number | null;
  tab: 'redline' | 'delta';
}
export const INITIAL_VERSIONS_NAV: VersionsNav = { actId: null, oldId: null, newId: null, tab: 'redline' };

/**
 * Drafts and versions of an act: the list (rename, stage, date, delete, import another), two
 * versions chosen and compared — the redline of the whole act with the substantive changes,
 * pairings the user corrects, the review carried forward, the compliance delta, the Word export.
 */
export function VersionsView({
  nav,
  onNav,
  onOpenRequirement,
}: {
  nav: VersionsNav;
  onNav: (nav: VersionsNav) => void;
  onOpenRequirement: (requirementId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const acts = useApi('act:list', {});
  const { nameOf } = useInstrumentNames();
  const actId = nav.actId ?? acts.data?.find((a) => a.versions.length > 1)?.id ?? acts.data?.[0]?.id ?? null;
  const versions = useApi('versions:list', { actId: actId ?? 0 }, { enabled: actId !== null });
  const list = versions.data ?? [];
  const oldId = nav.oldId ?? (list.length > 1 ? list[list.length - 2]!.id : null);
  const newId = nav.newId ?? (list.length > 1 ? list[list.length - 1]!.id : null);
  const [comparison, setComparison] = useState<VersionComparison | null>(null);
  const [mode, setMode] = useState<RedlineMode>('inline');
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [toReview, setToReview] = useState<string[]>([]);
  const run = useCallback(
    (jobId: string, a: number, b: number) => call('versions:compare', { oldVersionId: a, newVersionId: b, jobId }),
    [],
  );
  const job = useImportJob(run, 'versions:compare');
  const fail = (e: unknown) => setError(e instanceof ApiCallError ? e.error : { code: 'internal', message: String(e) });

  const compare = useCallback(async () => {
    if (oldId === null || newId === null) return;
    setNotice(null);
    setToReview([]);
    const r = await job.start(oldId, newId);
    if (r) setComparison(r);
  }, [job, oldId, newId]);

  const repair = async (oldKeys: string[], newKeys: string[]) => {
    if (oldId === null || newId === null) return;
    try {
      await call('versions:set-pairing', { oldVersionId: oldId, newVersionId: newId, oldKeys, newKeys });
      await compare();
    } catch (e) {
      fail(e);
    }
  };

  const carry = async () => {
    if (oldId === null || newId === null) return;
    try {
      const r: CarryResult = await call('versions:carry-review', { oldVersionId: oldId, newVersionId: newId });
      setNotice(
        t('versions.carried', {
          carried: r.carried,
          rereview: r.rereview,
          requirements: r.requirementsToReview.length,
        }),
      );
    } catch (e) {
      fail(e);
    }
  };

  const exportDocx = async () => {
    if (oldId === null || newId === null) return;
    try {
      const lang = (['en', 'fr', 'es'] as const).find((l) => i18n.language.startsWith(l)) ?? 'en';
      const r = await call('versions:export-docx', { oldVersionId: oldId, newVersionId: newId, language: lang });
      if (r) setNotice(t('versions.exported', { path: r.path }));
    } catch (e) {
      fail(e);
    }
  };

  // A comparison belongs to the pair it was made for.
  const shown =
    comparison && comparison.oldVersion.id === oldId && comparison.newVersion.id === newId ? comparison : null;
  const result = shown?.result;
  const s = result?.summary;
  const languageError = job.error?.details?.reason === 'language';

  return (
    <div className={styles.versionsView} data-testid="versions-view">
      <section className="panel">
        <header className="panel-head">
          <h1>{t('versions.title')}</h1>
          <button type="button" className="primary" onClick={() => setImporting(true)} data-testid="import-version">
            {t('versions.importVersion')}
          </button>
        </header>
        {acts.data && acts.data.length > 1 && (
          <label className="inline-field">
            <span>{t('acts.act')}</span>
            <select
              value={actId ?? ''}
              onChange={(e) => onNav({ ...INITIAL_VERSIONS_NAV, actId: Number(e.target.value) })}
              data-testid="versions-act"
            >
              {acts.data.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
        <VersionList versions={list} onError={setError} />
        {list.length < 2 ? (
          <p className="muted" data-testid="versions-need-two">
            {t('versions.needTwo')}
          </p>
        ) : (
          <div className={styles.compareBar}>
            <VersionSelect
              label={t('versions.compareOld')}
              versions={list}
              value={oldId}
              onChange={(id) => onNav({ ...nav, actId, oldId: id, newId })}
              testId="compare-old"
            />
            <VersionSelect
              label={t('versions.compareNew')}
              versions={list}
              value={newId}
              onChange={(id) => onNav({ ...nav, actId, oldId, newId: id })}
              testId="compare-new"
            />
            <button
              type="button"
              className="primary"
              disabled={job.running || oldId === newId}
              onClick={() => void compare()}
              data-testid="compare-run"
            >
              {t('versions.compare')}
            </button>
            {job.running && (
              <>
                {job.progress && <ImportProgress progress={job.progress} testId="compare-progress" />}
                <button type="button" onClick={job.cancel} data-testid="compare-cancel">
                  {t('versions.cancel')}
                </button>
              </>
            )}
          </div>
        )}
        {job.error &&
          (languageError ? (
            <p className="error-banner" role="alert" data-testid="compare-language">
              {t('versions.languageRefused', {
                old: t(`languageName.${job.error.details?.oldLanguage}`),
                new: t(`languageName.${job.error.details?.newLanguage}`),
              })}
            </p>
          ) : (
            <ErrorBanner error={job.error} onDismiss={job.clearError} />
          ))}
        {notice && (
          <div className="notice" role="status" data-testid="versions-notice">
            {notice}
            {toReview.length > 0 && (
              <ul className={styles.rereviewList} data-testid="rereview-list">
                {toReview.map((id) => (
                  <li key={id}>
                    <button type="button" className="link" onClick={() => onOpenRequirement(id)}>
                      {shortRef(id, nameOf)}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>

      {shown && result && s && (
        <section className="panel" data-testid="comparison">
          <header className="panel-head">
            <h2>
              {shown.oldVersion.label} → {shown.newVersion.label}
            </h2>
            <div className={styles.toolbar}>
              <button type="button" onClick={() => void carry()} data-testid="carry-review">
                {t('versions.carry')}
              </button>
              <button type="button" onClick={() => void exportDocx()} data-testid="export-comparison">
                {t('versions.exportDocx')}
              </button>
              {result.pairs.some((p) => p.manual) && (
                <button
                  type="button"
                  onClick={() =>
                    void call('versions:clear-pairings', { oldVersionId: oldId!, newVersionId: newId! })
                      .then(() => compare())
                      .catch(fail)
                  }
                >
                  {t('versions.resetPairings')}
                </button>
              )}
            </div>
          </header>
          {result.warnings.includes('little-aligns') && (
            <p className="notice warning" role="status" data-testid="little-aligns">
              {t('versions.littleAligns', { share: Math.round(s.alignedShare * 100) })}
            </p>
          )}
          <ul className={styles.compareSummary} data-testid="compare-summary">
            {(['changed', 'moved', 'inserted', 'deleted', 'split', 'merged', 'same'] as const).map((k) => (
              <li key={k} data-testid={`count-${k}`}>
                <strong>{s[k]}</strong> {t(`versions.kinds.${k}`)}
              </li>
            ))}
            <li data-testid="count-flags">
              <strong>{s.flags}</strong> {t('versions.flagCount')}
            </li>
            {result.deltaSummary && (
              <li data-testid="count-delta">
                <strong>{result.deltaSummary.closed}</strong> {t('versions.changes.closed')} ·{' '}
                <strong>{result.deltaSummary.opened}</strong> {t('versions.changes.opened')}
              </li>
            )}
          </ul>
          <div className={styles.tabs} role="tablist">
            {(['redline', 'delta'] as const).map((tab) => (
              <button
                key={tab}
                type="button"
                role="tab"
                aria-selected={nav.tab === tab}
                className={nav.tab === tab ? 'tab active' : 'tab'}
                onClick={() => onNav({ ...nav, actId, oldId, newId, tab })}
                data-testid={`tab-${tab}`}
              >
                {t(`versions.tabs.${tab}`)}
              </button>
            ))}
          </div>
          {nav.tab === 'redline' ? (
            <>
              <div className={styles.toolbar}>
                <label>
                  <input type="radio" checked={mode === 'inline'} onChange={() => setMode('inline')} />{' '}
                  {t('versions.inline')}
                </label>
                <label>
                  <input
                    type="radio"
                    checked={mode === 'side'}
                    onChange={() => setMode('side')}
                    data-testid="mode-side"
                  />{' '}
                  {t('versions.sideBySide')}
                </label>
                <label>
                  <input
                    type="checkbox"
                    checked={onlyFlagged}
                    onChange={(e) => setOnlyFlagged(e.target.checked)}
                    data-testid="only-flagged"
                  />{' '}
                  {t('versions.onlyFlagged')}
                </label>
              </div>
              <Redline result={result} mode={mode} onlyFlagged={onlyFlagged} onRepair={(o, n) => void repair(o, n)} />
            </>
          ) : result.delta ? (
            <DeltaTable rows={result.delta} onOpenRequirement={onOpenRequirement} />
          ) : (
            <p className="muted">{t('versions.noInstruments')}</p>
          )}
        </section>
      )}
      {importing && (
        <ImportDialog
          onClose={() => setImporting(false)}
          onImported={(r) => onNav({ ...INITIAL_VERSIONS_NAV, actId: r.actId })}
        />
      )}
    </div>
  );
}
