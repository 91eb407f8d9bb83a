import { finding } from './explain';
import { ACT_CONCEPTS, activeCountryTerms, type Patterns } from './lexicon';
import { expandPatterns } from './rules';
import type { ElementChecklist } from '../reference/types';
import { conceptsInSpan, unitConceptSet, type Corpus } from './corpus';
import { CHECKLIST_TERMS, ELEMENT_RULES, ITEM_ELEMENTS } from './element-rules';
import { checklistAnchors, elementRule } from './library-rules';
import { anchorCandidates, anchorRegions, findInRegions, type Hit, type MatchContext, type Region } from './regions';
import { fold } from './text';
import type { ElementResult, Finding } from './types';

/**
 * Element detection: for a requirement with a checklist, which elements the national text covers,
 * where (provision and exact span), and which are missing. Elements are credited by name first;
 * then the rules below credit those a broader provision covers in substance, the way an expert
 * reads a law (an offence that requires no means at all covers every means of art. 3(a)).
 */

const MEANS = [
  'threat',
  'force',
  'coercion',
  'abduction',
  'fraud',
  'deception',
  'abuse_of_power',
  'vulnerability',
  'payments',
];

/**
 * Consent irrelevant whatever the circumstances (not only "where the means were used"): then no
 * means can be required either (TIP art. 3(b) read with 3(a)).
 */
const UNIVERSAL_CONSENT: Patterns = {
  en: [
    'with or without [the] consent',
    'no consent ~~ (is|shall be) valid',
    '(regardless|irrespective) of ~~ consent*',
  ],
  fr: ['ne constitue pas un consentement valable', 'avec ou sans ~ consentement', 'malgre ~ consentement'],
  es: ['aunque mediare ~ consentimiento', 'con o sin ~ consentimiento'],
};
/**
 * The smuggling offence written as facilitation or help ("facilitates the illegal entry",
 * « aide à l'entrée irrégulière », "facilite o promueva la entrada ilegal", "ayude … a entrar"):
 * its own verb reaches those who assist, as an accomplice would (SOM art. 6(2)(b)).
 */
const FACILITATION: Patterns = {
  en: ['facilitat*', 'assist(s|ed|ing)?', 'help(s|ed|ing)?', 'aid(s|ed|ing)?'],
  fr: ['facilit*', 'aid(e|ent|er)'],
  es: ['facilit*', 'ayud*', 'favorec*'],
};

/** "where any of the means ... have been used": consent irrelevant only then. */
const WHERE_MEANS: Patterns = { en: ['where ~~ means'], fr: ['lorsque ~~ moyens'], es: ['cuando ~~ medios'] };

/** The purpose expressed as exploitation in general ("for the purpose of exploitation"), TIP art. 3(a). */
const OPEN_PURPOSE: Patterns = {
  en: ['for the purposes? of (exploitation|exploiting)', 'for exploitation', 'with [the] intent to exploit'],
  fr: ['en vue de [l] exploit(er|ation)', 'aux fins d exploitation'],
  es: ['con fines de explotacion', 'con [el] fin de explot(ar|arla|arlo|acion)', 'para su explotacion'],
};
/** ...unless the exploitation is qualified ("con fines de explotación sexual"). */
const QUALIFIED_PURPOSE: Patterns = {
  en: ['(exploitation|exploiting) ~ (sexual|sexually|prostitution|labour|labor)'],
  fr: ['exploitation (sexuelle|de la prostitution)'],
  es: ['explotacion (sexual|laboral)'],
};
/** A definition of exploitation, which then limits the purposes to those it lists. */
const EXPLOITATION_DEFINED: Patterns = {
  en: ['exploits? (another|a) person if', 'exploitation ~ (means|includes|shall include)'],
  fr: ['en exploite une autre', 'exploitation ~ (s entend|comprend|designe)', 'on entend par exploitation'],
  es: ['se entiende por explotacion', 'explotacion ~ (comprende|incluye|significa)'],
};

/** "Child" defined only by reference to another law, or as a minor under the civil law. */
const CHILD_BY_REFERENCE: Patterns = {
  en: ['child ~~ has the meaning', 'child ~~ (as defined|within the meaning) ~~ act'],
  fr: ['enfant ~~ (au sens de|s entend au sens)'],
  es: ['menor(es)? de edad'],
};

/** Where, in the result's terms, a hit lies. */
function locate(corpus: Corpus, hit: Hit): Pick<ElementResult, 'act' | 'provision' | 'unit' | 'number' | 'span'> {
  const unit = corpus.units[hit.region.unit]!;
  return {
    act: corpus.acts[unit.act]!.file,
    provision: hit.region.provision,
    unit: unit.provision.id,
    number: unit.provision.number,
    span: [hit.start, hit.end],
  };
}

function absent(id: string, note: string): ElementResult {
  return { id, present: false, act: null, provision: null, unit: null, number: null, span: null, note };
}

/** Concept ids occurring in a region's own text. */
function regionConcepts(corpus: Corpus, r: Region): Set<string> {
  return conceptsInSpan(corpus.units[r.unit]!, r.start, r.end);
}

/**
 * Checklists of measures rather than of an offence (victim services, compensation under the
 * Protocol and under the Convention, the migrant's exemption): the measure may sit in a provision
 * that shares few words with the paragraph (a restitution clause of a penal code), so more
 * candidates are read; the element patterns are specific enough to keep this safe.
 */
const WIDE_CHECKLISTS = new Set([
  'tip-protocol:3(b)',
  'tip-protocol:3(c)',
  'tip-protocol:6(3)',
  'tip-protocol:6(6)',
  'untoc:25(2)',
  'som-protocol:5',
]);

/** Requirements whose best provisions an element is looked for in. */
function elementAnchors(checklistId: string, elementId: string): string[] {
  const items = Object.entries(ITEM_ELEMENTS)
    .filter(([req, els]) => req.startsWith(`${checklistId}(`) && els.includes(elementId))
    .map(([req]) => req);
  return [...items, ...(checklistAnchors(checklistId) ?? [checklistId])];
}

export interface ElementDetection {
  elements: ElementResult[];
  /** Findings about the checklist as a whole (an anti-pattern of the offence). */
  findings: Finding[];
  /** Findings about one element (credited in substance, by reference). */
  elementFindings: Map<string, Finding[]>;
  /** Every provision where each element was found (the first is the one reported), for ranking. */
  support: Map<string, string[]>;
}

const noMeansCache = new WeakMap<MatchContext, Hit | null>();

/**
 * The provision showing that the trafficking offence requires no means at all (TIP art. 3(a) read
 * broadly): consent declared irrelevant in every case, or an act-and-purpose offence that names no
 * means and no child (a child clause without means is the art. 3(c) rule, not this one).
 */
export function noMeansTrigger(ctx: MatchContext): Hit | null {
  if (noMeansCache.has(ctx)) return noMeansCache.get(ctx)!;
  const hit = findNoMeansTrigger(ctx);
  noMeansCache.set(ctx, hit);
  return hit;
}

function findNoMeansTrigger(ctx: MatchContext): Hit | null {
  const regions = anchorRegions(ctx, ['tip-protocol:3(a)', 'tip-protocol:5(1)'], CHECKLIST_TERMS['tip-protocol:3(a)']);
  const universal = findInRegions(ctx.corpus, regions, UNIVERSAL_CONSENT, WHERE_MEANS);
  if (universal[0]) return universal[0];
  for (const r of regions) {
    const c = regionConcepts(ctx.corpus, r);
    const acts = ACT_CONCEPTS.filter((a) => c.has(a)).length;
    if (acts < 2 || !(c.has('exploitation') || c.has('prostitution'))) continue;
    if (MEANS.some((m) => c.has(m)) || c.has('child')) continue;
    const unit = ctx.corpus.units[r.unit]!;
    // "by any of the means", "par l'un des moyens", "por alguno de los medios": means required by reference.
    if (/\b(means|moyens?|medios?)\b/.test(fold(unit.listed.text.slice(r.start, r.end)))) continue;
    return { region: r, start: r.start, end: r.end, text: unit.listed.text.slice(r.start, r.end) };
  }
  return null;
}

/** Detect the elements of one checklist. */
export function detectElements(ctx: MatchContext, checklist: ElementChecklist): ElementDetection {
  const { corpus } = ctx;
  const id = checklist.requirementId;
  const terms = CHECKLIST_TERMS[id];
  const findings: Finding[] = [];
  const elementFindings = new Map<string, Finding[]>();
  const noteOn = (element: string, finding: Finding) =>
    elementFindings.set(element, [...(elementFindings.get(element) ?? []), finding]);
  const results = new Map<string, ElementResult>();
  const firstHit = new Map<string, Hit>();
  const support = new Map<string, string[]>();

  for (const group of checklist.groups) {
    for (const el of group.elements) {
      const rule = elementRule(el.id);
      if (!rule) {
        results.set(el.id, absent(el.id, 'no detection rule for this element'));
        continue;
      }
      // The Protocol offence and the provisions referring to it come first: the elements of its
      // definition, its liability forms and aggravations belong to that offence.
      const regime = offenceRegime(ctx, id);
      let regions = anchorRegions(ctx, elementAnchors(id, el.id), terms, WIDE_CHECKLISTS.has(id));
      if (SUBJECT_BOUND.test(el.id)) regions = regions.filter((r) => subjectOrGeneral(corpus, r.unit, id));
      regions = mergeRegions(regime, regions);
      const countryTerms = activeCountryTerms();
      let hits = findInRegions(
        corpus,
        regions,
        {
          en: expandPatterns(rule.en, 'en', countryTerms),
          fr: expandPatterns(rule.fr, 'fr', countryTerms),
          es: expandPatterns(rule.es, 'es', countryTerms),
        },
        rule.not,
        rule.exclude,
      );
      // An offence element needs an offence: the hit must sit in a unit that punishes.
      if (el.id === 'offence.smuggling') hits = hits.filter((h) => punishes(corpus, h.region.unit));
      // An aggravation of smuggling (SOM art. 6(3)) must be about smuggled migrants.
      if (el.id.startsWith('aggravation.')) hits = hits.filter((h) => aboutMigrants(corpus, h.region.unit));
      if (el.id === 'child.under18') hits = preferDirect(corpus, hits);
      const hit = hits[0];
      support.set(el.id, [...new Set(hits.map((h) => h.region.provision))]);
      if (hit) {
        firstHit.set(el.id, hit);
        const byRef = el.id === 'child.under18' && isChildByReference(corpus, hit);
        results.set(el.id, {
          id: el.id,
          present: true,
          ...locate(corpus, hit),
          note: byRef ? `by reference: "${hit.text}"` : `"${hit.text}"`,
        });
        if (byRef)
          noteOn(el.id, finding('element-by-reference', { element: el.id, quote: hit.text }, hit.region.provision));
      } else results.set(el.id, absent(el.id, 'not found in the provisions matching this requirement'));
    }
  }

  const credit = (target: string, source: Hit, why: string) => {
    const r = results.get(target);
    if (!r || r.present) return;
    results.set(target, { id: target, present: true, ...locate(corpus, source), note: `in substance: ${why}` });
    support.set(target, [source.region.provision]);
    noteOn(
      target,
      finding(
        'element-in-substance',
        { element: target, quote: clip(source.text), note: why },
        source.region.provision,
      ),
    );
  };

  if (id === 'tip-protocol:3(a)' || id === 'tip-protocol:3(c)') {
    const trigger = noMeansTrigger(ctx);
    if (trigger) {
      const why = `the offence requires no means at all ("${clip(trigger.text)}"), which covers every means of art. 3(a)`;
      for (const m of MEANS) credit(`means.${m}`, trigger, why);
      credit(
        'child.no_means',
        trigger,
        `no means are required for any victim ("${clip(trigger.text)}"), children included (art. 3(c))`,
      );
    }
  }
  if (id === 'tip-protocol:3(a)') creditInSubstance(ctx, results, firstHit, credit);
  if (id === 'som-protocol:3(a)') {
    const smuggling = smugglingOffence(ctx);
    if (smuggling) {
      credit(
        'smuggling.non_national',
        smuggling,
        `the offence covers any person ("${clip(smuggling.text)}"), non-nationals included`,
      );
      const benefits = support.get('smuggling.material_benefit') ?? [];
      if (!benefits.some((p) => benefitIsElement(corpus, p))) {
        credit(
          'smuggling.material_benefit',
          smuggling,
          'the offence does not require a benefit, so it covers profit-driven smuggling a fortiori',
        );
        findings.push(finding('smuggling-without-benefit', {}, smuggling.region.provision));
      }
    }
  }
  if (id === 'som-protocol:6(2)') {
    // An offence of facilitating or helping the entry makes whoever helps in it a principal.
    const smuggling = smugglingOffence(ctx);
    if (smuggling && findInRegions(corpus, [hitRegion(smuggling)], FACILITATION).length > 0)
      credit(
        'liability.accomplice',
        smuggling,
        `the offence itself punishes whoever facilitates or helps the entry ("${clip(smuggling.text)}"): those who help in it are principals`,
      );
  }

  return {
    elements: checklist.groups.flatMap((g) => g.elements.map((e) => results.get(e.id)!)),
    findings,
    elementFindings,
    support,
  };
}

/**
 * Purposes and means of TIP art. 3(a) covered in substance: an undefined purpose of
 * "exploitation" is not limited to a list (art. 3(a): exploitation "shall include, at a minimum"
 * the forms listed); forced labour or services covers the forms that exact labour or services;
 * prostitution and sexual exploitation cover each other; fraud and deception name the same means;
 * abduction is a form of the force and coercion named beside it.
 */
function creditInSubstance(
  ctx: MatchContext,
  results: Map<string, ElementResult>,
  firstHit: Map<string, Hit>,
  credit: (target: string, source: Hit, why: string) => void,
) {
  const { corpus } = ctx;
  const regions = anchorRegions(ctx, ['tip-protocol:3(a)', 'tip-protocol:5(1)'], CHECKLIST_TERMS['tip-protocol:3(a)']);
  const open = findInRegions(corpus, regions, OPEN_PURPOSE, undefined, QUALIFIED_PURPOSE)[0];
  if (open && !exploitationDefined(ctx)) {
    const why = `the purpose is exploitation in general ("${clip(open.text)}"), undefined and so not limited to a list`;
    for (const p of [
      'prostitution',
      'sexual_exploitation',
      'forced_labour',
      'slavery',
      'slavery_like',
      'servitude',
      'organ_removal',
    ])
      credit(`purpose.${p}`, open, why);
  }
  const labour = firstHit.get('purpose.forced_labour');
  if (labour && /servic/i.test(labour.text)) {
    const why = `forced "${labour.text}" covers slavery, servitude and like practices and sexual services, all of which exact labour or services`;
    for (const p of ['slavery', 'slavery_like', 'servitude', 'sexual_exploitation', 'prostitution'])
      credit(`purpose.${p}`, labour, why);
  }
  const sexual = firstHit.get('purpose.sexual_exploitation');
  if (sexual)
    credit('purpose.prostitution', sexual, `exploitation of the prostitution of others is a form of "${sexual.text}"`);
  const prostitution = firstHit.get('purpose.prostitution');
  if (prostitution)
    credit('purpose.sexual_exploitation', prostitution, `"${prostitution.text}" is a form of sexual exploitation`);
  const fraud = firstHit.get('means.fraud');
  const deception = firstHit.get('means.deception');
  if (deception) credit('means.fraud', deception, `"${deception.text}" covers fraud`);
  if (fraud) credit('means.deception', fraud, `"${fraud.text}" covers deception`);
  const force = firstHit.get('means.force');
  if (force && results.get('means.coercion')?.present)
    credit('means.abduction', force, 'abduction is a form of the force and coercion the text names');
}

function exploitationDefined(ctx: MatchContext): boolean {
  const { corpus } = ctx;
  if (corpus.acts.some((a) => a.tree.definitions.some((d) => /exploit|explot/i.test(d.term)))) return true;
  const all: Region[] = corpus.passages.map((p) => ({
    unit: corpus.docs[p.doc]!.unit,
    provision: p.provision.id,
    start: p.span[0],
    end: p.span[1],
    rank: 0,
  }));
  return findInRegions(corpus, all, EXPLOITATION_DEFINED).length > 0;
}

function isChildByReference(corpus: Corpus, hit: Hit): boolean {
  return findInRegions(corpus, [{ ...hit.region, start: hit.start, end: hit.end }], CHILD_BY_REFERENCE).length > 0;
}

/** Direct age thresholds before definitions by reference. */
function preferDirect(corpus: Corpus, hits: Hit[]): Hit[] {
  const direct = hits.filter((h) => !isChildByReference(corpus, h));
  return [...direct, ...hits.filter((h) => !direct.includes(h))];
}

/**
 * Liability and aggravation elements belong to the Protocol offence: they are credited in units
 * about that offence, or in general-part provisions that apply to every offence (attempt and
 * complicity rules of a penal code), not in a unit about another subject.
 */
const SUBJECT_BOUND = /^(liability|aggravation)\./;
const SUBJECTS: Record<string, string[]> = {
  'tip-protocol': ['trafficking', 'trafficking_offence'],
  'som-protocol': ['smuggling', 'illegal_entry'],
};

function subjectOrGeneral(corpus: Corpus, unit: number, checklistId: string): boolean {
  const own = SUBJECTS[checklistId.slice(0, checklistId.indexOf(':'))] ?? [];
  const concepts = unitConceptSet(corpus.units[unit]!);
  if (own.some((c) => concepts.has(c))) return true;
  return !['trafficking', 'trafficking_offence', 'smuggling', 'illegal_entry', 'migrant'].some((c) => concepts.has(c));
}

/**
 * The Protocol offence itself: the best candidates for the offence requirement that punish and
 * are about the Protocol's subject (for TIP, an act-and-purpose provision). Liability forms and
 * aggravations are read there first (TIP art. 5(2), SOM art. 6(2)-(3) all attach to that offence).
 */
export function coreOffenceRegions(ctx: MatchContext, checklistId: string): Region[] {
  const protocol = checklistId.slice(0, checklistId.indexOf(':'));
  const ids =
    protocol === 'tip-protocol'
      ? ['tip-protocol:5(1)', 'tip-protocol:3(a)']
      : ['som-protocol:6(1)(a)', 'som-protocol:3(a)'];
  const subject = SUBJECTS[protocol] ?? [];
  const { corpus } = ctx;
  const docs: number[] = [];
  for (const id of ids)
    for (const c of anchorCandidates(ctx, id)) {
      const unit = corpus.units[corpus.docs[c.doc]!.unit]!;
      if (docs.includes(c.doc) || !punishes(corpus, corpus.docs[c.doc]!.unit)) continue;
      if (!subject.some((s) => unitConceptSet(unit).has(s))) continue;
      docs.push(c.doc);
    }
  return docs.flatMap((d, rank) =>
    corpus.docs[d]!.passages.map((pi) => {
      const p = corpus.passages[pi]!;
      return { unit: corpus.docs[d]!.unit, provision: p.provision.id, start: p.span[0], end: p.span[1], rank };
    }),
  );
}

/** Regions of `first`, then those of `then` not already in it (same provision). */
function mergeRegions(first: Region[], then: Region[]): Region[] {
  const seen = new Set(first.map((r) => r.provision));
  return [...first, ...then.filter((r) => !seen.has(r.provision))];
}

/**
 * The offence and the penalty rules that refer to it ("En los supuestos del artículo 145 bis la
 * pena será...", "The offences under sections 3, 4 and 5 shall be punished..."), for the
 * checklists of the offence's own requirements.
 */
function offenceRegime(ctx: MatchContext, checklistId: string): Region[] {
  if (!REGIME_CHECKLISTS.has(checklistId)) return [];
  const { corpus } = ctx;
  const core = coreOffenceRegions(ctx, checklistId);
  const coreDocs = new Set(core.map((r) => corpus.passages[corpus.passageOf.get(r.provision)!]!.doc));
  const coreIds = new Set(core.map((r) => r.provision));
  const referring: Region[] = [];
  for (const p of corpus.passages) {
    if (coreDocs.has(p.doc) || !p.provision.crossRefs?.some((x) => x.targetId && coreIds.has(x.targetId))) continue;
    // Only penalty rules for the offence (aggravated forms, sanctions), not every mention of it.
    const c = conceptsInSpan(corpus.units[corpus.docs[p.doc]!.unit]!, p.span[0], p.span[1]);
    if (!['criminalize', 'imprisonment', 'penalty', 'aggravation'].some((x) => c.has(x))) continue;
    for (const qi of corpus.docs[p.doc]!.passages) {
      const q = corpus.passages[qi]!;
      referring.push({
        unit: corpus.docs[q.doc]!.unit,
        provision: q.provision.id,
        start: q.span[0],
        end: q.span[1],
        rank: 1000,
      });
    }
  }
  return mergeRegions(core, referring);
}

/** Checklists read in the offence regime first. */
const REGIME_CHECKLISTS = new Set([
  'tip-protocol:3(a)',
  'tip-protocol:3(b)',
  'tip-protocol:3(c)',
  'tip-protocol:3(d)',
  'tip-protocol:5(2)',
  'som-protocol:3(a)',
  'som-protocol:6(2)',
  'som-protocol:6(3)',
]);

/** True when a unit speaks of migrants, smuggling or illegal entry. */
function aboutMigrants(corpus: Corpus, unit: number): boolean {
  const c = unitConceptSet(corpus.units[unit]!);
  return c.has('smuggling') || c.has('migrant') || c.has('illegal_entry');
}

/** True when a unit creates an offence or sets a penalty. */
export function punishes(corpus: Corpus, unit: number): boolean {
  const c = unitConceptSet(corpus.units[unit]!);
  return c.has('criminalize') || c.has('imprisonment');
}

/** The smuggling offence (SOM art. 6(1)(a)), if the acts have one. */
export function smugglingOffence(ctx: MatchContext): Hit | null {
  const regions = anchorRegions(
    ctx,
    ['som-protocol:6(1)(a)', 'som-protocol:3(a)'],
    CHECKLIST_TERMS['som-protocol:3(a)'],
  );
  const rule = ELEMENT_RULES['offence.smuggling']!;
  return (
    findInRegions(ctx.corpus, regions, { en: rule.en, fr: rule.fr, es: rule.es }).find((h) =>
      punishes(ctx.corpus, h.region.unit),
    ) ?? null
  );
}

/**
 * Whether the provision where a benefit is named is an element of the smuggling offence rather
 * than an aggravation or another offence: it must itself describe the smuggling conduct.
 */
function benefitIsElement(corpus: Corpus, provision: string): boolean {
  const pi = corpus.passageOf.get(provision);
  if (pi === undefined) return false;
  const p = corpus.passages[pi]!;
  const c = conceptsInSpan(corpus.units[corpus.docs[p.doc]!.unit]!, p.span[0], p.span[1]);
  return c.has('smuggling') || c.has('illegal_entry');
}

/** The region of a hit's own words. */
function hitRegion(hit: Hit): Region {
  return { ...hit.region, start: hit.start, end: hit.end };
}

function clip(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The elements that decide an item requirement (TIP 5(2)(a) → liability.attempt). */
export function itemElements(requirementId: string): string[] {
  return ITEM_ELEMENTS[requirementId] ?? [];
}
