import { clsx } from 'clsx';
import { Fragment, useEffect, useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { articleTitle } from './articleTitle';
import { chapterName, convincingCitations } from '../words/words';
import { Citation } from '../words/Citation';
import type { ReviewRow } from '../../../../shared/api/review-schemas';
import { ObligationBadge } from '../../components/ObligationBadge';
import { StatusBadge } from './StatusBadge';
import { LOW_CONFIDENCE } from './filters';
import styles from './RequirementList.module.css';
import reviewStyles from './review.module.css';

type Item =
  | { kind: 'instrument'; key: string; instrument: string; count: number }
  | { kind: 'group'; key: string; chapter: ReviewRow | null; article: ReviewRow | null }
  | { kind: 'requirement'; key: string; row: ReviewRow; position: number };

/**
 * Rows under their instrument, then their article (treaties, with the chapter when it changes)
 * or their chapter (Model Laws, where each article is one requirement).
 */
function groupItems(rows: ReviewRow[], isModelLaw: (instrument: string) => boolean, grouped: boolean): Item[] {
  const items: Item[] = [];
  const perInstrument = new Map<string, number>();
  for (const r of rows) perInstrument.set(r.instrument, (perInstrument.get(r.instrument) ?? 0) + 1);
  let instrument: string | null = null;
  let group: string | null = null;
  let chapter: string | null = null;
  rows.forEach((row, position) => {
    if (row.instrument !== instrument) {
      instrument = row.instrument;
      group = null;
      chapter = null;
      items.push({
        kind: 'instrument',
        key: `i:${row.instrument}`,
        instrument: row.instrument,
        count: perInstrument.get(row.instrument)!,
      });
    }
    const model = isModelLaw(row.instrument);
    if (!grouped) {
      items.push({ kind: 'requirement', key: row.id, row, position });
      return;
    }
    const groupKey = model ? `${row.instrument}|${row.chapter}` : `${row.instrument}|${row.articleNumber}`;
    if (groupKey !== group) {
      group = groupKey;
      const newChapter = row.chapter !== chapter ? row.chapter : null;
      chapter = row.chapter;
      items.push({
        kind: 'group',
        key: `g:${groupKey}`,
        chapter: newChapter === null ? null : row,
        article: model ? null : row,
      });
    }
    items.push({ kind: 'requirement', key: row.id, row, position });
  });
  return items;
}

/** The provisions cited as meeting a requirement, or why there are none. */
function CitedProvisions({ row }: { row: ReviewRow }) {
  const { t } = useTranslation();
  const cited = convincingCitations(row);
  if (cited.length)
    return (
      <span className={styles.reqProvisions} data-testid="cited-provisions">
        {cited.map((c, i) => (
          <Fragment key={c.number}>
            {i > 0 && ', '}
            <Citation {...c} />
          </Fragment>
        ))}
      </span>
    );
  return (
    <span className={`${styles.reqProvisions} none`} data-testid="cited-provisions" data-none="true">
      {row.reviewed ? t('review.noProvision') : t('review.noConvincingMatch')}
    </span>
  );
}

function optionId(requirementId: string): string {
  return `req-option-${requirementId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** The requirements to review, grouped and virtualized (the five instruments hold over 500). */
export function RequirementList({
  rows,
  currentId,
  onSelect,
  onEnter,
  nameOf,
  isModelLaw,
  grouped = true,
  scroller,
}: {
  rows: ReviewRow[];
  currentId: string | null;
  onSelect: (id: string) => void;
  /** Enter on the list: go to the current requirement's candidates. */
  onEnter: () => void;
  nameOf: (instrument: string) => string;
  isModelLaw: (instrument: string) => boolean;
  /** Under their article headings (document order); otherwise each row names its article. */
  grouped?: boolean;
  /** The list element, which scrolls and takes the keyboard focus. */
  scroller: RefObject<HTMLDivElement | null>;
}) {
  const { t, i18n } = useTranslation();
  const items = useMemo(() => groupItems(rows, isModelLaw, grouped), [rows, isModelLaw, grouped]);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (items[i]!.kind === 'requirement' ? 64 : items[i]!.kind === 'instrument' ? 44 : 52),
    getItemKey: (i) => items[i]!.key,
    overscan: 10,
  });
  const currentIndex = items.findIndex((i) => i.kind === 'requirement' && i.row.id === currentId);

  useEffect(() => {
    if (currentIndex >= 0) virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [currentIndex, virtualizer]);

  return (
    <div
      className={styles.reqList}
      ref={scroller}
      role="listbox"
      tabIndex={0}
      aria-label={t('review.listLabel')}
      aria-activedescendant={currentId ? optionId(currentId) : undefined}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          onEnter();
        }
      }}
      data-testid="requirement-list"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((v) => {
          const item = items[v.index]!;
          // Where the virtualizer places the item, and how it measures it.
          const placed = {
            ref: virtualizer.measureElement,
            'data-index': v.index,
            style: { position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${v.start}px)` },
          } as const;
          if (item.kind === 'instrument')
            return (
              <div key={v.key} {...placed} className={styles.reqInstrument} role="presentation">
                {nameOf(item.instrument)} <span className={reviewStyles.count}>{item.count}</span>
              </div>
            );
          if (item.kind === 'group') {
            return (
              <div key={v.key} {...placed} className={styles.reqGroup} role="presentation">
                {item.chapter?.chapter && (
                  <div className={styles.reqChapter}>{chapterName(item.chapter, i18n.language)}</div>
                )}
                {item.article && (
                  <div className={styles.reqArticle}>
                    {t('review.article', { number: item.article.articleNumber })} —{' '}
                    {articleTitle(item.article, i18n.language)}
                  </div>
                )}
              </div>
            );
          }
          const r = item.row;
          const current = r.id === currentId;
          const model = isModelLaw(r.instrument);
          return (
            <div
              key={v.key}
              {...placed}
              id={optionId(r.id)}
              role="option"
              aria-selected={current}
              aria-setsize={rows.length}
              aria-posinset={item.position + 1}
              className={clsx(styles.reqRow, current && styles.current, r.reviewed && 'reviewed')}
              onClick={() => onSelect(r.id)}
              data-testid="requirement-row"
              data-requirement={r.id}
              data-reviewed={r.reviewed}
            >
              <div className={styles.reqLine}>
                <span className="ref">{model ? t('review.article', { number: r.ref }) : r.ref}</span>
                <StatusBadge status={r.status} proposed={!r.reviewed} />
                <ObligationBadge obligation={r.obligation} />
                {r.reviewed && (
                  <span className={styles.reviewedMark} data-testid="reviewed-mark">
                    ✓ <span className="sr-only">{t('review.reviewed')}</span>
                  </span>
                )}
                {r.confidence < LOW_CONFIDENCE && !r.reviewed && (
                  <span className={styles.lowConfidence} title={t('review.lowConfidenceHint')}>
                    {t('review.lowConfidenceShort')}
                  </span>
                )}
              </div>
              <div className={styles.reqSub}>
                {(model || !grouped) && <span className={styles.reqTitle}>{articleTitle(r, i18n.language)}</span>}
                <CitedProvisions row={r} />
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
