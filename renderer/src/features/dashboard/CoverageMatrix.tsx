import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLawLanguage } from '../../hooks/useLawLanguage';
import { articleTitle } from '../review/articleTitle';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Dashboard, ReviewRow } from '../../../../shared/api/review-schemas';
import { StatusBadge } from '../review/StatusBadge';
import { shortRef } from '../review/filters';
import dashboardStyles from './dashboard.module.css';
import styles from './CoverageMatrix.module.css';

const CELL_MARK = { accepted: '✓', proposed: '?', none: '' } as const;

/**
 * Requirements × acts: in which act each requirement is implemented (accepted), only proposed,
 * or not found. Virtualized: five instruments give over 500 rows. A row opens its requirement.
 */
export function CoverageMatrix({
  matrix,
  rows,
  nameOf,
  onOpenRequirement,
}: {
  matrix: Dashboard['matrix'];
  rows: ReviewRow[];
  nameOf: (instrument: string) => string;
  onOpenRequirement: (requirementId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lawLanguage = useLawLanguage();
  const [mandatoryOnly, setMandatoryOnly] = useState(true);
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const shown = useMemo(
    () => matrix.rows.filter((r) => !mandatoryOnly || byId.get(r.requirementId)?.obligation === 'mandatory'),
    [matrix.rows, mandatoryOnly, byId],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 36,
    overscan: 12,
  });
  const columns = `minmax(16rem, 1.4fr) 10rem repeat(${matrix.acts.length}, minmax(7rem, 1fr))`;
  return (
    <section className={dashboardStyles.dashCard} aria-labelledby="matrix-heading" data-testid="coverage-matrix">
      <header className={dashboardStyles.dashCardHead}>
        <h2 id="matrix-heading">{t('dashboard.matrix')}</h2>
        <span className="muted">{t('dashboard.matrixRows', { count: shown.length })}</span>
        <label className="toggle">
          <input
            type="checkbox"
            checked={mandatoryOnly}
            onChange={(e) => setMandatoryOnly(e.target.checked)}
            data-testid="matrix-mandatory-only"
          />
          {t('dashboard.mandatoryOnly')}
        </label>
        <span className={styles.matrixLegend} aria-hidden="true">
          <span className={`${styles.cell} ${styles.accepted}`}>✓</span> {t('dashboard.cell.accepted')}{' '}
          <span className={`${styles.cell} ${styles.proposed}`}>?</span> {t('dashboard.cell.proposed')}{' '}
          <span className={`${styles.cell} ${styles.none}`} /> {t('dashboard.cell.none')}
        </span>
      </header>
      <div className={styles.matrix} role="table" aria-label={t('dashboard.matrix')} aria-rowcount={shown.length + 1}>
        <div className={`${styles.matrixRow} ${styles.matrixHead}`} role="row" style={{ gridTemplateColumns: columns }}>
          <span role="columnheader">{t('dashboard.requirement')}</span>
          <span role="columnheader">{t('review.status')}</span>
          {matrix.acts.map((a) => (
            <span
              key={a.versionId}
              role="columnheader"
              className={styles.actHead}
              title={a.title}
              lang={lawLanguage(a.versionId)}
            >
              {a.title}
            </span>
          ))}
        </div>
        <div className={styles.matrixBody} ref={scroller}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((v) => {
              const r = shown[v.index]!;
              const row = byId.get(r.requirementId);
              return (
                <div
                  key={r.requirementId}
                  role="row"
                  aria-rowindex={v.index + 2}
                  className={styles.matrixRow}
                  style={{
                    gridTemplateColumns: columns,
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    width: '100%',
                    height: v.size,
                    transform: `translateY(${v.start}px)`,
                  }}
                  data-testid="matrix-row"
                >
                  <span role="rowheader">
                    <button
                      type="button"
                      className="link"
                      onClick={() => onOpenRequirement(r.requirementId)}
                      title={row ? articleTitle(row, i18n.language) : undefined}
                    >
                      {shortRef(r.requirementId, nameOf)}
                    </button>
                  </span>
                  <span role="cell">
                    <StatusBadge status={r.status} proposed={!row?.reviewed} />
                  </span>
                  {r.cells.map((c, i) => (
                    <span key={matrix.acts[i]!.versionId} role="cell" aria-label={t(`dashboard.cell.${c}`)}>
                      <span className={`${styles.cell} ${styles[c]}`} aria-hidden="true">
                        {CELL_MARK[c]}
                      </span>
                    </span>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
