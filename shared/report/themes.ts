import { homesOf } from '../analysis/body-of-law';
import { PROFILES } from '../analysis/rules';
import { fold } from '../analysis/text';
import type { LawKind } from '../analysis/types';

/**
 * The thematic chapters of a legislative assessment, in the order advisers write them, and which
 * articles of the instruments each chapter discusses. Where a measure usually lives in a body of
 * law (DOMAIN.md, "The body of law") and what kinds of law the acts are come from the analysis
 * (`shared/analysis/body-of-law.ts` and its profiles), so that the report and the statuses agree on
 * which measures belong in an act that was not supplied; this file only adds the homes of the
 * articles the analysis leaves to the offence laws but a report asks for apart (border measures
 * and the return of victims live in the immigration act).
 */

export type { LawKind };

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
}

const RULES: TopicRule[] = [
  // Trafficking in Persons Protocol
  { instrument: 'tip-protocol', ref: '3', theme: 'definition' },
  { instrument: 'tip-protocol', ref: '5', theme: 'definition' },
  { instrument: 'tip-protocol', ref: '5(2)', theme: 'ancillary' },
  { instrument: 'tip-protocol', ref: '6', theme: 'victims' },
  { instrument: 'tip-protocol', ref: '7', theme: 'residence' },
  { instrument: 'tip-protocol', ref: '8', theme: 'residence' },
  { instrument: 'tip-protocol', ref: '9', theme: 'prevention' },
  { instrument: 'tip-protocol', ref: '10', theme: 'prevention' },
  { instrument: 'tip-protocol', ref: '11', theme: 'border' },
  { instrument: 'tip-protocol', ref: '12', theme: 'border' },
  { instrument: 'tip-protocol', ref: '13', theme: 'border' },
  // Smuggling of Migrants Protocol: one chapter of its own, but for its general measures
  { instrument: 'som-protocol', ref: '3', theme: 'smuggling' },
  { instrument: 'som-protocol', ref: '5', theme: 'smuggling' },
  { instrument: 'som-protocol', ref: '6', theme: 'smuggling' },
  { instrument: 'som-protocol', ref: '6(2)', theme: 'smuggling' },
  { instrument: 'som-protocol', ref: '7', theme: 'smuggling' },
  { instrument: 'som-protocol', ref: '8', theme: 'smuggling' },
  { instrument: 'som-protocol', ref: '9', theme: 'smuggling' },
  { instrument: 'som-protocol', ref: '10', theme: 'smuggling' },
  { instrument: 'som-protocol', ref: '11', theme: 'smuggling' },
  { instrument: 'som-protocol', ref: '12', theme: 'smuggling' },
  { instrument: 'som-protocol', ref: '13', theme: 'smuggling' },
  { instrument: 'som-protocol', ref: '14', theme: 'smuggling' },
  { instrument: 'som-protocol', ref: '15', theme: 'smuggling' },
  { instrument: 'som-protocol', ref: '16', theme: 'smuggling' },
  { instrument: 'som-protocol', ref: '18', theme: 'smuggling' },
  // Organized Crime Convention, applied to the Protocol offences mutatis mutandis
  { instrument: 'untoc', ref: '5', theme: 'definition' },
  { instrument: 'untoc', ref: '6', theme: 'definition' },
  { instrument: 'untoc', ref: '7', theme: 'prevention' },
  { instrument: 'untoc', ref: '8', theme: 'definition' },
  { instrument: 'untoc', ref: '9', theme: 'prevention' },
  { instrument: 'untoc', ref: '10', theme: 'legal-persons' },
  { instrument: 'untoc', ref: '11', theme: 'penalties' },
  { instrument: 'untoc', ref: '12', theme: 'penalties' },
  { instrument: 'untoc', ref: '13', theme: 'cooperation' },
  { instrument: 'untoc', ref: '14', theme: 'penalties' },
  { instrument: 'untoc', ref: '15', theme: 'jurisdiction' },
  { instrument: 'untoc', ref: '16', theme: 'cooperation' },
  { instrument: 'untoc', ref: '17', theme: 'cooperation' },
  { instrument: 'untoc', ref: '18', theme: 'cooperation' },
  { instrument: 'untoc', ref: '19', theme: 'cooperation' },
  { instrument: 'untoc', ref: '20', theme: 'cooperation' },
  { instrument: 'untoc', ref: '21', theme: 'cooperation' },
  { instrument: 'untoc', ref: '22', theme: 'cooperation' },
  { instrument: 'untoc', ref: '23', theme: 'definition' },
  { instrument: 'untoc', ref: '24', theme: 'victims' },
  { instrument: 'untoc', ref: '25', theme: 'victims' },
  { instrument: 'untoc', ref: '26', theme: 'cooperation' },
  { instrument: 'untoc', ref: '27', theme: 'cooperation' },
  { instrument: 'untoc', ref: '28', theme: 'prevention' },
  { instrument: 'untoc', ref: '29', theme: 'prevention' },
  { instrument: 'untoc', ref: '30', theme: 'prevention' },
  { instrument: 'untoc', ref: '31', theme: 'prevention' },
  { instrument: 'untoc', ref: '34(2)', theme: 'definition' },
];

export interface Topic {
  /** `<instrument>:<ref>` of the article or paragraph that heads the topic. */
  key: string;
  instrument: string;
  ref: string;
  theme: ThemeId;
  /** The kinds of law where the measure usually lives (any one will do); empty: the offence laws themselves. */
  homes: LawKind[];
}

/** Homes of articles the analysis leaves to the offence laws, which a report asks for apart. */
const REPORT_HOMES: Record<string, LawKind[]> = {
  'tip-protocol:7': ['immigration'],
  'tip-protocol:8': ['immigration'],
  'tip-protocol:11': ['immigration'],
  'tip-protocol:12': ['immigration'],
  'tip-protocol:13': ['immigration'],
  'untoc:13': ['mutual-legal-assistance'],
  'untoc:17': ['mutual-legal-assistance'],
  'untoc:27': ['mutual-legal-assistance'],
  'untoc:19': ['criminal-procedure'],
  'untoc:21': ['criminal-procedure'],
  'untoc:22': ['criminal-procedure'],
};

/** Where a requirement's measure usually lives: the analysis's word, else the report's, else the offence laws. */
export function homesOfRequirement(instrument: string, ref: string): LawKind[] {
  const fromAnalysis = homesOf(`${instrument}:${ref}`);
  if (fromAnalysis.length > 0) return fromAnalysis;
  if (instrument === 'som-protocol') return ['smuggling-act', 'immigration'];
  return REPORT_HOMES[`${instrument}:${articleOf(ref)}`] ?? [];
}

/** Article number of a reference: "5(2)(a)" → "5". */
export function articleOf(ref: string): string {
  const m = /^[^(\s]+/.exec(ref);
  return m ? m[0] : ref;
}

const ruleByRequirement = new Map<string, TopicRule | null>();

/** The most specific topic rule naming a requirement (the rules are fixed: found once per requirement). */
function topicRuleOf(instrument: string, ref: string): TopicRule | null {
  const key = `${instrument}:${ref}`;
  const known = ruleByRequirement.get(key);
  if (known !== undefined) return known;
  let best: TopicRule | null = null;
  for (const r of RULES) {
    if (r.instrument !== instrument) continue;
    const matches = r.ref.includes('(') ? ref === r.ref || ref.startsWith(`${r.ref}(`) : articleOf(ref) === r.ref;
    if (matches && (!best || r.ref.length > best.ref.length)) best = r;
  }
  ruleByRequirement.set(key, best);
  return best;
}

/**
 * The topic a Protocol or Convention requirement is discussed under, or null for provisions no
 * chapter discusses (purposes, final clauses, implementation mechanisms).
 */
export function topicOf(instrument: string, ref: string): Topic | null {
  const best = topicRuleOf(instrument, ref);
  return best
    ? {
        key: `${best.instrument}:${best.ref}`,
        instrument,
        ref: best.ref,
        theme: best.theme,
        homes: homesOfRequirement(instrument, best.ref),
      }
    : null;
}

/**
 * Kinds of law an act is, judged from its title by the analysis's own patterns (English, French,
 * Spanish). A penal code given whole carries its general part.
 */
export function lawKindsOfTitle(title: string): LawKind[] {
  const t = fold(title.replace(/[-_.]+/g, ' '));
  const kinds: LawKind[] = [];
  for (const [kind, pattern] of Object.entries(PROFILES.lawKinds))
    if (kind !== 'about' && new RegExp(pattern).test(t)) kinds.push(kind as LawKind);
  if (kinds.includes('penal-code') && !kinds.includes('penal-code-general-part')) kinds.push('penal-code-general-part');
  return kinds;
}

/** Whether an act creates the offences: a trafficking or smuggling act, a penal code, or an act whose kind is not recognised. */
export function isOffenceLaw(kinds: readonly LawKind[]): boolean {
  return (
    kinds.length === 0 || kinds.some((k) => k === 'trafficking-act' || k === 'smuggling-act' || k === 'penal-code')
  );
}
