import type { LanguageCode } from '../domain/source';

/**
 * Light stemmers for English, French and Spanish, applied to folded words (lower case, no
 * accents). "Light" means inflection and the commonest derivations only: the goal is that
 * "recruits / recruitment / recruiting", "recrute / recrutement", "capte / captare / captación"
 * meet, without the aggressive conflation of a full Porter stemmer ("organ" and "organized"
 * must stay apart: organ removal is not organized crime).
 */

/** Strip the first matching suffix, keeping a stem of at least `min` characters. */
function strip(word: string, suffixes: readonly string[], min: number): string {
  for (const s of suffixes) {
    if (word.length - s.length >= min && word.endsWith(s)) return word.slice(0, word.length - s.length);
  }
  return word;
}

const EN_DERIVATIONAL = ['ations', 'ation', 'ements', 'ement', 'ments', 'ment', 'tions', 'tion', 'ures', 'ure'];
const EN_INFLECTIONAL = ['ingly', 'ings', 'ing', 'edly', 'ied', 'ies', 'ed', 'es', 's'];

function stemEn(raw: string): string {
  if (raw.length <= 3) return raw;
  if (raw.endsWith('ss') || raw.endsWith('us') || raw.endsWith('is')) return raw;
  // British -ise spellings meet the American -ize ones ("organised", "organisation").
  const word = raw.length > 6 ? raw.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1') : raw;
  let w = strip(word, EN_DERIVATIONAL, 4);
  // "protection" → "protect", "jurisdiction" → "jurisdict": put back the t of -tion.
  if (w !== word && /tions?$/.test(word) && !/ations?$/.test(word)) w += 't';
  if (w === word) {
    if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
    if (word.endsWith('ied') && word.length > 4) return word.slice(0, -3) + 'y';
    w = strip(word, EN_INFLECTIONAL, 3);
  }
  // "compensate / compensated / compensating / compensation" → "compens".
  w = strip(w, ['ate', 'at'], 5);
  // Doubled consonant left by -ing/-ed: "smuggl", "abett" → "abet", "committ" → "commit".
  if (w.length > 4 && /([bdgklmnprt])\1$/.test(w) && !/(ll|ss)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  // "trafficking" and "traffics" meet.
  if (w.length > 5 && w.endsWith('ck')) w = w.slice(0, -1);
  // British and American spellings: harbour/harbor, labour/labor.
  if (w.endsWith('our') && w.length > 5) w = w.slice(0, -3) + 'or';
  return w;
}

const FR_SUFFIXES = [
  'issements',
  'issement',
  'atrices',
  'atrice',
  'ateurs',
  'ateur',
  'ations',
  'ation',
  'ements',
  'ement',
  'ments',
  'ment',
  'euses',
  'euse',
  'eurs',
  'eur',
  'ites',
  'ite',
  'ives',
  'ive',
  'ifs',
  'if',
  'antes',
  'ante',
  'ants',
  'ant',
  'ent',
  'ees',
  'ee',
  'er',
  'ez',
  'e',
];

function stemFr(word: string): string {
  if (word.length <= 3) return word;
  // Plural first, then one derivational or verbal ending: "recrutements" → "recrut".
  let w = strip(word, ['s', 'x'], 4);
  w = strip(w, FR_SUFFIXES, 4);
  if (w.length > 4 && /([a-z])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

const ES_SUFFIXES = [
  'amientos',
  'imientos',
  'amiento',
  'imiento',
  'aciones',
  'iciones',
  'uciones',
  'ciones',
  'siones',
  'acion',
  'icion',
  'ucion',
  'cion',
  'sion',
  'adoras',
  'adores',
  'adora',
  'ador',
  'ieren',
  'aren',
  'eren',
  'iere',
  'are',
  'ere',
  'ando',
  'iendo',
  'ar',
  'er',
  'ir',
  'an',
  'en',
  'es',
  'as',
  'os',
  'a',
  'o',
  'e',
  's',
];

function stemEs(word: string): string {
  if (word.length <= 3) return word;
  return strip(word, ES_SUFFIXES, 4);
}

const STEMMERS: Record<LanguageCode, (w: string) => string> = { en: stemEn, fr: stemFr, es: stemEs };
const cache: Record<LanguageCode, Map<string, string>> = { en: new Map(), fr: new Map(), es: new Map() };
/** Words are few and repeat endlessly in a law: the cache is bounded only to stay safe on odd input. */
const CACHE_LIMIT = 200_000;

/** Light stem of a folded word in the given language. */
export function stem(word: string, lang: LanguageCode): string {
  const c = cache[lang];
  let out = c.get(word);
  if (out === undefined) {
    out = /^\d/.test(word) ? word : STEMMERS[lang](word);
    if (c.size < CACHE_LIMIT) c.set(word, out);
  }
  return out;
}
