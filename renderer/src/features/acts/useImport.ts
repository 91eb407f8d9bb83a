import type { ImportSource, VersionStatus } from '../../../../shared/api/act-schemas';
import { call } from '../../api/client';
import { useImportJob } from '../../api/useImportJob';

export interface ImportOptions {
  title: string;
  year: number | null;
  language: 'auto' | 'en' | 'fr' | 'es';
  actId?: number;
  versionLabel: string;
  status: VersionStatus;
}

function importAct(jobId: string, source: ImportSource | undefined, options: ImportOptions) {
  return call('act:import', {
    jobId,
    ...(source ? { source } : {}),
    ...(options.actId ? { actId: options.actId } : {}),
    title: options.title || undefined,
    year: options.year,
    language: options.language,
    versionLabel: options.versionLabel || undefined,
    status: options.status,
  });
}

/** Import a law: progress, cancel and the outcome (see useImportJob). */
export function useImport() {
  return useImportJob(importAct, 'act:import');
}
