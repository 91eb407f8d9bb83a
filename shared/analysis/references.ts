import { fold } from './text';
import type { LawKind } from './types';

/**
 * References to other laws: "as defined in section 12 of the Criminal Code", "has the meaning
 * assigned to it in the Children Act", « les peines prévues à l'article 225-4 du code pénal »,
 * "con las penas del artículo 140 del Código Penal". A provision that takes its content from
 * another law implements a requirement only as far as that law does: the reference is a finding
 * that names the law, credited as partial until that law is checked, and followed when it is in
 * the assessment.
 */

export interface LawReference {
  /** The other law as printed ("the Children Act", "code pénal"). */
  law: string;
  /** The article or section cited in it, when the reference names one. */
  article: string | null;
  /** The words of the reference, as printed. */
  quote: string;
  start: number;
  end: number;
}

const NAME_EN = String.raw`the\s+(?:[A-Z][\w'’-]*\s+){0,7}?(?:Act|Code|Law|Ordinance|Decree)(?:,?\s*\[?\d{4}\]?)?`;
const PATTERNS: Record<'en' | 'fr' | 'es', RegExp> = {
  en: new RegExp(
    String.raw`(?:as defined in|defined in|within the meaning of|(?:has|have) the (?:same )?meanings? (?:assigned|given)(?: to (?:it|them))? (?:in|by|under)|(?:prescribed|provided(?: for)?|specified|set out) (?:in|by|under)|punishable under|in accordance with)\s+(?:(?:section|sections|article|s\.|ss\.)\s*([\w.()-]+)\s+of\s+)?(${NAME_EN})`,
    'g',
  ),
  fr: new RegExp(
    String.raw`(?:prévue?s?|définie?s?|visée?s?|punie?s?|réprimée?s?|au sens de|conformément à)\s+(?:à|par|aux|au)?\s*(?:l['’]|les\s+)?articles?\s+([\w.-]+(?:\s+(?:à|et)\s+[\w.-]+)?)\s+(du\s+[Cc]ode\s+[\wéè]+(?:\s+(?:de\s+)?[\wéè]+)?|de\s+la\s+[Ll]oi\s+(?:n[°o]\s*)?[\w/.-]+(?:\s+du\s+\d+\s+\w+\s+\d{4})?)`,
    'g',
  ),
  es: new RegExp(
    String.raw`(?:(?:penas?|sanciones?)\s+(?:previstas?|señaladas?|establecidas?)?\s*(?:en\s+)?(?:el|los|del)|(?:definid[oa]s?|previst[oa]s?|establecid[oa]s?|tipificad[oa]s?|señalad[oa]s?)\s+en\s+(?:el|los)|(?:conforme|de acuerdo)\s+(?:a|al|con)\s+(?:lo dispuesto en\s+)?(?:el|los)?)\s*art[íi]culos?\s+([\w.°º-]+(?:\s+(?:bis|ter|qu[áa]ter))?(?:\s+(?:y|a)\s+[\w.°º-]+)?)\s+(del\s+C[óo]digo\s+[\wáéíóú]+(?:\s+[\wáéíóú]+)?|de\s+la\s+[Ll]ey\s+(?:N[°º.o]\s*)?[\w/.-]+(?:\s+de\s+\d{4})?)`,
    'gi',
  ),
};

/** Words that name the law itself ("this Act", « la présente loi »): not another law. */
const SELF = /^(?:the\s+)?(?:this|present|presente|présente)\b/i;

/** References to other laws in a text of the given language. */
export function findLawReferences(text: string, lang: 'en' | 'fr' | 'es'): LawReference[] {
  const re = PATTERNS[lang];
  re.lastIndex = 0;
  const out: LawReference[] = [];
  for (const m of text.matchAll(re)) {
    const law = m[2]!.trim().replace(/^(?:du|de la|del|de)\s+/i, '');
    if (SELF.test(law)) continue;
    out.push({ law, article: m[1] ?? null, quote: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** Kinds of law a law's name says it is (for "is that law in the assessment?"). */
const NAMED_KINDS: [RegExp, LawKind][] = [
  [/\b(penal|criminal) code\b|\bcode penal\b|\bcodigo penal\b/, 'penal-code'],
  [/procedure penale|procedimiento penal|criminal procedure|procesal penal/, 'criminal-procedure'],
  [/immigra|aliens|extranjeria|migracion|etrangers/, 'immigration'],
];

/**
 * The acts of the assessment a referenced law designates: those whose title names it, or those of
 * the kind its name says (the penal code for « code pénal »).
 */
export function suppliedActs(law: string, titles: string[], kinds: LawKind[][]): number[] {
  const name = fold(law).replace(/^the\s+/, '');
  const byTitle = titles.flatMap((t, i) => (fold(t).includes(name) ? [i] : []));
  if (byTitle.length > 0) return byTitle;
  const kind = NAMED_KINDS.find(([re]) => re.test(name))?.[1];
  return kind ? kinds.flatMap((k, i) => (k.includes(kind) ? [i] : [])) : [];
}
