import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importLawFile } from '../../../electron/main/import';
import { buildPdf } from '../../helpers/make-docs';
import { tempDir } from '../../helpers/temp';

const dir = tempDir('lexgap-import-pdf-builtins-');
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
});
