import type { RequestOf } from '../../../../shared/api/contract';
import { call } from '../../api/client';
import { useImportJob } from '../../api/useImportJob';

/** What the dialog sends; the job id is the hook's. */
export type InstrumentImportRequest = Omit<RequestOf<'library:import-instrument'>, 'jobId'>;

function importInstrument(jobId: string, request: InstrumentImportRequest) {
  return call('library:import-instrument', { ...request, jobId });
}

/**
 * Import an instrument into the user's library (see useImportJob); the refresh afterwards updates
 * the instrument list, the search and every assessment's choice of instruments.
 */
export function useInstrumentImport() {
  return useImportJob(importInstrument, 'library:import-instrument');
}
