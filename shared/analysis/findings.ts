import { ACT_CONCEPTS, type Patterns } from './lexicon';
import { conceptsInSpan } from './corpus';
import { CHECKLIST_TERMS, CHILD_BELOW_18 } from './element-rules';
import { noMeansTrigger, punishes } from './elements';
import { anchorRegions, findInRegions, type MatchContext, type Region } from './regions';
import { finding } from './explain';
import type { ElementResult, Finding } from './types';

/**
 * Anti-pattern rules: the defects experts look for first in a national offence (see the domain
 * primer). Each rule reads only the provisions that implement the offence or definition concerned.
 */

/** Wording that makes crossing a border part of the offence. */
const CROSSING: Patterns = {
  en: [
    'across ~ borders?',
    'from one country to another',
    'into or out of',
    'out of (the country|its territory)',
    'international borders?',
    'transnational',
  ],
  fr: [
    'franchi* ~ frontieres?',
    'hors du (territoire|pays)',
    'vers l etranger',
    'd un (pays|etat) (a|vers) un autre',
    'transnational*',
  ],
  es: [
    'fuera del pais',
    'hacia [el] extranjero',
    'de un pais a otro',
    'cruce de fronteras?',
    'transnacional*',
    'entrada o salida del pais',
  ],
};
/** Wording that keeps domestic conduct within the offence. */
const DOMESTIC: Patterns = {
  en: ['within', 'internally', 'domestic*', 'whether or not'],
  fr: ['a l interieur', 'sur le territoire', 'que ce soit'],
  es: ['dentro del (territorio|pais)', 'tanto dentro'],
};

const CONSENT_DEFENCE: Patterns = {
  en: [
    'consent ~~ (is|shall be|constitutes|shall constitute) a [valid] defen(c|s)e',
    '(it is|shall be) a defen(c|s)e ~~ consent*',
    'defen(c|s)e ~~ (victim|person) ~~ consented',
  ],
  fr: ['consentement ~~ (exonere|constitue une defense|exclut ~ responsabilite)'],
  es: ['consentimiento ~~ (exime|excluye) ~~ (responsabilidad|pena)', 'no sera punible ~~ consentimiento'],
};

/** The same words negated: "it shall not be a defence … that the victim consented". */
const CONSENT_NOT_A_DEFENCE: Patterns = {
  en: ['(not|no|never) ~ (be|constitute|amount to) ~ defen(c|s)e', 'no defen(c|s)e'],
  fr: ['(ne|n) ~ (constitue|exonere|exclut) pas', 'ne fait pas obstacle'],
  es: ['no ~ (constituira|exime|excluye|sera)'],
};

const MIGRANT_PUNISHED: Patterns = {
  en: [
    '(any|every) (alien|foreigner|migrant|immigrant|non citizen) who ~~ (enters|attempts to enter|leaves|departs|remains) ~~ (at any time or place other than|without|illegally|unlawfully|in violation|in contravention)',
  ],
  fr: ['(l|tout) etranger qui ~~ (entre|penetre|sejourne|est entre) ~~ (irregulier*|illegal*|sans)'],
  es: ['(el|todo) extranjero que ~~ (ingres|entr|permanec)* ~~ (ilegal*|clandestin*|sin)'],
};

function conceptsIn(ctx: MatchContext, r: Region): Set<string> {
  return conceptsInSpan(ctx.corpus.units[r.unit]!, r.start, r.end);
}

/** Whether a region or its unit's heading frames it as an aggravation (a higher penalty, not an element). */
function framedAsAggravation(ctx: MatchContext, r: Region): boolean {
  const unit = ctx.corpus.units[r.unit]!;
  const c = conceptsIn(ctx, r);
  if (c.has('aggravation')) return true;
  const heading = `${unit.provision.heading ?? ''} ${unit.groupHeadings.join(' ')}`.toLowerCase();
  return /aggravat|agravant|aggravant/.test(heading);
}

/** UNTOC art. 34(2): the Protocol offences must not require transnationality or an organized group. */
export function offenceScopeFindings(ctx: MatchContext, instruments: Set<string>): Finding[] {
  const out: Finding[] = [];
  const { corpus } = ctx;
  const offences: { regions: Region[]; isOffence: (c: Set<string>) => boolean; name: string }[] = [];
  if (instruments.has('tip-protocol'))
    offences.push({
      regions: anchorRegions(ctx, ['tip-protocol:5(1)', 'tip-protocol:3(a)'], CHECKLIST_TERMS['tip-protocol:3(a)']),
      isOffence: (c) => ACT_CONCEPTS.filter((a) => c.has(a)).length >= 2,
      name: 'trafficking',
    });
  if (instruments.has('som-protocol'))
    offences.push({
      regions: anchorRegions(ctx, ['som-protocol:6(1)(a)', 'som-protocol:3(a)'], CHECKLIST_TERMS['som-protocol:3(a)']),
      isOffence: (c) => c.has('smuggling') || c.has('illegal_entry'),
      name: 'smuggling',
    });
  for (const { regions, isOffence, name } of offences) {
    for (const r of regions) {
      const c = conceptsIn(ctx, r);
      if (!isOffence(c) || framedAsAggravation(ctx, r)) continue;
      const unit = corpus.units[r.unit]!;
      if (c.has('organized_group') && !corpus.units[r.unit]!.isDefinitions)
        out.push(
          finding(
            'offence-requires-organized-group',
            { offence: name, unit: unit.listed.label || unit.provision.number },
            r.provision,
          ),
        );
      // Smuggling crosses a border by nature (SOM art. 3(a)); only trafficking must not require it.
      if (name !== 'trafficking') continue;
      const hit = findInRegions(corpus, [r], CROSSING)[0];
      if (hit && findInRegions(corpus, [r], DOMESTIC).length === 0)
        out.push(
          finding(
            'offence-requires-transnationality',
            { unit: unit.listed.label || unit.provision.number, quote: hit.text },
            r.provision,
          ),
        );
    }
  }
  return out;
}

/** TIP art. 3(b): consent must not be a defence once means are used. */
export function consentDefenceFindings(ctx: MatchContext): Finding[] {
  const regions = anchorRegions(
    ctx,
    ['tip-protocol:3(b)', 'tip-protocol:3(a)', 'tip-protocol:5(1)'],
    CHECKLIST_TERMS['tip-protocol:3(b)'],
  );
  return findInRegions(ctx.corpus, regions, CONSENT_DEFENCE, CONSENT_NOT_A_DEFENCE).map((h) =>
    finding('consent-defence', { quote: h.text }, h.region.provision),
  );
}

/**
 * TIP art. 3(c): no means are required where the victim is a child. The anti-pattern: the offence
 * names means (so it requires them) and no provision dispenses with them for children.
 */
export function childMeansFindings(
  ctx: MatchContext,
  definition: ElementResult[],
  childNoMeans: ElementResult | undefined,
): Finding[] {
  const means = definition.filter((e) => e.id.startsWith('means.') && e.present && !e.note.startsWith('in substance'));
  if (childNoMeans?.present || means.length === 0 || noMeansTrigger(ctx)) return [];
  return [finding('child-means-required', {}, means[0]!.provision)];
}

/** TIP art. 3(d): a child is any person under eighteen. */
export function childAgeFindings(ctx: MatchContext): Finding[] {
  const regions = anchorRegions(ctx, ['tip-protocol:3(d)', 'tip-protocol:3(a)'], CHECKLIST_TERMS['tip-protocol:3(d)']);
  return findInRegions(ctx.corpus, regions, CHILD_BELOW_18).map((h) =>
    finding('child-age-below-18', { quote: h.text }, h.region.provision),
  );
}

/** SOM art. 5: migrants must not be liable for having been the object of smuggling. */
export function migrantFindings(ctx: MatchContext): Finding[] {
  const { corpus } = ctx;
  const out: Finding[] = [];
  const regions: Region[] = corpus.passages.map((p) => ({
    unit: corpus.docs[p.doc]!.unit,
    provision: p.provision.id,
    start: p.span[0],
    end: p.span[1],
    rank: 0,
  }));
  for (const h of findInRegions(corpus, regions, MIGRANT_PUNISHED)) {
    if (!punishes(corpus, h.region.unit)) continue;
    out.push(finding('migrant-criminalized', { quote: h.text }, h.region.provision));
    if (out.length >= 3) break;
  }
  return out;
}
