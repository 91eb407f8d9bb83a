import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData } from '@tanstack/react-query';
import type { MappingView, ProvisionHit, RequirementStatus } from '../../../../shared/api/review-schemas';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { ErrorBanner } from '../../components/ErrorBanner';
import { currentLanguage, type UiLanguage } from '../../i18n';
import { matchesFilter, orderRows, START_FILTER, type ReviewFilter } from './filters';
import { orderCandidates } from './candidates';
import { isWeakCandidate } from '../words/words';
import { isTypingTarget, shortcutFor } from './shortcuts';
import { useInstrumentNames } from '../../hooks/useInstrumentNames';
import { useAnalysisRun } from './useAnalysisRun';
import { useReviewWrite } from './useReviewWrite';
import { ReviewFilters } from './ReviewFilters';
import { RequirementList } from './RequirementList';
import { RequirementPane } from './RequirementPane';
import { AnalysisSummary } from './AnalysisSummary';
import { ShortcutLegend } from './ShortcutLegend';
import styles from './ReviewView.module.css';

/** Below this width the requirement list is a drawer over the pane (projectors, small laptops). */
const DRAWER_BELOW = '(max-width: 1399px)';

function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const onChange = () => setMatches(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}

/** Where the review is: the list's filter and the requirement in the pane (kept by the app across views). */
export interface ReviewNav {
  filter: ReviewFilter;
  selectedId: string | null;
}

export const INITIAL_REVIEW_NAV: ReviewNav = { filter: START_FILTER, selectedId: null };

/**
 * The expert's review of the automatic analysis: the requirements (filtered, grouped) beside one
 * requirement with its candidate provisions and the decision. Keyboard first (see shortcuts.ts).
 */
export function ReviewView({
  nav,
  onNav,
  onShowInLaw,
  onOpenAssessment,
}: {
  nav: ReviewNav;
  onNav: (nav: ReviewNav) => void;
  onShowInLaw: (mapping: MappingView, requirementId: string) => void;
  onOpenAssessment: () => void;
}) {
  const { t } = useTranslation();
  const list = useApi('review:list', {});
  const acts = useApi('act:list', {});
  const { nameOf, isModelLaw } = useInstrumentNames();
  const analysis = useAnalysisRun();
  const { write, error, setError } = useReviewWrite();
  const [notice, setNotice] = useState<string | null>(null);
  const [language, setLanguage] = useState<UiLanguage>(currentLanguage());
  const narrow = useMediaQuery(DRAWER_BELOW);
  const [legend, setLegend] = useState(!narrow);
  const [drawer, setDrawer] = useState(false);
  const paneRef = useRef<HTMLDivElement>(null);
  const [cursor, setCursor] = useState<{ requirementId: string; mappingId: number } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const queryRef = useRef<HTMLInputElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const findingRef = useRef<HTMLTextAreaElement>(null);
  const cards = useRef(new Map<number, HTMLElement>());

  const rows = useMemo(() => list.data ?? [], [list.data]);
  const { filter, selectedId } = nav;
  const matching = useMemo(() => rows.filter((r) => matchesFilter(r, filter)), [rows, filter]);
  // The requirement under review stays listed even when a decision takes it out of the filter
  // (reviewing an "unreviewed" one): it leaves when the reviewer moves on or changes the filter.
  const visible = useMemo(
    () =>
      orderRows(
        rows.filter((r) => r.id === selectedId || matchesFilter(r, filter)),
        filter.order,
      ),
    [rows, filter, selectedId],
  );
  const currentId = visible.some((r) => r.id === selectedId) ? selectedId : (visible[0]?.id ?? null);

  useEffect(() => {
    if (currentId !== null && currentId !== selectedId) onNav({ filter, selectedId: currentId });
  }, [currentId, selectedId, filter, onNav]);
  // A new requirement is read from its top.
  useEffect(() => {
    paneRef.current?.scrollTo({ top: 0 });
  }, [currentId]);

  const detail = useApi(
    'review:get',
    { requirementId: currentId ?? '' },
    { enabled: currentId !== null, placeholderData: keepPreviousData },
  );
  const shown = detail.data ?? null;
  const stale = !shown || shown.row.id !== currentId;
  const [showWeak, setShowWeak] = useState(false);
  const allCandidates = useMemo(() => (shown ? orderCandidates(shown.mappings) : []), [shown]);
  const weakCount = allCandidates.filter(isWeakCandidate).length;
  // Weak matches (a slight overlap of words) stay folded unless asked for.
  const candidates = useMemo(
    () => (showWeak ? allCandidates : allCandidates.filter((c) => !isWeakCandidate(c))),
    [allCandidates, showWeak],
  );
  const currentCandidate =
    (cursor && shown && cursor.requirementId === shown.row.id
      ? candidates.find((c) => c.id === cursor.mappingId)
      : undefined) ??
    candidates[0] ??
    null;

  const select = useCallback(
    (id: string) => {
      setNotice(null);
      setError(null);
      onNav({ filter, selectedId: id });
    },
    [filter, onNav, setError],
  );
  const changeFilter = (next: ReviewFilter) => {
    const keep = rows.find((r) => r.id === currentId && matchesFilter(r, next));
    onNav({ filter: next, selectedId: keep ? keep.id : null });
  };
  const focusCandidate = useCallback(
    (m: MappingView | undefined) => {
      if (!m || !shown) return;
      setCursor({ requirementId: shown.row.id, mappingId: m.id });
      cards.current.get(m.id)?.focus();
    },
    [shown],
  );

  const decide = (m: MappingView, state: MappingView['state']) =>
    void write(() => call('review:set-mapping', { mappingId: m.id, state })).catch(() => undefined);
  const setStatus = (status: RequirementStatus) => {
    if (!shown || stale) return;
    if (status === 'compliant' && !shown.mappings.some((m) => m.state === 'accepted')) {
      setNotice(t('review.compliantNeedsProvision'));
      return;
    }
    setNotice(null);
    void write(() => call('review:set-assessment', { requirementId: shown.row.id, status })).catch(() => undefined);
  };

  const onKey = (e: KeyboardEvent) => {
    // A dialog over the review (File → New…) keeps its keys.
    if (e.target instanceof Element && e.target.closest('[aria-modal="true"]')) return;
    if (e.key === 'Escape' && isTypingTarget(e.target) && rootRef.current?.contains(e.target as Node)) {
      // Leaving a field saves it (blur) and gives the keys back to the review.
      (e.target as HTMLElement).blur();
      listRef.current?.focus({ preventScroll: true });
      return;
    }
    if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) {
      const target = e.target as HTMLElement;
      const onCard = target.dataset?.testid === 'candidate';
      const at = onCard ? candidates.findIndex((c) => c.id === Number(target.dataset.mappingId)) : -1;
      const next = onCard
        ? candidates[at + (e.shiftKey ? -1 : 1)]
        : !e.shiftKey && (target === listRef.current || target === document.body)
          ? currentCandidate
          : undefined;
      // Tab walks the candidates; past the last one (or before the first) it goes on as usual.
      if (next) {
        e.preventDefault();
        focusCandidate(next);
      }
      return;
    }
    const s = shortcutFor(e);
    if (!s) return;
    e.preventDefault();
    const index = visible.findIndex((r) => r.id === currentId);
    const candidateIndex = currentCandidate ? candidates.indexOf(currentCandidate) : -1;
    switch (s.kind) {
      case 'next-requirement':
      case 'previous-requirement': {
        const next =
          visible[Math.min(visible.length - 1, Math.max(0, index + (s.kind === 'next-requirement' ? 1 : -1)))];
        if (next) select(next.id);
        listRef.current?.focus({ preventScroll: true });
        break;
      }
      case 'next-candidate':
        focusCandidate(candidates[Math.min(candidates.length - 1, candidateIndex + 1)]);
        break;
      case 'previous-candidate':
        focusCandidate(candidates[Math.max(0, candidateIndex - 1)]);
        break;
      case 'accept':
      case 'reject':
      case 'reset':
        if (currentCandidate && !stale)
          decide(currentCandidate, s.kind === 'accept' ? 'accepted' : s.kind === 'reject' ? 'rejected' : 'proposed');
        break;
      case 'status':
        setStatus(s.status);
        break;
      case 'search-provisions':
        searchRef.current?.focus();
        break;
      case 'filter-requirements':
        queryRef.current?.focus();
        queryRef.current?.select();
        break;
      case 'write-finding':
        findingRef.current?.focus();
        break;
      case 'toggle-legend':
        setLegend((v) => !v);
        break;
    }
  };
  const onKeyRef = useRef(onKey);
  useEffect(() => {
    onKeyRef.current = onKey;
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKeyRef.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  if (!list.data) return <p className="muted">{t('app.loading')}</p>;

  if (rows.length === 0) {
    const noActs = acts.data !== undefined && acts.data.length === 0;
    return (
      <section className={`panel ${styles.reviewEmpty}`} data-testid="review-empty">
        <h1>{t('review.run.heading')}</h1>
        <p>{t('review.run.intro')}</p>
        {analysis.error && <ErrorBanner error={analysis.error} onDismiss={analysis.clearError} />}
        {noActs ? (
          <p className="notice">
            {t('review.run.noActs')}{' '}
            <button type="button" className="link" onClick={onOpenAssessment}>
              {t('review.run.importFirst')}
            </button>
          </p>
        ) : (
          <button
            type="button"
            className={`primary ${styles.big}`}
            onClick={() => void analysis.run()}
            disabled={analysis.running}
            aria-busy={analysis.running}
            data-testid="run-analysis"
          >
            {analysis.running ? t('review.run.running') : t('review.run.action')}
          </button>
        )}
      </section>
    );
  }

  return (
    <div className={styles.review} ref={rootRef} data-testid="review-view">
      <h1 className="sr-only">{t('review.heading')}</h1>
      <div className={styles.reviewToolbar}>
        <ReviewFilters
          rows={rows}
          filter={filter}
          onChange={changeFilter}
          nameOf={nameOf}
          queryRef={queryRef}
          onQueryDone={() => listRef.current?.focus()}
          compact={narrow}
        />
        <button
          type="button"
          onClick={() => void analysis.run()}
          disabled={analysis.running}
          aria-busy={analysis.running}
          data-testid="rerun-analysis"
          title={t('review.run.rerunHint')}
        >
          {analysis.running ? t('review.run.running') : t('review.run.rerun')}
        </button>
      </div>
      {analysis.error && <ErrorBanner error={analysis.error} onDismiss={analysis.clearError} />}
      {analysis.outcome && <AnalysisSummary outcome={analysis.outcome} onDismiss={analysis.dismiss} />}
      <div className={narrow ? `${styles.reviewBody} ${styles.narrow}` : styles.reviewBody}>
        {narrow && (
          <button
            type="button"
            className={styles.drawerToggle}
            aria-expanded={drawer}
            aria-controls="req-list-column"
            onClick={() => setDrawer((v) => !v)}
            data-testid="drawer-toggle"
          >
            {drawer ? t('review.drawer.hide') : t('review.drawer.show', { count: matching.length })}
          </button>
        )}
        <div
          id="req-list-column"
          className={
            narrow ? `${styles.reqListColumn} ${styles.drawer}${drawer ? ` ${styles.open}` : ''}` : styles.reqListColumn
          }
          data-testid="req-list-column"
        >
          <p className={styles.listCount} data-testid="review-count" data-count={matching.length} aria-live="polite">
            {t('review.showing', { count: matching.length, total: rows.length })}
          </p>
          {visible.length === 0 ? (
            <p className={`muted ${styles.emptyList}`}>{t('review.noMatch')}</p>
          ) : (
            <RequirementList
              rows={visible}
              currentId={currentId}
              onSelect={(id) => {
                select(id);
                setDrawer(false);
              }}
              onEnter={() => focusCandidate(currentCandidate ?? undefined)}
              nameOf={nameOf}
              isModelLaw={isModelLaw}
              grouped={filter.order === 'document'}
              scroller={listRef}
            />
          )}
        </div>
        <div
          className={styles.reqPaneColumn}
          ref={paneRef}
          tabIndex={-1}
          role="region"
          aria-label={t('review.paneLabel')}
        >
          {shown && currentId ? (
            <RequirementPane
              key={shown.row.id}
              detail={shown}
              stale={stale}
              candidates={candidates}
              currentCandidateId={currentCandidate?.id ?? null}
              weakCount={weakCount}
              showWeak={showWeak}
              onShowWeak={setShowWeak}
              nameOf={nameOf}
              modelLaw={isModelLaw(shown.row.instrument)}
              language={language}
              onLanguage={setLanguage}
              error={error}
              notice={notice}
              onDismissError={() => {
                setError(null);
                setNotice(null);
              }}
              registerCandidate={(id, el) => void (el ? cards.current.set(id, el) : cards.current.delete(id))}
              onFocusCandidate={(id) => setCursor({ requirementId: shown.row.id, mappingId: id })}
              onDecide={decide}
              onRelation={(m, relation) =>
                void write(() => call('review:set-mapping', { mappingId: m.id, relation })).catch(() => undefined)
              }
              onShowInLaw={(m) => onShowInLaw(m, shown.row.id)}
              onAdd={async (hit: ProvisionHit) => {
                const d = await write(() =>
                  call('review:add-mapping', {
                    requirementId: shown.row.id,
                    provisionId: hit.provisionId,
                    relation: null,
                  }),
                );
                const added = d.mappings.find((m) => m.provisionId === hit.provisionId);
                if (added) setCursor({ requirementId: d.row.id, mappingId: added.id });
              }}
              onStatus={setStatus}
              onSaveField={(field, value) =>
                write(() => call('review:set-assessment', { requirementId: shown.row.id, [field]: value }))
              }
              searchRef={searchRef}
              findingRef={findingRef}
            />
          ) : (
            <p className="muted">{currentId ? t('app.loading') : t('review.noMatch')}</p>
          )}
        </div>
      </div>
      {legend ? (
        <ShortcutLegend />
      ) : (
        <button type="button" className={`link ${styles.legendShow}`} onClick={() => setLegend(true)}>
          <kbd>?</kbd> {t('shortcuts.title')}
        </button>
      )}
    </div>
  );
}
