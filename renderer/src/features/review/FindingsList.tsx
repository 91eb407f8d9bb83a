import { useTranslation } from 'react-i18next';
import type { ReviewDetail } from '../../../../shared/api/review-schemas';

/** What the analysis flagged as a known problem (consent as a defence, means required for children …). */
export function FindingsList({ findings }: { findings: ReviewDetail['findings'] }) {
  const { t } = useTranslation();
  if (!findings.length) return null;
  return (
    <section className="findings" role="note" aria-labelledby="findings-heading" data-testid="findings">
      <h3 id="findings-heading">
        <span aria-hidden="true">⚠ </span>
        {t('review.findings', { count: findings.length })}
      </h3>
      <ul>
        {findings.map((f, i) => (
          <li key={`${f.code}-${i}`} data-code={f.code}>
            {f.message}
            {f.unitNumber && <span className="muted"> — {t('review.findingAt', { number: f.unitNumber })}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
