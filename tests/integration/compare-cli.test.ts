import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { main } from '../../electron/main/cli/index';
import { compareResultSchema } from '../../shared/compare/schema';
import { unzip } from '../helpers/zip';
import { tempDir } from '../helpers/temp';
import { newVersionText, oldVersionText } from '../helpers/version-pair';

const dir = tempDir();
afterAll(dir.cleanup);
const OLD = join(dir.path, 'bill-draft-1.txt');
const NEW = join(dir.path, 'bill-draft-2.txt');
writeFileSync(OLD, oldVersionText());
writeFileSync(NEW, newVersionText());

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every tracked change of a document: kind, author and text. */
function trackedChanges(xml: string): { kind: 'ins' | 'del'; author: string; text: string }[] {
  const out: { kind: 'ins' | 'del'; author: string; text: string }[] = [];
  for (const m of xml.matchAll(/<w:(ins|del) ([^>]*)>([\s\S]*?)<\/w:\1>/g)) {
    const author = /w:author="([^"]*)"/.exec(m[2]!)?.[1] ?? '';
    const text = [...m[3]!.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)<\/w:(?:t|delText)>/g)].map((t) => t[1]).join('');
    out.push({ kind: m[1] as 'ins' | 'del', author, text });
  }
  return out;
}

describe('lexgap compare', () => {
  it(
    'writes the comparison JSON and a Word document with tracked changes and the delta',
    { timeout: 120_000 },
    async () => {
      const json = join(dir.path, 'cmp.json');
      const docx = join(dir.path, 'cmp.docx');
      const r = await run('compare', OLD, NEW, '--json', json, '--docx', docx, '--instruments', 'tip-protocol');
      expect(r.code, r.err).toBe(0);
      const result = compareResultSchema.parse(JSON.parse(readFileSync(json, 'utf8')));
      expect(result.summary).toMatchObject({ inserted: 1, deleted: 1, split: 1, moved: 0 });
      expect(result.delta!.find((d) => d.requirement === 'tip-protocol:3(a)')!.elementsGained).toContain(
        'means.vulnerability',
      );

      const parts = await unzip(readFileSync(docx));
      const xml = parts.get('word/document.xml')!.toString('utf8');
      expect(XMLValidator.validate(xml)).toBe(true);
      const changes = trackedChanges(xml);
      expect(changes.every((c) => c.author === 'bill-draft-2.txt')).toBe(true);
      const ins = changes.filter((c) => c.kind === 'ins').map((c) => c.text);
      const del = changes.filter((c) => c.kind === 'del').map((c) => c.text);
      expect(ins).toContain('shall');
      expect(del).toContain('may');
      expect(ins.join('|')).toContain('or of position of vulnerability');
      expect(ins.join('|')).toContain('thirty');
      expect(del.join('|')).toContain('twenty');
      // The inserted section is all insertion, the deleted one all deletion.
      expect(ins.join(' ')).toContain('shall report it to the police');
      expect(del.join(' ')).toContain('facilitates, aids or abets the exit or entry');
      // Revision ids are unique, as Word requires.
      const ids = [...xml.matchAll(/<w:(?:ins|del) [^>]*w:id="(\d+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
      // The delta table follows the changes.
      const body = xml.replace(/<[^>]+>/g, '');
      expect(body.indexOf('Compliance delta')).toBeGreaterThan(body.indexOf('shall report it to the police'));
      expect(body).toContain('tip-protocol:3(a)');
      expect(body).toContain('+ abuse of a position of vulnerability');
    },
  );

  it('prints the changes and the substantive flags, in French when asked', async () => {
    const r = await run('compare', OLD, NEW);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Obligation strengthened: “may” → “shall”');
    expect(r.out).toContain('split      Section 11 → Section 12 + Section 12A');
    const docx = join(dir.path, 'cmp-fr.docx');
    const fr = await run('compare', OLD, NEW, '--docx', docx, '--report-lang', 'fr');
    expect(fr.code, fr.err).toBe(0);
    const xml = (await unzip(readFileSync(docx))).get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('Obligation renforcée');
    expect(xml).toContain('Aucun instrument choisi');
  });

  it('refuses a version in another language, and bad arguments, with exit code 1', async () => {
    const french = resolve('tests/fixtures/laws/canada-loi-modifiant-code-criminel-traite-2005.txt');
    const r = await run('compare', OLD, french);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/different languages \(en and fr\); a translation cannot be compared/);
    expect((await run('compare', OLD)).code).toBe(1);
    expect((await run('compare', OLD, NEW, '--instruments', 'nope')).err).toContain('unknown instrument nope');
    const missing = await run('compare', OLD, join(dir.path, 'missing.txt'));
    expect(missing.code).toBe(1);
  });

  it('says when two unrelated laws hardly align', async () => {
    const sriLanka = resolve('tests/fixtures/laws/sri-lanka-saarc-trafficking-prostitution-act-2005.txt');
    const r = await run('compare', OLD, sriLanka);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Little of the two texts aligns');
  });
});
