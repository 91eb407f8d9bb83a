import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { MappingView, ProvisionHit, RequirementStatus, ReviewDetail } from '../../../../shared/api/review-schemas';
import type { ApiError } from '../../../../shared/api/errors';
import { ObligationBadge } from '../../components/ObligationBadge';
import { ErrorBanner } from '../../components/ErrorBanner';
import type { UiLanguage } from '../../i18n';
import { STATUSES, shortRef } from './filters';
import { StatusBadge } from './StatusBadge';
import { RequirementText } from './RequirementText';
import { ModelLawLinks } from './ModelLawLinks';
import { ElementStatus } from './ElementStatus';
import { FindingsList } from './FindingsList';
import { CandidateCard, RELATIONS } from './CandidateCard';
import { AddMapping } from './AddMapping';
import { AssessmentFields } from './AssessmentFields';
import { formatScore } from './format';
import { chapterName, confidenceLevel, formatDate, requirementTitle } from '../words/words';
import styles from './RequirementPane.module.css';
import reviewStyles from './review.module.css';

/**
 * One requirement side by side with the national provisions that may implement it, and the
 * reviewer's decision. Every control saves at once; the text fields save as they are typed.
 */
export function RequirementPane({
  detail,
  stale,
  candidates,
  currentCandidateId,
  weakCount,
  showWeak,
  onShowWeak,
  nameOf,
  modelLaw,
  language,
  onLanguage,
  error,
  notice,
  onDismissError,
  registerCandidate,
  onFocusCandidate,
  onDecide,
  onRelation,
  onShowInLaw,
  onAdd,
  onStatus,
  onSaveField,
  searchRef,
  findingRef,
}: {
  detail: ReviewDetail;
  /** Still showing the previous requirement while the next one loads. */
  stale: boolean;
  candidates: MappingView[];
  currentCandidateId: number | null;
  /** Candidates too slight to show unless asked, and whether they are shown. */
  weakCount: number;
  showWeak: boolean;
  onShowWeak: (show: boolean) => void;
  nameOf: (instrument: string) => string;
  modelLaw: boolean;
  language: UiLanguage;
  onLanguage: (l: UiLanguage) => void;
  error: ApiError | null;
  /** A decision refused before asking the server, with the reason. */
  notice: string | null;
  onDismissError: () => void;
  registerCandidate: (id: number, el: HTMLElement | null) => void;
  onFocusCandidate: (id: number) => void;
  onDecide: (m: MappingView, state: MappingView['state']) => void;
  onRelation: (m: MappingView, relation: (typeof RELATIONS)[number] | null) => void;
  onShowInLaw: (m: MappingView) => void;
  onAdd: (hit: ProvisionHit) => Promise<void>;
  onStatus: (status: RequirementStatus) => void;
  onSaveField: (field: 'finding' | 'recommendation' | 'proposedWording', value: string | null) => Promise<unknown>;
  searchRef: RefObject<HTMLInputElement | null>;
  findingRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const { t, i18n } = useTranslation();
  const row = detail.row;
  const hasAccepted = detail.mappings.some((m) => m.state === 'accepted');
  const when = (iso: string | null) => formatDate(iso, i18n.language);
  const lang = i18n.language as 'en' | 'fr' | 'es';
  return (
    <div className={styles.reqPane} aria-busy={stale} data-testid="requirement-pane" data-requirement={row.id}>
      <header className={styles.paneHead} data-testid="pane-head">
        <div className={styles.paneTitle}>
          {row.chapter && <p className={styles.paneContext}>{chapterName(row, i18n.language)}</p>}
          <h2 data-short-ref={shortRef(row.id, nameOf)}>{requirementTitle(row, nameOf, t, i18n.language)}</h2>
          <p className={styles.paneBadges}>
            <ObligationBadge obligation={row.obligation} />
            {row.reviewed ? (
              <span className={styles.reviewedBy} data-testid="reviewed-by">
                ✓ {t('review.reviewedBy', { who: detail.reviewedBy, when: when(detail.reviewedAt) })}
              </span>
            ) : (
              <span className="muted">{t('review.notReviewed')}</span>
            )}
          </p>
        </div>
        <div className="status-control">
          <label htmlFor="requirement-status">{t('review.status')}</label>
          <select
            id="requirement-status"
            value={row.reviewed ? row.status : ''}
            onChange={(e) => onStatus(e.target.value as RequirementStatus)}
            data-testid="status-select"
          >
            {!row.reviewed && (
              <option value="">
                {t('review.statusProposed', { status: t(`reviewStatus.${row.proposedStatus}`) })}
              </option>
            )}
            {STATUSES.map((s, i) => (
              <option key={s} value={s} disabled={s === 'compliant' && !hasAccepted}>
                {i + 1} · {t(`reviewStatus.${s}`)}
              </option>
            ))}
          </select>
          <p className={styles.proposal}>
            {t('review.proposal')} <StatusBadge status={row.proposedStatus} proposed /> ·{' '}
            <span data-testid="confidence-level" data-level={confidenceLevel(row.confidence)}>
              {t(`words.confidence.${confidenceLevel(row.confidence)}`)}
            </span>
          </p>
          <p className={styles.proposalReason} data-testid="proposal-reason">
            {detail.proposedReasons[lang] ?? detail.proposedReason}
          </p>
          <details className={reviewStyles.proposalDetails}>
            <summary>{t('words.details')}</summary>
            {t('review.confidence', { value: formatScore(row.confidence, i18n.language) })}
          </details>
        </div>
      </header>
      {error && <ErrorBanner error={error} onDismiss={onDismissError} />}
      {notice && (
        <p className="notice" role="alert" data-testid="review-notice">
          {notice}
        </p>
      )}
      <FindingsList findings={detail.findings} />
      <div className={styles.paneColumns}>
        <div className={`${styles.paneColumn} requirement-column`}>
          <RequirementText detail={detail} modelLaw={modelLaw} language={language} onLanguage={onLanguage} />
          <ModelLawLinks links={detail.implementedBy} nameOf={nameOf} />
          <ElementStatus requirementId={row.id} elements={detail.elements} />
        </div>
        <div className={`${styles.paneColumn} provisions-column`}>
          <h3>
            {t('review.candidates', { count: candidates.length })}{' '}
            <span className="muted">
              <kbd>[</kbd> <kbd>]</kbd>
            </span>
          </h3>
          {candidates.length === 0 && (
            <p className="muted">{weakCount ? t('words.onlyWeak') : t('review.noCandidates')}</p>
          )}
          <div className="candidates" data-testid="candidates">
            {candidates.map((m) => (
              <CandidateCard
                key={m.id}
                mapping={m}
                current={m.id === currentCandidateId}
                register={(el) => registerCandidate(m.id, el)}
                onFocusCard={() => onFocusCandidate(m.id)}
                onDecide={(state) => onDecide(m, state)}
                onRelation={(relation) => onRelation(m, relation)}
                onShowInLaw={() => onShowInLaw(m)}
              />
            ))}
          </div>
          {weakCount > 0 && (
            <button
              type="button"
              className={`link ${styles.weakToggle}`}
              aria-expanded={showWeak}
              onClick={() => onShowWeak(!showWeak)}
              data-testid="show-weak"
            >
              {showWeak ? t('words.hideWeak') : t('words.showWeak', { count: weakCount })}
            </button>
          )}
          <AddMapping mappings={detail.mappings} inputRef={searchRef} onAdd={onAdd} />
        </div>
      </div>
      <AssessmentFields detail={detail} save={onSaveField} findingRef={findingRef} />
    </div>
  );
}
