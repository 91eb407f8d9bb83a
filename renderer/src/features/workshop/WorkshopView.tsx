import { clsx } from 'clsx';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequirementStatus } from '../../../../shared/api/review-schemas';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useInstrumentNames } from '../../hooks/useInstrumentNames';
import { currentLanguage } from '../../i18n';
import { EvidenceText } from '../review/EvidenceText';
import { STATUSES } from '../review/filters';
import { isTypingTarget } from '../review/shortcuts';
import { useAutosave } from '../review/useAutosave';
import { useReviewWrite } from '../review/useReviewWrite';
import { convincingCitations, requirementTitle } from '../words/words';
import { ProvisionName } from '../words/Citation';
import { useLawLanguage } from '../../hooks/useLawLanguage';
import { useWorkshopPosition } from './useWorkshopPosition';
import styles from './WorkshopView.module.css';

/** The facilitator's notes on one requirement, saved as its finding while they are typed. */
function Notes({
  requirementId,
  initial,
  areaRef,
}: {
  requirementId: string;
  initial: string | null;
  areaRef: React.RefObject<HTMLTextAreaElement | null>;
}) {
  const { t } = useTranslation();
  const { value, change, flush, state } = useAutosave(initial, (v) =>
    call('review:set-assessment', { requirementId, finding: v }),
  );
  return (
    <div className={styles.workshopNotes}>
      <label htmlFor="workshop-notes">
        {t('workshop.notes')} <kbd>n</kbd>
        <span className="save-note" aria-live="polite" data-testid="workshop-save" data-state={state}>
          {state === 'idle' ? '' : t(`review.save.${state}`)}
        </span>
      </label>
      <textarea
        id="workshop-notes"
        ref={areaRef}
        rows={2}
        value={value}
        onChange={(e) => change(e.target.value)}
        onBlur={flush}
        data-testid="workshop-notes"
      />
    </div>
  );
}

/**
 * The room's screen: one requirement at a time, the treaty text beside the national provision,
 * large status buttons, the facilitator's notes, nothing else. j / k move on and back, 1–5 set
 * the status, n writes a note, Escape leaves the note.
 */
export function WorkshopView({ onLeave }: { onLeave: () => void }) {
  const { t, i18n } = useTranslation();
  const list = useApi('review:list', {});
  const { nameOf, isModelLaw } = useInstrumentNames();
  const [position, setPosition] = useWorkshopPosition();
  const { write, error, setError } = useReviewWrite();
  const [notice, setNotice] = useState<string | null>(null);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  // Article by article, as a room reads the treaty; general and final clauses left out.
  const rows = useMemo(() => (list.data ?? []).filter((r) => r.obligation !== 'general'), [list.data]);
  const index = Math.max(
    0,
    rows.findIndex((r) => r.id === position),
  );
  const row = rows[index] ?? null;
  const detail = useApi('review:get', { requirementId: row?.id ?? '' }, { enabled: row !== null });
  const shown = detail.data && detail.data.row.id === row?.id ? detail.data : null;
  const language = currentLanguage();
  const lawLanguage = useLawLanguage();

  const move = (by: number) => {
    const next = rows[Math.min(rows.length - 1, Math.max(0, index + by))];
    if (next) {
      setNotice(null);
      setPosition(next.id);
    }
  };
  const setStatus = (status: RequirementStatus) => {
    if (!shown) return;
    if (status === 'compliant' && !shown.mappings.some((m) => m.state === 'accepted')) {
      setNotice(t('review.compliantNeedsProvision'));
      return;
    }
    setNotice(null);
    void write(() => call('review:set-assessment', { requirementId: shown.row.id, status })).catch(() => undefined);
  };

  const keyRef = useRef<(e: KeyboardEvent) => void>(() => undefined);
  useEffect(() => {
    keyRef.current = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTypingTarget(e.target)) {
        if (e.key === 'Escape') (e.target as HTMLElement).blur();
        return;
      }
      if (e.key === 'j' || e.key === 'ArrowRight' || e.key === 'PageDown') move(1);
      else if (e.key === 'k' || e.key === 'ArrowLeft' || e.key === 'PageUp') move(-1);
      else if (e.key === 'n') notesRef.current?.focus();
      else {
        const n = Number(e.key);
        if (Number.isInteger(n) && n >= 1 && n <= STATUSES.length) setStatus(STATUSES[n - 1]!);
        else return;
      }
      e.preventDefault();
    };
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => keyRef.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  if (!list.data) return <p className="muted">{t('app.loading')}</p>;
  if (!row)
    return (
      <section className={styles.workshop} data-testid="workshop-view">
        <h1>{t('workshop.title')}</h1>
        <p>{t('workshop.nothing')}</p>
        <button type="button" onClick={onLeave}>
          {t('workshop.leave')}
        </button>
      </section>
    );

  const translated = language !== 'en' && shown?.translations[language] !== undefined;
  const treatyText = shown ? (translated ? shown.translations[language]! : shown.text) : '';
  // A Model Law summary (English only) or an untranslated text stays marked as English.
  const treatyLanguage = translated || language === 'en' ? undefined : 'en';
  const accepted = shown?.mappings.filter((m) => m.state === 'accepted') ?? [];
  // Before review, the best proposal only when it is convincing (as the review list cites it).
  const provisions = accepted.length
    ? accepted
    : convincingCitations(row).length
      ? (shown?.mappings.filter((m) => m.state === 'proposed').slice(0, 1) ?? [])
      : [];
  const status = row.reviewed ? row.status : null;
  const n = (v: number) => new Intl.NumberFormat(i18n.language).format(v);

  return (
    <section className={styles.workshop} data-testid="workshop-view" data-requirement={row.id}>
      <header className={styles.workshopHead}>
        <h1 data-testid="workshop-title">{requirementTitle(row, nameOf, t, i18n.language)}</h1>
        <div className={styles.workshopMoves}>
          <span className={styles.workshopPosition} data-testid="workshop-position">
            {t('workshop.position', { n: n(index + 1), total: n(rows.length) })}
          </span>
          <nav className={styles.workshopNav} aria-label={t('workshop.navigation')}>
            <button type="button" onClick={() => move(-1)} disabled={index === 0} data-testid="workshop-previous">
              ← {t('workshop.previous')} <kbd>k</kbd>
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => move(1)}
              disabled={index >= rows.length - 1}
              data-testid="workshop-next"
            >
              {t('workshop.next')} <kbd>j</kbd> →
            </button>
          </nav>
        </div>
      </header>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      {notice && (
        <p className="notice" role="alert">
          {notice}
        </p>
      )}
      <div className={styles.workshopColumns}>
        <div className="scroll-pane workshop-column">
          <h2 id="workshop-treaty">
            {isModelLaw(row.instrument) ? t('review.modelLawSummary') : t('review.officialText')}
          </h2>
          <div
            className={styles.workshopText}
            tabIndex={0}
            role="region"
            aria-labelledby="workshop-treaty"
            data-testid="workshop-treaty"
          >
            <p lang={treatyLanguage}>{treatyText}</p>
          </div>
        </div>
        <section className="scroll-pane workshop-column" aria-labelledby="workshop-national">
          <h2 id="workshop-national">{accepted.length ? t('workshop.national') : t('workshop.nationalProposed')}</h2>
          {provisions.length === 0 ? (
            <p className={styles.workshopNone} data-testid="workshop-no-provision">
              {t('workshop.noProvision')}
            </p>
          ) : (
            provisions.map((m) => (
              <div key={m.id} className={styles.workshopProvision} data-testid="workshop-provision">
                <h3>
                  <ProvisionName {...m} />
                  <span className={styles.workshopAct}>
                    {' · '}
                    <span lang={lawLanguage(m.versionId)}>{m.actTitle}</span>
                  </span>
                </h3>
                <EvidenceText
                  text={m.text}
                  evidence={m.evidence}
                  label={t('review.candidateText', { name: t('words.unit', { number: m.unitNumber }) })}
                  lang={lawLanguage(m.versionId)}
                />
              </div>
            ))
          )}
        </section>
      </div>
      <div className={styles.workshopStatuses} role="group" aria-label={t('review.status')}>
        {STATUSES.map((s, i) => (
          <button
            key={s}
            type="button"
            className={clsx(styles.workshopStatus, `st-${s}`, status === s && 'on')}
            aria-pressed={status === s}
            onClick={() => setStatus(s)}
            data-testid={`workshop-status-${s}`}
          >
            <kbd>{i + 1}</kbd> {t(`reviewStatus.${s}`)}
          </button>
        ))}
      </div>
      {shown && <Notes key={shown.row.id} requirementId={shown.row.id} initial={shown.finding} areaRef={notesRef} />}
    </section>
  );
}
