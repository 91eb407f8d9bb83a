import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { loadReferenceLibrary, loadUserReferenceLibrary } from '../../reference/load';
import { openReferenceDatabase } from '../../db/reference-db';
import { search } from '../../db/reference-repo';
import { getInstrument, listInstruments } from '../../../../shared/reference/views';
import { defaultDataDir } from '../../paths';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../../shared/api/channels';
import { LANGUAGES, type LanguageCode } from '../../../../shared/domain/source';
import { OBLIGATIONS } from '../../../../shared/reference/types';
import { openUserLibrary, userLibraryPath, type UserLibrary } from '../../library/user-library';
import { UserError, parseArgs, type CliCommand, type CliIO } from '../io';

const USAGE = `Usage:
  lexgap library list                      instruments in the reference library, imported ones included
  lexgap library show <requirement-id>     one paragraph or Model Law article, e.g. tip-protocol:3(a)
  lexgap library show <instrument-id>      every article of an instrument, e.g. som-protocol
  lexgap library search <words> [--limit N] [--json]
                                           full-text search over all instrument texts
  lexgap library import <file> --id <slug> --title <title> [--short-title <short>]
                 [--citation <source note>] [--lang auto|en|fr|es] [--rules <rules.json>]
                                           add an instrument (a full Model Law, a regional
                                           convention…) from a .txt, .docx, .pdf or .html file
                                           to your library; its articles become requirements
                                           <slug>:<article number>; --rules gives the analysis
                                           rules it carries (lexgap.rules.instrument/1)
  lexgap library remove <id>               remove an imported instrument from your library`;

function openDb() {
  const lib = loadUserReferenceLibrary(defaultDataDir());
  return openReferenceDatabase(join(defaultDataDir(), 'reference.sqlite'), lib).db;
}

/** Run `fn` on the user's library in the data folder, closing it afterwards. */
async function withUserLibrary<T>(fn: (store: UserLibrary) => T | Promise<T>): Promise<T> {
  const store = openUserLibrary(userLibraryPath(defaultDataDir()));
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

function parseLanguage(value: string | undefined): 'auto' | LanguageCode {
  if (value === undefined || value === 'auto') return 'auto';
  if ((LANGUAGES as readonly string[]).includes(value)) return value as LanguageCode;
  throw new UserError(`--lang must be auto, ${LANGUAGES.join(', ')} (got "${value}")`);
}

/** The rules file given with --rules, parsed (its content is checked by the import). */
function readRules(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(resolve(path), 'utf8');
  } catch (e) {
    throw new UserError(`--rules: cannot read ${path}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UserError(`--rules: ${path} is not valid JSON: ${(e as Error).message}`);
  }
}

async function importInstrument(args: string[], io: CliIO): Promise<number> {
  const { positionals, values } = parseArgs(args, {
    values: ['id', 'title', 'short-title', 'citation', 'lang', 'rules'],
  });
  if (positionals.length !== 1) throw new UserError(`library import takes one file\n${USAGE}`);
  if (!values.id || !values.title) throw new UserError(`library import needs --id and --title\n${USAGE}`);
  const file = resolve(positionals[0]!);
  const rules = values.rules === undefined ? undefined : readRules(values.rules);
  const { importCustomInstrument } = await import('../../library/custom-instruments');
  const { instrument, warnings } = await withUserLibrary((store) =>
    importCustomInstrument(
      store,
      loadReferenceLibrary(),
      {
        id: values.id!,
        title: values.title!,
        ...(values['short-title'] ? { shortTitle: values['short-title'] } : {}),
        ...(values.citation ? { citation: values.citation } : {}),
        language: parseLanguage(values.lang),
        ...(rules !== undefined ? { rules } : {}),
      },
      { kind: 'path', path: file },
      process.env.LEXGAP_USER ?? userInfo().username,
    ),
  );
  for (const w of warnings) io.err(`${positionals[0]}: ${w}`);
  const counts = OBLIGATIONS.map((o) => [o, instrument.articles.filter((a) => a.obligation === o).length] as const)
    .filter(([, n]) => n > 0)
    .map(([o, n]) => `${o} ${n}`);
  io.out(
    `Imported ${instrument.id}: ${instrument.articles.length} articles (${counts.join(', ')}), language ${instrument.language}.`,
  );
  io.out('Obligation levels are proposed from the wording; review them in the Library view.');
  return 0;
}

function wrap(text: string, indent: string, width = 96): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + w.length + 1 > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

/** An article change of the changelog in words: "obligation mandatory → consider; links: tip-protocol:3(a)". */
function describeChange(detail: Record<string, unknown> | null): string {
  const { obligation, implements: links } = (detail ?? {}) as {
    obligation?: { from: string; to: string };
    implements?: { to: string[] };
  };
  return [
    obligation ? `obligation ${obligation.from} → ${obligation.to}` : null,
    links ? `links: ${links.to.join(', ') || 'none'}` : null,
  ]
    .filter(Boolean)
    .join('; ');
}

async function show(id: string, io: CliIO): Promise<number> {
  const lib = loadUserReferenceLibrary(defaultDataDir());
  const [instrumentId, ref] = id.includes(':')
    ? [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)]
    : [id, null];
  const known = listInstruments(lib).map((i) => i.id);
  if (!known.includes(instrumentId!))
    throw new UserError(`unknown instrument "${instrumentId}"; known: ${known.join(', ')}`);
  const inst = getInstrument(lib, instrumentId!);
  if (inst.imported && !ref) {
    const { imported } = inst;
    io.out(
      `${inst.title} — imported from ${imported.fileName} on ${imported.importedAt.slice(0, 10)} by ${imported.importedBy}`,
    );
    const changes = await withUserLibrary((store) => store.changelog(inst.id));
    for (const c of changes.filter((e) => e.action === 'update-article'))
      io.out(
        `  ${c.at.slice(0, 16).replace('T', ' ')} ${c.actor}: article ${c.articleNumber} ${describeChange(c.detail)}`,
      );
    io.out('');
  }
  if (inst.kind === 'model-law') {
    const arts = ref ? inst.modelLawArticles.filter((a) => a.number === ref) : inst.modelLawArticles;
    if (!arts.length) throw new UserError(`no article ${ref} in ${inst.id}`);
    if (inst.partial) io.out(`Note: ${inst.partialNote}\n`);
    for (const a of arts) {
      io.out(`${a.id}  Article ${a.number} — ${a.title}  [${a.status}]`);
      io.out(wrap(`(editorial summary) ${a.summary}`, '    '));
      if (a.implements.length) io.out(`    implements: ${a.implements.map((p) => p.id).join(', ')}`);
    }
    return 0;
  }
  const paragraphs = inst.articles.flatMap((a) => a.paragraphs.map((p) => ({ a, p })));
  const chosen = ref
    ? paragraphs.filter(
        ({ p }) => p.ref === ref || p.ref.startsWith(`${ref}(`) || (ref === p.ref.split('(')[0] && !ref.includes('(')),
      )
    : paragraphs;
  const exact = ref ? paragraphs.filter(({ p }) => p.ref === ref) : [];
  const list = exact.length ? exact : chosen;
  if (!list.length) throw new UserError(`no paragraph ${ref} in ${inst.id}; try "lexgap library show ${inst.id}"`);
  let lastArticle = '';
  for (const { a, p } of list) {
    if (a.number !== lastArticle) {
      io.out(`${inst.shortTitle}, article ${a.number} — ${a.title}`);
      lastArticle = a.number;
    }
    io.out(
      `  ${p.id}  [${p.obligation}${p.obligationByWording && p.obligationByWording !== p.obligation ? `; by wording: ${p.obligationByWording}` : ''}]`,
    );
    io.out(wrap(p.text, '    '));
    if (p.implementedBy.length)
      io.out(`    implemented by: ${p.implementedBy.map((m) => `${m.id} (${m.title})`).join(', ')}`);
    if (p.implements.length) io.out(`    implements: ${p.implements.map((l) => l.id).join(', ')}`);
  }
  return 0;
}

export const libraryCommand: CliCommand = {
  summary: 'browse and search the reference library (Protocols, UNTOC, Model Laws); import further instruments',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (!sub) {
      io.out(USAGE);
      return 1;
    }
    if (sub === 'list') {
      parseArgs(rest, {});
      for (const i of listInstruments(loadUserReferenceLibrary(defaultDataDir())))
        io.out(
          `${i.id.padEnd(14)} ${String(i.articleCount).padStart(3)} articles ${String(i.paragraphCount).padStart(4)} paragraphs  ${i.shortTitle}${i.partial ? '  (partial data)' : ''}${i.imported ? `  (imported from ${i.imported.fileName}, ${i.imported.importedAt.slice(0, 10)})` : ''}`,
        );
      return 0;
    }
    if (sub === 'show') {
      const { positionals } = parseArgs(rest, {});
      if (positionals.length !== 1) throw new UserError(`library show takes one id\n${USAGE}`);
      return show(positionals[0]!, io);
    }
    if (sub === 'import') return importInstrument(rest, io);
    if (sub === 'remove') {
      const { positionals } = parseArgs(rest, {});
      if (positionals.length !== 1) throw new UserError(`library remove takes one instrument id\n${USAGE}`);
      const { deleteCustomInstrument } = await import('../../library/custom-instruments');
      await withUserLibrary((store) =>
        deleteCustomInstrument(store, positionals[0]!, process.env.LEXGAP_USER ?? userInfo().username),
      );
      io.out(`Removed ${positionals[0]} from your library.`);
      return 0;
    }
    if (sub === 'search') {
      const { positionals, values, flags } = parseArgs(rest, { values: ['limit'], booleans: ['json'] });
      const query = positionals.join(' ').trim();
      if (!query) throw new UserError(`library search needs words to look for\n${USAGE}`);
      const limit = values.limit ? Number(values.limit) : 20;
      if (!Number.isInteger(limit) || limit < 1 || limit > 500)
        throw new UserError('--limit must be a whole number from 1 to 500');
      const result = search(openDb(), query, limit);
      if (flags.has('json')) {
        io.out(JSON.stringify(result, null, 2));
        return 0;
      }
      io.out(`${result.total} result${result.total === 1 ? '' : 's'} for "${query}"`);
      for (const h of result.hits) {
        io.out(`  ${h.id}`);
        io.out(wrap(h.snippet.split(HIGHLIGHT_START).join('[').split(HIGHLIGHT_END).join(']'), '      '));
      }
      return 0;
    }
    throw new UserError(`unknown library command "${sub}"\n${USAGE}`);
  },
};
