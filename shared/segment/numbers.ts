/**
 * Printed numbers of legal provisions: normalisation, ordering and the small
 * vocabularies (roman numerals, ordinal words, Latin multiplicatives) that
 * national drafting styles use for them.
 */

/** Latin multiplicatives for inserted units ("145 bis", "411 quáter"), with their rank. */
const LATIN_SUFFIX_RANK: Record<string, number> = {
  bis: 2,
  ter: 3,
  quater: 4,
  quáter: 4,
  quinquies: 5,
  quinque: 5,
  // "144 quinto" in the Argentine code: an ordinal used where a multiplicative is usual.
  quinto: 5,
  sexies: 6,
  septies: 7,
  octies: 8,
  novies: 9,
  nonies: 9,
  decies: 10,
  undecies: 11,
  duodecies: 12,
};

/** Alternation of the Latin multiplicatives, longest first so "quinquies" wins over "quinque". */
export const LATIN_SUFFIX_PATTERN = Object.keys(LATIN_SUFFIX_RANK)
  .sort((a, b) => b.length - a.length)
  .join('|');

const TRAILING_LATIN = new RegExp(`^(.*?\\d[A-Za-z]{0,2})\\s*[:.\\-–]?\\s*(${LATIN_SUFFIX_PATTERN})$`, 'i');

/** Ordinal words used as numbers ("Artículo primero", "Article premier", "LIBRO SEGUNDO", "Part First"), by value. */
const ORDINALS: Array<[number, string]> = [
  [0, 'preliminar preliminary préliminaire preliminaire'],
  [1, 'primero primera único unico única unica premier première premiere unique first'],
  [2, 'segundo segunda deuxième deuxieme second seconde'],
  [3, 'tercero tercera troisième troisieme third'],
  [4, 'cuarto cuarta quatrième quatrieme fourth'],
  [5, 'quinto quinta cinquième cinquieme fifth'],
  [6, 'sexto sexta sixième sixieme sixth'],
  [7, 'séptimo septimo séptima septima septième septieme seventh'],
  [8, 'octavo octava huitième huitieme eighth'],
  [9, 'noveno novena neuvième neuvieme ninth'],
  [10, 'décimo decimo décima decima dixième dixieme tenth'],
  [11, 'undécimo undecimo eleventh'],
  [12, 'duodécimo duodecimo twelfth'],
];
const ORDINAL_WORDS: Record<string, number> = Object.fromEntries(
  ORDINALS.flatMap(([value, words]) => words.split(' ').map((w) => [w, value])),
);

/** Alternation of ordinal words, longest first. */
export const ORDINAL_WORD_PATTERN = Object.keys(ORDINAL_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Ordinal words that French drafting turns into the number itself ("Article premier" is article 1). */
const FRENCH_FIRST = /^(premier|première|premiere|1er|1re)$/i;

const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/i;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** True for a well-formed roman numeral ("iv", "XLVII"); false for the empty string. */
export function isRoman(s: string): boolean {
  return s.length > 0 && ROMAN.test(s);
}

/** Value of a roman numeral; call only on strings for which isRoman is true. */
export function romanValue(s: string): number {
  let total = 0;
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const v = ROMAN_VALUES[lower[i]!]!;
    const next = i + 1 < lower.length ? ROMAN_VALUES[lower[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Numeric value of an ordinal word, or null. */
export function ordinalValue(word: string): number | null {
  const v = ORDINAL_WORDS[word.toLowerCase()];
  return v === undefined ? null : v;
}

/** Rank of a Latin multiplicative ("bis" → 2), or null. */
export function latinSuffixRank(word: string): number | null {
  const v = LATIN_SUFFIX_RANK[word.toLowerCase()];
  return v === undefined ? null : v;
}

/**
 * The number of a unit as it is cited, from the printed designation without its word:
 * degree signs and "er" dropped ("2º" → "2", "1er" → "1"), "premier" → "1", Latin
 * multiplicatives lower-cased and spaced ("153 BIS" → "153 bis", "210quáter" → "210 quáter",
 * "148: bis" → "148 bis"), ordinal words lower-cased ("Cuarto" → "cuarto"); letters of
 * inserted units keep their printed case ("45c", "1105a", "3A").
 */
export function normaliseUnitNumber(raw: string): string {
  let s = raw.trim().replace(/\s+/g, ' ');
  if (FRENCH_FIRST.test(s)) return '1';
  s = s.replace(/(\d)\s?\.?\s?[º°ª]/g, '$1').replace(/(\d)(?:er|re)\b/g, '$1');
  // "1o.", "2o.-": the ordinal indicator typed as a letter, as Spanish texts without º print it.
  s = s.replace(/^(\d+)o$/, '$1');
  const m = TRAILING_LATIN.exec(s);
  if (m) s = `${m[1]} ${m[2]!.toLowerCase()}`;
  if (ordinalValue(s) !== null) s = s.toLowerCase();
  return s;
}

/** A sortable key for a unit number, used to check that numbering goes forward. */
export interface NumberKey {
  /** Integer part ("279" of "279.01"); ordinal words and roman numerals give their value. */
  base: number;
  /** Further numeric parts: "279.01" → [0.01], "225-4-1" → [4, 1]. */
  parts: number[];
  /** Letter of an inserted unit, lower-cased ("3A" → "a"), or "". */
  letter: string;
  /** Rank of a Latin multiplicative, 0 when none. */
  suffix: number;
}

/** Parse a normalised unit number into its ordering key; null when it is not a number at all. */
export function numberKey(num: string): NumberKey | null {
  const s = num.trim();
  const ord = ordinalValue(s);
  if (ord !== null) return { base: ord, parts: [], letter: '', suffix: 0 };
  if (isRoman(s) && /^[IVXLCDM]+$/.test(s)) return { base: romanValue(s), parts: [], letter: '', suffix: 0 };
  const m = /^(\d+)((?:[.\-–]\d+)*)\s?([A-Za-z])?(?:\s?\(\d+\))?(?:\s+([A-Za-zÀ-ÿ]+))?$/.exec(s);
  if (!m) return null;
  // "279.011" sits between "279.01" and "279.02": a part after a full stop is a decimal fraction;
  // "225-4-1" counts its hyphenated parts as whole numbers.
  const parts = [...(m[2] ?? '').matchAll(/([.\-–])(\d+)/g)].map(([, sep, digits]) =>
    sep === '.' ? Number(`0.${digits}`) : Number(digits),
  );
  const suffix = m[4] ? latinSuffixRank(m[4]) : 0;
  if (suffix === null) return null;
  return { base: Number(m[1]), parts, letter: (m[3] ?? '').toLowerCase(), suffix };
}

/** Compare two number keys: negative when a comes before b in a law's numbering. */
export function compareKeys(a: NumberKey, b: NumberKey): number {
  if (a.base !== b.base) return a.base - b.base;
  const n = Math.max(a.parts.length, b.parts.length);
  for (let i = 0; i < n; i++) {
    const x = a.parts[i] ?? -1;
    const y = b.parts[i] ?? -1;
    if (x !== y) return x - y;
  }
  if (a.letter !== b.letter) return a.letter < b.letter ? -1 : 1;
  return a.suffix - b.suffix;
}

/**
 * True when `next` is what a law would number right after `prev`: the next integer
 * ("3" → "4"), or an inserted unit after it ("3" → "3A", "20" → "20 bis", "279" → "279.01").
 */
export function isSuccessor(prev: NumberKey, next: NumberKey): boolean {
  if (next.base === prev.base + 1) return true;
  return next.base === prev.base && compareKeys(prev, next) < 0;
}

/** A compact, id-safe form of a printed number: "145 bis" → "145bis", "1440–1" → "1440-1". */
export function idFragment(num: string): string {
  const ord = ordinalValue(num);
  if (ord !== null) return String(ord);
  return num
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[–—]/g, '-')
    .replace(/\s*\((\w+)\)/g, '-$1')
    .replace(/\s+/g, '')
    .replace(/[^\p{L}\p{N}.-]/gu, '');
}

/** The letter after `c` in the alphabet ("h" → "i"); "z" has none. */
function nextLetter(c: string): string | null {
  const code = c.charCodeAt(0);
  if (c === 'z' || c === 'Z') return null;
  return String.fromCharCode(code + 1);
}

/**
 * True when the lettered item `next` can follow `prev` in the same list: the next
 * letter ("h" → "i"), an inserted item ("e" → "ea"), or doubled letters ("z" → "aa", "aa" → "bb").
 */
export function isLetterSuccessor(prev: string, next: string): boolean {
  if (prev.length === 1 && next.length === 1) return nextLetter(prev) === next;
  if (next.length === prev.length + 1 && next.startsWith(prev)) return true;
  if (/^(.)\1$/.test(prev) && /^(.)\1$/.test(next)) return nextLetter(prev[0]!) === next[0];
  return (prev === 'z' && next === 'aa') || (prev === 'Z' && next === 'AA');
}

/** True when the roman item `next` can follow `prev` ("iv" → "v"). */
export function isRomanSuccessor(prev: string, next: string): boolean {
  return isRoman(prev) && isRoman(next) && romanValue(next) === romanValue(prev) + 1;
}
