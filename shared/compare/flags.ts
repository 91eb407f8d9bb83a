import type { LanguageCode } from '../domain/source';
import { findConcepts } from '../analysis/lexicon';
import { fold } from '../analysis/text';
import type { DiffPart, SubstantiveFlag } from './types';

/**
 * Changes of substance between two texts of a provision, apart from wording: obligation words,
 * penalties, elements of the trafficking definition, and cross-reference targets. Each rule
 * works in the three languages of the application on folded text (no accents, lower case).
 */

const PERMISSIVE: Record<LanguageCode, string[]> = {
  en: ['may', 'can'],
  fr: ['peut', 'peuvent', 'pourra', 'pourront'],
  es: ['podra', 'podran', 'puede', 'pueden'],
};
const MANDATORY: Record<LanguageCode, string[]> = {
  en: ['shall', 'must'],
  fr: ['doit', 'doivent', 'devra', 'devront'],
  es: ['debera', 'deberan', 'debe', 'deben'],
};

function words(text: string): string[] {
  return fold(text).match(/[a-z0-9]+/g) ?? [];
}

/** "may" removed and "shall" added (stronger), or the reverse (weaker). */
export function obligationFlags(diff: DiffPart[], lang: LanguageCode): SubstantiveFlag[] {
  const removed = diff.filter((p) => p.op === 'delete').flatMap((p) => words(p.text));
  const added = diff.filter((p) => p.op === 'insert').flatMap((p) => words(p.text));
  const find = (list: string[], of: string[]) => list.find((w) => of.includes(w)) ?? null;
  const out: SubstantiveFlag[] = [];
  const wasMay = find(removed, PERMISSIVE[lang]);
  const nowShall = find(added, MANDATORY[lang]);
  if (wasMay && nowShall) out.push({ kind: 'obligation', direction: 'stronger', before: wasMay, after: nowShall });
  const wasShall = find(removed, MANDATORY[lang]);
  const nowMay = find(added, PERMISSIVE[lang]);
  if (wasShall && nowMay) out.push({ kind: 'obligation', direction: 'weaker', before: wasShall, after: nowMay });
  return out;
}

const NUMBER_WORDS: Record<string, number> = {};
const addWords = (list: string, from = 1) =>
  list.split(' ').forEach((w, i) => w.split('/').forEach((x) => (NUMBER_WORDS[x] = from + i)));
addWords(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty',
);
addWords('un/une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize');
addWords('uno/una/un dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis');
Object.assign(NUMBER_WORDS, {
  thirty: 30,
  forty: 40,
  fifty: 50,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
});
const NUMBER_WORD = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const QUANTITY = String.raw`(\d[\d,. ]*\d|\d|${NUMBER_WORD})(?:\s*\(\s*\d+\s*\))?`;
const QUALIFIER = String.raw`(?:(?:not\s+)?(?:less|more)\s+than|not\s+exceeding|at\s+least|up\s+to|minimum\s+of|maximum\s+of|d['\s]au\s+(?:moins|plus)|au\s+(?:moins|plus)|jusqu['\s]a|no\s+(?:menor|mayor|inferior|superior)\s+(?:de|a)|hasta|de|entre)\s+`;
const TERM = new RegExp(
  String.raw`(?:${QUALIFIER})?\b${QUANTITY}\s+(years?|months?|ans|annees?|mois|anos|meses)\b`,
  'g',
);
const LIFE = /\b(imprisonment for life|life imprisonment|perpetuit[ey]|presidio perpetuo|prision perpetua)\b/g;
const MONEY = new RegExp(
  String.raw`(?:${QUALIFIER})?\b(\d[\d,. ]*\d)\s*(?:[a-z]{0,12}\s+)?(shillings?|dollars?|euros?|rupees?|pesos|francs?|unidades|utm|sueldos|salarios)\b|(?:fine|amende|multa)[^.;]{0,40}?\b(\d[\d,. ]*\d)`,
  'g',
);

interface Penalty {
  text: string;
  /** Months of imprisonment, or the amount of a fine. */
  value: number;
  kind: 'term' | 'fine';
}

function quantity(s: string): number {
  const w = NUMBER_WORDS[s];
  if (w !== undefined) return w;
  return Number(s.replace(/[, .]/g, '')) || 0;
}

/** Terms of imprisonment and fines in a text, as printed, in order. */
export function penalties(text: string): Penalty[] {
  const folded = fold(text);
  const out: (Penalty & { at: number })[] = [];
  for (const m of folded.matchAll(TERM)) {
    const months = quantity(m[1]!) * (/^(mois|month|mes)/.test(m[2]!) ? 1 : 12);
    out.push({ text: m[0].replace(/\s+/g, ' ').trim(), value: months, kind: 'term', at: m.index });
  }
  for (const m of folded.matchAll(LIFE)) out.push({ text: m[0], value: 12 * 100, kind: 'term', at: m.index });
  for (const m of folded.matchAll(MONEY))
    out.push({ text: m[0].replace(/\s+/g, ' ').trim(), value: quantity(m[1] ?? m[3]!), kind: 'fine', at: m.index });
  return out.sort((a, b) => a.at - b.at).map(({ text, value, kind }) => ({ text, value, kind }));
}

/** A change in the penalties a provision sets: stronger when the highest term (or fine) rose. */
export function penaltyFlags(before: string, after: string): SubstantiveFlag[] {
  const a = penalties(before);
  const b = penalties(after);
  const key = (list: Penalty[]) => list.map((p) => p.text).join('; ');
  if (key(a) === key(b)) return [];
  let direction: SubstantiveFlag['direction'] = 'changed';
  if (a.length === b.length && a.every((p, i) => p.kind === b[i]!.kind)) {
    // The same penalties with other figures: stronger when none fell, weaker when none rose.
    const rose = a.some((p, i) => b[i]!.value > p.value);
    const fell = a.some((p, i) => b[i]!.value < p.value);
    if (rose && !fell) direction = 'stronger';
    else if (fell && !rose) direction = 'weaker';
  } else {
    const max = (list: Penalty[], kind: Penalty['kind']) =>
      Math.max(0, ...list.filter((p) => p.kind === kind).map((p) => p.value));
    for (const kind of ['term', 'fine'] as const) {
      if (max(b, kind) !== max(a, kind)) {
        direction = max(b, kind) > max(a, kind) ? 'stronger' : 'weaker';
        break;
      }
    }
  }
  return [{ kind: 'penalty', direction, before: key(a) || null, after: key(b) || null }];
}

/** Lexicon concepts standing for the elements of the trafficking definition (act, means, purpose). */
const ELEMENT_OF_CONCEPT: Record<string, string> = {
  recruitment: 'act.recruitment',
  transportation: 'act.transportation',
  transfer: 'act.transfer',
  harbouring: 'act.harbouring',
  receipt: 'act.receipt',
  threat: 'means.threat',
  force: 'means.force',
  coercion: 'means.coercion',
  abduction: 'means.abduction',
  fraud: 'means.fraud',
  deception: 'means.deception',
  abuse_of_power: 'means.abuse_of_power',
  vulnerability: 'means.vulnerability',
  payments: 'means.payments',
  prostitution: 'purpose.prostitution',
  sexual_exploitation: 'purpose.sexual_exploitation',
  forced_labour: 'purpose.forced_labour',
  slavery: 'purpose.slavery',
  servitude: 'purpose.servitude',
  organ_removal: 'purpose.organ_removal',
};

/** Element ids of the trafficking definition a text names. */
export function elementsNamed(text: string, lang: LanguageCode): Set<string> {
  const out = new Set<string>();
  for (const h of findConcepts(fold(text), lang)) {
    const e = ELEMENT_OF_CONCEPT[h.concept];
    if (e) out.add(e);
  }
  return out;
}

/** Words inserted or deleted by a diff, with a few words of context either side. */
export function changedText(diff: DiffPart[]): string {
  const out: string[] = [];
  diff.forEach((p, i) => {
    if (p.op === 'equal') return;
    const before = diff[i - 1]?.op === 'equal' ? diff[i - 1]!.text.slice(-40) : '';
    const after = diff[i + 1]?.op === 'equal' ? diff[i + 1]!.text.slice(0, 40) : '';
    out.push(`${before}${p.text}${after}`);
  });
  return out.join('\n');
}

const PENALTY_HINT = new RegExp(
  String.raw`\d|\b(${NUMBER_WORD}|years?|months?|ans|mois|anos|meses|life|perpetu\w*|fine|amende|multa)\b`,
);

/** Whether a change may touch a penalty (a number, a duration, a fine): the full rule runs only then. */
export function maySetPenalty(changed: string): boolean {
  return PENALTY_HINT.test(fold(changed));
}

/** Whether a change may add or remove an element: some element is named in the words changed. */
export function mayTouchElements(changed: string, lang: LanguageCode): boolean {
  return elementsNamed(changed, lang).size > 0;
}

/** Elements (a means, an act, a purpose) named in one text and not in the other. */
export function elementFlags(before: string, after: string, lang: LanguageCode): SubstantiveFlag[] {
  const a = elementsNamed(before, lang);
  const b = elementsNamed(after, lang);
  const out: SubstantiveFlag[] = [];
  for (const e of b)
    if (!a.has(e)) out.push({ kind: 'element', direction: 'added', before: null, after: e, element: e });
  for (const e of a)
    if (!b.has(e)) out.push({ kind: 'element', direction: 'removed', before: e, after: null, element: e });
  return out;
}

/**
 * References that point elsewhere: the old references read through the alignment (old number →
 * the number that unit has now) compared with the new ones.
 */
export function crossReferenceFlags(
  before: string[],
  after: string[],
  renumber: (oldNumber: string) => string | null,
): SubstantiveFlag[] {
  const mapped = [...new Set(before.map((n) => renumber(n) ?? n))].sort();
  const now = [...new Set(after)].sort();
  if (mapped.join('|') === now.join('|')) return [];
  const removed = [...new Set(before)].filter((n) => !now.includes(renumber(n) ?? n));
  const added = now.filter((n) => !mapped.includes(n));
  if (!removed.length && !added.length) return [];
  return [
    {
      kind: 'cross-reference',
      direction: 'changed',
      before: removed.join(', ') || null,
      after: added.join(', ') || null,
    },
  ];
}
