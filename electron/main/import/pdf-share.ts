/**
 * The pages of one PDF shared between readers in several threads: each reader claims the next
 * chunk of pages when it is ready for more, so a reader that started later (a new thread loads
 * pdf.js first) or works slower simply reads fewer chunks. The state lives in a
 * SharedArrayBuffer that every reader's thread sees: the next page not yet claimed, and whether
 * the readers are to read at all (the importing thread decides once it knows the page count).
 */
import type { PrintedLine } from './pdf-layout';

/** The printed lines of a run of consecutive pages, as one reader read them. */
export interface PdfPageRun {
  /** The first page of the run (numbered from 1 in the whole document). */
  first: number;
  /** The lines of each page of the run, in page order. */
  pages: PrintedLine[][];
  /** Pages without a text layer. */
  emptyPages: number[];
  /** Pieces of rotated or vertical text left out. */
  skipped: number;
}

/**
 * Readers in other threads that share a long PDF's pages: `read` starts one reader of the file,
 * which claims chunks of pages from `shared` (see {@link sharedPages}) until none is left, calls
 * `onPage` as each page is done, and resolves with the runs it read; it rejects as an import
 * would (ImportError), and stops when `signal` aborts. The command line and the app give one per
 * spare processor core.
 */
export interface PdfReaders {
  count: number;
  read(shared: SharedArrayBuffer, onPage: () => void, signal: AbortSignal): Promise<PdfPageRun[]>;
}

const NEXT = 0;
const STATE = 1;
const WAITING = 0;
const READING = 1;
const STOPPED = 2;

/** Pages claimed at a time: small enough to even out the readers, large enough to keep pdf.js busy. */
export const PAGES_PER_CLAIM = 12;

/** The shared state of a new import: nothing claimed, the readers waiting. */
export function sharedPages(): SharedArrayBuffer {
  const shared = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  new Int32Array(shared)[NEXT] = 1;
  return shared;
}

/** Lets the waiting readers read (or, with `read` false, stop without reading). */
export function startReaders(shared: SharedArrayBuffer, read: boolean): void {
  const state = new Int32Array(shared);
  Atomics.store(state, STATE, read ? READING : STOPPED);
  Atomics.notify(state, STATE);
}

/** `Atomics.waitAsync` (ES2024, in every Node and Electron LexGap runs on), not yet in the TypeScript library used. */
type WaitAsync = (
  array: Int32Array,
  index: number,
  value: number,
) => { async: false; value: string } | { async: true; value: Promise<string> };

/**
 * Whether a reader is to read: resolves once the importing thread has decided (it knows the page
 * count as soon as it has opened the file), without blocking the reader's thread meanwhile.
 */
export async function readersMayRead(shared: SharedArrayBuffer): Promise<boolean> {
  const state = new Int32Array(shared);
  const waited = (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync(state, STATE, WAITING);
  if (waited.async) await waited.value;
  return Atomics.load(state, STATE) === READING;
}

/** The next chunk of pages for a reader, or null when every page is claimed. */
export function claimPages(shared: SharedArrayBuffer, pageCount: number): [number, number] | null {
  const first = Atomics.add(new Int32Array(shared), NEXT, PAGES_PER_CLAIM);
  return first > pageCount ? null : [first, Math.min(pageCount, first + PAGES_PER_CLAIM - 1)];
}
