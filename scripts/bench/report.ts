/**
 * Report speed: build the model of a 300-requirement report with full texts (every requirement
 * quoted, two national provisions of about 1,500 characters each, element tables, an amendment
 * on one requirement in ten) and write it as a Word document.
 */
import { writeReportDocx } from '../../electron/main/report/docx-writer';
import { buildReportModel } from '../../shared/report/model';
import { makeLargeReportInput } from '../../tests/helpers/report-input';
import type { BenchFigure } from './types';

const REQUIREMENTS = 300;
const RUNS = 3;
const TARGET_MS = 3000;

export async function run(): Promise<BenchFigure[]> {
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
    {
      name: `report: build + write DOCX, ${REQUIREMENTS} requirements, full texts`,
      value: times[Math.floor(RUNS / 2)]!,
      unit: 'ms',
      target: TARGET_MS,
      note: `median of ${RUNS}; ${(bytes / 1024).toFixed(0)} KB`,
    },
  ];
}
