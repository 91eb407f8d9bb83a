/**
 * Text folding: the one form in which the analysis, the provision search and the interface's
 * filters compare words. Folded text is lower case, without accents, with ligatures spelt out
 * (œ → oe) and typographic apostrophes, quotes, dashes and spaces made plain, so "Trata", "TRATA" and "tráta"
 * meet, and an OCR'd law without accents still matches the treaty's French or Spanish.
 * Folding keeps a map back to the original offsets: spans reported to the user always point
 * into the text as printed.
 */

/** A folded copy of a text with, for every folded character, its offset in the original. */
export interface FoldedText {
  folded: string;
  /** `origin[i]` is the offset in the original text of folded character `i`; one extra entry for the end. */
  origin: number[];
}

const SPECIAL_FOLDS: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '´': "'",
  '`': "'",
  '“': '"',
  '”': '"',
  '«': '"',
  '»': '"',
  '–': '-',
  '—': '-',
  '‑': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
  ª: 'a',
  º: 'o',
};

const foldCache = new Map<string, string>();

/** Fold one character (lower case, no diacritics); may return two characters (œ → oe). */
function foldChar(ch: string): string {
  let out = foldCache.get(ch);
  if (out !== undefined) return out;
  const lower = ch.toLowerCase();
  out = SPECIAL_FOLDS[lower] ?? lower.normalize('NFD').replace(/\p{M}+/gu, '');
  // A character that folds to nothing (a lone combining mark) keeps its place as a space, so
  // words on either side stay apart and offsets stay one to one.
  if (out === '') out = ' ';
  foldCache.set(ch, out);
  return out;
}

/** Fold a text, keeping the offset map back to the original. */
export function foldText(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII fast path: only upper case letters change.
    if (code < 128) {
      folded += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!;
      origin.push(i);
      continue;
    }
    const f = foldChar(text[i]!);
    for (let k = 0; k < f.length; k++) {
      folded += f[k];
      origin.push(i);
    }
  }
  origin.push(text.length);
  return { folded, origin };
}

/** Fold a text without keeping offsets (a term, a query word, a filter). */
export function fold(text: string): string {
  // ASCII text folds to its lower case: skip the per-character walk.
  return /[^\u0000-\u007f]/.test(text) ? foldText(text).folded : text.toLowerCase();
}

/** The words of a text in folded form (letters and digits), for queries and filters. */
export function foldedWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Spans of the original text where a folded query occurs, found through the folded copy, so
 * "traite" finds "Traité" and "oeuvre" finds "œuvre". Spans are [start, end) in `text`.
 */
export function findFolded(text: string, query: string): { start: number; end: number }[] {
  const q = fold(query.trim());
  if (!q) return [];
  const { folded, origin } = foldText(text);
  const spans: { start: number; end: number }[] = [];
  for (let i = folded.indexOf(q); i >= 0; i = folded.indexOf(q, i + q.length)) {
    const last = i + q.length - 1;
    spans.push({ start: origin[i]!, end: origin[last]! + 1 });
  }
  return spans;
}
