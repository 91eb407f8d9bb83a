import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../api/useImportJob';
import { ImportProgress } from './ImportProgress';

/**
 * The foot of an import dialog: the progress while the import runs, then the buttons — cancel the
 * import while it runs, close the dialog otherwise, and submit.
 */
export function ImportFooter(props: {
  job: { running: boolean; progress: JobProgress | null; cancel: () => void };
  onClose: () => void;
  submitDisabled: boolean;
  testIds: { progress: string; submit: string; cancel?: string };
}) {
  const { t } = useTranslation();
  const { job, testIds } = props;
  return (
    <>
      {job.progress && <ImportProgress progress={job.progress} testId={testIds.progress} />}
      <div className="modal-actions">
        {job.running ? (
          <button type="button" onClick={job.cancel} data-testid={testIds.cancel}>
            {t('import.cancelImport')}
          </button>
        ) : (
          <button type="button" onClick={props.onClose}>
            {t('newAssessment.cancel')}
          </button>
        )}
        <button type="submit" className="primary" disabled={props.submitDisabled} data-testid={testIds.submit}>
          {t('import.submit')}
        </button>
      </div>
    </>
  );
}
