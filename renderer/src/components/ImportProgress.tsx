import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../api/useImportJob';

/** The progress bar of a running import, with the stage it is at. */
export function ImportProgress({ progress, testId }: { progress: JobProgress; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="progress" data-testid={testId}>
      <progress max={1} value={progress.fraction} />
      <span>{t(`import.stage.${progress.stage}`, { defaultValue: progress.stage })}</span>
    </div>
  );
}
