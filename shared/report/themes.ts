/**
 * The thematic chapters of a legislative assessment, in the order advisers write them, and which
 * articles of the instruments each chapter discusses. Also where each measure usually lives in a
 * body of law (DOMAIN.md, "The body of law"), so that a measure that belongs in an act that was not
 * supplied is reported as "not assessed" with the act to ask for, rather than as a gap.
 */

export type ThemeId =
  | 'definition'
  | 'penalties'
  | 'ancillary'
  | 'legal-persons'
  | 'jurisdiction'
  | 'non-punishment'
  | 'victims'
  | 'residence'
  | 'prevention'
  | 'border'
  | 'smuggling'
  | 'cooperation';

export const THEME_ORDER: readonly ThemeId[] = [
  'definition',
  'penalties',
  'ancillary',
  'legal-persons',
  'jurisdiction',
  'non-punishment',
  'victims',
  'residence',
  'prevention',
  'border',
  'smuggling',
  'cooperation',
];

/** Kinds of law a measure usually lives in. `special` is the act that creates the offences. */
export type LawKind =
  | 'special'
  | 'penal-general'
  | 'criminal-procedure'
  | 'immigration'
  | 'mutual-assistance'
  | 'money-laundering'
  | 'corruption';

/**
 * One consolidated topic: an article of an instrument, or a paragraph that stands for a topic of
 * its own (TIP art. 5(2), attempt and complicity, is not art. 5(1), the offence). Every
 * requirement belongs to the longest key that prefixes its reference.
 */
interface TopicRule {
  instrument: string;
  /** Article number, or a paragraph reference ("5(2)", "34(2)"). */
  ref: string;
  theme: ThemeId;
  /** Where the measure usually lives. */
  home: LawKind;
}

const RULES: TopicRule[] = [
  // Trafficking in Persons Protocol
  { instrument: 'tip-protocol', ref: '3', theme: 'definition', home: 'special' },
  { instrument: 'tip-protocol', ref: '5', theme: 'definition', home: 'special' },
  { instrument: 'tip-protocol', ref: '5(2)', theme: 'ancillary', home: 'penal-general' },
  { instrument: 'tip-protocol', ref: '6', theme: 'victims', home: 'special' },
  { instrument: 'tip-protocol', ref: '7', theme: 'residence', home: 'immigration' },
  { instrument: 'tip-protocol', ref: '8', theme: 'residence', home: 'immigration' },
  { instrument: 'tip-protocol', ref: '9', theme: 'prevention', home: 'special' },
  { instrument: 'tip-protocol', ref: '10', theme: 'prevention', home: 'special' },
  { instrument: 'tip-protocol', ref: '11', theme: 'border', home: 'immigration' },
  { instrument: 'tip-protocol', ref: '12', theme: 'border', home: 'immigration' },
  { instrument: 'tip-protocol', ref: '13', theme: 'border', home: 'immigration' },
  // Smuggling of Migrants Protocol: one chapter of its own, but for its general measures
  { instrument: 'som-protocol', ref: '3', theme: 'smuggling', home: 'immigration' },
  { instrument: 'som-protocol', ref: '5', theme: 'smuggling', home: 'immigration' },
  { instrument: 'som-protocol', ref: '6', theme: 'smuggling', home: 'immigration' },
  { instrument: 'som-protocol', ref: '6(2)', theme: 'smuggling', home: 'penal-general' },
  { instrument: 'som-protocol', ref: '7', theme: 'smuggling', home: 'immigration' },
  { instrument: 'som-protocol', ref: '8', theme: 'smuggling', home: 'immigration' },
  { instrument: 'som-protocol', ref: '9', theme: 'smuggling', home: 'immigration' },
  { instrument: 'som-protocol', ref: '10', theme: 'smuggling', home: 'immigration' },
  { instrument: 'som-protocol', ref: '11', theme: 'smuggling', home: 'immigration' },
  { instrument: 'som-protocol', ref: '12', theme: 'smuggling', home: 'immigration' },
  { instrument: 'som-protocol', ref: '13', theme: 'smuggling', home: 'immigration' },
  { instrument: 'som-protocol', ref: '14', theme: 'smuggling', home: 'immigration' },
  { instrument: 'som-protocol', ref: '15', theme: 'smuggling', home: 'immigration' },
  { instrument: 'som-protocol', ref: '16', theme: 'smuggling', home: 'immigration' },
  { instrument: 'som-protocol', ref: '18', theme: 'smuggling', home: 'immigration' },
  // Organized Crime Convention, applied to the Protocol offences mutatis mutandis
  { instrument: 'untoc', ref: '5', theme: 'definition', home: 'penal-general' },
  { instrument: 'untoc', ref: '6', theme: 'definition', home: 'money-laundering' },
  { instrument: 'untoc', ref: '7', theme: 'prevention', home: 'money-laundering' },
  { instrument: 'untoc', ref: '8', theme: 'definition', home: 'corruption' },
  { instrument: 'untoc', ref: '9', theme: 'prevention', home: 'corruption' },
  { instrument: 'untoc', ref: '10', theme: 'legal-persons', home: 'penal-general' },
  { instrument: 'untoc', ref: '11', theme: 'penalties', home: 'special' },
  { instrument: 'untoc', ref: '12', theme: 'penalties', home: 'penal-general' },
  { instrument: 'untoc', ref: '13', theme: 'cooperation', home: 'mutual-assistance' },
  { instrument: 'untoc', ref: '14', theme: 'penalties', home: 'penal-general' },
  { instrument: 'untoc', ref: '15', theme: 'jurisdiction', home: 'penal-general' },
  { instrument: 'untoc', ref: '16', theme: 'cooperation', home: 'mutual-assistance' },
  { instrument: 'untoc', ref: '17', theme: 'cooperation', home: 'mutual-assistance' },
  { instrument: 'untoc', ref: '18', theme: 'cooperation', home: 'mutual-assistance' },
  { instrument: 'untoc', ref: '19', theme: 'cooperation', home: 'criminal-procedure' },
  { instrument: 'untoc', ref: '20', theme: 'cooperation', home: 'criminal-procedure' },
  { instrument: 'untoc', ref: '21', theme: 'cooperation', home: 'criminal-procedure' },
  { instrument: 'untoc', ref: '22', theme: 'cooperation', home: 'criminal-procedure' },
  { instrument: 'untoc', ref: '23', theme: 'definition', home: 'penal-general' },
  { instrument: 'untoc', ref: '24', theme: 'victims', home: 'criminal-procedure' },
  { instrument: 'untoc', ref: '25', theme: 'victims', home: 'special' },
  { instrument: 'untoc', ref: '26', theme: 'cooperation', home: 'criminal-procedure' },
  { instrument: 'untoc', ref: '27', theme: 'cooperation', home: 'mutual-assistance' },
  { instrument: 'untoc', ref: '28', theme: 'prevention', home: 'special' },
  { instrument: 'untoc', ref: '29', theme: 'prevention', home: 'special' },
  { instrument: 'untoc', ref: '30', theme: 'prevention', home: 'special' },
  { instrument: 'untoc', ref: '31', theme: 'prevention', home: 'special' },
  { instrument: 'untoc', ref: '34(2)', theme: 'definition', home: 'special' },
];

export interface Topic {
  /** `<instrument>:<ref>` of the article or paragraph that heads the topic. */
  key: string;
  instrument: string;
  ref: string;
  theme: ThemeId;
  home: LawKind;
}

/** Article number of a reference: "5(2)(a)" → "5". */
export function articleOf(ref: string): string {
  const m = /^[^(\s]+/.exec(ref);
  return m ? m[0] : ref;
}

/**
 * The topic a Protocol or Convention requirement is discussed under, or null for provisions no
 * chapter discusses (purposes, final clauses, implementation mechanisms).
 */
export function topicOf(instrument: string, ref: string): Topic | null {
  let best: TopicRule | null = null;
  for (const r of RULES) {
    if (r.instrument !== instrument) continue;
    const matches = r.ref.includes('(') ? ref === r.ref || ref.startsWith(`${r.ref}(`) : articleOf(ref) === r.ref;
    if (matches && (!best || r.ref.length > best.ref.length)) best = r;
  }
  return best
    ? { key: `${best.instrument}:${best.ref}`, instrument, ref: best.ref, theme: best.theme, home: best.home }
    : null;
}

/**
 * Kinds of law an act is, judged from its title in English, French or Spanish. An act whose title
 * says nothing of the kind is taken as the special act that creates the offences.
 */
export function lawKindsOfTitle(title: string): LawKind[] {
  const t = title.toLowerCase();
  const kinds: LawKind[] = [];
  if (/penal code|criminal code|code p[ée]nal|c[óo]digo penal/.test(t)) kinds.push('penal-general', 'special');
  if (/procedure|proc[ée]dure|procedimiento|procesal/.test(t)) kinds.push('criminal-procedure');
  if (/immigration|aliens|migration|[ée]trangers|extranjer|migraci[óo]n|border|fronti/.test(t))
    kinds.push('immigration');
  if (/mutual|extradition|entraide|extradici[óo]n|asistencia jur[íi]dica|cooperation in criminal/.test(t))
    kinds.push('mutual-assistance');
  if (/money laundering|proceeds of crime|blanchiment|blanqueo|lavado/.test(t)) kinds.push('money-laundering');
  if (/corruption|corrupci[óo]n|anti-corruption/.test(t)) kinds.push('corruption');
  if (kinds.length === 0 || /trafficking|traite|trata|smuggling|trafic illicite|tr[áa]fico/.test(t))
    kinds.push('special');
  return [...new Set(kinds)];
}
