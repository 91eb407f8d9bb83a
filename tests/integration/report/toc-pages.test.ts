import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { main } from '../../../electron/main/cli/index';
import { convertToPdf, hasSoffice } from '../../helpers/make-docs';
import { tempDir } from '../../helpers/temp';
import { unzip } from '../../helpers/zip';

/**
 * The page numbers the table of contents is written with are those LibreOffice, which shows them
 * as written, puts the headings on: the Kenya act's report, in English and in French. The pages are
 * laid out as Word lays them out; LibreOffice sometimes breaks a page a line sooner or later than
 * Word (over the 26 reports of the fixture laws in English and French, 37 of 1,176 entries,
 * every one a heading that opens or closes a page in LibreOffice). Such a heading may be on the
 * page next to its entry's, and only at that edge of it; every other heading is on its entry's page.
 */

const KENYA = resolve('tests/fixtures/laws/kenya-counter-trafficking-in-persons-act-2010.txt');
const hasPdftotext = (): boolean => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const MISSING = !hasSoffice() || !hasPdftotext();

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();
const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The contents' entries as written: each heading's title and the page number after its tab. */
function tocEntries(documentXml: string): { title: string; page: number }[] {
  const sdt = /<w:sdt>[\s\S]*?<\/w:sdt>/.exec(documentXml)?.[0] ?? '';
  const entries: { title: string; page: number }[] = [];
  for (const p of sdt.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    const text = (p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:tab\/>/g) ?? [])
      .map((piece) => (piece === '<w:tab/>' ? '\t' : unescape(piece.replace(/<[^>]+>/g, ''))))
      .join('');
    const m = /^(.*)\t(\d+)$/.exec(text);
    if (m) entries.push({ title: squeeze(m[1]!), page: Number(m[2]) });
  }
  return entries;
}

/**
 * Where a page shows the title on lines of its own (a wrapped heading spans several): its first
 * line and the page's number of lines, or null.
 */
function headingAt(pageText: string, title: string): { line: number; lines: number } | null {
  const lines = pageText.split('\n').map(squeeze).filter(Boolean);
  for (let i = 0; i < lines.length; i++) {
    let joined = '';
    for (let j = i; j < lines.length && joined.length < title.length; j++) {
      joined = squeeze(`${joined} ${lines[j]}`);
      if (joined === title) return { line: i, lines: lines.length };
    }
  }
  return null;
}

/** Lines at a page's edge: a chapter heading, its note and a section heading, or the footer and a heading above it. */
const EDGE_LINES = 4;

describe.skipIf(MISSING)(
  MISSING ? 'contents page numbers (skipped: LibreOffice or pdftotext is not installed)' : 'contents page numbers',
  () => {
    const dir = tempDir('lexgap-toc-pages-');
    afterAll(dir.cleanup);

    it.each(['en', 'fr'])(
      'match the pages LibreOffice puts the headings on (%s)',
      { timeout: 600_000 },
      async (lang) => {
        const docx = join(dir.path, `kenya-${lang}.docx`);
        const code = await main(['analyze', KENYA, '--report-lang', lang, '--docx', docx], {
          out: () => {},
          err: () => {},
        });
        expect(code).toBe(0);
        const xml = (await unzip(readFileSync(docx))).get('word/document.xml')!.toString('utf8');
        const entries = tocEntries(xml);
        expect(entries.length).toBeGreaterThan(5);

        const [pdf] = convertToPdf(docx);
        const pages = execFileSync('pdftotext', ['-layout', pdf!, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).split(
          '\f',
        );
        // Headings are looked for in order, each from the page of the one before, past the contents pages.
        const firstEntryPage = entries[0]!.page;
        let from = 0;
        let exact = 0;
        const misplaced: string[] = [];
        for (const { title, page } of entries) {
          let at = -1;
          let where: { line: number; lines: number } | null = null;
          for (let n = Math.max(from, 2); n < pages.length && at < 0; n++) {
            where = headingAt(pages[n]!, title);
            if (where) at = n;
          }
          if (at >= 0) from = at;
          const shown = at + 1;
          if (shown === page) exact++;
          else {
            // A page broken a line later opens with the heading; a line sooner, closes with it.
            const atEdge =
              where !== null &&
              ((shown === page + 1 && where.line < EDGE_LINES) ||
                (shown === page - 1 && where.line >= where.lines - EDGE_LINES));
            if (!atEdge) misplaced.push(`${title}: entry ${page}, shown on ${shown}`);
          }
        }
        expect(firstEntryPage).toBeGreaterThan(2);
        expect(misplaced).toEqual([]);
        expect(exact / entries.length).toBeGreaterThanOrEqual(0.9);
      },
    );
  },
);
