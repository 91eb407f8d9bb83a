import { useTranslation } from 'react-i18next';
import { Citation, WithQuotedLaw } from '../words/Citation';
import type { ReviewDetail } from '../../../../shared/api/review-schemas';
import { currentLanguage } from '../../i18n';
import styles from './FindingsList.module.css';

/** Findings that explain a credit or a status rather than flag a problem of the law. */
const NOTES = new Set([
  'element-in-substance',
  'element-by-reference',
  'candidate-not-credited',
  'reference-to-other-law',
  'general-part',
  'law-not-supplied',
]);

/** What the analysis flagged as a known problem (consent as a defence, means required for children …). */
export function FindingsList({ findings }: { findings: ReviewDetail['findings'] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const problems = findings.filter((f) => !NOTES.has(f.code));
  const notes = findings.filter((f) => NOTES.has(f.code));
  const item = (f: ReviewDetail['findings'][number], i: number) => (
    <li key={`${f.code}-${i}`} data-code={f.code}>
      <WithQuotedLaw text={f.messages[lang] ?? f.message} versionId={f.versionId} />
      {f.unitNumber && (
        <span className="muted">
          {' '}
          — <Citation number={f.unitNumber} heading={f.unitHeading} versionId={f.versionId} />
        </span>
      )}
    </li>
  );
  return (
    <>
      {problems.length > 0 && (
        <section className={styles.findings} role="note" aria-labelledby="findings-heading" data-testid="findings">
          <h3 id="findings-heading">
            <span aria-hidden="true">⚠ </span>
            {t('review.findings', { count: problems.length })}
          </h3>
          <ul>{problems.map(item)}</ul>
        </section>
      )}
      {notes.length > 0 && (
        <section
          className={styles.analysisNotes}
          role="note"
          aria-labelledby="notes-heading"
          data-testid="analysis-notes"
        >
          <h3 id="notes-heading">{t('review.analysisNotes', { count: notes.length })}</h3>
          <ul>{notes.map(item)}</ul>
        </section>
      )}
    </>
  );
}
