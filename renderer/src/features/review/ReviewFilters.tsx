import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequirementStatus, ReviewRow } from '../../../../shared/api/review-schemas';
import {
  BROWSE_FILTER,
  OBLIGATIONS,
  STATUSES,
  countMatching,
  isFiltered,
  type Obligation,
  type ReviewFilter,
} from './filters';
import { chapterNames } from '../words/words';
import reviewStyles from './review.module.css';
import styles from './ReviewFilters.module.css';

/**
 * The filters of the review list. Each choice shows how many requirements it would leave, given
 * the other filters, so the reviewer sees the size of a slice before opening it.
 */
export function ReviewFilters({
  rows,
  filter,
  onChange,
  nameOf,
  queryRef,
  onQueryDone,
  compact = false,
}: {
  rows: ReviewRow[];
  filter: ReviewFilter;
  onChange: (f: ReviewFilter) => void;
  nameOf: (instrument: string) => string;
  queryRef: RefObject<HTMLInputElement | null>;
  /** Enter in the search field: back to the list. */
  onQueryDone: () => void;
  /** Small screens: every filter but the search folds away. */
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const instruments = useMemo(() => [...new Set(rows.map((r) => r.instrument))], [rows]);
  const count = (f: Partial<ReviewFilter>) => countMatching(rows, { ...filter, ...f });
  const toggles = [
    { key: 'mandatoryGaps', label: t('review.filter.mandatoryGaps') },
    { key: 'unreviewed', label: t('review.filter.unreviewed') },
    { key: 'lowConfidence', label: t('review.filter.lowConfidence') },
    { key: 'showGeneral', label: t('review.filter.showGeneral') },
  ] as const;

  // How many filters beyond the search and the order are set: shown on the folded filters.
  const active = (Object.keys(BROWSE_FILTER) as (keyof ReviewFilter)[]).filter(
    (k) => k !== 'query' && k !== 'order' && filter[k] !== BROWSE_FILTER[k],
  ).length;
  const rest = (
    <>
      <label className="inline-field">
        <span>{t('review.filter.instrument')}</span>
        <select
          value={filter.instrument ?? ''}
          onChange={(e) => onChange({ ...filter, instrument: e.target.value || null, chapter: null })}
          data-testid="filter-instrument"
        >
          <option value="">{t('review.filter.all', { count: count({ instrument: null, chapter: null }) })}</option>
          {instruments.map((i) => (
            <option key={i} value={i}>
              {nameOf(i)} ({count({ instrument: i, chapter: null })})
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{t('review.filter.obligation')}</span>
        <select
          value={filter.obligation ?? ''}
          onChange={(e) => onChange({ ...filter, obligation: (e.target.value || null) as Obligation | null })}
          data-testid="filter-obligation"
        >
          <option value="">{t('review.filter.all', { count: count({ obligation: null }) })}</option>
          {OBLIGATIONS.map((o) => (
            <option key={o} value={o}>
              {t(`obligation.${o}`)} ({count({ obligation: o })})
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{t('review.filter.status')}</span>
        <select
          value={filter.status ?? ''}
          onChange={(e) => onChange({ ...filter, status: (e.target.value || null) as RequirementStatus | null })}
          data-testid="filter-status"
        >
          <option value="">{t('review.filter.all', { count: count({ status: null }) })}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`reviewStatus.${s}`)} ({count({ status: s })})
            </option>
          ))}
        </select>
      </label>
      {toggles.map(({ key, label }) => (
        <label key={key} className={filter[key] ? 'toggle on' : 'toggle'}>
          <input
            type="checkbox"
            checked={filter[key]}
            onChange={(e) => onChange({ ...filter, [key]: e.target.checked })}
            data-testid={`filter-${key}`}
          />
          {label}{' '}
          <span className={reviewStyles.count}>
            {count(key === 'showGeneral' ? { obligation: 'general' } : { [key]: true })}
          </span>
        </label>
      ))}
      <label className="inline-field">
        <span>{t('review.filter.order')}</span>
        <select
          value={filter.order}
          onChange={(e) => onChange({ ...filter, order: e.target.value as ReviewFilter['order'] })}
          data-testid="filter-order"
        >
          <option value="severity">{t('review.filter.orderSeverity')}</option>
          <option value="document">{t('review.filter.orderDocument')}</option>
        </select>
      </label>
      {filter.chapter !== null && (
        <span className="chip-filter" data-testid="filter-chapter">
          {t('review.filter.chapter', { chapter: chapterNames(rows, i18n.language)(filter.chapter) })}
          <button
            type="button"
            className="link"
            onClick={() => onChange({ ...filter, chapter: null })}
            aria-label={t('review.filter.removeChapter')}
          >
            ✕
          </button>
        </span>
      )}
    </>
  );

  return (
    <div
      className={styles.reviewFilters}
      role="search"
      aria-label={t('review.filter.label')}
      data-testid="review-filters"
    >
      <input
        ref={queryRef}
        type="search"
        className={`search-input ${styles.reqQuery}`}
        placeholder={t('review.filter.query')}
        aria-label={t('review.filter.query')}
        value={filter.query}
        onChange={(e) => onChange({ ...filter, query: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onQueryDone();
          }
        }}
        data-testid="review-query"
      />
      {compact ? (
        <details className={styles.moreFilters} data-testid="more-filters">
          <summary>{t('review.filter.more', { count: active })}</summary>
          <div className={styles.moreFiltersBody}>{rest}</div>
        </details>
      ) : (
        rest
      )}
      {isFiltered(filter) && (
        <button type="button" className="link" onClick={() => onChange(BROWSE_FILTER)} data-testid="filter-clear">
          {t('review.filter.clear')}
        </button>
      )}
    </div>
  );
}
