import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { analyze } from '../../../../shared/analysis/index';
import {
  CompareLanguageError,
  complianceDelta,
  compareVersion,
  compareVersions,
  type CompareResult,
} from '../../../../shared/compare/index';
import { COMPARE_MESSAGES } from '../../../../shared/compare/messages';
import { compareResultSchema } from '../../../../shared/compare/schema';
import { LANGUAGES, type LanguageCode } from '../../../../shared/domain/source';
import type { ProvisionTree } from '../../../../shared/domain/provision';
import { segment } from '../../../../shared/segment/index';
import { ImportError, importLawFile } from '../../import/index';
import { loadUserReferenceLibrary } from '../../reference/load';
import { defaultDataDir } from '../../paths';
import { writeCompareDocx } from '../../report/compare-docx';
import { UserError, parseArgs, type CliCommand, type CliIO } from '../io';

const USAGE = `Usage:
  lexgap compare <old-file> <new-file> [--lang auto|en|fr|es] [--json <out.json>]
                 [--docx <out.docx>] [--report-lang en|fr|es] [--instruments <ids>]

  What changed between two versions of a law (draft 1 and draft 2, a bill and the committee
  text): the provisions aligned across renumbering, insertions, deletions, moves, splits and
  merges, the word differences, and the changes of substance (obligation, penalty, elements of
  the definition, cross-references).

  --lang         language of both versions (default: auto, detected); versions in two
                 different languages are refused
  --json         write the comparison (schema lexgap.compare/1) to this file
  --docx         write the comparison as a Word document with the changes as tracked changes,
                 followed by the compliance delta when --instruments is given
  --report-lang  language of the Word document (default: the laws' language)
  --instruments  comma-separated instrument ids: analyse both versions against them and add
                 the compliance delta (per requirement, status before and after)`;

function parseLanguage(value: string | undefined, option: string): LanguageCode | null {
  if (value === undefined || value === 'auto') return null;
  if ((LANGUAGES as readonly string[]).includes(value)) return value as LanguageCode;
  throw new UserError(
    `--${option} must be ${option === 'lang' ? 'auto, ' : ''}${LANGUAGES.join(', ')} (got "${value}")`,
  );
}

async function readTree(file: string, language: LanguageCode | null): Promise<ProvisionTree> {
  let doc;
  try {
    doc = await importLawFile(resolve(file));
  } catch (error) {
    if (error instanceof ImportError) throw new UserError(`${basename(file)}: ${error.message}`);
    throw error;
  }
  const tree = segment(doc, language ? { language } : {});
  if (!tree.children.length) throw new UserError(`${basename(file)}: no provisions found; it does not look like a law`);
  return tree;
}

function printSummary(result: CompareResult, lang: LanguageCode, io: CliIO): void {
  const m = COMPARE_MESSAGES[lang];
  io.out(`LexGap comparison (${result.schema}): ${result.old.name} → ${result.new.name}`);
  io.out(`  ${m.counts(result.summary)}; ${result.summary.renumbered} renumbered`);
  if (result.warnings.includes('little-aligns')) io.out(`  ${m.littleAligns}`);
  io.out('');
  for (const p of result.pairs) {
    if (p.kind === 'same') continue;
    const from = p.old.map((u) => u.label).join(' + ') || '—';
    const to = p.new.map((u) => u.label).join(' + ') || '—';
    io.out(`  ${m.kinds[p.kind].padEnd(10)} ${from} → ${to}`);
    for (const f of p.flags) io.out(`             ⚑ ${m.flag(f)}`);
  }
  if (result.deltaSummary) {
    const s = result.deltaSummary;
    io.out('');
    io.out(
      `${m.deltaHeading}: ${m.changes.closed} ${s.closed}, ${m.changes.opened} ${s.opened}, ${m.changes.unchanged} ${s.unchanged}; elements +${s.elementsGained} −${s.elementsLost}`,
    );
    for (const r of result.delta ?? [])
      if (r.change !== 'unchanged' || r.elementsGained.length || r.elementsLost.length)
        io.out(
          `  ${r.requirement.padEnd(26)} ${r.before} → ${r.after}${[...r.elementsGained.map((e) => ` +${e}`), ...r.elementsLost.map((e) => ` −${e}`)].join('')}`,
        );
  }
}

/** `lexgap compare`: two versions of a law, aligned and compared. */
export const compareCommand: CliCommand = {
  summary: 'what changed between two versions of a law, and what it did to compliance',
  usage: USAGE,
  async run(args, io) {
    const { positionals, values } = parseArgs(args, {
      values: ['lang', 'json', 'docx', 'report-lang', 'instruments'],
    });
    if (positionals.length !== 2)
      throw new UserError(`compare needs exactly two law files, the old and the new\n${USAGE}`);
    const language = parseLanguage(values.lang, 'lang');
    const reportLang = parseLanguage(values['report-lang'], 'report-lang');
    if (values['report-lang'] && !values.docx) throw new UserError('--report-lang goes with --docx');
    const [oldFile, newFile] = positionals as [string, string];
    const library = values.instruments ? loadUserReferenceLibrary(defaultDataDir()) : null;
    let instruments: string[] = [];
    if (library) {
      const known = library.instruments.map((i) => i.id);
      instruments = values
        .instruments!.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = instruments.filter((i) => !known.includes(i));
      if (!instruments.length || unknown.length)
        throw new UserError(`unknown instrument ${unknown.join(', ') || '(none given)'}; known: ${known.join(', ')}`);
    }
    const a = await readTree(oldFile, language);
    const b = await readTree(newFile, language);
    let delta = null;
    if (library) {
      const run = (tree: ProvisionTree, file: string) =>
        analyze({
          acts: [{ file: basename(file), title: basename(file), language: tree.language, tree }],
          library,
          instruments,
        });
      if (a.language === b.language) delta = complianceDelta(run(a, oldFile), run(b, newFile));
    }
    let result: CompareResult;
    try {
      result = compareVersions({
        old: compareVersion(basename(oldFile), a),
        new: compareVersion(basename(newFile), b),
        delta,
      });
    } catch (error) {
      if (error instanceof CompareLanguageError) throw new UserError(error.message);
      throw error;
    }
    compareResultSchema.parse(result);
    const lang = reportLang ?? result.new.language;
    if (values.json) {
      writeFileSync(resolve(values.json), `${JSON.stringify(result, null, 2)}\n`);
      io.out(`Wrote ${values.json} (${result.pairs.length} pairs).`);
    } else printSummary(result, lang, io);
    if (values.docx) {
      writeFileSync(resolve(values.docx), await writeCompareDocx(result, { lang, author: result.new.name }));
      io.out(`Wrote ${values.docx} (comparison in ${lang}).`);
    }
    return 0;
  },
};
