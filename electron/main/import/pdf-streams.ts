import { constants, inflateSync } from 'node:zlib';
import { throwIfCancelled } from './common';
import { ImportError } from './errors';
import { formatSize, type ImportLimits } from './limits';

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
/** How far before `stream` its dictionary is looked for. */
const DICTIONARY_WINDOW = 2048;

function inflationBomb(fileName: string, detail: string): ImportError {
  return new ImportError(
    'zip-bomb',
    `"${fileName}" was refused: ${detail}. A PDF of a law does not expand like this; the file may be malicious. ` +
      'If it is a genuine document, open it in a PDF reader and print it to a new PDF, then import that file.',
  );
}

/**
 * Checks, before pdf.js reads anything, that no compressed stream of a PDF inflates past the
 * limits: each Flate stream other than an image (page contents, fonts, object streams) is
 * inflated with its output capped at what is left of the limits, so a stream that would expand
 * to gigabytes is refused after at most the limit's worth of work. Images are skipped: text
 * extraction never decodes them. Streams that cannot be inflated (encrypted or damaged) are left
 * to pdf.js to judge.
 */
export function checkPdfStreams(
  data: Uint8Array,
  fileName: string,
  limits: Pick<ImportLimits, 'maxPdfStreamBytes' | 'maxPdfInflatedBytes'>,
  signal?: AbortSignal,
): void {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let total = 0;
  let position = 0;
  let streams = 0;
  for (;;) {
    const keyword = bytes.indexOf(STREAM, position);
    if (keyword < 0) return;
    position = keyword + STREAM.length;
    // "endstream" contains "stream"; only the opening keyword starts data.
    if (keyword >= 3 && bytes.toString('latin1', keyword - 3, keyword) === 'end') continue;
    let start = position;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] !== 0x0a && bytes[start - 1] !== 0x0d) continue;
    if (bytes[start] === 0x0a) start++;
    const dictionary = bytes.toString('latin1', Math.max(0, keyword - DICTIONARY_WINDOW), keyword);
    const objectStart = dictionary.lastIndexOf(' obj');
    const own = objectStart >= 0 ? dictionary.slice(objectStart) : dictionary;
    let end = bytes.indexOf(END_STREAM, start);
    if (end < 0) end = bytes.length;
    position = end;
    if (!/\/FlateDecode\b/.test(own) || /\/Subtype\s*\/Image\b/.test(own)) continue;
    if (++streams % 64 === 0) throwIfCancelled(signal);
    const cap = Math.min(limits.maxPdfStreamBytes, limits.maxPdfInflatedBytes - total);
    let inflated: number;
    try {
      inflated = inflateSync(bytes.subarray(start, end), {
        maxOutputLength: cap + 1,
        // Like pdf.js, keep what a truncated stream gives.
        finishFlush: constants.Z_SYNC_FLUSH,
      }).length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') continue;
      inflated = cap + 1;
    }
    if (inflated > limits.maxPdfStreamBytes) {
      throw inflationBomb(
        fileName,
        `a compressed stream at byte ${keyword} expands to more than ${formatSize(limits.maxPdfStreamBytes)} (the limit for one stream)`,
      );
    }
    total += inflated;
    if (total > limits.maxPdfInflatedBytes) {
      throw inflationBomb(
        fileName,
        `its compressed streams expand to more than ${formatSize(limits.maxPdfInflatedBytes)} together (the limit)`,
      );
    }
  }
}
