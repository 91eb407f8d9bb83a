import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AnalysedAct } from '../../app/save-analysis';
import { reportInputFromAnalysis } from '../../../../shared/report/from-analysis';
import type { Db } from '../../db/sqlite';
import { basename, dirname, extname, resolve } from 'node:path';
import { type AnalysisResult, type RequirementResult } from '../../../../shared/analysis/index';
import { LANGUAGES, type LanguageCode } from '../../../../shared/domain/source';
import { OBLIGATIONS, REQUIREMENT_STATUSES } from '../../../../shared/domain/status';
import { segment } from '../../../../shared/segment/index';
import { ImportError } from '../../import/index';
import { analyzeInWorker, importLawFileInWorker } from '../../workers';
import { loadUserReferenceLibrary } from '../../reference/load';
import { defaultDataDir } from '../../paths';
import { UserError, parseArgs, type CliCommand, type CliIO } from '../io';

const USAGE = `Usage:
  lexgap analyze <law-file>... [--instruments <ids>] [--lang auto|en|fr|es] [--json <out.json>]
                 [--save <out.lexgap>] [--docx <report.docx>] [--xlsx <matrix.xlsx>]
                 [--report-lang en|fr|es] [--layout narrative|matrix]
                 [--country <name>] [--title <title>] [--assessor <name>]

  Gap analysis of one or more national acts (.txt, .docx, .pdf, .html) read together, against
  the UN Protocols, UNTOC and the UNODC Model Laws.

  --instruments  comma-separated instrument ids (default: all):
                 tip-protocol, som-protocol, untoc, model-law-tip, model-law-som, and the
                 instruments imported with "lexgap library import"
  --lang         language of the acts (default: auto, detected per file)
  --json         write the full result (schema lexgap.analysis/1) to this file
                 instead of printing the summary
  --save         also write a new assessment file with the acts and the proposals,
                 to review in the app (refused if the file exists)
  --docx         also write the report (Word) from the proposals: by theme, with numbered
                 recommendations and proposed wording as tracked changes
  --xlsx         also write the requirement matrix (Excel, one sheet per instrument)
  --layout       matrix: the Word report requirement by requirement instead (the detailed annex)
  --report-lang  language of the report (default: en)
  --country, --title, --assessor
                 what the assessment file and the report's cover say

  A provenance file beside a law (law.txt and law.json with "title", "year", "country")
  gives the act's title and year and the default country.`;

/** `--layout`: the report by theme (default) or requirement by requirement. */
export function parseLayout(value: string | undefined): 'narrative' | 'matrix' {
  if (value === undefined || value === 'narrative') return 'narrative';
  if (value === 'matrix') return 'matrix';
  throw new UserError(`--layout is narrative or matrix, not "${value}"`);
}

function parseInstruments(value: string | undefined, known: string[]): string[] {
  if (value === undefined) return known;
  const ids = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (ids.length === 0) throw new UserError(`--instruments needs at least one id; known: ${known.join(', ')}`);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length)
    throw new UserError(
      `unknown instrument${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}; known: ${known.join(', ')}`,
    );
  return ids;
}

function parseLanguage(value: string | undefined): LanguageCode | null {
  if (value === undefined || value === 'auto') return null;
  if ((LANGUAGES as readonly string[]).includes(value)) return value as LanguageCode;
  throw new UserError(`--lang must be auto, ${LANGUAGES.join(', ')} (got "${value}")`);
}

/** The readable summary: per instrument, status counts; then the gaps, mandatory first; then the anti-patterns. */
function printSummary(result: AnalysisResult, io: CliIO): void {
  io.out(`LexGap analysis (${result.schema}), ${result.generatedAt}`);
  for (const act of result.acts) io.out(`  ${act.file} (${act.language}): ${act.provisions.length} units`);
  io.out('');
  const width = Math.max(...result.instruments.map((i) => i.length));
  for (const inst of result.instruments) {
    const reqs = result.requirements.filter((r) => r.instrument === inst);
    const counts = REQUIREMENT_STATUSES.map((s) => `${s} ${reqs.filter((r) => r.status === s).length}`);
    io.out(`${inst.padEnd(width)}  ${counts.join('  ')}`);
  }
  const gaps = result.requirements
    .filter((r) => r.status === 'gap')
    .sort((a, b) => OBLIGATIONS.indexOf(a.obligation) - OBLIGATIONS.indexOf(b.obligation));
  io.out('');
  io.out(gaps.length ? `Gaps (${gaps.length}, mandatory first):` : 'No gaps proposed.');
  for (const r of gaps) io.out(`  ${r.id.padEnd(26)} [${r.obligation}] ${r.reason}`);
  const antiPatterns = uniqueFindings(result.requirements);
  if (antiPatterns.length) {
    io.out('');
    io.out('Findings:');
    for (const f of antiPatterns) io.out(`  ${f}`);
  }
  io.out('');
  io.out('Statuses are proposals for an expert to confirm; run with --json for matches, evidence and elements.');
}

function uniqueFindings(requirements: RequirementResult[]): string[] {
  const seen = new Set<string>();
  for (const r of requirements)
    for (const f of r.findings)
      if (!f.code.startsWith('element-') && f.code !== 'candidate-not-credited') seen.add(`${f.code}: ${f.message}`);
  return [...seen];
}

/**
 * What a provenance file beside a law says of it (`law.txt` → `law.json`: title, year, country),
 * the form in which official texts are kept with their source; null when there is none.
 */
function provenance(file: string): { title?: string; year?: number; country?: string } | null {
  const path = resolve(dirname(file), `${basename(file, extname(file))}.json`);
  if (!existsSync(path)) return null;
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    return {
      ...(typeof data.title === 'string' ? { title: data.title } : {}),
      ...(typeof data.year === 'number' ? { year: data.year } : {}),
      ...(typeof data.country === 'string' ? { country: data.country } : {}),
    };
  } catch {
    return null;
  }
}

/** The assessment file's code (SQLite and its repositories), loaded only when one is written. */
async function assessmentFileCode() {
  const [{ saveAnalysisAsAssessment }, { reportInputFromAssessment }, { closeAssessmentFile }] = await Promise.all([
    import('../../app/save-analysis'),
    import('../../app/report-input'),
    import('../../db/assessment-file'),
  ]);
  return { saveAnalysisAsAssessment, reportInputFromAssessment, closeAssessmentFile };
}

/** `lexgap analyze`: analyse law files against the chosen instruments. */
export const analyzeCommand: CliCommand = {
  summary: 'gap analysis of national law files against the Protocols, UNTOC and the Model Laws',
  usage: USAGE,
  async run(args, io) {
    const { positionals, values } = parseArgs(args, {
      values: [
        'instruments',
        'lang',
        'json',
        'save',
        'docx',
        'xlsx',
        'layout',
        'report-lang',
        'country',
        'title',
        'assessor',
      ],
    });
    const reportLanguage = parseLanguage(values['report-lang']) ?? 'en';
    if (values['report-lang'] && !values.docx && !values.xlsx)
      throw new UserError('--report-lang goes with --docx or --xlsx');
    const layout = parseLayout(values.layout);
    if (values.save && existsSync(resolve(values.save)))
      throw new UserError(`${values.save} already exists; choose another name for --save`);
    if (positionals.length === 0) throw new UserError(`analyze needs at least one law file\n${USAGE}`);
    const library = loadUserReferenceLibrary(defaultDataDir());
    const instruments = parseInstruments(
      values.instruments,
      library.instruments.map((i) => i.id),
    );
    const language = parseLanguage(values.lang);

    const acts = [];
    const read: AnalysedAct[] = [];
    const countries = new Set<string>();
    for (const file of positionals) {
      let doc;
      try {
        doc = await importLawFileInWorker(resolve(file), io.signal ? { signal: io.signal } : {});
      } catch (error) {
        if (error instanceof ImportError) throw new UserError(error.message);
        throw error;
      }
      const tree = segment(doc, language ? { language } : {});
      if (tree.warnings.length) for (const w of tree.warnings) io.err(`${basename(file)}: ${w}`);
      const about = provenance(file);
      const title = about?.title ?? basename(file, extname(file));
      acts.push({ file: basename(file), title, language: tree.language, tree });
      read.push({ file: basename(file), title, year: about?.year ?? null, doc, tree, detectedLanguage: null });
      if (about?.country) countries.add(about.country);
    }
    // The report's libraries (the Word writer and its page layout are large modules) load on this
    // thread while the analysis runs in its worker, instead of after it.
    const reportModule = values.docx || values.xlsx ? import('../../report') : null;
    const pageLayout = values.docx ? import('docx/layout') : null;
    void reportModule?.catch(() => undefined);
    void pageLayout?.catch(() => undefined);
    const result = await analyzeInWorker({ acts, library, instruments }, io.signal ? { signal: io.signal } : {});
    if (values.json) {
      writeFileSync(resolve(values.json), `${JSON.stringify(result, null, 2)}\n`);
      io.out(`Wrote ${values.json} (${result.requirements.length} requirements).`);
    } else printSummary(result, io);

    const meta = {
      country: values.country ?? (countries.size === 1 ? [...countries][0]! : 'Not specified'),
      title: values.title ?? `Gap analysis of ${read.map((a) => a.title).join(', ')}`,
      // The report names the assessor given, never the account the command runs under.
      assessor: values.assessor?.trim() ?? '',
    };
    let saved: Db | null = null;
    const files = values.save ? await assessmentFileCode() : null;
    try {
      if (files) {
        saved = await files.saveAnalysisAsAssessment(resolve(values.save!), meta, read, result);
        io.out(`Wrote ${values.save} (open it in LexGap to review the proposals).`);
      }
      if (values.docx || values.xlsx) {
        const { exportMatrixXlsx, exportReportDocx } = await reportModule!;
        const input =
          saved && files
            ? files.reportInputFromAssessment(saved, resolve(values.save!), library)
            : reportInputFromAnalysis(result, library, {
                ...meta,
                acts: read.map((a) => ({ file: a.file, title: a.title, year: a.year })),
              });
        if (values.docx) {
          await exportReportDocx(
            input,
            { language: reportLanguage, includeTexts: true, author: meta.assessor, layout },
            resolve(values.docx),
            undefined,
            true,
          );
          io.out(`Wrote ${values.docx} (report in ${reportLanguage}).`);
        }
        if (values.xlsx) {
          await exportMatrixXlsx(input, { language: reportLanguage, author: meta.assessor }, resolve(values.xlsx));
          io.out(`Wrote ${values.xlsx} (requirement matrix in ${reportLanguage}).`);
        }
      }
    } finally {
      if (saved && files) files.closeAssessmentFile(saved);
    }
    return 0;
  },
};
