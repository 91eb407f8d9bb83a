import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError, importLawFile, type ImportOptions } from '../../../electron/main/import';
import { htmlToLines } from '../../../electron/main/import/html';
import { buildLines } from '../../../electron/main/import/pdf-layout';
import {
  hugeGlyphPdf,
  inflatingPdf,
  largeBodyDocx,
  manyPagesPdf,
  nestedHtml,
  oneLineText,
  renamedMainDocx,
} from '../../helpers/hostile';
import { tempDir } from '../../helpers/temp';

const dir = tempDir('lexgap-import-hostile-');
afterAll(dir.cleanup);
let n = 0;
function file(bytes: Uint8Array | string, ext: string): string {
  const path = join(dir.path, `law-${n++}.${ext}`);
  writeFileSync(path, bytes);
  return path;
}

async function refused(path: string, options: ImportOptions = {}): Promise<ImportError> {
  const error = await importLawFile(path, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

const texts = (lines: readonly { text: string }[]) => lines.map((l) => l.text.trim()).filter(Boolean);

describe('hostile PDF files', () => {
  it('reads a page with a glyph a billion points tall without sizing anything by its coordinates', async () => {
    for (const size of [1e9, 1e11]) {
      const doc = await importLawFile(file(hugeGlyphPdf(size), 'pdf'));
      expect(texts(doc.lines).join(' ')).toMatch(/Section 1\. A person who recruits/);
    }
  });

  it('finds the gutter of two columns set at any scale', () => {
    // Two columns of prose at x 0 and at x 1e12: the gutter is found by sweeping the gaps.
    const rows = Array.from({ length: 8 }, (_, i) => [
      { text: `left column line ${i} with enough words`, x: 0, y: 800 - 12 * i, width: 4e11, fontSize: 10 },
      { text: `right column line ${i} with enough words`, x: 5e11, y: 800 - 12 * i, width: 4e11, fontSize: 10 },
    ]).flat();
    const lines = buildLines(rows, 1);
    expect(lines.map((l) => l.text)).toEqual([
      ...Array.from({ length: 8 }, (_, i) => `left column line ${i} with enough words`),
      ...Array.from({ length: 8 }, (_, i) => `right column line ${i} with enough words`),
    ]);
  });

  it('refuses a PDF with more pages than the page limit before reading any page', async () => {
    const error = await refused(file(manyPagesPdf(50_000), 'pdf'));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/has 50,000 pages, more than the 5,000-page limit for one law/);
  });

  it('refuses a content stream that inflates past the stream limit, stating it', async () => {
    const bomb = file(await inflatingPdf(8 * 1024 * 1024), 'pdf');
    const one = await refused(bomb, { limits: { maxPdfStreamBytes: 1024 * 1024 } });
    expect(one.code).toBe('zip-bomb');
    expect(one.message).toMatch(
      /a compressed stream at byte \d+ expands to more than 1 MB \(the limit for one stream\)/,
    );
    const all = await refused(bomb, { limits: { maxPdfInflatedBytes: 4 * 1024 * 1024 } });
    expect(all.message).toMatch(/its compressed streams expand to more than 4 MB together \(the limit\)/);
    // Within the limits the same file is read: the check does not refuse compressed text.
    const doc = await importLawFile(bomb);
    expect(texts(doc.lines)).toEqual(['Section 1. Offences.']);
  });
});

describe('hostile Word files', () => {
  it('refuses a document body larger than the limit, inside every compression limit', async () => {
    const error = await refused(file(largeBodyDocx(400 * 1024), 'docx'), { limits: { maxDocxMainBytes: 200 * 1024 } });
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(
      /its text part "word\/document.xml" expands to \d+ KB, more than the 200 KB limit for one Word document/,
    );
  });

  it('holds a main part named without .xml to the same limits, and reads it when within them', async () => {
    const error = await refused(file(renamedMainDocx(400 * 1024), 'docx'), {
      limits: { maxDocxMainBytes: 200 * 1024 },
    });
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/its text part "word\/body.bin" expands to/);
    const doc = await importLawFile(file(renamedMainDocx(2000), 'docx'));
    expect(texts(doc.lines)[0]).toMatch(/^Section 1\. /);
  });
});

describe('hostile HTML and text files', () => {
  it('refuses a million unclosed nested elements at the depth limit', async () => {
    for (const every of [0, 3]) {
      const error = await refused(file(nestedHtml(1_000_000, every), 'html'));
      expect(error.code).toBe('too-large');
      expect(error.message).toMatch(/nested more than 5,000 levels deep \(the limit\)/);
    }
  });

  it('reads deep nesting within the limit, headers inside sections kept', () => {
    const html = `${'<section>'.repeat(2000)}<header>Part I</header><p>Section 1. Offences.</p>`;
    expect(htmlToLines(html)).toEqual(['Part I', 'Section 1. Offences.']);
  });

  it('refuses a text whose one line is longer than the line limit, naming the line', async () => {
    const error = await refused(file(`Title\n${oneLineText(3 * 1024 * 1024)}`, 'txt'));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/line 2 is longer than 1,000,000 characters \(the limit for one line\)/);
    const html = await refused(file(`<p>Title</p><p>${oneLineText(300_000)}</p>`, 'html'), {
      limits: { maxLineChars: 100_000 },
    });
    expect(html.message).toMatch(/line 2 is longer than 100,000 characters/);
  });

  it('splits long lines across read chunks intact', async () => {
    const long = oneLineText(2_500_000);
    const doc = await importLawFile(file(`${long}\r\nSection 2.\r\n`, 'txt'), { limits: { maxLineChars: 3_000_000 } });
    expect(doc.lines.map((l) => l.text)).toEqual([long.trimEnd(), 'Section 2.']);
  });
});
