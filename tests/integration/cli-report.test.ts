import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { main } from '../../electron/main/cli/index';
import { openAssessmentFile, closeAssessmentFile } from '../../electron/main/db/assessment-file';
import { unzip } from '../helpers/zip';
import { tempDir } from '../helpers/temp';

const dir = tempDir();
afterAll(dir.cleanup);
const KENYA = resolve('tests/fixtures/laws/kenya-counter-trafficking-in-persons-act-2010.txt');

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const documentText = async (path: string) =>
  (await unzip(readFileSync(path))).get('word/document.xml')!.toString('utf8');

describe('lexgap analyze --save --docx and lexgap report', () => {
  const saved = join(dir.path, 'kenya.lexgap');
  const docx = join(dir.path, 'kenya.docx');

  it('writes an assessment file to review and a Word report from one command', { timeout: 120_000 }, async () => {
    const r = await run(
      'analyze',
      KENYA,
      '--instruments',
      'tip-protocol,untoc',
      '--save',
      saved,
      '--docx',
      docx,
      '--country',
      'Kenya',
      '--assessor',
      'CLI Adviser',
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Wrote');
    const opened = await openAssessmentFile(saved);
    try {
      const { n } = opened.db.prepare('SELECT count(*) AS n FROM requirement_assessment').get() as { n: number };
      expect(n).toBe(82 + 311);
      const act = opened.db.prepare('SELECT title FROM act').get() as { title: string };
      // Taken from the provenance file beside the law.
      expect(act.title).toBe('Counter-Trafficking in Persons Act (No. 8 of 2010; Cap. 61)');
      expect(opened.db.prepare('SELECT country, assessor FROM assessment').get()).toEqual({
        country: 'Kenya',
        assessor: 'CLI Adviser',
      });
    } finally {
      closeAssessmentFile(opened.db);
    }
    const xml = await documentText(docx);
    expect(xml).toContain('Executive summary');
    expect(xml).toContain('Kenya');
  });

  it('refuses to overwrite an existing assessment with --save', async () => {
    const r = await run('analyze', KENYA, '--save', saved);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/already exists/);
  });

  it(
    'exports the report of an assessment file in French, only gaps and partials, with CSV and JSON',
    { timeout: 120_000 },
    async () => {
      const fr = join(dir.path, 'kenya-fr.docx');
      const csv = join(dir.path, 'kenya.csv');
      const json = join(dir.path, 'kenya.json');
      const r = await run(
        'report',
        saved,
        '--docx',
        fr,
        '--lang',
        'fr',
        '--only',
        'gap,partial',
        '--csv',
        csv,
        '--json',
        json,
      );
      expect(r.code, r.err).toBe(0);
      const xml = await documentText(fr);
      expect(xml).toContain('Résumé analytique');
      expect(xml).not.toContain('Executive summary');
      expect(readFileSync(csv).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(JSON.parse(readFileSync(json, 'utf8')).schema).toBe('lexgap.assessment-export/1');
    },
  );

  it('says what is wrong with bad arguments and files, with exit code 1', async () => {
    expect((await run('report', saved)).err).toMatch(/--docx, --xlsx, --csv or --json/);
    expect((await run('report', saved, '--docx', join(dir.path, 'x.docx'), '--only', 'maybe')).code).toBe(1);
    const notAssessment = join(dir.path, 'notes.lexgap');
    writeFileSync(notAssessment, 'hello');
    const bad = await run('report', notAssessment, '--docx', join(dir.path, 'y.docx'));
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/not a LexGap assessment/);
    expect(existsSync(join(dir.path, 'y.docx'))).toBe(false);
    const missing = await run('analyze', join(dir.path, 'missing.pdf'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/not found/);
  });
});
