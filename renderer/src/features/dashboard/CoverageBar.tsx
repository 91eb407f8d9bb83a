import { clsx } from 'clsx';
import { useTranslation } from 'react-i18next';
import type { RequirementStatus } from '../../../../shared/api/review-schemas';
import { STATUSES } from '../review/filters';
import styles from './CoverageBar.module.css';

/**
 * Requirements by status as one stacked horizontal bar (plain SVG, widths in percent so it
 * follows the column). Counts are written inside segments wide enough to hold them; the
 * figures beside the bar carry the same numbers for anyone who cannot tell the colours apart.
 */
export function CoverageBar({
  counts,
  total,
  label,
  onSegment,
  height = 26,
}: {
  counts: Record<RequirementStatus, number>;
  total: number;
  label: string;
  onSegment: (status: RequirementStatus) => void;
  height?: number;
}) {
  const { t } = useTranslation();
  const present = STATUSES.filter((s) => counts[s] > 0);
  const widthOf = (s: RequirementStatus) => (total ? (counts[s] / total) * 100 : 0);
  const segments = present.map((s, i) => ({
    status: s,
    x: present.slice(0, i).reduce((sum, p) => sum + widthOf(p), 0),
    width: widthOf(s),
    n: counts[s],
  }));
  const description = segments.map((s) => `${t(`reviewStatus.${s.status}`)} ${s.n}`).join(', ');
  return (
    <svg
      className={styles.coverageBar}
      width="100%"
      height={height}
      role="img"
      aria-label={`${label}: ${description}`}
      data-testid="coverage-bar"
    >
      <rect className={styles.barTrack} x="0" y="0" width="100%" height={height} rx="4" />
      {segments.map((s) => (
        <g key={s.status} className={clsx(styles.seg, styles[`seg-${s.status}`])} onClick={() => onSegment(s.status)}>
          <title>{`${t(`reviewStatus.${s.status}`)}: ${s.n}`}</title>
          <rect x={`${s.x}%`} y="0" width={`${s.width}%`} height={height} />
          {s.width >= 6 && (
            <text x={`${s.x + s.width / 2}%`} y={height / 2} dominantBaseline="central" textAnchor="middle">
              {s.n}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
