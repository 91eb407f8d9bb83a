import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { InstrumentDetail } from '../../../../shared/api/schemas';
import type { ApiError } from '../../../../shared/api/errors';
import { ApiCallError, call } from '../../api/client';
import { refreshAfter } from '../../api/refresh';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDate } from '../words/words';
import styles from './ImportedInstrumentHeader.module.css';
import libraryStyles from './library.module.css';

/** Where an imported instrument came from, and its removal from the library after confirmation. */
export function ImportedInstrumentHeader(props: { instrument: InstrumentDetail; onDeleted: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const { instrument, onDeleted } = props;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (!instrument.imported) return null;
  const { imported } = instrument;

  async function remove() {
    setBusy(true);
    try {
      await call('library:delete-instrument', { id: instrument.id });
      // Leave the instrument before the queries refresh, so nothing asks for it any more.
      onDeleted();
      await refreshAfter(client, 'library:delete-instrument');
    } catch (e) {
      setError(e instanceof ApiCallError ? e.error : { code: 'internal', message: String(e) });
      setBusy(false);
    }
  }

  return (
    <section className={styles.importedHeader} data-testid="imported-header">
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      <p className="muted">
        <span className={`badge ${libraryStyles.imported}`}>{t('customInstrument.badge')}</span>{' '}
        {t('customInstrument.provenance', {
          file: imported.fileName,
          date: formatDate(imported.importedAt, i18n.language, false),
          user: imported.importedBy,
        })}
        {instrument.citation && ` · ${instrument.citation}`}
      </p>
      {confirming ? (
        <div
          className={styles.confirm}
          role="alertdialog"
          aria-labelledby="confirm-delete-text"
          data-testid="confirm-delete"
        >
          <p id="confirm-delete-text">{t('customInstrument.confirmDelete', { title: instrument.title })}</p>
          <div className="modal-actions">
            <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
              {t('newAssessment.cancel')}
            </button>
            <button
              type="button"
              className={styles.danger}
              onClick={() => void remove()}
              disabled={busy}
              data-testid="confirm-delete-instrument"
            >
              {t('customInstrument.deleteConfirmed')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} data-testid="delete-instrument">
          {t('customInstrument.delete')}
        </button>
      )}
    </section>
  );
}
