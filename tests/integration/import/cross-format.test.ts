import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importLawFile } from '../../../electron/main/import';
import type { Provision, ProvisionTree } from '../../../shared/domain/provision';
import type { LanguageCode, SourceDocument } from '../../../shared/domain/source';
import { convertToPdf, fixtureText, hasSoffice, makeDocx, normalisedLines } from '../../helpers/make-docs';
import { tempDir } from '../../helpers/temp';

/**
 * The same law as .txt, as a Word document with automatic numbering and a table, and as PDFs
 * printed by LibreOffice from both, must give the same text and, once segmented, the same
 * provisions.
 */

const LAWS: { name: string; language: LanguageCode }[] = [
  { name: 'kenya-counter-trafficking-in-persons-act-2010', language: 'en' },
  { name: 'canada-loi-modifiant-code-criminel-traite-2005', language: 'fr' },
  { name: 'chile-ley-20507-trafico-migrantes-trata-2011', language: 'es' },
];

/** A schedule table appended to every format, to check that rows come out as lines. */
const TABLE = [
  ['Offence', 'Section', 'Penalty'],
  ['Trafficking in persons', '3', 'Thirty years'],
];

const soffice = hasSoffice();
const dir = tempDir('lexgap-import-formats-');
afterAll(dir.cleanup);

interface Formats {
  expected: string[];
  txt: string;
  docx: string;
  pdfFromTxt?: string;
  pdfFromDocx?: string;
}
const files = new Map<string, Formats>();

beforeAll(async () => {
  for (const { name } of LAWS) {
    // The text file carries the table as tab-separated rows, which is how the importers give rows.
    const text = `${fixtureText(name).trimEnd()}\n${TABLE.map((row) => row.join('\t')).join('\n')}\n`;
    const txt = join(dir.path, `${name}.txt`);
    const docx = join(dir.path, `${name}-word.docx`);
    writeFileSync(txt, text, 'utf8');
    writeFileSync(docx, await makeDocx(fixtureText(name), { table: TABLE }));
    files.set(name, { expected: normalisedLines(text.split('\n')), txt, docx });
  }
  if (soffice) {
    const inputs = [...files.values()].flatMap((f) => [f.txt, f.docx]);
    const pdfs = convertToPdf(...inputs);
    for (const f of files.values()) {
      f.pdfFromTxt = pdfs[inputs.indexOf(f.txt)];
      f.pdfFromDocx = pdfs[inputs.indexOf(f.docx)];
    }
  }
}, 300_000);

const texts = (doc: SourceDocument) => normalisedLines(doc.lines.map((l) => l.text));

/**
 * How many of `received` lines are exactly lines of `expected`, after checking that every other
 * received line is consecutive expected lines joined by a space (a paragraph boundary the PDF
 * did not show), i.e. the same words in the same order with no line split or altered.
 */
function linesKept(received: string[], expected: string[]): number {
  let next = 0;
  let exact = 0;
  for (const line of received) {
    let joined = expected[next++];
    let parts = 1;
    while (joined !== undefined && joined !== line && line.startsWith(`${joined} `)) {
      joined = `${joined} ${expected[next++]}`;
      parts++;
    }
    expect(joined, `PDF line ${JSON.stringify(line)}`).toBe(line);
    if (parts === 1) exact++;
  }
  expect(next).toBe(expected.length);
  return exact;
}

/** The segmenter, when it is present in this checkout; the comparison of trees is skipped otherwise. */
const segmentModule = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/segment/index.ts');
type Segment = (doc: SourceDocument, options: { language: LanguageCode }) => ProvisionTree;
async function loadSegment(): Promise<Segment | null> {
  if (!existsSync(segmentModule)) return null;
  const mod = (await import(pathToFileURL(segmentModule).href)) as { segment?: Segment };
  return mod.segment ?? null;
}

/** Unit numbers and headings of a tree, depth first: what must not depend on the file format. */
function outline(tree: ProvisionTree): string[] {
  const out: string[] = [];
  const walk = (nodes: Provision[]) => {
    for (const node of nodes) {
      out.push(`${node.level} ${node.number} ${node.heading ?? ''}`.trim());
      walk(node.children);
    }
  };
  walk(tree.children);
  return out;
}

describe.each(LAWS)('the same law in every format: $name', ({ name, language }) => {
  it('gives the same lines from .txt and .docx (automatic numbering restored, table rows as lines)', async () => {
    const f = files.get(name)!;
    const txt = await importLawFile(f.txt);
    const docx = await importLawFile(f.docx);
    expect(texts(txt)).toEqual(f.expected);
    expect(texts(docx)).toEqual(f.expected);
    expect(docx.notes.join(' ')).toMatch(/Automatic numbering restored as text for \d+ paragraph/);
    expect(docx.lines.map((l) => l.text)).toContain('Offence\tSection\tPenalty');
  });

  it.skipIf(!soffice)('gives the same lines from a PDF printed from the Word document, with pages', async () => {
    // Paragraphs are spaced, so only a paragraph ending exactly at the foot of a page, on a full
    // line, can look like one continuing on the next page.
    const f = files.get(name)!;
    const pdf = await importLawFile(f.pdfFromDocx!);
    expect(linesKept(texts(pdf), f.expected) / f.expected.length).toBeGreaterThan(0.95);
    expect(pdf.pageCount).toBeGreaterThan(1);
    expect(pdf.lines.every((l) => typeof l.page === 'number' && l.page >= 1 && l.page <= pdf.pageCount!)).toBe(true);
    expect(pdf.lines[pdf.lines.length - 1]!.page).toBe(pdf.pageCount);
  });

  it.skipIf(!soffice)('gives the same text from a PDF printed from the text file', async () => {
    // Set in a fixed-pitch font with no space between paragraphs, a full last line of one
    // paragraph cannot be told from a wrapped one, so paragraphs may join; no word may change.
    const f = files.get(name)!;
    const pdf = await importLawFile(f.pdfFromTxt!);
    expect(linesKept(texts(pdf), f.expected) / f.expected.length).toBeGreaterThan(0.8);
  });

  it.skipIf(!soffice)('segments into the same provisions whatever the format', async () => {
    const segment = await loadSegment();
    if (!segment) return;
    const f = files.get(name)!;
    const trees = await Promise.all(
      [f.txt, f.docx, f.pdfFromDocx!].map(async (p) => segment(await importLawFile(p), { language })),
    );
    const [fromTxt, fromDocx, fromPdf] = trees.map(outline);
    expect(fromTxt!.length).toBeGreaterThan(3);
    expect(fromDocx).toEqual(fromTxt);
    expect(fromPdf).toEqual(fromTxt);
  });
});
