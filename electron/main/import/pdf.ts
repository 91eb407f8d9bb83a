import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { SourceDocument } from '../../../shared/domain/source';
import { cleanLineText, hasNoText, indentSpaces, reportProgress, throwIfCancelled, type ImportOptions } from './common';
import { ImportError } from './errors';
import { formatCount, limitsOf } from './limits';
import { checkPdfStreams } from './pdf-streams';
import { buildLines, joinParagraphs, removeRunningLines, type PositionedText } from './pdf-layout';
import { loadPdfjs } from './pdfjs';
import { claimPages, readersMayRead, sharedPages, startReaders, type PdfPageRun } from './pdf-share';

export type { PdfPageRun, PdfReaders } from './pdf-share';

/** pdf.js's data folders (fonts not embedded in a PDF, CJK character maps), as paths it reads in Node. */
function pdfjsDataDirs(): { standardFontDataUrl: string; cMapUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { standardFontDataUrl: join(root, 'standard_fonts') + '/', cMapUrl: join(root, 'cmaps') + '/' };
}

function corruptPdf(fileName: string, cause?: unknown): ImportError {
  return new ImportError(
    'corrupt-pdf',
    `"${fileName}" is not a readable PDF: it is damaged or incomplete (for example a download that did not finish). ` +
      'Get a fresh copy, or open it in a PDF reader and save or print it as a new PDF, then import that file.',
    { cause },
  );
}

function noTextLayer(fileName: string): ImportError {
  return new ImportError(
    'no-text-layer',
    `This PDF has no text layer (it is a scanned image): run OCR first, then import the OCR'd PDF or its text. ("${fileName}")`,
  );
}

async function openPdf(path: string, fileName: string, options: ImportOptions): Promise<PDFDocumentProxy> {
  const data = new Uint8Array(await readFile(path));
  checkPdfStreams(data, fileName, limitsOf(options), options.signal);
  throwIfCancelled(options.signal);
  const { getDocument } = await loadPdfjs();
  try {
    return await getDocument({
      data,
      ...pdfjsDataDirs(),
      // Text extraction needs neither rendering fonts nor evaluated code.
      disableFontFace: true,
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    if ((error as { name?: string }).name === 'PasswordException') {
      throw new ImportError(
        'encrypted-pdf',
        `"${fileName}" is protected by a password. Open it with its password in a PDF reader, save or print it as a new PDF ` +
          'without protection, then import that file.',
        { cause: error },
      );
    }
    throw corruptPdf(fileName, error);
  }
}

/**
 * The page's text items in page coordinates with the origin at the bottom left of the page as
 * displayed (page rotation applied). Text that is not upright (vertical margin notes, diagonal
 * watermarks) is left out: it is not part of the reading flow. Returns how many items were.
 */
async function pageText(
  doc: PDFDocumentProxy,
  pageNumber: number,
): Promise<{ items: PositionedText[]; skipped: number }> {
  const { Util } = await loadPdfjs();
  const page = await doc.getPage(pageNumber);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PositionedText[] = [];
    let skipped = 0;
    for (const raw of content.items) {
      if (!('str' in raw)) continue;
      const item = raw as TextItem;
      if (item.str.trim() === '') continue;
      // Viewport space has y growing downwards: upright text has m = [s, 0, 0, -s, x, y].
      const m = Util.transform(viewport.transform, item.transform) as number[];
      const [a, b, c, d, e, f] = m as [number, number, number, number, number, number];
      if (a <= 0 || Math.abs(b) > 0.05 * a || Math.abs(c) > 0.05 * Math.abs(d)) {
        skipped++;
        continue;
      }
      items.push({
        text: item.str,
        x: e,
        y: viewport.height - f,
        width: item.width,
        fontSize: Math.abs(d) || item.height,
        font: item.fontName,
      });
    }
    return { items, skipped };
  } finally {
    page.cleanup();
  }
}

/** Pages whose text is asked of pdf.js ahead of the one being laid out. */
const PAGES_IN_FLIGHT = 8;

/**
 * pdf.js keeps what it has parsed (fonts, page dictionaries, objects) for the whole document; it
 * is let go every so many pages, so that a long gazette's memory stays bounded.
 */
const CLEANUP_EVERY = 100;

function pageList(pages: number[]): string {
  const shown = pages.slice(0, 10).join(', ');
  return pages.length > 10 ? `${shown} and ${pages.length - 10} more` : shown;
}

/** A PDF is shared between readers only from this size: a short law is read before another thread has loaded pdf.js. */
const SHARE_FROM_BYTES = 256 * 1024;
const SHARE_FROM_PAGES = 40;

/**
 * Reads pages `first`..`last` of an open document: several pages are asked for at once (pdf.js
 * works on one while the next waits for its turn), and a page's text items are read once, then
 * grouped into printed lines.
 */
async function readPageRun(
  doc: PDFDocumentProxy,
  fileName: string,
  first: number,
  last: number,
  options: ImportOptions,
  onPage: () => void,
): Promise<PdfPageRun> {
  const run: PdfPageRun = { first, pages: [], emptyPages: [], skipped: 0 };
  const inFlight = new Map<number, Promise<{ items: PositionedText[]; skipped: number }>>();
  let requested = first - 1;
  try {
    for (let n = first; n <= last; n++) {
      throwIfCancelled(options.signal);
      while (requested < Math.min(last, n + PAGES_IN_FLIGHT - 1)) {
        const page = pageText(doc, ++requested);
        // Awaited in page order below; a failure meanwhile must not count as unhandled.
        page.catch(() => undefined);
        inFlight.set(requested, page);
      }
      let text: { items: PositionedText[]; skipped: number };
      try {
        text = await inFlight.get(n)!;
      } catch (error) {
        throw corruptPdf(fileName, error);
      }
      inFlight.delete(n);
      run.skipped += text.skipped;
      const lines = buildLines(text.items, n);
      if (lines.length === 0) run.emptyPages.push(n);
      run.pages.push(lines);
      onPage();
    }
  } finally {
    // pdf.js must not be cleaned up under pages still being read.
    await Promise.allSettled(inFlight.values());
  }
  return run;
}

/**
 * Reads the chunks of pages claimed from `shared` until every page is claimed. pdf.js keeps what
 * it has parsed for the whole document: it is let go every so many pages read.
 */
async function readClaimedPages(
  doc: PDFDocumentProxy,
  fileName: string,
  shared: SharedArrayBuffer,
  options: ImportOptions,
  onPage: () => void,
): Promise<PdfPageRun[]> {
  const runs: PdfPageRun[] = [];
  let sinceCleanup = 0;
  for (let chunk = claimPages(shared, doc.numPages); chunk; chunk = claimPages(shared, doc.numPages)) {
    runs.push(await readPageRun(doc, fileName, chunk[0], chunk[1], options, onPage));
    sinceCleanup += chunk[1] - chunk[0] + 1;
    if (sinceCleanup >= CLEANUP_EVERY) {
      sinceCleanup = 0;
      // Failing to clean up only keeps memory: the text read is the same.
      await doc.cleanup(true).catch(() => undefined);
    }
  }
  return runs;
}

/**
 * A reader beside the thread importing a PDF (see {@link PdfReaders}): opens the file, waits for
 * the importing thread to decide, then reads the chunks of pages it claims.
 */
export async function readSharedPdfPages(
  path: string,
  fileName: string,
  shared: SharedArrayBuffer,
  options: ImportOptions,
  onPage: () => void,
): Promise<PdfPageRun[]> {
  const doc = await openPdf(path, fileName, options);
  try {
    return (await readersMayRead(shared)) ? await readClaimedPages(doc, fileName, shared, options, onPage) : [];
  } finally {
    await doc.destroy();
  }
}

/**
 * Imports a PDF law with pdf.js, page by page (progress per page, cancellation honoured between
 * pages, a bounded number of pages' objects in memory): text items are grouped into printed lines
 * by position, running headers, footers and page numbers are removed, lines are joined back into
 * paragraphs and hyphenated words made whole (see pdf-layout). Every line carries the page its
 * paragraph starts on. A long PDF's pages are shared with the `pdfReaders` of the options, which
 * start loading pdf.js in their threads while this one opens the file.
 */
export async function importPdfFile(
  path: string,
  fileName: string,
  size: number,
  options: ImportOptions,
): Promise<SourceDocument> {
  throwIfCancelled(options.signal);
  const shared = sharedPages();
  const stopReaders = new AbortController();
  options.signal?.addEventListener('abort', () => stopReaders.abort(), { once: true });
  const readers = options.pdfReaders;
  let done = 0;
  let pageCount = 0;
  const onPage = () => {
    done++;
    if (done < pageCount) reportProgress(options, done / pageCount, `Reading page ${done + 1} of ${pageCount}`);
  };
  const helping =
    readers && readers.count > 0 && size >= SHARE_FROM_BYTES
      ? Array.from({ length: readers.count }, () => readers.read(shared, onPage, stopReaders.signal))
      : [];
  // Awaited once the file is known to be shared; a failure before then must not count as unhandled.
  for (const reader of helping) reader.catch(() => undefined);
  let doc: PDFDocumentProxy | null = null;
  try {
    doc = await openPdf(path, fileName, options);
    pageCount = doc.numPages;
    const { maxPdfPages } = limitsOf(options);
    if (pageCount > maxPdfPages) {
      throw new ImportError(
        'too-large',
        `"${fileName}" has ${formatCount(pageCount)} pages, more than the ${formatCount(maxPdfPages)}-page limit for one law. ` +
          'Split it into smaller PDFs (for example one per part or volume) and import them one by one.',
      );
    }
    const share = helping.length > 0 && pageCount >= SHARE_FROM_PAGES;
    startReaders(shared, share);
    reportProgress(options, 0, `Reading page 1 of ${pageCount}`);
    const own = await readClaimedPages(doc, fileName, shared, options, onPage);
    const theirs = share ? (await Promise.all(helping)).flat() : [];
    const runs = [...own, ...theirs].sort((a, b) => a.first - b.first);
    const pages = runs.flatMap((r) => r.pages);
    const emptyPages = runs.flatMap((r) => r.emptyPages);
    const skipped = runs.reduce((sum, r) => sum + r.skipped, 0);
    throwIfCancelled(options.signal);
    if (emptyPages.length === pageCount) throw noTextLayer(fileName);

    const running = removeRunningLines(pages);
    const lines = joinParagraphs(running.pages).map((p) => ({
      text: p.text === '' ? '' : indentSpaces(p.indent) + cleanLineText(p.text),
      page: p.page,
    }));
    if (hasNoText(lines)) throw noTextLayer(fileName);

    const notes = [`Text extracted from ${pageCount} page(s); printed lines joined into paragraphs.`];
    if (running.removed > 0) {
      notes.push(`Removed ${running.removed} running header, footer or page-number line(s) repeated across pages.`);
    }
    if (emptyPages.length > 0) {
      notes.push(
        `Page(s) ${pageList(emptyPages)} have no text layer (scanned images?): their text, if any, is missing. ` +
          'Run OCR on the PDF to include it.',
      );
    }
    if (skipped > 0)
      notes.push(`${skipped} piece(s) of rotated or vertical text (margin notes, watermarks) were left out.`);
    reportProgress(options, 1, `Read ${pageCount} page(s)`);
    return { format: 'pdf', fileName, lines, notes, pageCount };
  } finally {
    // Readers still waiting or reading (the import failed or was cancelled) are stopped.
    startReaders(shared, false);
    stopReaders.abort();
    await doc?.destroy();
  }
}
