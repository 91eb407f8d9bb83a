import type { LanguageCode } from '../domain/source';
import type { Obligation } from '../reference/types';
import { buildCorpus, type Corpus } from './corpus';
import { detectElements, itemElements, punishes, type ElementDetection } from './elements';
import {
  childAgeFindings,
  childMeansFindings,
  consentDefenceFindings,
  migrantFindings,
  offenceScopeFindings,
} from './findings';
import { generalPartUnits, homesOf, kindsOf, servedByGeneralPart } from './body-of-law';
import { ACT_CONCEPTS, withCountryTerms } from './lexicon';
import { withLibraryRules } from './library-rules';
import { followReferences } from './follow';
import { rank, round, toMatch, type Candidate } from './matcher';
import type { MatchContext } from './regions';
import { keyConcepts, requirementInfos, requirementVectors, type RequirementInfo } from './requirements';
import { explainReason, finding } from './explain';
import {
  assessByScore,
  assessCoreOffence,
  assessDefinition,
  assessElements,
  assessSanctions,
  assessScope,
  cite,
  type Assessment,
} from './assess';
import { boostByElements, docsOfElements, offenceFirst, penaltyCount, rerankByKeys, sanctionCandidates } from './rank';
import {
  ANALYSIS_SCHEMA,
  LAW_KINDS,
  type LawKind,
  type ReasonCode,
  type ReasonParams,
  type AnalysisInput,
  type AnalysisResult,
  type ElementResult,
  type Finding,
  type RequirementResult,
} from './types';

export * from './types';

/**
 * Gap analysis of national acts against the UN Protocols, UNTOC and the Model Laws: for every
 * requirement in scope, the national provisions that implement it (ranked, with evidence), the
 * checklist elements present and missing, the anti-patterns found, and a proposed status with a
 * confidence and a one-line reason. Pure: no I/O, deterministic for a given input and `now`.
 */

/** Matches listed per requirement. */
const MAX_MATCHES = 5;
/** Below this score a candidate is not listed at all. */
const MIN_MATCH = 0.04;

/** Core offence requirements: the Protocol offences UNTOC art. 34(2) and art. 11(1) are about. */
const CORE_OFFENCES: Record<string, string[]> = {
  'tip-protocol': ['tip-protocol:5(1)', 'tip-protocol:3(a)'],
  'som-protocol': ['som-protocol:6(1)(a)', 'som-protocol:3(a)'],
};

/** The conduct elements of each Protocol offence, by the checklist that detects them. */
const CONDUCT: Record<string, [string, string[]][]> = {
  'tip-protocol': [['tip-protocol:3(a)', ACT_CONCEPTS.map((a) => `act.${a}`)]],
  'som-protocol': [
    ['som-protocol:6(1)', ['offence.smuggling']],
    ['som-protocol:3(a)', ['smuggling.illegal_entry']],
  ],
};

/** The reason fields of a result: the code, its parameters and the English rendering. */
function reasonOf(code: ReasonCode, params: ReasonParams = {}) {
  return {
    reason: explainReason({ reasonCode: code, reasonParams: params }, 'en'),
    reasonCode: code,
    reasonParams: params,
  };
}

/** Run the analysis. See `AnalysisResult` for the contract. */
export function analyze(input: AnalysisInput): AnalysisResult {
  return withLibraryRules(input.library.rules, () =>
    withCountryTerms(input.countryTerms, () => analyzeWithTerms(input)),
  );
}

function analyzeWithTerms(input: AnalysisInput): AnalysisResult {
  const { library } = input;
  const instruments = [...new Set(input.instruments)];
  const chosen = new Set(instruments);
  const obligations = input.obligations ? new Set<Obligation>(input.obligations) : null;
  const corpus = buildCorpus(input.acts);
  const infos = requirementInfos(library);
  const byId = new Map(infos.map((i) => [i.requirement.id, i]));
  const languages = [...new Set(input.acts.map((a) => a.language))];
  const vectorsByLang = new Map(languages.map((l) => [l, requirementVectors(library, l)]));

  const ranked = new Map<string, Candidate[]>();
  const ctx: MatchContext = {
    corpus,
    candidates(id) {
      let list = ranked.get(id);
      if (!list) {
        const vectors = new Map<LanguageCode, Map<string, number>>();
        for (const [l, v] of vectorsByLang) {
          const vec = v.get(id);
          if (vec) vectors.set(l, vec);
        }
        list = rank(corpus, vectors);
        ranked.set(id, list);
      }
      return list;
    },
  };

  const subjects = subjectPresence(corpus);
  const bodyOfLaw = input.acts.map((act) => ({ act: act.file, kinds: kindsOf(act) }));
  const supplied = new Set(bodyOfLaw.flatMap((b) => b.kinds));
  const toRequest = new Map<LawKind, string[]>();
  const titles = input.acts.map((act) => act.title);
  const key = (m: { act: string; unit: string }) => `${m.act}\u0001${m.unit}`;
  // The units of a whole penal code's general part (rules for all offences).
  const generalUnits = new Set<string>();
  input.acts.forEach((act, i) => {
    if (!bodyOfLaw[i]!.kinds.includes('penal-code-general-part')) return;
    const units = corpus.units.filter((u) => u.act === i);
    const inPart = generalPartUnits(units.map((u) => u.groupHeadings));
    units.forEach((u, k) => inPart[k] && generalUnits.add(key({ act: act.file, unit: u.listed.id })));
  });
  const unitText = new Map(
    corpus.units.map((u) => [
      `${input.acts[u.act]!.file}\u0001${u.listed.id}`,
      { text: u.listed.text, language: input.acts[u.act]!.language },
    ]),
  );
  const scope = infos.filter(
    (i) => chosen.has(i.requirement.instrument) && (!obligations || obligations.has(i.obligation)),
  );

  // Checklists, findings and special rankings are computed once and shared by the requirements.
  const detections = new Map<string, ElementDetection>();
  const detection = (checklistId: string): ElementDetection | null => {
    const info = byId.get(checklistId);
    if (!info?.checklist) return null;
    let d = detections.get(checklistId);
    if (!d) detections.set(checklistId, (d = detectElements(ctx, info.checklist)));
    return d;
  };
  const protocols = new Set(
    [...chosen]
      .map((i) => (i === 'model-law-tip' ? 'tip-protocol' : i === 'model-law-som' ? 'som-protocol' : i))
      .filter((i) => CORE_OFFENCES[i] && subjects.get(i) !== false),
  );
  if (protocols.size === 0) for (const p of Object.keys(CORE_OFFENCES)) if (subjects.get(p)) protocols.add(p);
  const scopeFindings = offenceScopeFindings(ctx, protocols);
  const consentFindings = protocols.has('tip-protocol') ? consentDefenceFindings(ctx) : [];
  const ageFindings = protocols.has('tip-protocol') ? childAgeFindings(ctx) : [];
  const migrantPunished = protocols.has('som-protocol') ? migrantFindings(ctx) : [];

  // Where the offences are created: the documents holding the conduct of a Protocol's definition.
  let conduct: Set<number> | null = null;
  const conductDocs = (): Set<number> => {
    if (conduct) return conduct;
    conduct = new Set<number>();
    for (const p of protocols)
      for (const [checklistId, ids] of CONDUCT[p] ?? []) {
        const d = detection(checklistId);
        if (d) for (const doc of docsOfElements(corpus, d.support, ids)) conduct.add(doc);
      }
    return conduct;
  };
  const coreCandidates = (): Candidate[] => {
    const best = new Map<number, Candidate>();
    for (const p of protocols)
      for (const id of CORE_OFFENCES[p]!)
        for (const c of ctx.candidates(id))
          if (!best.has(c.doc) || best.get(c.doc)!.score < c.score) best.set(c.doc, c);
    return offenceFirst(
      corpus,
      [...best.values()].sort((a, b) => b.score - a.score),
      conductDocs(),
    );
  };
  const offenceIds = new Set([...protocols].map((p) => CORE_OFFENCES[p]![0]!));

  const results: RequirementResult[] = [];
  for (const info of scope) {
    const r = info.requirement;
    const base = { id: r.id, instrument: r.instrument, ref: r.ref, obligation: info.obligation };
    if (info.paragraph && r.obligation === 'general') {
      results.push({
        ...base,
        status: 'not_applicable',
        confidence: 0.9,
        ...reasonOf('general-clause'),
        matches: [],
        elements: [],
        findings: [],
      });
      continue;
    }
    // UNTOC art. 34(2) and 11(1) are about the Protocol offences themselves: their candidates are
    // the offence provisions (with their penalties, for art. 11(1)), not words shared with them.
    let candidates: Candidate[];
    if (r.id === 'untoc:34(2)')
      candidates = coreCandidates().filter(
        (c) => punishes(corpus, corpus.docs[c.doc]!.unit) || penaltyCount(corpus, c.doc) > 0,
      );
    else if (r.id === 'untoc:11(1)') candidates = sanctionCandidates(corpus, coreCandidates(), ctx.candidates(r.id));
    else candidates = rerankByKeys(ctx.candidates(r.id), keyConcepts(library, r.id));

    const { elements, support, checklistFindings } = elementsOf(info);
    if (elements.length) candidates = boostByElements(corpus, candidates, elements, support);
    if (offenceIds.has(r.id)) candidates = offenceFirst(corpus, candidates, conductDocs());

    let matches = candidates.filter((c, i) => i < MAX_MATCHES && c.score >= MIN_MATCH).map((c) => toMatch(corpus, c));

    let a: Assessment;
    if (r.id === 'untoc:34(2)') a = assessScope(matches, scopeFindings);
    else if (r.id === 'untoc:11(1)') a = assessSanctions(matches);
    else if (r.id === 'tip-protocol:5(1)') a = assessCoreOffence(matches, detection('tip-protocol:3(a)'));
    else if (elements.length) {
      const related = linkedOrOwn(info).flatMap(relatedFindings);
      a = assessElements(matches, elements, checklistFindings, [...new Set(related)]);
    } else if (r.obligation === 'definition' || (info.children.length > 0 && !info.paragraph?.text.match(/shall|may/)))
      a = assessDefinition(info, matches);
    else a = assessByScore(info, matches, candidates, keyConcepts(library, r.id));

    // The best candidate takes its content from another law: say which, and credit it as partial
    // until that law is checked; when that law is in the assessment, follow the reference.
    ({ a, matches } = followReferences(a, matches, matches[0] && unitText.get(key(matches[0])), {
      corpus,
      titles,
      kinds: bodyOfLaw.map((b) => b.kinds),
      candidates,
    }));

    // A provision of the general part serves the requirement for every offence, the Protocol
    // offences included: credited once, with a note that it applies to all offences.
    const general = servedByGeneralPart(r.id) ? matches.slice(0, 3).filter((m) => generalUnits.has(key(m))) : [];
    if ((a.status === 'compliant' || a.status === 'partial') && general[0] && general[0] === matches[0]) {
      a = {
        ...a,
        findings: [...a.findings, finding('general-part', { cite: cite(general[0]) }, general[0].provision)],
      };
      if (a.status === 'compliant') a = { ...a, code: 'general-part', params: { cites: general.map(cite) } };
    }

    // A provision of a special act matching a measure that usually lives in a law not supplied
    // (territorial jurisdiction in the general part of the penal code) is not the whole answer:
    // partly met until that law is checked.
    const usual = homesOf(r.id);
    if (a.status === 'compliant' && a.code === 'implemented' && usual.length && !usual.some((h) => supplied.has(h)))
      a = {
        ...a,
        status: 'partial',
        confidence: 0.5,
        code: 'partly-addressed',
        params: { cite: a.params?.cites ?? [], ...(a.params?.evidence ? { evidence: a.params.evidence } : {}) },
      };

    // A gap of the texts supplied is not a gap of the law when the measure usually lives in a
    // kind of law that was not supplied: ask for that law instead.
    const homes = homesOf(r.id);
    const home = homes[0];
    if (a.status === 'gap' && home && !homes.some((h) => supplied.has(h))) {
      const params: ReasonParams = matches[0] ? { kind: home, cite: cite(matches[0]) } : { kind: home };
      a = {
        status: 'not_assessed',
        confidence: 0.6,
        code: 'not-supplied',
        params,
        findings: [...a.findings, finding('law-not-supplied', { kind: home }, null)],
      };
      toRequest.set(home, [...(toRequest.get(home) ?? []), r.id]);
    }

    results.push({
      ...base,
      status: a.status,
      confidence: round(a.confidence),
      ...reasonOf(a.code, a.params),
      matches,
      elements,
      findings: a.findings,
    });
  }

  /** The checklist whose elements decide a paragraph: its own, or its chapeau's (5(2)(a) → 5(2)). */
  function checklistAbove(id: string): string | null {
    for (let cur = byId.get(id); cur; cur = cur.parent ? byId.get(cur.parent) : undefined)
      if (cur.checklist) return cur.requirement.id;
    return null;
  }

  /**
   * Elements deciding a requirement: its checklist; for an item of a chapeau with a checklist, the
   * item's own elements; for a Model Law article or a linked article of an imported instrument,
   * those of the paragraphs it implements.
   */
  function elementsOf(info: RequirementInfo): {
    elements: ElementResult[];
    support: Map<string, string[]>;
    checklistFindings: Finding[];
  } {
    const targets = linkedOrOwn(info);
    const elements: ElementResult[] = [];
    const support = new Map<string, string[]>();
    const checklistFindings: Finding[] = [];
    for (const target of targets) {
      const own = byId.get(target)?.checklist ? target : null;
      const checklistId = own ?? (itemElements(target).length ? checklistAbove(target) : null);
      const det = checklistId ? detection(checklistId) : null;
      if (!det) continue;
      const wanted = own ? null : itemElements(target);
      for (const e of det.elements) {
        if ((wanted && !wanted.includes(e.id)) || elements.some((x) => x.id === e.id)) continue;
        elements.push(e);
        support.set(e.id, det.support.get(e.id) ?? []);
        checklistFindings.push(...(det.elementFindings.get(e.id) ?? []));
      }
      // Anti-patterns of the offence concern the whole checklist, not one of its items.
      if (own) for (const f of det.findings) if (!checklistFindings.includes(f)) checklistFindings.push(f);
    }
    return { elements, support, checklistFindings };
  }

  function relatedFindings(id: string): Finding[] {
    switch (id) {
      case 'tip-protocol:3(b)':
        return consentFindings;
      case 'tip-protocol:3(d)':
        return ageFindings;
      case 'som-protocol:5':
        return migrantPunished;
      case 'tip-protocol:3(c)':
        return childMeansFindings(
          ctx,
          detection('tip-protocol:3(a)')?.elements ?? [],
          detection('tip-protocol:3(c)')?.elements.find((e) => e.id === 'child.no_means'),
        );
      default:
        return [];
    }
  }

  return {
    schema: ANALYSIS_SCHEMA,
    generatedAt: (input.now ?? new Date()).toISOString(),
    instruments,
    acts: input.acts.map((act, i) => ({
      file: act.file,
      title: act.title,
      language: act.language,
      provisions: corpus.units.filter((u) => u.act === i).map((u) => u.listed),
    })),
    requirements: results,
    bodyOfLaw,
    lawsToRequest: LAW_KINDS.filter((k) => toRequest.has(k)).map((kind) => ({
      kind,
      requirements: toRequest.get(kind)!,
    })),
  };
}

/**
 * The requirements whose checklists and findings stand for a requirement: the paragraphs a Model
 * Law article implements (none when it links none), those an imported article is linked to, or
 * the requirement itself.
 */
function linkedOrOwn(info: RequirementInfo): string[] {
  const links = info.requirement.implements;
  return info.modelLaw || links.length > 0 ? links : [info.requirement.id];
}

/** Whether the acts deal with trafficking and with smuggling at all (in a text or a heading). */
function subjectPresence(corpus: Corpus): Map<string, boolean> {
  const has = (...concepts: string[]) => concepts.some((c) => (corpus.df.get(`c:${c}`) ?? 0) > 0);
  return new Map([
    ['tip-protocol', has('trafficking', 'trafficking_offence')],
    ['som-protocol', has('smuggling', 'illegal_entry')],
  ]);
}
