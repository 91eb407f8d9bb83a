import { posix } from 'node:path';
import yauzl from 'yauzl';
import { throwIfCancelled } from './common';
import { ImportError, formatSize } from './errors';
import { DEFAULT_LIMITS } from './limits';

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

/** Largest relationship part read to find the document's parts (real ones are a few KB). */
const MAX_RELS_BYTES = 4 * 1024 * 1024;

/** One relationship of a part: its type (last segment of the type URI) and target part name. */
interface Relationship {
  type: string;
  target: string;
}

function attribute(tag: string, name: string): string | null {
  return (
    new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`)
      .exec(tag)
      ?.slice(2)
      .find((v) => v !== undefined) ?? null
  );
}

/**
 * The relationships in a .rels part, targets resolved to part names inside the archive
 * (relative to the folder of the part they belong to); external targets (links) are left out.
 */
export function parseRelationships(xml: string, sourceFolder: string): Relationship[] {
  const out: Relationship[] = [];
  for (const [tag] of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const type = attribute(tag, 'Type');
    const target = attribute(tag, 'Target');
    if (!type || !target || /^external$/i.test(attribute(tag, 'TargetMode') ?? '')) continue;
    let decoded = target;
    try {
      decoded = decodeURIComponent(target);
    } catch {
      // A malformed escape: keep the target as written.
    }
    const resolved = decoded.startsWith('/') ? decoded.slice(1) : posix.join(sourceFolder, decoded);
    out.push({ type: type.slice(type.lastIndexOf('/') + 1), target: posix.normalize(resolved) });
  }
  return out;
}

/** The relationship part of a part: word/document.xml → word/_rels/document.xml.rels. */
function relsPartOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/** Where the text of a Word document is to be read from, as its relationships name it. */
export interface DocxSinks {
  /** The main document part (word/document.xml in files Word writes). */
  document: PartSink;
  numbering: PartSink;
  styles: PartSink;
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
 * Opens a .docx archive, checks it against {@link DOCX_LIMITS}, finds its main document part
 * (and that part's numbering and styles) through the package relationships, whatever their
 * names, then inflates each part that will be read (XML, relationships, and the parts the
 * relationships name) as a stream — never more than its declared size, never more than one
 * chunk at a time in memory — handing the main document, numbering and styles to their sinks,
 * and `progress` the fraction of the parts done. The main document is held to
 * `maxMainBytes` decompressed. Returns the name of the main document part.
 */
export async function readDocxArchive(
  path: string,
  fileName: string,
  sinks: DocxSinks,
  signal: AbortSignal | undefined,
  progress: (fraction: number) => void,
  maxMainBytes: number = DEFAULT_LIMITS.maxDocxMainBytes,
): Promise<string> {
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
    const byName = new Map(entries.map((e) => [e.fileName, e]));
    const notWord = () =>
      corruptDocx(fileName, 'it is a ZIP archive but not a Word document (it has no document part)');
    if (!byName.has('[Content_Types].xml') || (!byName.has('word/document.xml') && !byName.has('_rels/.rels'))) {
      throw notWord();
    }

    const readText = async (entry: yauzl.Entry, sink: PartSink | undefined): Promise<void> => {
      throwIfCancelled(signal);
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
    };
    const relationshipsOf = async (part: string): Promise<Relationship[]> => {
      const entry = byName.get(relsPartOf(part));
      if (!entry) return [];
      if (entry.uncompressedSize > MAX_RELS_BYTES) {
        throw zipBomb(
          fileName,
          `its part "${entry.fileName}" would expand to ${formatSize(entry.uncompressedSize)} (limit ${formatSize(MAX_RELS_BYTES)} for a list of relationships)`,
        );
      }
      const chunks: string[] = [];
      await readText(entry, (t) => chunks.push(t));
      return parseRelationships(chunks.join(''), posix.dirname(part) === '.' ? '' : posix.dirname(part));
    };

    // The main document is whatever the package's officeDocument relationship names.
    const packageRels = await relationshipsOf('');
    const main = packageRels.find((r) => r.type === 'officeDocument')?.target ?? 'word/document.xml';
    const mainEntry = byName.get(main);
    if (!mainEntry) throw notWord();
    if (mainEntry.uncompressedSize > maxMainBytes) {
      throw new ImportError(
        'too-large',
        `"${fileName}" was refused: its text part "${main}" expands to ${formatSize(mainEntry.uncompressedSize)}, more than the ` +
          `${formatSize(maxMainBytes)} limit for one Word document. Split the document into smaller files (for example one per ` +
          'part or chapter), or save it as PDF or plain text (.txt) and import that file.',
      );
    }
    const mainRels = await relationshipsOf(main);
    const partOfType = (type: string, fallback: string) => mainRels.find((r) => r.type === type)?.target ?? fallback;
    const routes = new Map<string, PartSink>([
      [main, sinks.document],
      [partOfType('numbering', 'word/numbering.xml'), sinks.numbering],
      [partOfType('styles', 'word/styles.xml'), sinks.styles],
    ]);
    // Every part read by name through a relationship is held to the limits, whatever its name.
    const read = new Set([
      main,
      ...mainRels.map((r) => r.target).filter((t) => !/\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg)$/i.test(t)),
    ]);
    const parts = entries.filter((e) => isInflatedPart(e.fileName) || read.has(e.fileName));
    for (const entry of parts) {
      if (entry.uncompressedSize > DOCX_LIMITS.maxPartBytes) {
        throw zipBomb(
          fileName,
          `its part "${entry.fileName}" would expand to ${formatSize(entry.uncompressedSize)} (limit ${formatSize(DOCX_LIMITS.maxPartBytes)} per part)`,
        );
      }
    }
    const totalCompressed = parts.reduce((sum, e) => sum + e.compressedSize, 0) || 1;
    let doneCompressed = 0;
    for (const entry of parts) {
      await readText(entry, routes.get(entry.fileName));
      doneCompressed += entry.compressedSize;
      progress(doneCompressed / totalCompressed);
    }
    return main;
  } finally {
    zip.close();
  }
}
