/**
 * Report speed: build the model of a 300-requirement report with full texts (every requirement
 * quoted, two national provisions of about 1,500 characters each, element tables, an amendment
 * on one requirement in ten) and write it as a Word document.
 */
import { writeReportDocx } from '../../electron/main/report/docx-writer';
import { importLawFile } from '../../electron/main/import/index';
import { loadReferenceLibrary } from '../../electron/main/reference/load';
import { analyze } from '../../shared/analysis/index';
import { reportInputFromAnalysis } from '../../shared/report/from-analysis';
import { buildReportModel } from '../../shared/report/model';
import { buildNarrativeReport } from '../../shared/report/narrative';
import { segment } from '../../shared/segment/index';
import { makeLargeReportInput } from '../../tests/helpers/report-input';
import type { BenchFigure } from './types';

const REQUIREMENTS = 300;
const RUNS = 3;
const TARGET_MS = 3000;

const SAMPLE = 'resources/samples/kenya-counter-trafficking-in-persons-act-2010.txt';
const NARRATIVE_TARGET_MS = 2000;

/** The sample report by theme: the model, the Word file, and the Word file with its contents page laid out. */
async function narrative(): Promise<BenchFigure[]> {
  const library = loadReferenceLibrary();
  const tree = segment(await importLawFile(SAMPLE));
  const result = analyze({
    acts: [{ file: 'sample.txt', title: 'Counter-Trafficking in Persons Act', language: tree.language, tree }],
    library,
    instruments: ['tip-protocol', 'untoc', 'model-law-tip'],
  });
  const input = reportInputFromAnalysis(result, library, {
    country: 'Kenya',
    title: 'Sample',
    assessor: 'Bench',
    acts: [{ file: 'sample.txt', title: 'Counter-Trafficking in Persons Act (No. 8 of 2010)', year: 2010 }],
  });
  const options = {
    language: 'en' as const,
    includeTexts: true,
    author: 'Bench',
    date: new Date('2025-03-12T00:00:00Z'),
  };
  const plain: number[] = [];
  const laidOut: number[] = [];
  let recommendations = 0;
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    const model = buildNarrativeReport(input, options);
    await writeReportDocx(model);
    plain.push(performance.now() - start);
    recommendations = model.recommendations.length;
    start = performance.now();
    await writeReportDocx(buildNarrativeReport(input, options), { pageNumbers: true });
    laidOut.push(performance.now() - start);
  }
  plain.sort((a, b) => a - b);
  laidOut.sort((a, b) => a - b);
  const median = (xs: number[]) => xs[Math.floor(RUNS / 2)]!;
  return [
    {
      name: 'report by theme (sample act): build + write DOCX',
      value: median(plain),
      unit: 'ms',
      target: NARRATIVE_TARGET_MS,
      note: `median of ${RUNS}; ${recommendations} recommendations; contents page numbers left to Word`,
    },
    {
      name: 'report by theme (sample act): build + write DOCX with the contents page laid out',
      value: median(laidOut),
      unit: 'ms',
      target: NARRATIVE_TARGET_MS,
      note: `median of ${RUNS}; page numbers written for LibreOffice, as the command line does`,
    },
  ];
}

export async function run(): Promise<BenchFigure[]> {
  const figures = await narrative();
  const input = makeLargeReportInput(REQUIREMENTS);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const model = buildReportModel(input, {
      language: 'en',
      includeTexts: true,
      author: 'Bench',
      date: new Date('2025-03-12T00:00:00Z'),
    });
    const docx = await writeReportDocx(model);
    times.push(performance.now() - start);
    bytes = docx.length;
  }
  times.sort((a, b) => a - b);
  return [
    ...figures,
    {
      name: `report: build + write DOCX, ${REQUIREMENTS} requirements, full texts`,
      value: times[Math.floor(RUNS / 2)]!,
      unit: 'ms',
      target: TARGET_MS,
      note: `median of ${RUNS}; ${(bytes / 1024).toFixed(0)} KB`,
    },
  ];
}
