/**
 * The definitions unit of a law and the terms it defines, in the drafting forms of the
 * three languages: ‘"child" means...’, ‘The term “alien” means...’, ‘« enfant » s'entend...’,
 * ‘se entenderá por...’, ‘Por el término “militar” se designa...’.
 */
import type { DefinedTerm, Provision } from '../domain/provision';
import { descendants, fullText, primaryUnits } from './walk';

/** Headings of definitions units. */
const DEFINITIONS_HEADING =
  /\b(interpretation|definitions?|meaning of|terms? used|définitions?|terminologie|interprétation|definiciones|glosario|significaci[oó]n de conceptos|t[ée]rminos)\b/i;

/** Opening words of a definitions unit. */
const DEFINITIONS_OPENING =
  /^(?:\(\w+\)\s*)?(?:in this (?:act|part|law|code|ordinance|chapter|title)\b|as used in this|for the purposes? of this (?:act|law|code)|au sens de la présente|dans la présente loi|pour l['’]application de la présente loi|para (?:los )?(?:efectos|fines) de (?:la presente|esta) ley|a (?:los )?efectos de (?:la presente|esta) ley|para la inteligencia del texto)/i;

/** Verbs that follow a defined term. */
const DEFINING_VERB =
  /^(?:means?|includes?|has the (?:same )?meaning|shall (?:mean|include|have the (?:same )?meaning)|is|are|refers? to|s['’]entend(?:ent)?|désignent?|signifie(?:nt)?|comprend|vise|significa|designa|se designa|comprende(?:n)?|se entiende|se entenderá)\b/i;

/** Words that announce a defined term before it. */
const TERM_ANNOUNCER =
  /(?:\bthe (?:terms?|expressions?|words?)|se entender[áa] por|se entiende por|entiéndese por|on entend par|por (?:el|los) términos?|la expresión|la palabra|con la palabra|el término|los términos)\s*$/i;

/** A quoted term, or several joined by "and"/"or"/"y"/"u"/"et"/commas. */
const QUOTED_TERMS =
  /["“«‘']\s*([^"”»’'\n]{1,80}?)\s*["”»’'](?:\s*(?:,|and|or|y|u|o|et|ou)\s*["“«‘']\s*([^"”»’'\n]{1,80}?)\s*["”»’'])*/g;
const ONE_QUOTED = /["“«‘']\s*([^"”»’'\n]{1,80}?)\s*["”»’']/g;

/** "se entenderá por trata de personas..." with no quotation marks. */
const UNQUOTED_SPANISH =
  /\bse entender[áa] por\s+([^"“«,:;.]{2,60}?)(?=\s*(?:[,:]|\s(?:el|la|los|las|a|al|cuando|toda?)\s))/gi;

/** Words between a term and its verb: a parenthesis and up to a short clause ("in relation to a person"). */
const BETWEEN = /^\s*(?:\([^)]{0,80}\)\s*)?,?\s*(?:[^.;:"“«]{0,60}?\s)??/;

interface FoundTerm {
  term: string;
  /** Offset of the term in the provision's own text. */
  at: number;
}

/** Terms defined in one piece of text. */
function termsIn(text: string): FoundTerm[] {
  const out: FoundTerm[] = [];
  for (const m of text.matchAll(QUOTED_TERMS)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 140);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const between = BETWEEN.exec(after)?.[0] ?? '';
    // A glossary item opening with its term and a colon or dash: ‘a) "Víctima": toda persona...’.
    const glossary = m.index <= 3 && /^\s*[:—–-]\s*\S/.test(after);
    const defined =
      glossary ||
      TERM_ANNOUNCER.test(before) ||
      DEFINING_VERB.test(after.slice(between.length)) ||
      verbWithin(after, 60);
    if (!defined) continue;
    for (const q of m[0].matchAll(ONE_QUOTED)) {
      const term = q[1]!.trim();
      if (/^[\d\s.,()]+$/.test(term)) continue;
      out.push({ term, at: m.index + q.index });
    }
  }
  for (const m of text.matchAll(UNQUOTED_SPANISH))
    out.push({ term: m[1]!.trim(), at: m.index + m[0].length - m[1]!.length });
  return out;
}

/** A defining verb within the first `n` characters after a term, before any sentence end. */
function verbWithin(after: string, n: number): boolean {
  const window = after.slice(0, n);
  const stop = window.search(/[.;:]/);
  const clause = stop >= 0 ? window.slice(0, stop) : window;
  return /\b(means?|includes?|has the (?:same )?meaning|shall have the (?:same )?meaning|s['’]entend|désigne|comprend|significa|se designa|designa|comprende)\b/i.test(
    clause,
  );
}

/** The line of `text` that holds offset `at`. */
function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end).trim();
}

/** Defined terms in a unit and its items; the provision id is the item that carries each definition. */
function termsOfUnit(unit: Provision): DefinedTerm[] {
  const out: DefinedTerm[] = [];
  const seen = new Set<string>();
  for (const p of descendants(unit)) {
    for (const t of termsIn(p.text)) {
      const key = `${t.term}\u0000${p.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // An item that opens with its term carries the whole definition, list items included.
      const ownsDefinition = p !== unit && t.at <= 12;
      out.push({ term: t.term, provisionId: p.id, definition: ownsDefinition ? fullText(p) : lineAt(p.text, t.at) });
    }
  }
  return out;
}

/**
 * Find the unit that defines the law's terms and extract them. The unit is the one headed
 * "Interpretation"/"Definitions" (or opening "In this Act..."), else the unit defining
 * most terms; at least two defined terms are needed, so a single definition inside an
 * offence does not make its section the definitions unit.
 */
export function findDefinitions(children: readonly Provision[]): { unitId: string | null; terms: DefinedTerm[] } {
  let best: { unit: Provision; terms: DefinedTerm[]; score: number } | null = null;
  for (const unit of primaryUnits(children)) {
    const terms = termsOfUnit(unit);
    if (terms.length === 0) continue;
    const headed = DEFINITIONS_HEADING.test(unit.heading ?? '');
    const opens = DEFINITIONS_OPENING.test(unit.text) || DEFINITIONS_OPENING.test(unit.children[0]?.text ?? '');
    if (terms.length < 2 && !headed) continue;
    const score = terms.length + (headed ? 1000 : 0) + (opens ? 500 : 0);
    if (!best || score > best.score) best = { unit, terms, score };
  }
  return best ? { unitId: best.unit.id, terms: best.terms } : { unitId: null, terms: [] };
}
