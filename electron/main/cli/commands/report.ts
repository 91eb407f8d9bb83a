import { resolve } from 'node:path';
import { REQUIREMENT_STATUSES, type RequirementStatus } from '../../../../shared/analysis/types';
import { LANGUAGES, type LanguageCode } from '../../../../shared/domain/source';
import { AppError } from '../../../../shared/api/errors';
import { closeAssessmentFile, openAssessmentFile } from '../../db/assessment-file';
import { reportInputFromAssessment } from '../../app/report-input';
import { exportAssessmentJson, exportMappingCsv, exportMatrixXlsx, exportReportDocx } from '../../report';
import { parseLayout } from './analyze';
import { loadUserReferenceLibrary } from '../../reference/load';
import { defaultDataDir } from '../../paths';
import { UserError, parseArgs, type CliCommand } from '../io';

const USAGE = `Usage:
  lexgap report <file.lexgap> [--docx <out.docx>] [--xlsx <out.xlsx>] [--csv <out.csv>] [--json <out.json>]
                [--lang en|fr|es] [--layout narrative|matrix] [--assessor <name>] [--only <statuses>] [--instruments <ids>] [--no-texts]

  The recommendations report of an assessment (its reviewed decisions, else the proposals).

  --docx         Word report, by theme, with proposed wording as tracked changes
  --xlsx         the requirement matrix as an Excel workbook (one sheet per instrument)
  --layout       matrix: the Word report requirement by requirement instead
  --assessor     who signs the report (default: the assessor recorded in the file)
  --csv          the mapping table (UTF-8 with BOM, opens in Excel with accents)
  --json         the whole assessment as JSON
  --lang         language of the report's headings and labels (default: en)
  --only         statuses to include, comma-separated: ${REQUIREMENT_STATUSES.join(', ')}
  --instruments  instruments to include (default: all the assessment covers)
  --no-texts     leave out the verbatim texts of instruments and national provisions`;

function list(value: string | undefined, known: readonly string[], option: string): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = items.filter((i) => !known.includes(i));
  if (!items.length || unknown.length)
    throw new UserError(`${option} takes a comma-separated list of: ${known.join(', ')}`);
  return items;
}

/** `lexgap report`: export the report, mapping CSV or JSON of an assessment file. */
export const reportCommand: CliCommand = {
  summary: 'export the recommendations report (DOCX), mapping table (CSV) or JSON of an assessment file',
  usage: USAGE,
  async run(args, io) {
    const { positionals, values, flags } = parseArgs(args, {
      values: ['docx', 'xlsx', 'csv', 'json', 'lang', 'only', 'instruments', 'layout', 'assessor'],
      booleans: ['no-texts'],
    });
    if (positionals.length !== 1) throw new UserError(`report takes one assessment file\n${USAGE}`);
    if (!values.docx && !values.xlsx && !values.csv && !values.json)
      throw new UserError(`say what to write: --docx, --xlsx, --csv or --json\n${USAGE}`);
    const layout = parseLayout(values.layout);
    const language = (values.lang ?? 'en') as LanguageCode;
    if (!(LANGUAGES as readonly string[]).includes(language))
      throw new UserError(`--lang must be one of ${LANGUAGES.join(', ')}`);
    const statuses = list(values.only, REQUIREMENT_STATUSES, '--only') as RequirementStatus[] | undefined;
    const library = loadUserReferenceLibrary(defaultDataDir());
    const instruments = list(
      values.instruments,
      library.instruments.map((i) => i.id),
      '--instruments',
    );

    const path = resolve(positionals[0]!);
    let opened;
    try {
      opened = await openAssessmentFile(path);
    } catch (error) {
      if (error instanceof AppError) throw new UserError(error.message);
      throw error;
    }
    try {
      const input = reportInputFromAssessment(opened.db, path, library);
      // The report names its assessor, never the account the command runs under.
      const author = values.assessor?.trim() || input.assessment.assessor;
      if (values.docx) {
        await exportReportDocx(
          input,
          {
            language,
            includeTexts: !flags.has('no-texts'),
            author,
            layout,
            ...(statuses ? { statuses } : {}),
            ...(instruments ? { instruments } : {}),
          },
          resolve(values.docx),
          undefined,
          true,
        );
        io.out(`Wrote ${values.docx}`);
      }
      if (values.xlsx) {
        await exportMatrixXlsx(
          input,
          { language, author, ...(instruments ? { instruments } : {}) },
          resolve(values.xlsx),
        );
        io.out(`Wrote ${values.xlsx}`);
      }
      if (values.csv) {
        await exportMappingCsv(input, resolve(values.csv), language);
        io.out(`Wrote ${values.csv}`);
      }
      if (values.json) {
        await exportAssessmentJson(input, resolve(values.json));
        io.out(`Wrote ${values.json}`);
      }
    } catch (error) {
      if (error instanceof AppError && error.code !== 'internal') throw new UserError(error.message);
      throw error;
    } finally {
      closeAssessmentFile(opened.db);
    }
    return 0;
  },
};
