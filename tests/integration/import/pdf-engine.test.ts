import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importLawFile } from '../../../electron/main/import';
import { buildPdf } from '../../helpers/make-docs';
import { tempDir } from '../../helpers/temp';

const dir = tempDir('lexgap-import-pdf-engine-');
afterAll(dir.cleanup);

describe('reading a PDF', () => {
  // pdf.js's legacy build replaces these on Node 20 with slower script versions for the whole
  // thread; the import puts the engine's own back (see electron/main/import/pdfjs.ts).
  it('leaves the engine its own Array#push, JSON and Function#toString', async () => {
    const own = {
      push: Array.prototype.push,
      parse: JSON.parse,
      stringify: JSON.stringify,
      toString: Function.prototype.toString,
    };
    const path = join(dir.path, 'law.pdf');
    writeFileSync(
      path,
      buildPdf([
        { lines: [{ text: '1. Trafficking in persons', y: 760 }] },
        { lines: [{ text: '2. Smuggling of migrants', y: 760 }] },
      ]),
    );
    const doc = await importLawFile(path);
    const text = doc.lines.map((l) => l.text).join('\n');
    expect(text).toContain('1. Trafficking in persons');
    expect(text).toContain('2. Smuggling of migrants');
    expect(Array.prototype.push).toBe(own.push);
    expect(JSON.parse).toBe(own.parse);
    expect(JSON.stringify).toBe(own.stringify);
    expect(Function.prototype.toString).toBe(own.toString);
  });

  // pdf.js lets go of what it parsed every 100 pages (electron/main/import/pdf.ts): the pages
  // asked for ahead must still be read, in order, across each clean-up.
  it('reads every page of a 250-page PDF in order across the clean-ups', async () => {
    const path = join(dir.path, 'long.pdf');
    writeFileSync(
      path,
      buildPdf(
        Array.from({ length: 250 }, (_, i) => ({
          lines: [{ text: `${i + 1}. Offence number ${i + 1} of trafficking in persons.`, y: 700 - (i % 7) * 40 }],
        })),
      ),
    );
    const doc = await importLawFile(path);
    expect(doc.pageCount).toBe(250);
    const numbers = doc.lines.flatMap((l) => /^(\d+)\. Offence number \1 /.exec(l.text)?.[1] ?? []).map(Number);
    expect(numbers).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(doc.lines.filter((l) => l.text !== '').map((l) => l.page)).toEqual(numbers);
  });
});
