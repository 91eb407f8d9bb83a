import yauzl from 'yauzl';
import { throwIfCancelled } from './common';
import { ImportError, formatSize } from './errors';

/**
 * Limits on what a Word file's ZIP archive may expand to. They are checked against the sizes the
 * archive declares in its central directory before anything is inflated, and the parts that are
 * inflated are then held to their declared size while streaming, so an archive that lies about
 * its sizes is caught too.
 */
export const DOCX_LIMITS = {
  /** Real documents have tens to a few thousand parts. */
  maxEntries: 10_000,
  /** All parts together, images included (images are never inflated, but count here). */
  maxTotalBytes: 1024 * 1024 * 1024,
  /** One XML part: the text of a 3,000-page code is well under 100 MB of document.xml. */
  maxPartBytes: 256 * 1024 * 1024,
  /** Word's XML compresses 5–20 times; deflate cannot exceed about 1,030 times; bombs sit near that. */
  maxRatio: 200,
  /** Small parts may compress extremely well (a run of empty paragraphs) and cost nothing. */
  ratioCheckFromBytes: 1024 * 1024,
} as const;

/** Parts of a .docx that mammoth or the numbering reader inflate: XML and relationship parts. */
function isInflatedPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

function zipBomb(fileName: string, detail: string): ImportError {
  return new ImportError(
    'zip-bomb',
    `"${fileName}" was refused: ${detail}. A Word document does not expand like this; the file may be malicious. ` +
      'If it is a genuine document, open it in Word or LibreOffice, save it again as .docx and import the new file.',
  );
}

function corruptDocx(fileName: string, detail: string, cause?: unknown): ImportError {
  return new ImportError(
    'corrupt-docx',
    `"${fileName}" is not a readable Word document: ${detail}. If it opens in Word or LibreOffice, save it again as .docx ` +
      'and import the new file; otherwise get a fresh copy of the document.',
    { cause },
  );
}

/** Receives one part's bytes as UTF-8 text. */
export type PartSink = (text: string) => void;

/**
 * Opens a .docx archive, checks it against {@link DOCX_LIMITS}, then inflates each XML part as a
 * stream (never more than its declared size, never more than one chunk at a time in memory),
 * handing the text of the parts named in `sinks` to them, and `progress` the fraction of the
 * parts done. Returns the names of all parts.
 */
export async function readDocxArchive(
  path: string,
  fileName: string,
  sinks: ReadonlyMap<string, PartSink>,
  signal: AbortSignal | undefined,
  progress: (fraction: number) => void,
): Promise<Set<string>> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch (error) {
    throw corruptDocx(
      fileName,
      'its ZIP structure is damaged or the file is incomplete (for example a download that did not finish)',
      error,
    );
  }
  try {
    if (zip.entryCount > DOCX_LIMITS.maxEntries) {
      throw zipBomb(fileName, `it holds ${zip.entryCount} parts (limit ${DOCX_LIMITS.maxEntries})`);
    }
    const entries: yauzl.Entry[] = [];
    let totalBytes = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        entries.push(entry);
        const declared = entry.uncompressedSize;
        totalBytes += declared;
        if (declared > DOCX_LIMITS.maxPartBytes && isInflatedPart(entry.fileName)) {
          throw zipBomb(
            fileName,
            `its part "${entry.fileName}" would expand to ${formatSize(declared)} (limit ${formatSize(DOCX_LIMITS.maxPartBytes)} per part)`,
          );
        }
        if (totalBytes > DOCX_LIMITS.maxTotalBytes) {
          throw zipBomb(
            fileName,
            `its contents would expand to more than ${formatSize(DOCX_LIMITS.maxTotalBytes)} (the limit)`,
          );
        }
        const ratio = declared / Math.max(1, entry.compressedSize);
        if (declared >= DOCX_LIMITS.ratioCheckFromBytes && ratio > DOCX_LIMITS.maxRatio) {
          throw zipBomb(
            fileName,
            `its part "${entry.fileName}" is compressed ${Math.round(ratio)} times (limit ${DOCX_LIMITS.maxRatio} times)`,
          );
        }
        if (entry.isEncrypted()) throw corruptDocx(fileName, 'its contents are encrypted');
      }
    } catch (error) {
      if (error instanceof ImportError) throw error;
      throw corruptDocx(fileName, 'its list of contents is damaged', error);
    }
    const names = new Set(entries.map((e) => e.fileName));
    if (!names.has('[Content_Types].xml') || (!names.has('word/document.xml') && !names.has('_rels/.rels'))) {
      throw corruptDocx(fileName, 'it is a ZIP archive but not a Word document (it has no document part)');
    }

    const parts = entries.filter((e) => isInflatedPart(e.fileName));
    const totalCompressed = parts.reduce((sum, e) => sum + e.compressedSize, 0) || 1;
    let doneCompressed = 0;
    for (const entry of parts) {
      throwIfCancelled(signal);
      const sink = sinks.get(entry.fileName);
      const decoder = new TextDecoder('utf-8');
      try {
        const stream = await zip.openReadStreamPromise(entry);
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          if (signal?.aborted) stream.destroy();
          if (sink) sink(decoder.decode(chunk, { stream: true }));
        }
        if (sink) sink(decoder.decode());
      } catch (error) {
        throwIfCancelled(signal);
        if (error instanceof ImportError) throw error;
        if (/too many bytes/i.test(String(error))) {
          throw zipBomb(
            fileName,
            `its part "${entry.fileName}" expands beyond the ${formatSize(entry.uncompressedSize)} it declares`,
          );
        }
        throw corruptDocx(fileName, `its part "${entry.fileName}" cannot be decompressed`, error);
      }
      doneCompressed += entry.compressedSize;
      progress(doneCompressed / totalCompressed);
    }
    return names;
  } finally {
    zip.close();
  }
}
