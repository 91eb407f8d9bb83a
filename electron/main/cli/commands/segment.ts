import { writeFile } from 'node:fs/promises';
import type { Provision, ProvisionTree } from '../../../../shared/domain/provision';
import { LANGUAGES, type LanguageCode, type SourceDocument } from '../../../../shared/domain/source';
import { primaryUnits, segment } from '../../../../shared/segment/index';
import { ImportError } from '../../import/index';
import { importLawFileInWorker } from '../../workers';
import { UserError, parseArgs, type CliCommand, type CliIO } from '../io';

const USAGE = `Usage:
  lexgap segment <file> [--lang en|fr|es] [--depth N] [--json out.json] [--progress]

Split a law (.txt, .docx, .pdf, .html) into its provisions and print them as an outline:
designation, heading and page of every Part, Chapter, section or article and of the
subsections and paragraphs below them.

  --lang en|fr|es   language of the law (detected from the text when omitted)
  --depth N         print only the first N levels of the outline
  --json out.json   also write the provision tree to out.json (schema lexgap.segment/1)
  --progress        report reading progress on standard error (Ctrl+C stops the reading)`;

/** The provision tree as written by --json. */
interface JsonProvision {
  id: string;
  number: string;
  label: string;
  heading: string | null;
  level: string;
  path: string[];
  text: string;
  page: number | null;
  insertedNumber?: string;
  children: JsonProvision[];
}

/** Read a law file into its lines; import problems are the user's to fix, so they exit with code 1. */
async function readSource(
  path: string,
  signal: AbortSignal | undefined,
  progress: ((stage: string) => void) | null,
): Promise<SourceDocument> {
  let last = '';
  const onProgress = (_: number, stage: string) => {
    if (progress && stage !== last) progress((last = stage));
  };
  try {
    return await importLawFileInWorker(path, { ...(signal ? { signal } : {}), onProgress });
  } catch (error) {
    if (error instanceof ImportError) throw new UserError(error.message);
    throw error;
  }
}

function toJson(p: Provision): JsonProvision {
  return {
    id: p.id,
    number: p.number,
    label: p.label,
    heading: p.heading,
    level: p.level,
    path: p.path,
    text: p.text,
    page: p.page,
    ...(p.insertedNumber !== undefined ? { insertedNumber: p.insertedNumber } : {}),
    children: p.children.map(toJson),
  };
}

/** One outline line: designation, heading, where an amendment puts it, page. */
function outlineLine(p: Provision, depth: number): string {
  const parts = [p.label || p.heading || p.level];
  if (p.heading && p.label) parts.push(`— ${p.heading}`);
  if (p.insertedNumber !== undefined)
    parts.push(p.insertedNumber === p.number ? '(inserted)' : `(inserted as ${p.insertedNumber})`);
  if (p.page !== null) parts.push(`[p. ${p.page}]`);
  return `${'  '.repeat(depth)}${parts.join(' ')}`;
}

function printOutline(tree: ProvisionTree, maxDepth: number, io: CliIO): void {
  const walk = (list: Provision[], depth: number) => {
    if (depth >= maxDepth) return;
    for (const p of list) {
      io.out(outlineLine(p, depth));
      walk(p.children, depth + 1);
    }
  };
  walk(tree.children, 0);
}

function summary(file: string, tree: ProvisionTree): string[] {
  const lines = [
    `${file}: ${primaryUnits(tree.children).length} sections/articles, language ${tree.language}` +
      (tree.tableOfContentsSkipped ? ', table of contents skipped' : ''),
  ];
  if (tree.definitionsUnitId) lines.push(`definitions in ${tree.definitionsUnitId}: ${tree.definitions.length} terms`);
  for (const w of tree.warnings) lines.push(`warning: ${w}`);
  return lines;
}

/** `lexgap segment <file>`: the provision tree of a law, as an outline and optionally as JSON. */
export const segmentCommand: CliCommand = {
  summary: 'split a law into its provisions and print the outline (or write it as JSON)',
  usage: USAGE,
  async run(args, io) {
    if (args.includes('--help') || args.includes('-h')) {
      io.out(USAGE);
      return 0;
    }
    const { positionals, values, flags } = parseArgs(args, {
      values: ['lang', 'json', 'depth'],
      booleans: ['progress'],
    });
    if (positionals.length !== 1) throw new UserError(`segment takes one file\n${USAGE}`);
    const file = positionals[0]!;
    const lang = values.lang;
    if (lang !== undefined && !(LANGUAGES as readonly string[]).includes(lang))
      throw new UserError(`--lang must be one of ${LANGUAGES.join(', ')}`);
    const depth = values.depth === undefined ? Number.POSITIVE_INFINITY : Number(values.depth);
    if (!(depth >= 1) || (Number.isFinite(depth) && !Number.isInteger(depth)))
      throw new UserError('--depth must be a whole number of at least 1');

    const doc = await readSource(file, io.signal, flags.has('progress') ? (stage) => io.err(stage) : null);
    const tree = segment(doc, lang ? { language: lang as LanguageCode } : {});
    for (const line of summary(file, tree)) io.out(line);
    printOutline(tree, depth, io);

    if (values.json) {
      const out = { schema: 'lexgap.segment/1', file, language: tree.language, provisions: tree.children.map(toJson) };
      try {
        await writeFile(values.json, `${JSON.stringify(out, null, 2)}\n`, 'utf8');
      } catch (error) {
        throw new UserError(`could not write ${values.json}: ${(error as Error).message}`);
      }
      io.out(`wrote ${values.json}`);
    }
    return 0;
  },
};
