/**
 * The work run off the main thread: reading a law file, segmenting it, analysing laws, building
 * an export (Word report, Excel matrix, CSV, JSON). Each task
 * takes and returns plain data (structured-cloneable), so it runs the same in a worker thread
 * and in the calling thread.
 */
import type { AnalysisInput, AnalysisResult } from '../../../shared/analysis/types';
import type { ProvisionTree } from '../../../shared/domain/provision';
import type { LanguageCode, SourceDocument } from '../../../shared/domain/source';
import type { ReportInput, ReportOptions } from '../../../shared/report/input';
import { basename } from 'node:path';
import type { ImportOptions } from '../import';
import type { PdfPageRun } from '../import/pdf';
import type { InstrumentPart } from '../../../shared/segment/instruments';

export interface TaskContext {
  signal: AbortSignal;
  onProgress: (fraction: number, stage: string) => void;
}

export interface SegmentInput {
  doc: SourceDocument;
  /** The law's language, or 'auto' to use the one detected from its text. */
  language: LanguageCode | 'auto';
  /** Also split off the regulations printed after the act (see splitInstruments). */
  instruments?: boolean;
}

/** An export to build: the file's content is answered, and the caller writes it where it belongs. */
export interface ExportInput {
  kind: 'docx' | 'xlsx' | 'csv' | 'json';
  input: ReportInput;
  options: ReportOptions;
}

export interface SegmentOutput {
  detected: LanguageCode;
  language: LanguageCode;
  tree: ProvisionTree;
  /** With `instruments` and more than one in the text: each instrument segmented, the act first. */
  instruments?: Array<InstrumentPart & Omit<SegmentOutput, 'instruments'>>;
}

/** Loads once what `load` gives, however many times it is asked for. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => (loading ??= load());
}

/**
 * The code each task needs, loaded once per thread: when the task runs, or before its input is ready
 * in a worker started ahead of it (see prepareTask).
 */
const CODE = {
  read: once(() => Promise.all([import('../import'), import('./pdf-readers')])),
  'pdf-pages': once(() => import('../import/pdf')),
  segment: once(() => Promise.all([import('../../../shared/segment'), import('../../../shared/segment/language')])),
  analyze: once(async () => {
    const [{ analyze }, { useRequirementFeatureStore }, { requirementFeatureSnapshots }] = await Promise.all([
      import('../../../shared/analysis'),
      import('../../../shared/analysis/requirements'),
      import('../reference/load'),
    ]);
    // The requirements' term vectors and key concepts depend only on the library: kept between runs of the built code.
    useRequirementFeatureStore(requirementFeatureSnapshots());
    return analyze;
  }),
  export: once(() => import('../report')),
};

/** The tasks, each loading only the code it needs (a worker reading a PDF never loads the analysis). */
export const TASKS = {
  read: async (
    input: { path: string; options: Pick<ImportOptions, 'maxBytes' | 'limits'> },
    ctx: TaskContext,
  ): Promise<SourceDocument> => {
    const [{ importLawFile }, { pdfReadersFor }] = await CODE.read();
    return importLawFile(input.path, {
      ...input.options,
      signal: ctx.signal,
      onProgress: ctx.onProgress,
      // A long PDF's pages are shared with readers on the other cores.
      pdfReaders: pdfReadersFor(input.path, input.options),
    });
  },
  /** A reader of a long PDF beside the thread importing it (see PdfReaders): progress is one message per page. */
  'pdf-pages': async (
    input: { path: string; shared: SharedArrayBuffer; options: Pick<ImportOptions, 'maxBytes' | 'limits'> },
    ctx: TaskContext,
  ): Promise<PdfPageRun[]> => {
    const { readSharedPdfPages } = await CODE['pdf-pages']();
    const options = { ...input.options, signal: ctx.signal };
    return readSharedPdfPages(input.path, basename(input.path), input.shared, options, () => ctx.onProgress(0, 'page'));
  },
  segment: async (input: SegmentInput): Promise<SegmentOutput> => {
    const [{ segment, splitInstruments }, { detectLanguage }] = await CODE.segment();
    const one = (doc: SourceDocument) => {
      const detected = detectLanguage(doc.lines.map((l) => l.text).join('\n')).language;
      const language = input.language === 'auto' ? detected : input.language;
      return { detected, language, tree: segment(doc, { language }) };
    };
    const parts = input.instruments ? splitInstruments(input.doc) : [];
    if (parts.length < 2) return one(input.doc);
    const instruments = parts.map((part) => ({ ...part, ...one(part.doc) }));
    return { ...instruments[0]!, instruments };
  },
  analyze: async (input: AnalysisInput): Promise<AnalysisResult> => {
    const analyze = await CODE.analyze();
    return analyze(input);
  },
  export: async ({ kind, input, options }: ExportInput, ctx: TaskContext): Promise<Uint8Array | string> => {
    const { renderReportDocx, mappingCsv, assessmentJson } = await CODE.export();
    if (kind === 'docx')
      // Off the window's thread, the pages are laid out so the contents page has its numbers.
      return renderReportDocx(input, options, ctx.onProgress, true);
    if (kind === 'xlsx') {
      const { writeMatrixXlsx } = await import('../report/xlsx-writer');
      return writeMatrixXlsx(input, {
        language: options.language,
        author: options.author,
        ...(options.instruments ? { instruments: options.instruments } : {}),
      });
    }
    return kind === 'csv' ? mappingCsv(input, options.language) : assessmentJson(input);
  },
} satisfies Record<string, (input: never, ctx: TaskContext) => unknown>;

export type TaskName = keyof typeof TASKS;
export type TaskInput<T extends TaskName> = Parameters<(typeof TASKS)[T]>[0];
export type TaskOutput<T extends TaskName> = Awaited<ReturnType<(typeof TASKS)[T]>>;

/** What a worker loads for each task when it is started ahead of its input. */
export const PREPARE: Record<TaskName, () => Promise<unknown>> = CODE;
