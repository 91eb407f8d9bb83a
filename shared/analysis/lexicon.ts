import type { LanguageCode } from '../domain/source';
import type { CountryTerm } from './types';
import { CONCEPTS_DATA, PROFILES } from './rules';
import { fold } from './text';

/**
 * The project's legal-synonym lexicon: concepts of anti-trafficking and anti-smuggling law with
 * the words English, French and Spanish laws (and the official texts of the instruments) use
 * for them, read from resources/reference/rules/concepts.json, and the one pattern compiler. A concept found in a requirement and in a provision counts as a match whatever the
 * wording, which is how a French "traite des personnes" meets the Protocol's "trafficking in
 * persons", and a Kenyan "harbours" meets a Canadian "conceals or harbours".
 *
 * Pattern syntax (matched on folded text: lower case, no accents), shared with the element rules:
 * - words separated by spaces must follow each other (punctuation between them is allowed);
 * - `word*` matches any word starting with `word`;
 * - `~` allows up to three words in between, `~~` up to sixteen;
 * - `[words]` marks optional words (never at the start of a pattern);
 * - `(a|b)` and `?` are regular-expression alternatives and optional letters; an alternative may
 *   hold several words (`(is|shall be)`).
 */
export interface Concept {
  id: string;
  /** How much a shared occurrence says about a requirement and a provision being on the same subject. */
  weight: number;
  en: string[];
  fr: string[];
  es: string[];
}

/** Concept ids naming the subject of each instrument family: "is this law about trafficking at all?". */
export const SUBJECT_CONCEPT: Record<string, string> = PROFILES.subjects;

/** The concepts of the rules data (resources/reference/rules/concepts.json). */
export const CONCEPTS: Concept[] = CONCEPTS_DATA.concepts;

/**
 * Concepts derived from a combination of others in the same provision. "Act + purpose" is the
 * shape of a trafficking offence (TIP art. 3(a)) whatever words the law uses, which lets an
 * offence that never says "trafficking" (a penal code's "captare, trasladare ... con fines de
 * explotación") be recognised as one.
 */
export const DERIVED_CONCEPTS: Concept[] = CONCEPTS_DATA.derived.map((d) => ({ ...d, en: [], fr: [], es: [] }));

/** The acts of the trafficking definition (TIP art. 3(a)), as concepts; the checklist's act elements are `act.<concept>`. */
export const ACT_CONCEPTS = ['recruitment', 'transportation', 'transfer', 'harbouring', 'receipt'];

/** Patterns per language (the lexicon syntax above). */
export type Patterns = Partial<Record<LanguageCode, string[]>>;
const PURPOSE_CONCEPTS = [
  'exploitation',
  'prostitution',
  'sexual_exploitation',
  'forced_labour',
  'slavery',
  'servitude',
  'organ_removal',
];

/** Concepts present in a provision through a combination of others (concepts.json `combinations`). */
const COMBINATIONS = CONCEPTS_DATA.combinations;

/**
 * Derived concepts present given the concepts of one provision (or one requirement text): the
 * shape of a trafficking offence, and the concepts of the data's combinations not already there.
 */
export function derivedConcepts(present: Set<string>): string[] {
  const acts = ACT_CONCEPTS.filter((a) => present.has(a)).length;
  const out = acts >= 2 && PURPOSE_CONCEPTS.some((p) => present.has(p)) ? ['trafficking_offence'] : [];
  for (const k of COMBINATIONS)
    if (!present.has(k.id) && k.all.every((c) => present.has(c)) && k.any.some((c) => present.has(c))) out.push(k.id);
  return out;
}

const CONCEPT_IDS = new Set(CONCEPTS_DATA.concepts.map((c) => c.id));
const CONCEPT_BY_ID = new Map([...CONCEPTS, ...DERIVED_CONCEPTS].map((c) => [c.id, c]));

/** The concept with this id (throws on an unknown id: a typo in a rule must not pass silently). */
export function concept(id: string): Concept {
  const c = CONCEPT_BY_ID.get(id);
  if (!c) throw new Error(`unknown lexicon concept ${id}`);
  return c;
}

const GAP = '(?:[^a-z0-9]+[a-z0-9]+){0,3}';
const LONG_GAP = '(?:[^a-z0-9]+[a-z0-9]+){0,16}';
const SEP = '[^a-z0-9]+';

/** Compile one pattern of the lexicon syntax (see `Concept`) into a regular-expression source, without flags. */
export function compilePattern(pattern: string): string {
  const parts =
    fold(pattern)
      .trim()
      .match(/\[[^\]]*\]|\S+/g) ?? [];
  const word = (w: string) => w.replace(/\*/g, '[a-z0-9]*');
  let src = '';
  for (const p of parts) {
    if (p === '~') src += GAP;
    else if (p === '~~') src += LONG_GAP;
    else if (p.startsWith('[')) {
      const inner = p.slice(1, -1).trim().split(/\s+/).map(word).join(SEP);
      src += `(?:${SEP}${inner})?`;
    } else src += (src === '' ? '' : SEP) + word(p);
  }
  return `(?<![a-z0-9])(?:${src})(?![a-z0-9])`;
}

/** One occurrence of a concept in a text: the concept id and the span in folded text. */
export interface ConceptHit {
  concept: string;
  start: number;
  end: number;
}

/**
 * Token-level form of the patterns, used to find concepts fast in long texts: each pattern is a
 * sequence of steps over words, indexed by the first letters of its first word, so that a text is
 * read once and only the few patterns that can start at a word are tried there.
 */
type Step = { kind: 'word'; re: RegExp } | { kind: 'optional'; words: RegExp[] } | { kind: 'gap'; max: number };

interface TokenPattern {
  concept: number;
  /** Global order: concept order, then the pattern's order within the concept (first alternative wins). */
  order: number;
  steps: Step[];
}

interface TokenIndex {
  byKey: Map<string, TokenPattern[]>;
  ids: string[];
}

/** Expand the first parenthesised alternative that contains a space ("(is|shall be)") into separate patterns. */
function expandSpaces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === ')') {
      depth--;
      if (depth === 0 && open >= 0) {
        const inner = pattern.slice(open + 1, i);
        if (inner.includes(' ')) {
          const alternatives: string[] = [];
          let d = 0;
          let last = 0;
          for (let k = 0; k < inner.length; k++) {
            if (inner[k] === '(') d++;
            else if (inner[k] === ')') d--;
            else if (inner[k] === '|' && d === 0) {
              alternatives.push(inner.slice(last, k));
              last = k + 1;
            }
          }
          alternatives.push(inner.slice(last));
          // A "?" after the group makes it optional: keep a version without it.
          const optional = pattern[i + 1] === '?';
          const rest = pattern.slice(i + (optional ? 2 : 1));
          const head = pattern.slice(0, open);
          const out = alternatives.flatMap((a) => expandSpaces(`${head}${a}${rest}`));
          if (optional) out.push(...expandSpaces(`${head}${rest}`));
          return out.map((x) => x.replace(/\s+/g, ' ').trim());
        }
        open = -1;
      }
    }
  }
  return [pattern];
}

/** Expand a leading alternative ("(bring*|brought) ...") so that every pattern starts with a literal. */
function expandLead(pattern: string): string[] {
  const m = /^\(([^()]*)\)(\S*)(.*)$/.exec(pattern);
  if (!m) return [pattern];
  return m[1]!.split('|').flatMap((a) => expandLead(`${a}${m[2]}${m[3]}`));
}

function wordRe(word: string): RegExp {
  const cleaned = word
    .replace(/,\?/g, '')
    .replace(/\\[()]/g, '')
    .replace(/\*/g, '[a-z0-9]*');
  return new RegExp(`^(?:${cleaned})$`);
}

function literalPrefix(word: string): string {
  const cleaned = word.replace(/\\[()]/g, '');
  let lit = /^[a-z0-9]*/.exec(cleaned)![0];
  if (cleaned[lit.length] === '?') lit = lit.slice(0, -1);
  return lit;
}

function toSteps(pattern: string): { steps: Step[]; key: string } {
  const parts = pattern.match(/\[[^\]]*\]|\S+/g) ?? [];
  const steps: Step[] = [];
  for (const p of parts) {
    if (p === '~') steps.push({ kind: 'gap', max: 3 });
    else if (p === '~~') steps.push({ kind: 'gap', max: 16 });
    else if (p.startsWith('[')) steps.push({ kind: 'optional', words: p.slice(1, -1).trim().split(/\s+/).map(wordRe) });
    else steps.push({ kind: 'word', re: wordRe(p) });
  }
  const first = literalPrefix(parts[0] ?? '');
  return { steps, key: first.slice(0, 2) };
}

const tokenIndexes = new Map<string, TokenIndex>();

/**
 * Country terms of the assessment being analysed: added to their concepts' wordings while its
 * corpus is built (`withCountryTerms`), so a local word for a concept counts as that concept.
 */
let activeTerms: CountryTerm[] = [];

/** Run `fn` with the assessment's country terms added to the concepts. */
export function withCountryTerms<T>(terms: CountryTerm[] | undefined, fn: () => T): T {
  const saved = activeTerms;
  activeTerms = (terms ?? []).filter((t) => CONCEPT_IDS.has(t.concept) && t.pattern.trim() !== '');
  try {
    return fn();
  } finally {
    activeTerms = saved;
  }
}

function tokenIndexFor(lang: LanguageCode): TokenIndex {
  const extra = activeTerms.filter((t) => t.language === lang);
  const cacheKey = extra.length ? `${lang}\u0001${extra.map((t) => `${t.concept}=${t.pattern}`).join('\u0001')}` : lang;
  let index = tokenIndexes.get(cacheKey);
  if (index) return index;
  index = { byKey: new Map(), ids: CONCEPTS.map((c) => c.id) };
  let order = 0;
  CONCEPTS.forEach((c, ci) => {
    const wordings = [...c[lang], ...extra.filter((t) => t.concept === c.id).map((t) => t.pattern)];
    for (const raw of wordings)
      for (const pattern of expandSpaces(fold(raw).trim()).flatMap(expandLead)) {
        const { steps, key } = toSteps(pattern);
        let list = index!.byKey.get(key);
        if (!list) index!.byKey.set(key, (list = []));
        list.push({ concept: ci, order: order++, steps });
      }
  });
  for (const list of index.byKey.values()) list.sort((a, b) => a.order - b.order);
  // Indexes for country terms are few per session; keep the last ones only.
  if (extra.length && tokenIndexes.size > 16)
    for (const k of tokenIndexes.keys()) if (k.includes('\u0001')) tokenIndexes.delete(k);
  tokenIndexes.set(cacheKey, index);
  return index;
}

/** The country terms in effect (for the element rules' `@concept` expansion). */
export function activeCountryTerms(): CountryTerm[] {
  return activeTerms;
}

/** Index of the word after a match of `steps` from word `i`, or -1 (shortest gaps first). */
function matchSteps(words: string[], i: number, steps: Step[], k: number): number {
  if (k === steps.length) return i;
  const step = steps[k]!;
  if (step.kind === 'word')
    return i < words.length && step.re.test(words[i]!) ? matchSteps(words, i + 1, steps, k + 1) : -1;
  if (step.kind === 'optional') {
    if (i + step.words.length <= words.length && step.words.every((re, j) => re.test(words[i + j]!))) {
      const end = matchSteps(words, i + step.words.length, steps, k + 1);
      if (end >= 0) return end;
    }
    return matchSteps(words, i, steps, k + 1);
  }
  for (let j = 0; j <= step.max && i + j <= words.length; j++) {
    const end = matchSteps(words, i + j, steps, k + 1);
    if (end >= 0) return end;
  }
  return -1;
}

/**
 * Every concept occurrence in a folded text, for the given language's wordings. Occurrences of
 * one concept do not overlap; at a given word the concept's first matching wording wins.
 */
export function findConcepts(folded: string, lang: LanguageCode): ConceptHit[] {
  const index = tokenIndexFor(lang);
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const re = /[a-z0-9]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded))) {
    words.push(m[0]);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const hits: ConceptHit[] = [];
  const nextFree = new Int32Array(index.ids.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lists = [
      index.byKey.get(w.slice(0, 2)),
      w.length > 1 ? index.byKey.get(w[0]!) : undefined,
      index.byKey.get(''),
    ];
    let tried: TokenPattern[] = [];
    for (const l of lists) if (l) tried = tried.length ? [...tried, ...l].sort((a, b) => a.order - b.order) : l;
    let last = -1;
    for (const p of tried) {
      if (p.concept === last || nextFree[p.concept]! > i) continue;
      const end = matchSteps(words, i, p.steps, 0);
      if (end <= i) continue;
      hits.push({ concept: index.ids[p.concept]!, start: starts[i]!, end: ends[end - 1]! });
      nextFree[p.concept] = end;
      last = p.concept;
    }
  }
  return hits;
}
