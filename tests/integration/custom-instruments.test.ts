import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dispatch } from '../../shared/api/dispatch';
import type { Envelope } from '../../shared/api/errors';
import type { ArticleView, InstrumentDetail, InstrumentSummary, SearchResult } from '../../shared/api/schemas';
import type { ImportInstrumentResult } from '../../shared/api/library-schemas';
import type { ReviewRow } from '../../shared/api/review-schemas';
import { analyze } from '../../shared/analysis';
import { segment } from '../../shared/segment';
import { createHandlers } from '../../electron/main/app/handlers';
import { createAppContext, disposeAppContext } from '../../electron/main/app/context';
import type { BrowserHost } from '../../electron/main/host/browser-host';
import { hostIn } from '../helpers/host';
import { referenceDatabaseVersion } from '../../electron/main/db/reference-db';
import { importLawFile } from '../../electron/main/import';
import { loadUserReferenceLibrary } from '../../electron/main/reference/load';
import { libraryCommand } from '../../electron/main/cli/commands/library';
import { UserError } from '../../electron/main/cli/io';
import { ok } from '../helpers/api';
import { tempDir } from '../helpers/temp';

const dir = tempDir();
const dataDir = join(dir.path, 'data');
let host: BrowserHost;
const h = () => createHandlers(host.context);
const KENYA = resolve('tests/fixtures/laws/kenya-counter-trafficking-in-persons-act-2010.txt');

/** A small instrument in the form of a model law: chapters, articles with headings, numbered paragraphs. */
const INSTRUMENT = `Model Provisions against Forced Labour

Chapter I. General provisions

Article 1
Purpose
The purpose of these provisions is to prevent and combat forced labour.

Article 2
Definitions
For the purposes of these provisions, "forced labour" means all work or service which is exacted from any person under the menace of any penalty and for which the person has not offered himself or herself voluntarily.

Chapter II. Offences and prevention

Article 3
Forced labour
(1) Each State shall establish as a criminal offence the recruitment, transport or harbouring of persons for the purpose of forced labour by means of threat, force, fraud or deception.
(2) The consent of the victim to the intended exploitation shall be irrelevant.

Article 4
Awareness of employers
States shall consider adopting measures to inform employers about the risks of forced labour in supply chains.

Article 5
Compensation
A court may order the offender to pay compensation to the victim.
`;
const instrumentFile = join(dir.path, 'forced-labour-provisions.txt');

async function refused(p: Promise<Envelope<unknown>>): Promise<{ code: string; message: string }> {
  const r = await p;
  if (r.ok) throw new Error(`expected a refusal, got ${JSON.stringify(r.data).slice(0, 200)}`);
  return r.error;
}
/** Everything a refused change must leave as it was: the user's library and the reference database. */
function state() {
  const db = host.context.userLibrary.db;
  const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    instruments: n('instrument'),
    articles: n('article'),
    changelog: n('changelog'),
    articleRows: JSON.stringify(db.prepare('SELECT * FROM article ORDER BY instrument_id, ord').all()),
    dataVersion: host.context.library.dataVersion,
    referenceDb: referenceDatabaseVersion(join(dataDir, 'reference.sqlite')),
  };
}
const paragraphOf = (detail: InstrumentDetail, id: string) =>
  detail.articles.flatMap((a) => a.paragraphs).find((p) => p.id === id)!;

beforeAll(async () => {
  writeFileSync(instrumentFile, INSTRUMENT);
  host = await hostIn(dir.path, 'librarian', { dataDir });
});
afterAll(async () => {
  await host.stop();
  dir.cleanup();
});

describe('importing an instrument into the user library', () => {
  let shippedVersion = '';

  it('segments the file into articles with obligation levels from their wording', async () => {
    shippedVersion = host.context.library.dataVersion;
    const progress: number[] = [];
    host.context.emit = (event, payload) => {
      if (event === 'import:progress') progress.push((payload as { fraction: number }).fraction);
    };
    const r = await ok<ImportInstrumentResult>(
      dispatch(h(), 'library:import-instrument', {
        jobId: 'i1',
        source: { kind: 'path', path: instrumentFile },
        id: 'forced-labour',
        title: 'Model Provisions against Forced Labour',
        shortTitle: 'Forced Labour Provisions',
        citation: 'Test text',
      }),
    );
    expect(r).toMatchObject({
      id: 'forced-labour',
      kind: 'custom',
      shortTitle: 'Forced Labour Provisions',
      citation: 'Test text',
      articleCount: 5,
      paragraphCount: 5,
      language: 'en',
      imported: { fileName: 'forced-labour-provisions.txt', format: 'txt', importedBy: 'librarian' },
      warnings: [],
    });
    expect(progress.at(-1)).toBe(1);

    const detail = await ok<InstrumentDetail>(dispatch(h(), 'library:get-instrument', { id: 'forced-labour' }));
    expect(detail.articles.map((a) => [a.number, a.title, a.paragraphs[0]!.obligation])).toEqual([
      ['1', 'Purpose', 'general'],
      ['2', 'Definitions', 'definition'],
      ['3', 'Forced labour', 'mandatory'],
      ['4', 'Awareness of employers', 'consider'],
      ['5', 'Compensation', 'optional'],
    ]);
    const art3 = detail.articles[2]!;
    expect(art3.chapter).toBe('Chapter II. Offences and prevention');
    expect(art3.paragraphs[0]).toMatchObject({ id: 'forced-labour:3', ref: '3', wordingCue: 'shall' });
    // The full text of the article, its numbered paragraphs included.
    expect(art3.paragraphs[0]!.text).toMatch(/^\(1\) Each State shall establish[\s\S]*\n\(2\) The consent/);
    expect(paragraphOf(detail, 'forced-labour:4').wordingCue).toBe('shall consider');
  });

  it('is listed after the shipped instruments, with a data version covering it', async () => {
    const list = await ok<InstrumentSummary[]>(dispatch(h(), 'library:list-instruments', {}));
    expect(list.map((i) => i.id)).toEqual([
      'tip-protocol',
      'som-protocol',
      'untoc',
      'model-law-tip',
      'model-law-som',
      'forced-labour',
    ]);
    expect(list.filter((i) => i.imported === null)).toHaveLength(5);
    const info = await ok<{ dataVersion: string }>(dispatch(h(), 'app:info', {}));
    expect(info.dataVersion).toMatch(new RegExp(`^${shippedVersion}\\+[0-9a-f]{16}$`));
    expect(referenceDatabaseVersion(join(dataDir, 'reference.sqlite'))).toBe(info.dataVersion);
    expect(host.context.userLibrary.changelog('forced-labour')).toMatchObject([
      { action: 'import', actor: 'librarian', articleNumber: null, detail: { articles: 5, format: 'txt' } },
    ]);
  });

  it('is found by the full-text search, alone or among the others', async () => {
    const all = await ok<SearchResult>(dispatch(h(), 'library:search', { query: 'menace penalty' }));
    expect(all.hits[0]).toMatchObject({ id: 'forced-labour:2', kind: 'paragraph', articleNumber: '2' });
    expect(all.hits[0]!.snippet).toMatch(/\u0002menace\u0003/);
    const only = await ok<SearchResult>(
      dispatch(h(), 'library:search', { query: 'exploitation', instruments: ['forced-labour'] }),
    );
    expect(only.hits.map((x) => x.id)).toEqual(['forced-labour:3']);
  });

  it('imports uploaded bytes of a French text, detecting its language and its wording', async () => {
    const text = [
      'Article premier',
      'Objet',
      'Les présentes dispositions visent à prévenir le travail forcé.',
      '',
      'Article 2',
      'Prévention',
      'Chaque État Partie envisage de prendre des mesures pour informer les employeurs des risques de travail forcé.',
      '',
      'Article 3',
      'Incrimination',
      'Chaque État Partie adopte les mesures législatives nécessaires pour conférer le caractère d’infraction pénale au travail forcé.',
    ].join('\n');
    const r = await ok<ImportInstrumentResult>(
      dispatch(h(), 'library:import-instrument', {
        jobId: 'i2',
        source: { kind: 'bytes', fileName: 'dispositions.txt', base64: Buffer.from(text).toString('base64') },
        id: 'travail-force',
        title: 'Dispositions types sur le travail forcé',
      }),
    );
    expect(r).toMatchObject({ language: 'fr', articleCount: 3, shortTitle: 'Dispositions types sur le travail forcé' });
    const detail = await ok<InstrumentDetail>(dispatch(h(), 'library:get-instrument', { id: 'travail-force' }));
    expect(detail.articles.map((a) => [a.number, a.paragraphs[0]!.obligation])).toEqual([
      ['1', 'general'],
      ['2', 'consider'],
      ['3', 'mandatory'],
    ]);
  });
});

describe('editing an imported instrument', () => {
  it('sets an obligation level, keeping the level its wording gives, and records who did it', async () => {
    const article = await ok<ArticleView>(
      dispatch(h(), 'library:update-article', { instrumentId: 'forced-labour', number: '4', obligation: 'mandatory' }),
    );
    expect(article.paragraphs[0]).toMatchObject({ obligation: 'mandatory', obligationByWording: 'consider' });
    expect(
      host.context.library.instruments.find((i) => i.id === 'forced-labour')!.articles[3]!.paragraphs[0],
    ).toMatchObject({ obligation: 'mandatory', obligationByWording: 'consider' });
    expect(host.context.userLibrary.changelog('forced-labour').at(-1)).toMatchObject({
      action: 'update-article',
      actor: 'librarian',
      articleNumber: '4',
      detail: { obligation: { from: 'consider', to: 'mandatory' } },
    });
  });

  it('links an article to Protocol paragraphs, served both ways', async () => {
    const article = await ok<ArticleView>(
      dispatch(h(), 'library:update-article', {
        instrumentId: 'forced-labour',
        number: '3',
        // The Model Law files' form is accepted and normalised; a repeated link is kept once.
        implements: ['tip-protocol 3(a)', 'tip-protocol:5(1)', 'tip-protocol:3(a)'],
      }),
    );
    expect(article.paragraphs[0]!.implements.map((l) => l.id)).toEqual(['tip-protocol:3(a)', 'tip-protocol:5(1)']);
    const tip = await ok<InstrumentDetail>(dispatch(h(), 'library:get-instrument', { id: 'tip-protocol' }));
    expect(paragraphOf(tip, 'tip-protocol:3(a)').implementedBy).toContainEqual({
      id: 'forced-labour:3',
      instrument: 'forced-labour',
      number: '3',
      title: 'Forced labour',
      titleTranslations: {},
      uncertain: false,
    });
    expect(paragraphOf(tip, 'tip-protocol:3(a)').implementedBy.map((m) => m.id)).toContain('model-law-tip:5');
    const requirement = (await import('../../shared/reference/library'))
      .listRequirements(host.context.library)
      .find((r) => r.id === 'forced-labour:3')!;
    expect(requirement.implements).toEqual(['tip-protocol:3(a)', 'tip-protocol:5(1)']);
  });

  it('removes links and leaves the obligation as it is', async () => {
    await ok(
      dispatch(h(), 'library:update-article', {
        instrumentId: 'forced-labour',
        number: '3',
        implements: ['tip-protocol:5(1)'],
      }),
    );
    const detail = await ok<InstrumentDetail>(dispatch(h(), 'library:get-instrument', { id: 'forced-labour' }));
    expect(paragraphOf(detail, 'forced-labour:3')).toMatchObject({ obligation: 'mandatory' });
    expect(paragraphOf(detail, 'forced-labour:3').implements.map((l) => l.id)).toEqual(['tip-protocol:5(1)']);
    await ok(
      dispatch(h(), 'library:update-article', {
        instrumentId: 'forced-labour',
        number: '3',
        implements: ['tip-protocol:3(a)'],
      }),
    );
  });
});

describe('an imported instrument as a requirement source', () => {
  it('is analysed: its forced-labour article, linked to TIP art. 3(a), is matched to the Kenyan offence', async () => {
    const doc = await importLawFile(KENYA);
    const tree = segment(doc);
    const result = analyze({
      acts: [{ file: 'kenya.txt', title: 'Counter-Trafficking in Persons Act', language: tree.language, tree }],
      library: host.context.library,
      instruments: ['forced-labour'],
      now: new Date('2025-01-01T00:00:00Z'),
    });
    expect(result.requirements.map((r) => r.id)).toEqual([
      'forced-labour:1',
      'forced-labour:2',
      'forced-labour:3',
      'forced-labour:4',
      'forced-labour:5',
    ]);
    const r3 = result.requirements.find((r) => r.id === 'forced-labour:3')!;
    expect(r3.obligation).toBe('mandatory');
    expect(r3.matches[0]).toMatchObject({ act: 'kenya.txt', number: '3' });
    // The link brings the checklist of TIP art. 3(a) (act, means, purpose) to the article.
    expect(r3.elements.map((e) => e.id)).toEqual(expect.arrayContaining(['act.recruitment', 'means.force']));
    expect(r3.status).not.toBe('gap');
    expect(result.requirements.find((r) => r.id === 'forced-labour:1')!.status).toBe('not_applicable');
  });

  it('is offered for a new assessment, and its requirements are stored and reviewed like the shipped ones', async () => {
    await ok(
      dispatch(h(), 'assessment:create', {
        country: 'Kenya',
        title: 'Forced labour review',
        assessor: 'A',
        instruments: ['tip-protocol', 'forced-labour'],
      }),
    );
    await ok(dispatch(h(), 'act:import', { jobId: 'k', source: { kind: 'path', path: KENYA } }));
    await ok(dispatch(h(), 'analysis:run', {}));
    const rows = await ok<ReviewRow[]>(dispatch(h(), 'review:list', {}));
    const row = rows.find((r) => r.id === 'forced-labour:3')!;
    expect(row).toMatchObject({ instrument: 'forced-labour', articleTitle: 'Forced labour', obligation: 'mandatory' });
    expect(row.provisions).toContain('3');
    expect(rows.filter((r) => r.instrument === 'forced-labour')).toHaveLength(5);
    const report = join(dir.path, 'work', 'report.docx');
    await ok(dispatch(h(), 'report:export', { jobId: 'r', kind: 'docx', path: report }));
    expect(statSync(report).size).toBeGreaterThan(5000);
    await ok(dispatch(h(), 'assessment:close', {}));
  });
});

describe('refusals that leave the library as it was', () => {
  const importing = (id: string, source: object = { kind: 'path', path: instrumentFile }, title = 'Another') =>
    dispatch(h(), 'library:import-instrument', { jobId: `bad-${id}-${Math.random()}`, source, id, title });

  it('refuses an id that is taken, shipped or malformed, and an empty title', async () => {
    const before = state();
    for (const [id, pattern] of [
      ['forced-labour', /already in your library/],
      ['tip-protocol', /shipped with LexGap/],
      ['Forced Labour', /not a valid id/],
      ['-x', /not a valid id/],
      ['', /needs an id/],
    ] as const) {
      const error = await refused(importing(id));
      expect(error.code, id).toBe('invalid-request');
      expect(error.message, id).toMatch(pattern);
    }
    expect((await refused(importing('no-title', undefined, '  '))).message).toMatch(/needs a title/);
    expect(state()).toEqual(before);
  });

  it('refuses an empty file and a text without articles', async () => {
    const before = state();
    const empty = join(dir.path, 'empty.txt');
    writeFileSync(empty, '');
    const prose = join(dir.path, 'prose.txt');
    writeFileSync(prose, 'Dear colleague,\nthank you for the meeting yesterday.\nBest regards');
    const e1 = await refused(importing('empty-one', { kind: 'path', path: empty }));
    expect(e1).toMatchObject({ code: 'import-failed', message: expect.stringMatching(/empty/) });
    const e2 = await refused(importing('pasted-empty', { kind: 'text', text: ' \n ' }));
    expect(e2.code).toBe('import-failed');
    const e3 = await refused(importing('prose', { kind: 'path', path: prose }));
    expect(e3).toMatchObject({ code: 'import-failed', message: expect.stringMatching(/No articles were found/) });
    expect(state()).toEqual(before);
  });

  it('refuses a link to a paragraph that does not exist or is not a Protocol or Convention paragraph', async () => {
    const before = state();
    for (const link of ['tip-protocol:99', 'model-law-tip:5', 'travail-force:2', 'nonsense']) {
      const error = await refused(
        dispatch(h(), 'library:update-article', { instrumentId: 'forced-labour', number: '3', implements: [link] }),
      );
      expect(error.code, link).toBe('invalid-request');
      expect(error.message, link).toMatch(/Unknown paragraph|not a paragraph id/);
    }
    expect(state()).toEqual(before);
  });

  it('refuses to change a shipped instrument, an unknown article, or nothing', async () => {
    const before = state();
    expect(
      await refused(
        dispatch(h(), 'library:update-article', { instrumentId: 'tip-protocol', number: '5', obligation: 'optional' }),
      ),
    ).toMatchObject({ code: 'invalid-request', message: expect.stringMatching(/shipped/) });
    expect(
      await refused(
        dispatch(h(), 'library:update-article', {
          instrumentId: 'forced-labour',
          number: '99',
          obligation: 'optional',
        }),
      ),
    ).toMatchObject({ code: 'not-found' });
    expect(
      await refused(dispatch(h(), 'library:update-article', { instrumentId: 'forced-labour', number: '3' })),
    ).toMatchObject({ code: 'invalid-request', message: expect.stringMatching(/Nothing to change/) });
    expect(
      await refused(
        dispatch(h(), 'library:update-article', {
          instrumentId: 'forced-labour',
          number: '3',
          obligation: 'sometimes',
        }),
      ),
    ).toMatchObject({ code: 'invalid-request' });
    expect(await refused(dispatch(h(), 'library:delete-instrument', { id: 'untoc' }))).toMatchObject({
      code: 'invalid-request',
    });
    expect(await refused(dispatch(h(), 'library:delete-instrument', { id: 'nothing-here' }))).toMatchObject({
      code: 'not-found',
    });
    expect(state()).toEqual(before);
  });

  it('keeps nothing of a cancelled import', async () => {
    const before = state();
    const big = join(dir.path, 'big.txt');
    writeFileSync(
      big,
      Array.from({ length: 4000 }, (_, i) => `Article ${i + 1}\nStates shall adopt measure number ${i + 1}.`).join(
        '\n',
      ),
    );
    const running = dispatch(h(), 'library:import-instrument', {
      jobId: 'cancel-me',
      source: { kind: 'path', path: big },
      id: 'big-one',
      title: 'Big',
    });
    await dispatch(h(), 'act:cancel-import', { jobId: 'cancel-me' });
    expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(state()).toEqual(before);
  });
});

describe('the user library across sessions and from the command line', () => {
  it('is read again by a new session, reusing the reference database built for it', () => {
    const before = referenceDatabaseVersion(join(dataDir, 'reference.sqlite'));
    const other = createAppContext({ dataDir, platform: host.context.platform });
    try {
      expect(other.library.dataVersion).toBe(host.context.library.dataVersion);
      expect(other.library.dataVersion).toBe(before);
      expect(other.library.instruments.map((i) => i.id)).toContain('forced-labour');
    } finally {
      disposeAppContext(other);
    }
    expect(loadUserReferenceLibrary(dataDir).dataVersion).toBe(before);
  });

  it('imports, lists, shows and removes instruments with "lexgap library"', async () => {
    const saved = process.env.LEXGAP_DATA_DIR;
    process.env.LEXGAP_DATA_DIR = join(dir.path, 'cli-data');
    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s) };
    try {
      expect(
        await libraryCommand.run(
          ['import', instrumentFile, '--id', 'forced-labour', '--title', 'Model Provisions', '--short-title', 'MPFL'],
          io,
        ),
      ).toBe(0);
      expect(out.join('\n')).toContain(
        'Imported forced-labour: 5 articles (mandatory 1, consider 1, optional 1, definition 1, general 1)',
      );
      out.length = 0;
      expect(await libraryCommand.run(['list'], io)).toBe(0);
      expect(out.join('\n')).toMatch(
        /forced-labour\s+5 articles\s+5 paragraphs {2}MPFL {2}\(imported from forced-labour-provisions\.txt/,
      );
      out.length = 0;
      expect(await libraryCommand.run(['show', 'forced-labour:4'], io)).toBe(0);
      expect(out.join('\n')).toContain('forced-labour:4  [consider]');
      await expect(libraryCommand.run(['import', instrumentFile, '--id', 'untoc', '--title', 'X'], io)).rejects.toThrow(
        /shipped with LexGap/,
      );
      await expect(libraryCommand.run(['import', instrumentFile, '--title', 'X'], io)).rejects.toThrow(UserError);
      expect(await libraryCommand.run(['remove', 'forced-labour'], io)).toBe(0);
      await expect(libraryCommand.run(['remove', 'forced-labour'], io)).rejects.toThrow(/No imported instrument/);
      out.length = 0;
      await libraryCommand.run(['list'], io);
      expect(out.join('\n')).not.toContain('forced-labour');
    } finally {
      if (saved === undefined) delete process.env.LEXGAP_DATA_DIR;
      else process.env.LEXGAP_DATA_DIR = saved;
    }
  });
});

describe('deleting an imported instrument', () => {
  it('removes it from the list, the search and the links, keeping its changelog', async () => {
    const withIt = host.context.library.dataVersion;
    await ok(dispatch(h(), 'library:delete-instrument', { id: 'forced-labour' }));
    const list = await ok<InstrumentSummary[]>(dispatch(h(), 'library:list-instruments', {}));
    expect(list.map((i) => i.id)).not.toContain('forced-labour');
    expect((await ok<SearchResult>(dispatch(h(), 'library:search', { query: 'menace penalty' }))).total).toBe(0);
    const tip = await ok<InstrumentDetail>(dispatch(h(), 'library:get-instrument', { id: 'tip-protocol' }));
    expect(paragraphOf(tip, 'tip-protocol:3(a)').implementedBy.map((m) => m.instrument)).not.toContain('forced-labour');
    expect(host.context.library.dataVersion).not.toBe(withIt);
    expect(host.context.userLibrary.changelog('forced-labour').map((c) => c.action)).toEqual([
      'import',
      'update-article',
      'update-article',
      'update-article',
      'update-article',
      'delete',
    ]);
    // The file the instrument came from is untouched; importing it again brings it back.
    expect(readFileSync(instrumentFile, 'utf8')).toBe(INSTRUMENT);
    await ok(
      dispatch(h(), 'library:import-instrument', {
        jobId: 'again',
        source: { kind: 'path', path: instrumentFile },
        id: 'forced-labour',
        title: 'Model Provisions against Forced Labour',
      }),
    );
    await ok(dispatch(h(), 'library:delete-instrument', { id: 'travail-force' }));
    await ok(dispatch(h(), 'library:delete-instrument', { id: 'forced-labour' }));
    expect(host.context.library.dataVersion).toBe(host.context.library.dataVersion.split('+')[0]);
    expect(host.context.library.instruments).toHaveLength(5);
  });
});

describe('an unreadable library of imported instruments', () => {
  it('is set aside, never deleted, and the app starts with an empty one and a warning', async () => {
    const scratch = tempDir();
    try {
      const data = join(scratch.path, 'data');
      mkdirSync(data, { recursive: true });
      writeFileSync(join(data, 'user-library.sqlite'), 'this is not a database');
      const started = await hostIn(scratch.path, 'librarian');
      try {
        expect(started.context.warnings).toHaveLength(1);
        expect(started.context.warnings[0]).toMatch(/could not be read.*kept as/);
        const aside = readdirSync(data).find((f) => f.startsWith('user-library.sqlite.unreadable-'))!;
        expect(readFileSync(join(data, aside), 'utf8')).toBe('this is not a database');
        const info = await dispatch(createHandlers(started.context), 'app:info', {});
        expect(info).toMatchObject({ ok: true, data: { warnings: [expect.stringContaining('kept as')] } });
      } finally {
        await started.stop();
      }
    } finally {
      scratch.cleanup();
    }
  });
});

describe('an imported instrument with its analysis rules', () => {
  const RULES = {
    schema: 'lexgap.rules.instrument/1',
    version: 1,
    checklists: [
      {
        requirementId: 'forced-labour:5',
        title: { en: 'Compensation', fr: 'Indemnisation', es: 'Indemnización' },
        groups: [
          {
            id: 'remedy',
            label: { en: 'Remedy', fr: 'Réparation', es: 'Reparación' },
            elements: [
              {
                id: 'remedy.compensation_order',
                label: { en: 'compensation order', fr: "ordonnance d'indemnisation", es: 'orden de indemnización' },
              },
            ],
          },
        ],
      },
    ],
    rules: {
      'remedy.compensation_order': { en: ['@compensation'], fr: ['@compensation'], es: ['@compensation'] },
    },
  };

  it('imports the rules with "lexgap library import --rules", refuses bad ones, and the analysis uses them', async () => {
    const saved = process.env.LEXGAP_DATA_DIR;
    const data = join(dir.path, 'cli-rules-data');
    process.env.LEXGAP_DATA_DIR = data;
    const io = { out: () => {}, err: () => {} };
    const rulesFile = join(dir.path, 'forced-labour.rules.json');
    const badFile = join(dir.path, 'forced-labour.bad-rules.json');
    writeFileSync(rulesFile, JSON.stringify(RULES));
    writeFileSync(badFile, JSON.stringify({ ...RULES, rules: {} }));
    const args = ['import', instrumentFile, '--id', 'forced-labour', '--title', 'Model Provisions'];
    try {
      await expect(libraryCommand.run([...args, '--rules', badFile], io)).rejects.toThrow(
        /Rules of forced-labour: element remedy\.compensation_order has no rule/,
      );
      expect(loadUserReferenceLibrary(data).instruments.map((i) => i.id)).not.toContain('forced-labour');
      expect(await libraryCommand.run([...args, '--rules', rulesFile], io)).toBe(0);
      const library = loadUserReferenceLibrary(data);
      expect(library.checklists.map((c) => c.requirementId)).toContain('forced-labour:5');
      const tree = segment(await importLawFile(KENYA));
      const result = analyze({
        acts: [{ file: 'kenya.txt', title: 'Counter-Trafficking in Persons Act', language: tree.language, tree }],
        library,
        instruments: ['forced-labour'],
        now: new Date('2025-01-01T00:00:00Z'),
      });
      const art5 = result.requirements.find((r) => r.id === 'forced-labour:5')!;
      expect(art5.elements.map((e) => [e.id, e.present])).toEqual([['remedy.compensation_order', true]]);
      expect(await libraryCommand.run(['remove', 'forced-labour'], io)).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.LEXGAP_DATA_DIR;
      else process.env.LEXGAP_DATA_DIR = saved;
    }
  });
});
