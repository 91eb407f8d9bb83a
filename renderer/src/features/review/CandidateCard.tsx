import { clsx } from 'clsx';
import { useTranslation } from 'react-i18next';
import { ProvisionName } from '../words/Citation';
import { useLawLanguage } from '../../hooks/useLawLanguage';
import type { MappingView } from '../../../../shared/api/review-schemas';
import { EvidenceText } from './EvidenceText';
import { formatScore } from './format';
import { formatDate, isWeakCandidate } from '../words/words';
import reviewStyles from './review.module.css';
import styles from './CandidateCard.module.css';

export const RELATIONS = ['equivalent', 'narrower', 'broader', 'overlapping'] as const;
type Relation = (typeof RELATIONS)[number];
type Decision = MappingView['state'];

/**
 * One candidate national provision: where it comes from, how sure the analysis is, who decided
 * what and when, its text with the evidence highlighted, and the decision controls.
 */
export function CandidateCard({
  mapping: m,
  current,
  register,
  onFocusCard,
  onDecide,
  onRelation,
  onShowInLaw,
}: {
  mapping: MappingView;
  /** The candidate the a / r / u keys act on. */
  current: boolean;
  register: (el: HTMLElement | null) => void;
  onFocusCard: () => void;
  onDecide: (state: Decision) => void;
  onRelation: (relation: Relation | null) => void;
  onShowInLaw: () => void;
}) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null) => formatDate(iso, i18n.language);
  const weak = isWeakCandidate(m);
  const name = t('words.unit', { number: m.unitNumber });
  const lawLanguage = useLawLanguage();
  const path = m.numbers.length > 1 ? ` (${m.numbers.join(' › ')})` : '';
  const relationId = `relation-${m.id}`;
  return (
    <article
      ref={register}
      className={clsx(reviewStyles.candidate, reviewStyles[`decided-${m.state}`], current && reviewStyles.isCurrent)}
      tabIndex={0}
      onFocus={(e) => e.target === e.currentTarget && onFocusCard()}
      onClick={onFocusCard}
      aria-label={t('review.candidateLabel', { name, state: t(`decision.${m.state}`) })}
      aria-current={current ? 'true' : undefined}
      data-testid="candidate"
      data-mapping-id={m.id}
      data-provision-id={m.provisionId ?? undefined}
      data-state={m.state}
      data-origin={m.origin}
    >
      <header className={styles.candidateHead}>
        <h3 className={styles.candidateTitle} data-testid="candidate-title">
          <ProvisionName {...m} />
          <span lang={lawLanguage(m.versionId)}>{path}</span>
        </h3>
        <span
          className={clsx('badge decision', reviewStyles[`decision-${weak ? 'weak' : m.state}`])}
          data-testid="candidate-state"
          data-weak={weak}
        >
          {weak ? t('words.weakMatch') : t(`decision.${m.state}`)}
        </span>
      </header>
      <div className={styles.candidateMeta}>
        <span lang={lawLanguage(m.versionId)}>{m.actTitle}</span>
        <span className={clsx('origin', styles[`origin-${m.origin}`])}>{t(`review.origin.${m.origin}`)}</span>
        <span data-testid="candidate-decided">
          {m.decidedBy
            ? t(`review.decidedBy.${m.state}`, { who: m.decidedBy, when: when(m.decidedAt) })
            : t('review.proposedBy', { who: m.createdBy, when: when(m.createdAt) })}
        </span>
        {m.score !== null && (
          <details className={reviewStyles.scoreDetails}>
            <summary>{t('words.details')}</summary>
            <span className="score" title={t('review.scoreHint')}>
              {t('review.score', { value: formatScore(m.score, i18n.language) })}
              <span className={styles.scoreBar} aria-hidden="true">
                <span style={{ width: `${Math.round(Math.min(1, Math.max(0, m.score)) * 100)}%` }} />
              </span>
            </span>
          </details>
        )}
      </div>
      {m.text ? (
        <EvidenceText
          text={m.text}
          evidence={m.evidence}
          label={t('review.candidateText', { name })}
          lang={lawLanguage(m.versionId)}
        />
      ) : (
        <p className="muted">{t('review.noText')}</p>
      )}
      <div className={styles.candidateActions}>
        <button
          type="button"
          className={
            m.state === 'accepted' ? `${styles.decide} ${styles.accept} on` : `${styles.decide} ${styles.accept}`
          }
          aria-pressed={m.state === 'accepted'}
          onClick={() => onDecide('accepted')}
          data-testid="candidate-accept"
        >
          {t('review.accept')} <kbd>a</kbd>
        </button>
        <button
          type="button"
          className={
            m.state === 'rejected' ? `${styles.decide} ${styles.reject} on` : `${styles.decide} ${styles.reject}`
          }
          aria-pressed={m.state === 'rejected'}
          onClick={() => onDecide('rejected')}
          data-testid="candidate-reject"
        >
          {t('review.reject')} <kbd>r</kbd>
        </button>
        {m.state !== 'proposed' && (
          <button
            type="button"
            className={styles.decide}
            onClick={() => onDecide('proposed')}
            data-testid="candidate-reset"
          >
            {t('review.reset')} <kbd>u</kbd>
          </button>
        )}
        <label className={styles.relation} htmlFor={relationId}>
          {t('review.relation')}
          <select
            id={relationId}
            value={m.relation ?? ''}
            onChange={(e) => onRelation(e.target.value ? (e.target.value as Relation) : null)}
            data-testid="candidate-relation"
          >
            <option value="">{t('relation.none')}</option>
            {RELATIONS.map((r) => (
              <option key={r} value={r}>
                {t(`relation.${r}`)}
              </option>
            ))}
          </select>
        </label>
        {m.provisionId !== null && (
          <button type="button" className={`link ${styles.showInLaw}`} onClick={onShowInLaw} data-testid="show-in-law">
            {t('review.showInLaw')}
          </button>
        )}
      </div>
    </article>
  );
}
