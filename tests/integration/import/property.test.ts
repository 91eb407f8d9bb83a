/**
 * Property-based tests of the importers and the segmenter, with fast-check: a fixed seed and a
 * bounded number of cases per property, so that a run is repeatable and takes seconds.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Provision } from '../../../shared/domain/provision';
import { sourceFromText } from '../../../shared/domain/source';
import { segment } from '../../../shared/segment';
import { ImportError, importLawFile } from '../../../electron/main/import';
import { LineSplitter } from '../../../electron/main/import/decode';
import { htmlToLines } from '../../../electron/main/import/html';
import { buildPdf, buildZip, documentXml, minimalDocxMembers } from '../../helpers/make-docs';
import { tempDir } from '../../helpers/temp';

const SEED = 20260;
const dir = tempDir('lexgap-import-property-');
afterAll(dir.cleanup);
let n = 0;
function file(bytes: Uint8Array | string, ext: string): string {
  const path = join(dir.path, `case-${n++}.${ext}`);
  writeFileSync(path, bytes);
  return path;
}

/** Cases run per property, kept in a list so that the count can be reported. */
const cases: Record<string, number> = {};
function runs(name: string, count: number): { seed: number; numRuns: number } {
  cases[name] = count;
  return { seed: SEED, numRuns: count };
}
afterAll(() => {
  const total = Object.values(cases).reduce((a, b) => a + b, 0);
  console.log(
    `property cases: ${total} (${Object.entries(cases)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')})`,
  );
});

/** Lines that look like law: designations, list items, headings, prose, blank lines, odd characters. */
const lawLine = fc.oneof(
  fc.nat(400).map((i) => `Section ${i + 1}. Offences`),
  fc.nat(400).map((i) => `Article ${i + 1}`),
  fc.nat(30).map((i) => `PART ${['I', 'II', 'III', 'IV', 'V'][i % 5]} — GENERAL`),
  fc.nat(25).map((i) => `(${String.fromCharCode(97 + i)}) a person who recruits another;`),
  fc.nat(9).map((i) => `(${i + 1}) The court may order restitution.`),
  fc.constantFrom('', '   ', 'CONTENTS', 'SCHEDULE', 'In this Act, "child" means a person under 18.'),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

function walk(provisions: readonly Provision[], each: (p: Provision) => void): void {
  for (const p of provisions) {
    each(p);
    walk(p.children, each);
  }
}

describe('segmenter properties', () => {
  it('segments any sequence of lines into a tree with unique ids, deterministically', () => {
    fc.assert(
      fc.property(
        fc.array(lawLine, { maxLength: 80 }),
        fc.constantFrom('en', 'fr', 'es' as const),
        (lines, language) => {
          const doc = sourceFromText(lines.join('\n'), 'law.txt', 'txt');
          const tree = segment(doc, { language });
          const ids = new Set<string>();
          walk(tree.children, (p) => {
            expect(ids.has(p.id)).toBe(false);
            ids.add(p.id);
          });
          expect(segment(doc, { language })).toEqual(tree);
        },
      ),
      runs('segment', 300),
    );
  });

  it('keeps every word of the body somewhere in the tree', () => {
    const word = fc.stringMatching(/^[a-z]{4,10}$/);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(50), fc.array(word, { minLength: 1, maxLength: 8 })), { maxLength: 30 }),
        (units) => {
          const lines = units.map(([i, words], k) => `Section ${k + 1}. ${words.join(' ')} ${i}`);
          const tree = segment(sourceFromText(lines.join('\n'), 'law.txt', 'txt'), { language: 'en' });
          const all: string[] = [];
          walk(tree.children, (p) => all.push(p.heading ?? '', p.text));
          const text = all.join(' ');
          for (const [, words] of units) for (const w of words) expect(text).toContain(w);
        },
      ),
      runs('segment-words', 150),
    );
  });
});

describe('line splitting properties', () => {
  it('splits any text into the same lines however it is cut into chunks', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\r', '\n', 'é'), maxLength: 200 });
    fc.assert(
      fc.property(text, fc.array(fc.nat(200), { maxLength: 10 }), (t, cuts) => {
        const splitter = new LineSplitter((s: string) => s);
        let from = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          splitter.write(t.slice(from, Math.max(from, cut)));
          from = Math.max(from, cut);
        }
        splitter.write(t.slice(from));
        const expected = t === '' ? [] : t.split(/\r\n|\r|\n/);
        if (expected.length > 0 && expected[expected.length - 1] === '') expected.pop();
        expect(splitter.end()).toEqual(expected);
      }),
      runs('line-split', 500),
    );
  });

  it('gives the text of any HTML paragraph, white space collapsed', () => {
    const plain = fc.string({ unit: fc.constantFrom('a', 'z', ' ', '\n', '\t', 'ñ', '1', '.'), maxLength: 80 });
    fc.assert(
      fc.property(plain, (t) => {
        const collapsed = t.replace(/\s+/g, ' ').trim();
        expect(htmlToLines(`<p>${t}</p>`)).toEqual(collapsed ? [collapsed] : []);
      }),
      runs('html-paragraph', 300),
    );
  });

  it('never fails on arbitrary markup other than by a clear refusal', () => {
    const markup = fc.string({
      unit: fc.constantFrom('<', '>', '/', 'p', 'div', 'table', 'td', 'tr', '&', ';', 'x', ' ', '"', '='),
      maxLength: 300,
    });
    fc.assert(
      fc.property(markup, (t) => {
        expect(Array.isArray(htmlToLines(t))).toBe(true);
      }),
      runs('html-markup', 300),
    );
  });
});

describe('importer properties on damaged files', () => {
  let docx: Buffer;
  let pdf: Buffer;
  beforeAll(() => {
    docx = buildZip(minimalDocxMembers(documentXml(['Section 1. Offences.', '(1) A person who recruits another.'])));
    pdf = buildPdf([
      {
        lines: [
          { text: 'Section 1. Offences.', y: 760 },
          { text: '(1) A person who recruits.', y: 740 },
        ],
      },
    ]);
  });

  /** A copy of `bytes` with some bytes replaced and possibly cut short. */
  const damage = (size: () => number) =>
    fc
      .record({
        flips: fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 8 }),
        cut: fc.option(fc.nat(), { nil: undefined }),
      })
      .map(({ flips, cut }) => (bytes: Buffer) => {
        const copy = Buffer.from(bytes);
        for (const [at, value] of flips) copy[at % size()] = value;
        return cut === undefined ? copy : copy.subarray(0, 1 + (cut % copy.length));
      });

  it('reads a damaged Word document or refuses it with an ImportError, never another error', async () => {
    await fc.assert(
      fc.asyncProperty(
        damage(() => docx.length),
        async (hurt) => {
          await importLawFile(file(hurt(docx), 'docx')).catch((e: unknown) => expect(e).toBeInstanceOf(ImportError));
        },
      ),
      runs('docx-damaged', 120),
    );
  });

  it('reads a damaged PDF or refuses it with an ImportError, never another error', async () => {
    await fc.assert(
      fc.asyncProperty(
        damage(() => pdf.length),
        async (hurt) => {
          await importLawFile(file(hurt(pdf), 'pdf')).catch((e: unknown) => expect(e).toBeInstanceOf(ImportError));
        },
      ),
      runs('pdf-damaged', 120),
    );
  });

  it('reads any bytes named .txt or .html, or refuses them with an ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 400 }),
        fc.constantFrom('txt', 'html'),
        async (bytes, ext) => {
          await importLawFile(file(bytes, ext)).catch((e: unknown) => expect(e).toBeInstanceOf(ImportError));
        },
      ),
      runs('text-bytes', 200),
    );
  });
});
