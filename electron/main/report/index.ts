import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { LanguageCode } from '../../../shared/domain/source';
import type { ReportInput, ReportOptions } from '../../../shared/report/input';
import { messages } from '../../../shared/report/messages';
import { buildReportModel } from '../../../shared/report/model';
import { buildNarrativeReport } from '../../../shared/report/narrative';
import { writeReportDocx } from './docx-writer';

/**
 * Report exports: the Word report, the mapping table as CSV for spreadsheets, and the assessment
 * as JSON. Every file is written atomically, so an interrupted export never leaves a truncated
 * file where a good one was.
 */

export { writeReportDocx } from './docx-writer';

/** Progress of an export: fraction 0..1 and what is being done. */
export type ExportProgress = (fraction: number, stage: string) => void;

/**
 * Write `data` to `path` through a temporary file in the same folder, flushed to disk, then
 * renamed over the target (atomic on the same file system).
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    // Windows refuses to replace a file another program holds open, which for a report is Word.
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
      throw new Error(
        `Could not write "${path}": the file may be open in another program (Word or Excel). Close it and export again.`,
        {
          cause: error,
        },
      );
    }
    throw error;
  }
}

/**
 * Build the report as the bytes of a Word document. With `layoutPages`, the pages are laid out
 * so the contents page carries its page numbers in readers that do not refresh fields
 * (LibreOffice); seconds of work for the narrative report, so it is done off the window's thread
 * (the command line, the export worker). Word refreshes the contents and page fields on opening.
 */
export async function renderReportDocx(
  input: ReportInput,
  options: ReportOptions,
  onProgress?: ExportProgress,
  layoutPages = false,
): Promise<Uint8Array> {
  onProgress?.(0, 'Preparing the report');
  const matrix = options.layout === 'matrix';
  const model = matrix ? buildReportModel(input, options) : buildNarrativeReport(input, options);
  return writeReportDocx(model, {
    // The matrix runs to hundreds of pages: its contents page is always left to Word.
    pageNumbers: layoutPages && !matrix,
    onProgress: (f, stage) => onProgress?.(0.05 + 0.85 * f, stage),
  });
}

/**
 * Build the report and write it as a Word document at `outPath` (see {@link renderReportDocx}).
 * Returns the path written; `pages` is left out, as the page count is only known once Word or
 * LibreOffice lays the document out.
 */
export async function exportReportDocx(
  input: ReportInput,
  options: ReportOptions,
  outPath: string,
  onProgress?: ExportProgress,
  layoutPages = false,
): Promise<{ path: string; pages?: number }> {
  const bytes = await renderReportDocx(input, options, onProgress, layoutPages);
  onProgress?.(0.92, 'Saving the file');
  await writeFileAtomic(outPath, bytes);
  onProgress?.(1, 'Saved');
  return { path: outPath };
}

/**
 * Write the requirement matrix (one sheet per instrument, one row per requirement) as an Excel
 * workbook at `path`.
 */
export async function exportMatrixXlsx(
  input: ReportInput,
  options: Pick<ReportOptions, 'language' | 'author' | 'instruments'>,
  path: string,
): Promise<{ path: string }> {
  // Excel's library is loaded only when a workbook is asked for.
  const { writeMatrixXlsx } = await import('./xlsx-writer');
  const bytes = await writeMatrixXlsx(input, {
    language: options.language,
    author: options.author,
    ...(options.instruments ? { instruments: options.instruments } : {}),
  });
  await writeFileAtomic(path, bytes);
  return { path };
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. */
function csvField(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  // A leading =, +, - or @ makes Excel evaluate the cell as a formula; a leading apostrophe keeps it text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The mapping table as CSV: one row per requirement and cited national provision (a requirement
 * with no provision has one row with the provision columns empty). UTF-8 with a byte-order mark
 * and CRLF line ends, as Excel needs to open accented text correctly; RFC 4180 quoting. Column
 * headers and status names are in `language` (English by default); codes stay in their own
 * columns for re-import.
 */
export function mappingCsv(input: ReportInput, language: LanguageCode = 'en'): string {
  const t = messages(language);
  const acts = new Map(input.acts.map((a) => [a.key, a]));
  const header = [
    t.instrumentColumn,
    t.requirementColumn,
    t.obligationColumn,
    t.statusLabel,
    'status',
    t.reviewLabel,
    'confidence',
    t.actColumn,
    t.versionColumn,
    t.provisionColumn,
    'numbers',
    'origin',
    'accepted',
    'relation',
    t.assessmentHeading,
    t.recommendationHeading,
  ];
  const rows: (string | number | boolean | null)[][] = [];
  for (const r of input.requirements) {
    const base = [
      t.instruments[r.instrument]?.abbr ?? r.instrument,
      r.ref,
      t.obligation[r.obligation],
      t.status[r.status],
      r.status,
      r.reviewed,
      Math.round(r.confidence * 100) / 100,
    ];
    const tail = [r.finding ?? r.reason, r.recommendation];
    if (r.citations.length === 0) rows.push([...base, null, null, null, null, null, null, null, ...tail]);
    for (const c of r.citations) {
      const act = acts.get(c.act);
      rows.push([
        ...base,
        act?.title ?? c.act,
        act?.versionLabel ?? null,
        c.citation,
        c.numbers.join(' > '),
        c.origin,
        c.accepted,
        c.relation,
        ...tail,
      ]);
    }
  }
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Write {@link mappingCsv} to `path`. */
export async function exportMappingCsv(
  input: ReportInput,
  path: string,
  language: LanguageCode = 'en',
): Promise<{ path: string }> {
  await writeFileAtomic(path, mappingCsv(input, language));
  return { path };
}

/** Version tag of the assessment JSON export. */
export const ASSESSMENT_EXPORT_SCHEMA = 'lexgap.assessment-export/1' as const;

/**
 * The assessment as JSON: everything in the report input except the reference library, which is
 * identified by its data version (the library ships with the application and is large).
 */
export function assessmentJson(input: ReportInput): string {
  const { library, ...rest } = input;
  const json = JSON.stringify(
    { schema: ASSESSMENT_EXPORT_SCHEMA, referenceDataVersion: library.dataVersion, ...rest },
    null,
    2,
  );
  return `${json}\n`;
}

/** Write {@link assessmentJson} to `path`. */
export async function exportAssessmentJson(input: ReportInput, path: string): Promise<{ path: string }> {
  await writeFileAtomic(path, assessmentJson(input));
  return { path };
}
