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
import { buildLines, joinParagraphs, removeRunningLines, type PositionedText, type PrintedLine } from './pdf-layout';
import { loadPdfjs } from './pdfjs';

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

/**
 * Imports a PDF law with pdf.js, page by page (progress per page, cancellation honoured between
 * pages, one page's objects in memory at a time): text items are grouped into printed lines by
 * position, running headers, footers and page numbers are removed, lines are joined back into
 * paragraphs and hyphenated words made whole (see pdf-layout). Every line carries the page its
 * paragraph starts on.
 */
export async function importPdfFile(path: string, fileName: string, options: ImportOptions): Promise<SourceDocument> {
  throwIfCancelled(options.signal);
  const doc = await openPdf(path, fileName, options);
  try {
    const pageCount = doc.numPages;
    const { maxPdfPages } = limitsOf(options);
    if (pageCount > maxPdfPages) {
      throw new ImportError(
        'too-large',
        `"${fileName}" has ${formatCount(pageCount)} pages, more than the ${formatCount(maxPdfPages)}-page limit for one law. ` +
          'Split it into smaller PDFs (for example one per part or volume) and import them one by one.',
      );
    }
    const pages: PrintedLine[][] = [];
    const emptyPages: number[] = [];
    let skipped = 0;
    // Several pages are asked for at once: pdf.js works on one while the next waits for its turn,
    // and a page's text items are read once, then laid out.
    const inFlight = new Map<number, Promise<{ items: PositionedText[]; skipped: number }>>();
    let requested = 0;
    for (let n = 1; n <= pageCount; n++) {
      throwIfCancelled(options.signal);
      reportProgress(options, (n - 1) / pageCount, `Reading page ${n} of ${pageCount}`);
      while (requested < Math.min(pageCount, n + PAGES_IN_FLIGHT - 1)) {
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
      } finally {
        inFlight.delete(n);
      }
      skipped += text.skipped;
      const lines = buildLines(text.items, n);
      if (lines.length === 0) emptyPages.push(n);
      pages.push(lines);
      if (n % CLEANUP_EVERY === 0 && n < pageCount) {
        // The pages asked for ahead are read first: pdf.js must not be cleaned up under them.
        await Promise.allSettled(inFlight.values());
        // Failing to clean up only keeps memory: the text read is the same.
        await doc.cleanup(true).catch(() => undefined);
      }
    }
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
    await doc.destroy();
  }
}
