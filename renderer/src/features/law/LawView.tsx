import { clsx } from 'clsx';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ProvisionEdit, ProvisionList, ProvisionRow } from '../../../../shared/api/act-schemas';
import type { ApiError } from '../../../../shared/api/errors';
import { OUTLINE_LEVELS } from '../../../../shared/domain/provision';
import { useQueryClient } from '@tanstack/react-query';
import { ApiCallError, call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ProvisionEditor } from './ProvisionEditor';
import { fold, splitMatches } from './fold';
import { useProvisionMappings, type LawFilter } from './useProvisionMappings';
import { MappingLegend } from './MappingLegend';
import { ProvisionRequirements } from './ProvisionRequirements';
import styles from './LawView.module.css';
import lawStyles from './law.module.css';

const NAV_LEVELS = new Set(OUTLINE_LEVELS);

/** Offset of the caret (or selection start) inside an element's text, or null when it is elsewhere. */
function caretOffsetIn(element: HTMLElement): number | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!element.contains(range.startContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(element);
  before.setEnd(range.startContainer, range.startOffset);
  return before.toString().length;
}

function Text({ text, query }: { text: string; query: string }) {
  return (
    <>
      {splitMatches(text, query).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}

/** A request to bring a provision into view; a new object each time, so the same provision can be asked for twice. */
export interface ProvisionFocus {
  provisionId: number;
}

/**
 * A law version as a document: the tree of its parts and units beside its full text (virtualized,
 * a penal code has thousands of provisions), search within it, and corrections of the
 * segmentation — edit, split, merge — each saved at once and undoable. Once the assessment is
 * analysed, each unit shows the requirements it serves and whether a reviewer accepted them.
 */
export function LawView({
  versionId,
  focus = null,
  filter,
  onFilter,
  onOpenRequirement,
}: {
  versionId: number;
  focus?: ProvisionFocus | null;
  filter: LawFilter;
  onFilter: (filter: LawFilter) => void;
  /** Open a requirement in the review, coming from a provision (to come back to it). */
  onOpenRequirement: (requirementId: string, from: { provisionId: number; label: string }) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const list = useApi('act:provisions', { versionId });
  const review = useApi('review:list', {});
  const [selected, setSelected] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const [query, setQuery] = useState('');
  const [hitIndex, setHitIndex] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const textRefs = useRef(new Map<number, HTMLElement>());

  const allRows = useMemo(() => list.data?.rows ?? [], [list.data]);
  const mapping = useProvisionMappings(versionId, allRows, (review.data?.length ?? 0) > 0);
  const requirementOrder = useMemo(() => new Map((review.data ?? []).map((r, i) => [r.id, i])), [review.data]);
  const rows = useMemo(() => (mapping.analysed ? mapping.rowsFor(filter) : allRows), [mapping, filter, allRows]);
  const nav = useMemo(() => rows.map((r, index) => ({ r, index })).filter(({ r }) => NAV_LEVELS.has(r.level)), [rows]);
  const hits = useMemo(() => {
    const q = fold(query.trim());
    if (q.length < 2) return [];
    return rows.flatMap((r, index) => (fold(`${r.label} ${r.heading ?? ''} ${r.text}`).includes(q) ? [index] : []));
  }, [rows, query]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 72,
    overscan: 8,
  });

  const jumpTo = useCallback(
    (index: number) => {
      virtualizer.scrollToIndex(index, { align: 'start' });
      setSelected(rows[index]?.id ?? null);
      setEditing(false);
    },
    [virtualizer, rows],
  );

  useEffect(() => {
    setHitIndex(0);
    if (hits.length) virtualizer.scrollToIndex(hits[0]!, { align: 'start' });
  }, [hits, virtualizer]);

  // Bring the asked-for provision into view, showing every provision if the filter hides it.
  const focusIndex = focus ? rows.findIndex((r) => r.id === focus.provisionId) : -1;
  const focusHidden = focus !== null && focusIndex < 0 && allRows.some((r) => r.id === focus.provisionId);
  useEffect(() => {
    if (focusHidden && filter !== 'all') onFilter('all');
  }, [focusHidden, filter, onFilter]);
  const focusDone = useRef<ProvisionFocus | null>(null);
  useEffect(() => {
    if (!focus || focus === focusDone.current || focusIndex < 0) return;
    focusDone.current = focus;
    jumpTo(focusIndex);
  }, [focus, focusIndex, jumpTo]);

  const apply = useCallback(
    async (run: () => Promise<ProvisionList>) => {
      setError(null);
      try {
        const fresh = await run();
        client.setQueryData(['act:provisions', { versionId }], fresh);
        void client.invalidateQueries({ queryKey: ['act:list'] });
        // Splitting or merging changes which unit each mapping belongs to.
        void client.invalidateQueries({ queryKey: ['act:provision-mappings'] });
      } catch (e) {
        setError(e instanceof ApiCallError ? e.error : { code: 'internal', message: String(e) });
      }
    },
    [client, versionId],
  );
  const edit = (e: ProvisionEdit) => apply(() => call('act:edit-provision', e));
  const undo = useCallback(() => apply(() => call('act:undo-edit', { versionId })), [apply, versionId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inField = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      if ((e.ctrlKey || e.metaKey) && e.key === 'z' && !inField) {
        e.preventDefault();
        void undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);

  if (!list.data) return <p className="muted">{t('app.loading')}</p>;
  // The law's own words (title, numbers, headings, text) are in its language, not the interface's.
  const lawLang = list.data.language;
  const headOf = (r: ProvisionRow) => r.label || r.number || t(`level.${r.level}`);
  const selectedRow = rows.find((r) => r.id === selected) ?? null;

  function split() {
    if (!selectedRow) return;
    const el = textRefs.current.get(selectedRow.id);
    const offset = el ? caretOffsetIn(el) : null;
    if (!offset) {
      setError({ code: 'invalid-request', message: t('law.splitHint') });
      return;
    }
    void edit({ kind: 'split', provisionId: selectedRow.id, offset });
  }

  return (
    <div className={styles.law} data-testid="law-view">
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      <div className={styles.lawToolbar}>
        <h1 className={styles.lawTitle}>
          <span lang={lawLang}>{list.data.actTitle}</span> <span className="muted">— {list.data.versionLabel}</span>
        </h1>
        <input
          type="search"
          className="search-input"
          placeholder={t('law.searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="law-search"
          aria-label={t('law.searchPlaceholder')}
        />
        {query.trim().length >= 2 && (
          <span className={styles.hitNav} data-testid="law-search-count">
            {hits.length ? t('law.hitOf', { n: hitIndex + 1, count: hits.length }) : t('law.noHits')}
            <button
              type="button"
              disabled={!hits.length}
              onClick={() => {
                const n = (hitIndex - 1 + hits.length) % hits.length;
                setHitIndex(n);
                jumpTo(hits[n]!);
              }}
              aria-label={t('law.previousHit')}
            >
              ↑
            </button>
            <button
              type="button"
              disabled={!hits.length}
              onClick={() => {
                const n = (hitIndex + 1) % hits.length;
                setHitIndex(n);
                jumpTo(hits[n]!);
              }}
              aria-label={t('law.nextHit')}
              data-testid="law-next-hit"
            >
              ↓
            </button>
          </span>
        )}
        <button
          type="button"
          onClick={() => void undo()}
          disabled={list.data.undoable === 0}
          data-testid="law-undo"
          title="Ctrl+Z"
        >
          {t('law.undo')} ({list.data.undoable})
        </button>
      </div>
      {mapping.analysed && <MappingLegend counts={mapping.counts} filter={filter} onFilter={onFilter} />}
      {selectedRow && (
        <div className={styles.selectionBar} data-testid="provision-tools">
          <span className={styles.selectionName}>
            {t('law.selected')}:{' '}
            <span lang={lawLang}>
              <strong>{selectedRow.label || selectedRow.number || t(`level.${selectedRow.level}`)}</strong>{' '}
              {selectedRow.heading}
            </span>
          </span>
          {editing ? (
            <ProvisionEditor
              key={selectedRow.id}
              row={selectedRow}
              onCancel={() => setEditing(false)}
              onSave={(c) => {
                setEditing(false);
                void edit({ kind: 'update', provisionId: selectedRow.id, ...c });
              }}
            />
          ) : (
            <>
              <button type="button" onClick={() => setEditing(true)} data-testid="tool-edit">
                {t('law.edit')}
              </button>
              <button
                type="button"
                onMouseDown={(e) => e.preventDefault()}
                onClick={split}
                data-testid="tool-split"
                title={t('law.splitHint')}
              >
                {t('law.split')}
              </button>
              <button
                type="button"
                onClick={() => void edit({ kind: 'merge', provisionId: selectedRow.id })}
                data-testid="tool-merge"
              >
                {t('law.merge')}
              </button>
            </>
          )}
        </div>
      )}
      <div className={styles.lawBody}>
        <nav className={styles.lawTree} aria-label={t('law.contents')} data-testid="law-tree">
          {nav.map(({ r, index }) => (
            <button
              key={r.id}
              type="button"
              className={clsx(lawStyles.treeItem, lawStyles[`level-${r.level}`], r.id === selected && 'active')}
              style={{ paddingLeft: `${0.5 + r.depth * 0.9}rem` }}
              onClick={() => jumpTo(index)}
              data-testid="tree-item"
              data-level={r.level}
              data-number={r.number}
              lang={lawLang}
            >
              <span className="num">{r.label || r.number}</span> {r.heading}
            </button>
          ))}
        </nav>
        <div className={styles.lawText} ref={scroller} data-testid="law-text">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const r = rows[item.index]!;
              const isSelected = r.id === selected;
              const unit = mapping.analysed ? mapping.unitOf.get(r.id) : undefined;
              const state = unit === undefined ? null : mapping.stateOf(unit);
              return (
                <div
                  key={r.id}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className={clsx(
                    lawStyles.provision,
                    lawStyles[`level-${r.level}`],
                    isSelected && lawStyles.selected,
                    state && lawStyles[`map-${state}`],
                  )}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    width: '100%',
                    transform: `translateY(${item.start}px)`,
                    paddingLeft: `${r.depth * 1.25 + 0.75}rem`,
                  }}
                  onClick={() => {
                    if (r.id !== selected) setEditing(false);
                    setSelected(r.id);
                  }}
                  data-testid="provision"
                  data-level={r.level}
                  data-selected={isSelected}
                  data-key={r.key}
                  data-number={r.number}
                  data-mapping={unit === r.id ? (state ?? undefined) : undefined}
                >
                  {(r.label || r.heading) && (
                    <div className={lawStyles.provisionHead} data-testid="provision-head">
                      <span lang={lawLang}>
                        <strong>
                          <Text text={r.label} query={query} />
                        </strong>{' '}
                        {r.heading && <Text text={r.heading} query={query} />}
                      </span>
                      {r.insertedNumber && (
                        <span className="badge">{t('law.inserts', { number: r.insertedNumber })}</span>
                      )}
                      {r.page !== null && <span className={styles.page}>{t('law.page', { page: r.page })}</span>}
                    </div>
                  )}
                  {unit === r.id && state && (
                    <ProvisionRequirements
                      state={state}
                      requirements={mapping.requirementsOf(r.id)}
                      order={requirementOrder}
                      onOpen={(requirementId) =>
                        onOpenRequirement(requirementId, { provisionId: r.id, label: headOf(r) })
                      }
                    />
                  )}
                  {r.text && (
                    <p
                      className={styles.provisionText}
                      data-testid="provision-text"
                      lang={lawLang}
                      ref={(el) => void (el ? textRefs.current.set(r.id, el) : textRefs.current.delete(r.id))}
                    >
                      <Text text={r.text} query={query} />
                    </p>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
