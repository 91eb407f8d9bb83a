import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ReferenceLibrary } from '../../../shared/reference/types';
import { segment } from '../../../shared/segment';
import { importLawFile } from '../import';
import { buildAssessmentFile } from '../db/assessment-file';
import { initAssessment } from '../db/assessment-repo';
import { storeImportedVersion } from '../db/act-repo';
import { resourcesDir } from '../paths';
import { runAssessmentAnalysis } from './analysis-service';

export const SAMPLE_FILE_NAME = 'LexGap sample - Kenya.lexgap';
export const SAMPLE_LAW = 'kenya-counter-trafficking-in-persons-act-2010.txt';

/** Path of the sample law shipped with the app. */
export function sampleLawPath(): string {
  return join(resourcesDir(), 'samples', SAMPLE_LAW);
}

/**
 * Build the sample assessment at `path`: Kenya's act imported and analysed against the TIP
 * Protocol, UNTOC and the TIP Model Law. Written to a temporary name first, so a failure leaves
 * no half-made file behind.
 */
export async function createSampleAssessment(
  path: string,
  library: ReferenceLibrary,
  actor: string,
  /** Who signs its report: the assessor named in the settings, else asked at export. */
  assessor = '',
): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await buildAssessmentFile(path, async (db) => {
    initAssessment(
      db,
      {
        country: 'Kenya',
        title: 'Counter-Trafficking in Persons Act 2010 — sample gap analysis',
        assessor,
        instruments: ['tip-protocol', 'untoc', 'model-law-tip'],
      },
      actor,
    );
    const doc = await importLawFile(sampleLawPath());
    storeImportedVersion(db, {
      title: 'Counter-Trafficking in Persons Act (No. 8 of 2010)',
      year: 2010,
      language: 'en',
      detectedLanguage: 'en',
      label: 'Revised edition 2023',
      status: 'in-force',
      source: doc,
      sha256: null,
      tree: segment(doc, { language: 'en' }),
      actor,
    });
    runAssessmentAnalysis(db, library, actor);
  });
}
