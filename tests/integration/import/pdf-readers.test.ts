import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError, importLawFile, type ImportOptions } from '../../../electron/main/import';
import { readSharedPdfPages, type PdfReaders } from '../../../electron/main/import/pdf';
import { claimPages, PAGES_PER_CLAIM, sharedPages, startReaders } from '../../../electron/main/import/pdf-share';
import { importLawFileInWorker } from '../../../electron/main/workers';
import { pdfReadersFor } from '../../../electron/main/workers/pdf-readers';
import { buildPdf, wrapText, type PdfText } from '../../helpers/make-docs';
import { tempDir } from '../../helpers/temp';

const dir = tempDir('lexgap-pdf-readers-');
afterAll(dir.cleanup);

/**
 * A law of `pages` pages with a running header and a "Page N of M" footer on each, and sections
 * that run over page breaks, so that joining the runs read by different readers is put to the test.
 */
function longLaw(pages: number): string {
  const printed: PdfText[][] = [];
  let section = 1;
  let carry: string[] = [];
  for (let p = 1; p <= pages; p++) {
    const lines: PdfText[] = [{ text: 'PREVENTION OF TRAFFICKING ACT', y: 800 }];
    let y = 760;
    while (y > 80) {
      if (carry.length === 0) {
        carry = wrapText(
          `${section}. A person who recruits, transports or harbours another person by means of threat, deception or ` +
            `abuse of a position of vulnerability for the purpose of exploitation commits an offence (${section}).`,
          80,
        );
        section++;
      }
      lines.push({ text: carry.shift()!, y });
      y -= 12;
      if (carry.length === 0) y -= 12;
    }
    lines.push({ text: `Page ${p} of ${pages}`, y: 40, x: 260 });
    printed.push(lines);
  }
  const path = join(dir.path, `law-${pages}.pdf`);
  writeFileSync(path, buildPdf(printed.map((lines) => ({ lines }))));
  return path;
}

/** Readers in this thread, reading with the same code the worker readers run; `firsts` collects the chunks they read. */
function readersHere(path: string, count: number, firsts: number[] = []): PdfReaders {
  return {
    count,
    read: async (shared, onPage, signal) => {
      const runs = await readSharedPdfPages(path, basename(path), shared, { signal }, onPage);
      firsts.push(...runs.map((r) => r.first));
      return runs;
    },
  };
}

describe('pages of a long PDF shared between readers', () => {
  it('hands out chunks of pages until every page is claimed, once the readers may read', () => {
    const shared = sharedPages();
    const claimed: Array<[number, number]> = [];
    for (let chunk = claimPages(shared, 30); chunk; chunk = claimPages(shared, 30)) claimed.push(chunk);
    expect(claimed).toEqual([
      [1, PAGES_PER_CLAIM],
      [PAGES_PER_CLAIM + 1, 2 * PAGES_PER_CLAIM],
      [2 * PAGES_PER_CLAIM + 1, 30],
    ]);
    expect(claimPages(shared, 30)).toBeNull();
  });

  it('reads the same document with readers as alone, with every page in the progress once', async () => {
    const path = longLaw(90);
    const alone = await importLawFile(path);
    const firsts: number[] = [];
    const stages: string[] = [];
    const shared = await importLawFile(path, {
      pdfReaders: readersHere(path, 2, firsts),
      onProgress: (_f, stage) => stages.push(stage),
    });
    // Both readers in this thread took chunks beside the importing reader's.
    expect(firsts.length).toBeGreaterThan(0);
    expect(firsts.length).toBeLessThan(Math.ceil(90 / PAGES_PER_CLAIM));
    expect(shared).toEqual(alone);
    expect(alone.notes).toContain('Removed 180 running header, footer or page-number line(s) repeated across pages.');
    // Sections broken over the pages where one reader's run ends are whole.
    expect(alone.lines.filter((l) => /^\d+\. A person/.test(l.text)).every((l) => l.text.endsWith(').'))).toBe(true);
    const pages = stages.filter((s) => s.startsWith('Reading page')).map((s) => Number(/page (\d+)/.exec(s)![1]));
    expect(pages).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
    expect(stages.at(-1)).toBe('Read 90 page(s)');
  });

  it('does not share a short PDF', async () => {
    const firsts: number[] = [];
    const path = longLaw(30);
    const doc = await importLawFile(path, { pdfReaders: readersHere(path, 3, firsts) });
    expect(doc.pageCount).toBe(30);
    expect(firsts).toEqual([]);
  });

  it('fails as the reader fails, and returns nothing', async () => {
    const path = longLaw(60);
    const failing: ImportOptions['pdfReaders'] = {
      count: 1,
      read: () => Promise.reject(new ImportError('corrupt-pdf', 'page 45 is damaged')),
    };
    await expect(importLawFile(path, { pdfReaders: failing })).rejects.toMatchObject({ code: 'corrupt-pdf' });
  });

  it('reads with one reader per spare core, in worker threads, and gives the document read alone', async () => {
    expect(pdfReadersFor('x.pdf', {}, 1).count).toBe(0);
    expect(pdfReadersFor('x.pdf', {}, 2).count).toBe(1);
    expect(pdfReadersFor('x.pdf', {}, 64).count).toBe(3);
    const path = longLaw(80);
    const alone = await importLawFile(path);
    // A reader in a worker thread waits for the go, then reads every chunk no one else claims.
    const shared = sharedPages();
    const reading = pdfReadersFor(path, {}).read(shared, () => undefined, new AbortController().signal);
    startReaders(shared, true);
    const runs = await reading;
    expect(runs.map((r) => r.first)).toEqual([1, 13, 25, 37, 49, 61, 73]);
    expect(runs.flatMap((r) => r.pages)).toHaveLength(80);
    expect(await importLawFileInWorker(path)).toEqual(alone);
  });

  it('stops a reader that is told not to read, and one whose import is cancelled', async () => {
    const path = longLaw(200);
    const idle = sharedPages();
    const waiting = pdfReadersFor(path, {}).read(idle, () => undefined, new AbortController().signal);
    startReaders(idle, false);
    expect(await waiting).toEqual([]);

    const controller = new AbortController();
    const shared = sharedPages();
    const reading = pdfReadersFor(path, {}).read(shared, () => controller.abort(), controller.signal);
    startReaders(shared, true);
    await expect(reading).rejects.toMatchObject({ code: 'cancelled' });
  });
});
