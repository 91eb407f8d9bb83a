import { open, type FileHandle } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { ImportError } from './errors';
import { reportProgress, throwIfCancelled, type ImportOptions } from './common';
import { KIND_ADVICE, sniff } from './sniff';

/** Receives decoded text chunk by chunk; `end` returns what was built from them. */
export interface TextSink<T> {
  write(text: string): void;
  end(): T;
}

/** Outcome of {@link decodeTextFile}: the sink's result and how the bytes were read. */
export interface DecodedFile<T> {
  result: T;
  /** WHATWG label of the encoding used: 'utf-8', 'utf-16le', 'windows-1252'... */
  encoding: string;
  notes: string[];
}

export interface DecodeOptions {
  /** Stage text for progress reports. */
  stage: string;
  /**
   * Encoding declared inside the file (an HTML `<meta charset>`), read from the first bytes.
   * Used when the bytes are not valid UTF-8 and carry no byte order mark.
   */
  declaredEncoding?: (sample: Uint8Array) => string | null;
}

const CHUNK_BYTES = 1024 * 1024;
const SAMPLE_BYTES = 64 * 1024;
/** Like git, a NUL byte in the first 8000 bytes of a file without UTF-16 marks means binary. */
const NUL_WINDOW = 8000;
/** Above this share of control characters decoded text is not prose. */
const MAX_CONTROL_RATIO = 0.01;

/**
 * Single-byte encodings a non-UTF-8 law in English, French or Spanish is plausibly in, in order
 * of preference on a tie. ISO-8859-1 is not listed: WHATWG decoders treat it as Windows-1252,
 * of which it is a subset for every printable character.
 */
const SINGLE_BYTE_CANDIDATES = ['windows-1252', 'iso-8859-15', 'macintosh'] as const;

const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
  'iso-8859-15': 'ISO-8859-15',
  macintosh: 'Mac Roman',
};

/** The part of TextDecoder used here. */
interface Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

/**
 * A streaming decoder for an encoding label: iconv-lite's code pages (Node's own TextDecoder reads
 * "windows-1252" as Latin-1, and builds without full ICU lack Mac Roman), the runtime's
 * TextDecoder to refuse invalid UTF-8 (`fatal`) or for a label iconv-lite does not know.
 */
function createDecoder(encoding: string, fatal = false): Decoder {
  if (fatal || !iconv.encodingExists(encoding)) return new TextDecoder(encoding, { fatal });
  const decoder = iconv.getDecoder(encoding);
  return {
    decode: (input, options) => {
      const text = input ? decoder.write(Buffer.from(input.buffer, input.byteOffset, input.byteLength)) : '';
      return options?.stream ? text : text + (decoder.end() ?? '');
    },
  };
}

/** Whether every byte of the encoding is one character (no sequence can be invalid). */
function isSingleByte(encoding: string): boolean {
  return /^(windows-\d+|iso-8859-\d+|macintosh|x-mac-\w+|koi8-[ru]|ibm\d+)$/.test(encoding);
}

/** Human name of a WHATWG encoding label, for notes. */
export function encodingName(label: string): string {
  return ENCODING_NAMES[label] ?? label;
}

function startsWith(sample: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => sample[i] === b);
}

/** Encoding named by a byte order mark at the start of the file. */
function bomEncoding(sample: Uint8Array): string | null {
  if (startsWith(sample, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(sample, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(sample, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

/**
 * UTF-16 saved without a byte order mark: text in Latin script then has a zero byte in every
 * other position, on the odd side for little endian and on the even side for big endian.
 */
function bomlessUtf16(sample: Uint8Array): string | null {
  const pairs = Math.floor(Math.min(sample.length, 4096) / 2);
  if (pairs < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.02) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.02) return 'utf-16be';
  return null;
}

function binaryFileError(fileName: string, detail: string): ImportError {
  return new ImportError(
    'binary-file',
    `"${fileName}" is not a text file (${detail}). Import the original document in its own format (.docx, .pdf, .html or .txt).`,
  );
}

/** Refuses files whose first bytes show they are not text at all. */
function checkNotBinary(sample: Uint8Array, fileName: string): void {
  const kind = sniff(sample);
  if (kind !== 'unknown') {
    throw new ImportError('binary-file', `"${fileName}" is not a text file: it is ${KIND_ADVICE[kind]}.`);
  }
  const window = sample.subarray(0, NUL_WINDOW);
  if (window.includes(0)) throw binaryFileError(fileName, 'it contains NUL bytes');
}

// Decoded characters that never occur in prose: C0 controls other than tab, line breaks and form
// feed, DEL, C1 controls (what undefined Windows-1252 bytes decode to).
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

/**
 * Counts control and replacement characters in decoded text, for the binary and damage checks.
 * In a single-byte encoding a replacement character stands for a byte the code page leaves
 * undefined, which never occurs in prose: it counts as a control character.
 */
class CharStats {
  chars = 0;
  controls = 0;
  replacements = 0;

  constructor(private readonly singleByte: boolean) {}

  add(text: string): void {
    this.chars += text.length;
    this.controls += text.match(CONTROL)?.length ?? 0;
    const replaced = text.match(/\uFFFD/g)?.length ?? 0;
    if (this.singleByte) this.controls += replaced;
    else this.replacements += replaced;
  }
}

/** Reads the whole file in chunks, calling `each` with every chunk; honours cancellation. */
async function readChunks(
  handle: FileHandle,
  size: number,
  options: ImportOptions,
  each: (chunk: Uint8Array, position: number) => void,
): Promise<void> {
  const buffer = new Uint8Array(CHUNK_BYTES);
  let position = 0;
  while (position < size) {
    throwIfCancelled(options.signal);
    const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, position);
    if (bytesRead === 0) break;
    each(buffer.subarray(0, bytesRead), position);
    position += bytesRead;
  }
}

/**
 * Decodes the file with `encoding` into a fresh sink. With `fatal`, returns null at the first
 * byte sequence invalid in that encoding instead of replacing it.
 */
async function decodePass<T>(
  handle: FileHandle,
  size: number,
  encoding: string,
  fatal: boolean,
  options: ImportOptions,
  newSink: () => TextSink<T>,
  progress: (fraction: number) => void,
): Promise<{ result: T; stats: CharStats } | null> {
  const decoder = createDecoder(encoding, fatal);
  const sink = newSink();
  const stats = new CharStats(isSingleByte(encoding));
  try {
    await readChunks(handle, size, options, (chunk, position) => {
      const text = decoder.decode(chunk, { stream: true });
      stats.add(text);
      sink.write(text);
      progress((position + chunk.length) / size);
    });
    const tail = decoder.decode();
    stats.add(tail);
    sink.write(tail);
  } catch (error) {
    if (fatal && error instanceof TypeError) return null;
    throw error;
  }
  return { result: sink.end(), stats };
}

/** Classes of the bytes around a non-ASCII byte, for judging how it reads in context. */
const LOWER = 0;
const UPPER = 1;
const OTHER = 2;
const CLASSES = 3;

function byteClass(b: number | undefined): number {
  if (b === undefined) return OTHER;
  if (b >= 0x61 && b <= 0x7a) return LOWER;
  if (b >= 0x41 && b <= 0x5a) return UPPER;
  // Another non-ASCII byte: most accented letters in running text are lower case.
  return b >= 0x80 ? LOWER : OTHER;
}

/** Counts of each non-ASCII byte by the classes of the bytes before and after it. */
type ContextCounts = Float64Array;

function contextIndex(byte: number, before: number, after: number): number {
  return (byte * CLASSES + before) * CLASSES + after;
}

/** Punctuation of French, Spanish and English typography, with where it is at home. */
const OPENING = new Set(['«', '“', '‘', '¿', '¡']);
const CLOSING = new Set(['»', '”']);
const ANYWHERE = new Set(['’', '–', '—', '…', '€', '°', '§', 'º', 'ª', '\u00A0', '·', '•']);
/** Accented words of a single letter ("à" in French); any other lone accented letter is suspect. */
const SINGLE_LETTER_WORDS = new Set(['à', 'á', 'é', 'ó', 'ú']);

/**
 * How plausible one decoded character is between bytes of the given classes. Letters must sit
 * in words with a sensible case (no capital inside a lower-case word, no lone accented letter),
 * punctuation where it belongs; control characters and rare symbols count against.
 */
function plausibility(char: string, before: number, after: number): number {
  if (/[\u0080-\u009F\uFFFD]/.test(char)) return -5;
  if (/\p{L}/u.test(char)) {
    const alone = before === OTHER && after === OTHER;
    if (char !== char.toLowerCase()) {
      const capitalised = before === OTHER && after === LOWER;
      const inCapitals = before !== LOWER && after !== LOWER && !alone;
      return capitalised || inCapitals ? 1 : -3;
    }
    if (alone) return SINGLE_LETTER_WORDS.has(char) ? 1 : -2;
    return before === UPPER && after === UPPER ? -2 : 1;
  }
  if (OPENING.has(char)) return after !== OTHER || before === OTHER ? 1 : 0;
  if (CLOSING.has(char)) return before !== OTHER ? 1 : 0;
  if (ANYWHERE.has(char)) return 1;
  return -1;
}

/** Total plausibility of the file's non-ASCII bytes read in a candidate encoding. */
function candidateScore(encoding: string, contexts: ContextCounts): number {
  const decoder = createDecoder(encoding);
  let score = 0;
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const char = decoder.decode(new Uint8Array([byte]));
    for (let before = 0; before < CLASSES; before++) {
      for (let after = 0; after < CLASSES; after++) {
        const count = contexts[contextIndex(byte, before, after)]!;
        if (count > 0) score += count * plausibility(char, before, after);
      }
    }
  }
  return score;
}

/** Byte statistics of the whole file, then the single-byte encoding that reads best. */
async function guessSingleByte(handle: FileHandle, size: number, options: ImportOptions): Promise<string> {
  const contexts: ContextCounts = new Float64Array(256 * CLASSES * CLASSES);
  await readChunks(handle, size, options, (chunk) => {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b >= 0x80) contexts[contextIndex(b, byteClass(chunk[i - 1]), byteClass(chunk[i + 1]))]!++;
    }
  });
  let best: string = SINGLE_BYTE_CANDIDATES[0];
  let bestScore = -Infinity;
  for (const candidate of SINGLE_BYTE_CANDIDATES) {
    const score = candidateScore(candidate, contexts);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** A WHATWG encoding label this runtime can decode, normalised, or null. */
function supportedEncoding(label: string | null): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/**
 * Reads a text file of `size` bytes in chunks and decodes it into a sink, detecting the
 * encoding: a byte order mark decides; else valid UTF-8 is UTF-8; else an encoding declared in
 * the file (HTML) is used; else byte statistics choose among Windows-1252, ISO-8859-15 and Mac
 * Roman. Binary files are refused (file signatures, NUL bytes, share of control characters).
 * Memory stays bounded by the sink's own needs plus one chunk.
 */
export async function decodeTextFile<T>(
  path: string,
  fileName: string,
  size: number,
  options: ImportOptions,
  newSink: () => TextSink<T>,
  decode: DecodeOptions,
): Promise<DecodedFile<T>> {
  const handle = await open(path, 'r');
  try {
    const sample = new Uint8Array(Math.min(size, SAMPLE_BYTES));
    await handle.read(sample, 0, sample.length, 0);
    const notes: string[] = [];
    const pass = (encoding: string, fatal: boolean, from: number, to: number) =>
      decodePass(handle, size, encoding, fatal, options, newSink, (f) =>
        reportProgress(options, from + f * (to - from), decode.stage),
      );

    let encoding = bomEncoding(sample);
    let decoded: { result: T; stats: CharStats } | null = null;
    if (encoding) {
      notes.push(`Text decoded as ${encodingName(encoding)} (byte order mark).`);
      decoded = await pass(encoding, false, 0, 1);
    } else if ((encoding = bomlessUtf16(sample))) {
      notes.push(`Text decoded as ${encodingName(encoding)} (no byte order mark; recognised by its zero bytes).`);
      decoded = await pass(encoding, false, 0, 1);
    } else {
      checkNotBinary(sample, fileName);
      encoding = 'utf-8';
      decoded = await pass(encoding, true, 0, 0.5);
      if (decoded) {
        notes.push('Text decoded as UTF-8.');
      } else {
        const declared = supportedEncoding(decode.declaredEncoding?.(sample) ?? null);
        if (declared && declared !== 'utf-8') {
          encoding = declared;
          notes.push(`Text is not valid UTF-8; decoded as ${encodingName(encoding)}, the encoding the file declares.`);
        } else {
          encoding = await guessSingleByte(handle, size, options);
          const others = SINGLE_BYTE_CANDIDATES.filter((c) => c !== encoding).map(encodingName);
          notes.push(
            `Text is not valid UTF-8; decoded as ${encodingName(encoding)}, which fits its accented characters ` +
              `best (also considered: ${others.join(', ')}). Check accented letters if they look wrong.`,
          );
        }
        decoded = await pass(encoding, false, 0.5, 1);
      }
    }
    if (!decoded) throw new Error(`decoding as ${encoding} failed`);

    const { stats } = decoded;
    if (stats.chars > 0 && stats.controls / stats.chars > MAX_CONTROL_RATIO) {
      throw binaryFileError(
        fileName,
        `${Math.round((100 * stats.controls) / stats.chars)}% of it is control characters`,
      );
    }
    if (stats.replacements > 0) {
      notes.push(
        `${stats.replacements} invalid byte sequence(s) could not be decoded and were replaced with "\uFFFD".`,
      );
    }
    reportProgress(options, 1, decode.stage);
    return { result: decoded.result, encoding, notes };
  } finally {
    await handle.close();
  }
}

/**
 * Splits streamed text into lines at CR LF, LF or CR, even when a CR LF straddles two chunks,
 * turning each line into its final form as it comes (so no second array of every line is built).
 * Linear in the length of the text however long its lines: the unfinished line is kept as a list
 * of pieces, joined once when its end arrives. A line longer than `maxLineChars` is refused with
 * the error `tooLong` makes, as soon as it grows past the limit.
 */
export class LineSplitter<T> implements TextSink<T[]> {
  private readonly lines: T[] = [];
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(
    private readonly toLine: (text: string) => T,
    private readonly maxLineChars = Infinity,
    private readonly tooLong: (lineNumber: number) => Error = (n) => new Error(`line ${n} is too long`),
  ) {}

  write(text: string): void {
    if (text === '') return;
    const carriedCR = this.pendingLength > 0 && this.pending[this.pending.length - 1]!.endsWith('\r');
    // A CR at the very end may be the first half of a CR LF: keep it for the next chunk.
    const cut = text.endsWith('\r') ? text.length - 1 : text.length;
    let lastBreak = cut - 1;
    while (lastBreak >= 0 && text.charCodeAt(lastBreak) !== 10 && text.charCodeAt(lastBreak) !== 13) lastBreak--;
    if (lastBreak < 0 && !carriedCR) {
      this.pending.push(text);
      this.pendingLength += text.length;
      this.checkLength(this.pendingLength);
      return;
    }
    const all = this.pending.join('') + text.slice(0, cut);
    const parts = all.split(/\r\n|\r|\n/);
    const tail = parts.pop()! + text.slice(cut);
    for (const part of parts) {
      this.checkLength(part.length);
      this.lines.push(this.toLine(part));
    }
    this.pending = tail === '' ? [] : [tail];
    this.pendingLength = tail.length;
    this.checkLength(this.pendingLength);
  }

  end(): T[] {
    const last = this.pending.join('');
    if (last !== '') this.lines.push(this.toLine(last.replace(/\r$/, '')));
    this.pending = [];
    this.pendingLength = 0;
    return this.lines;
  }

  private checkLength(length: number): void {
    if (length > this.maxLineChars) throw this.tooLong(this.lines.length + 1);
  }
}
