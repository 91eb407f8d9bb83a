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
import { homesOf, kindsOf } from './body-of-law';
import { withCountryTerms } from './lexicon';
import { findLawReferences, isSupplied } from './references';
import { fold } from './text';
import { rank, round, toMatch, type Candidate } from './matcher';
import type { MatchContext } from './regions';
import {
  keyConcepts,
  requirementInfos,
  requirementVectors,
  type KeyConcepts,
  type RequirementInfo,
} from './requirements';
import { explainReason, finding } from './explain';
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
  type RequirementMatch,
  type RequirementResult,
  type RequirementStatus,
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
/** A candidate this strong is "a strong candidate": a gap proposed next to it says why. */
const STRONG = 0.3;

/*
 * Status of a requirement without a checklist, from its best candidate's base score (the share of
 * the requirement's text matched) and its key concepts (see `keyConcepts`):
 * - gap below GAP_BELOW whatever is shared; below GAP_WITHOUT_KEYS_BELOW when the requirement has
 *   no key concept to check; below KEYLESS_GAP_BELOW when the first candidates hold fewer than half
 *   of its key concepts; below OFF_SUBJECT_GAP_BELOW when none of them deals with the subject the
 *   article title names;
 * - met from COMPLIANT_FROM when the best candidate names every key concept in its own words
 *   (COMPLIANT_WITHOUT_KEYS when there is none to check);
 * - partly met otherwise.
 * The thresholds are deliberately cautious on "compliant": a wrong "met" hides a gap from the
 * expert, a wrong "partial" only asks for a check.
 */
const GAP_BELOW = 0.03;
const GAP_WITHOUT_KEYS_BELOW = 0.12;
const KEYLESS_GAP_BELOW = 0.3;
const OFF_SUBJECT_GAP_BELOW = 0.6;
const COMPLIANT_FROM = 0.7;
/** A best candidate scoring below this (after reranking) is weak: the requirement is a gap. */
const WEAK_BELOW = 0.2;
const COMPLIANT_WITHOUT_KEYS = 0.85;

/** Share of its score a candidate holding none of the requirement's key concepts keeps. */
const KEYLESS_FACTOR = 0.6;

/** Rank bonus of a candidate holding all the checklist's elements (in proportion for some). */
const ELEMENT_BOOST = 0.5;

/** Core offence requirements: the Protocol offences UNTOC art. 34(2) and art. 11(1) are about. */
const CORE_OFFENCES: Record<string, string[]> = {
  'tip-protocol': ['tip-protocol:5(1)', 'tip-protocol:3(a)'],
  'som-protocol': ['som-protocol:6(1)(a)', 'som-protocol:3(a)'],
};

interface Assessment {
  status: RequirementStatus;
  confidence: number;
  code: ReasonCode;
  params?: ReasonParams;
  findings: Finding[];
}

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
  return withCountryTerms(input.countryTerms, () => analyzeWithTerms(input));
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

  const coreCandidates = (): Candidate[] => {
    const best = new Map<number, Candidate>();
    for (const p of protocols)
      for (const id of CORE_OFFENCES[p]!)
        for (const c of ctx.candidates(id))
          if (!best.has(c.doc) || best.get(c.doc)!.score < c.score) best.set(c.doc, c);
    return [...best.values()].sort((a, b) => b.score - a.score);
  };

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
    if (r.id === 'untoc:34(2)') candidates = coreCandidates().filter((c) => punishes(corpus, corpus.docs[c.doc]!.unit));
    else if (r.id === 'untoc:11(1)') candidates = sanctionCandidates(corpus, coreCandidates(), ctx.candidates(r.id));
    else candidates = rerankByKeys(ctx.candidates(r.id), keyConcepts(library, r.id));

    const { elements, support, checklistFindings } = elementsOf(info);
    if (elements.length) candidates = boostByElements(corpus, candidates, elements, support);

    const matches = candidates.filter((c, i) => i < MAX_MATCHES && c.score >= MIN_MATCH).map((c) => toMatch(corpus, c));

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
    // until that law is checked (unless that law is in the assessment, where it was followed).
    const top = matches[0];
    if (top && (a.status === 'gap' || a.status === 'partial')) {
      const unit = unitText.get(`${top.act}\u0001${top.unit}`);
      const refs = unit ? findLawReferences(unit.text, unit.language) : [];
      const seen = new Set<string>();
      for (const ref of refs) {
        const key = fold(ref.law);
        if (seen.has(key) || seen.size >= 2) continue;
        seen.add(key);
        const followed = isSupplied(ref.law, titles, supplied);
        a.findings = [
          ...a.findings,
          finding(
            'reference-to-other-law',
            { cite: cite(top), law: ref.law, quote: ref.quote, followed },
            top.provision,
          ),
        ];
        if (!followed && a.status === 'gap' && top.score >= STRONG)
          a = {
            ...a,
            status: 'partial',
            confidence: 0.5,
            code: 'by-reference',
            params: { law: ref.law, cite: cite(top) },
          };
      }
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

/**
 * UNTOC art. 11(1) asks for sanctions that take into account the gravity of the Protocol
 * offences: the candidates are the offence provisions that carry penalties, helped by the
 * paragraph's own ranking (aggravated penalties, sentencing rules).
 */
function sanctionCandidates(corpus: Corpus, core: Candidate[], own: Candidate[]): Candidate[] {
  const ownScore = new Map(own.map((c) => [c.doc, c.score]));
  const best = core[0]?.score ?? 0;
  // Offence relevance first, then how much penalty wording the provision carries (graded
  // penalties, aggravated ranges), then the paragraph's own match.
  const out = core
    .filter((c) => c.score >= 0.25 * best)
    .map((c) => {
      const penalties = penaltyCount(corpus, c.doc);
      const score = 0.5 * c.score + 0.1 * Math.min(penalties, 4) + 0.3 * (ownScore.get(c.doc) ?? 0);
      return { ...c, score: penalties > 0 ? Math.min(1, score) : 0 };
    })
    .filter((c) => c.score > 0);
  return out.sort((a, b) => b.score - a.score);
}

/** Penalty words in a document's own text (imprisonment, fines, terms of years). */
function penaltyCount(corpus: Corpus, doc: number): number {
  const d = corpus.docs[doc]!;
  const unit = corpus.units[d.unit]!;
  const spans = d.passages.map((p) => corpus.passages[p]!.span);
  return unit.occurrences.filter((o) => o.feature === 'c:penalty' && spans.some(([s, e]) => o.start >= s && o.end <= e))
    .length;
}

/**
 * A candidate holding none of the requirement's key concepts is not about the obligation however
 * many words it shares: scores are scaled by the share of key concepts each candidate holds.
 */
function rerankByKeys(candidates: Candidate[], keys: KeyConcepts): Candidate[] {
  if (keys.all.length === 0) return candidates;
  const factor = (c: Candidate) =>
    KEYLESS_FACTOR + ((1 - KEYLESS_FACTOR) * keyHits(c, keys.all).length) / keys.all.length;
  return candidates.map((c) => ({ ...c, score: c.score * factor(c) })).sort((a, b) => b.score - a.score);
}

/**
 * Candidates holding the checklist's elements move up, in proportion to the share of the
 * elements each holds (every provision where an element was found counts, not only the first).
 */
function boostByElements(
  corpus: Corpus,
  candidates: Candidate[],
  elements: ElementResult[],
  support: Map<string, string[]>,
): Candidate[] {
  const perDoc = new Map<number, number>();
  for (const e of elements) {
    if (!e.present) continue;
    const docs = new Set<number>();
    for (const id of support.get(e.id) ?? (e.provision ? [e.provision] : [])) {
      const pi = corpus.passageOf.get(id);
      if (pi !== undefined) docs.add(corpus.passages[pi]!.doc);
    }
    for (const d of docs) perDoc.set(d, (perDoc.get(d) ?? 0) + 1);
  }
  if (perDoc.size === 0) return candidates;
  const out = candidates.map((c) => ({
    ...c,
    score: c.score + (ELEMENT_BOOST * (perDoc.get(c.doc) ?? 0)) / elements.length,
  }));
  for (const [doc, n] of perDoc) {
    if (out.some((c) => c.doc === doc)) continue;
    const d = corpus.docs[doc]!;
    out.push({ doc, score: (ELEMENT_BOOST * n) / elements.length, base: 0, passage: d.passages[0]!, matched: [] });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** The number a match is cited by: the inserted unit's number in the amended law, else the unit's. */
function cite(m: RequirementMatch): string {
  return m.numbers[m.numbers.length - 1] ?? m.number;
}

function citesOf(matches: RequirementMatch[], n = 3): string[] {
  return matches.slice(0, n).map((m) => cite(m));
}

function assessScope(matches: RequirementMatch[], findings: Finding[]): Assessment {
  if (matches.length === 0) return { status: 'gap', confidence: 0.6, code: 'no-offence', findings: [] };
  if (findings.length > 0)
    return {
      status: 'partial',
      confidence: 0.7,
      code: 'offence-restricted',
      params: { cites: citesOf(matches, 2), codes: [...new Set(findings.map((f) => f.code))] },
      findings,
    };
  return {
    status: 'compliant',
    confidence: 0.7,
    code: 'offence-unrestricted',
    params: { cites: citesOf(matches, 2) },
    findings: [],
  };
}

function assessSanctions(matches: RequirementMatch[]): Assessment {
  if (matches.length === 0) return { status: 'gap', confidence: 0.6, code: 'no-offence-with-penalty', findings: [] };
  return {
    status: 'compliant',
    confidence: 0.6,
    code: 'penalties-set',
    params: { cites: citesOf(matches) },
    findings: [],
  };
}

function assessElements(
  matches: RequirementMatch[],
  elements: ElementResult[],
  checklistFindings: Finding[],
  related: Finding[],
): Assessment {
  const present = elements.filter((e) => e.present);
  const missing = elements.filter((e) => !e.present);
  const findings = [...checklistFindings, ...related];
  const antiPatterns = findings.filter((f) => f.code !== 'element-by-reference' && f.code !== 'element-in-substance');
  const where = [...new Set(present.map((e) => e.number ?? ''))].filter(Boolean).slice(0, 3);
  if (present.length === 0) {
    const strong = matches[0] && matches[0].score >= STRONG;
    if (strong) findings.push(finding('candidate-not-credited', { cite: cite(matches[0]!) }, matches[0]!.provision));
    return {
      status: 'gap',
      confidence: strong ? 0.55 : 0.75,
      code: strong ? 'elements-none-candidate' : 'elements-none',
      params: strong
        ? { cite: cite(matches[0]!), missing: missing.map((e) => e.id) }
        : { missing: missing.map((e) => e.id) },
      findings,
    };
  }
  if (missing.length === 0 && antiPatterns.length === 0) {
    const inSubstance = present.filter(
      (e) => e.note.startsWith('in substance') || e.note.startsWith('by reference'),
    ).length;
    return {
      status: 'compliant',
      confidence: inSubstance ? 0.65 : 0.8,
      code: 'elements-all',
      params: { count: present.length, where, inSubstance },
      findings,
    };
  }
  return {
    status: 'partial',
    confidence: 0.65,
    ...(missing.length > 0
      ? {
          code: 'elements-some' as const,
          params: { count: present.length, total: elements.length, where, missing: missing.map((e) => e.id) },
        }
      : {
          code: 'elements-anti-patterns' as const,
          params: { where, codes: [...new Set(antiPatterns.map((f) => f.code))] },
        }),
    findings,
  };
}

function assessDefinition(info: RequirementInfo, matches: RequirementMatch[]): Assessment {
  const chapeau = info.requirement.obligation !== 'definition';
  return {
    status: 'not_assessed',
    confidence: 0.5,
    code: 'definition',
    params: matches[0] ? { chapeau, cite: cite(matches[0]) } : { chapeau },
    findings: [],
  };
}

/**
 * TIP art. 5(1) criminalizes "the conduct set forth in article 3": met when an offence punishes
 * the conduct and the art. 3(a) definition is fully covered, partly met when the definition is
 * narrower.
 */
function assessCoreOffence(matches: RequirementMatch[], definition: ElementDetection | null): Assessment {
  if (matches.length === 0) return { status: 'gap', confidence: 0.7, code: 'no-trafficking-offence', findings: [] };
  const els = definition?.elements ?? [];
  const missing = els.filter((e) => !e.present);
  const acts = els.filter((e) => e.id.startsWith('act.') && e.present).length;
  if (acts === 0)
    return {
      status: 'partial',
      confidence: 0.45,
      code: 'core-no-acts',
      params: { cite: cite(matches[0]!) },
      findings: [],
    };
  if (missing.length === 0)
    return {
      status: 'compliant',
      confidence: 0.7,
      code: 'core-complete',
      params: { cites: citesOf(matches, 2) },
      findings: [],
    };
  return {
    status: 'partial',
    confidence: 0.65,
    code: 'core-narrower',
    params: { cites: citesOf(matches, 2), missing: missing.map((e) => e.id) },
    findings: [],
  };
}

/** Which of the key concepts a candidate holds (in its text or its heading). */
function keyHits(candidate: Candidate | undefined, keys: string[]): string[] {
  if (!candidate) return [];
  const matched = new Set(candidate.matched);
  return keys.filter((k) => matched.has(`c:${k}`));
}

/**
 * Status from the match alone, for requirements without a checklist: a gap when the best
 * candidate is weak, when none of the first three holds the subject named by the article title,
 * or when they hold fewer than half of the key concepts; met only when the best one is strong and
 * holds all of them; partly met otherwise.
 */
function assessByScore(
  info: RequirementInfo,
  matches: RequirementMatch[],
  candidates: Candidate[],
  keys: KeyConcepts,
): Assessment {
  const best = matches[0];
  const base = candidates[0]?.base ?? 0;
  const soft = info.obligation === 'consider' || info.obligation === 'optional';
  // The candidate holding most key concepts among the first three (the best one on a tie).
  let keyedAt = 0;
  let hits = keyHits(candidates[0], keys.all);
  for (let i = 1; i < Math.min(3, matches.length); i++) {
    const h = keyHits(candidates[i], keys.all);
    if (h.length > hits.length) [keyedAt, hits] = [i, h];
  }
  const titleHit = keys.title.length === 0 || candidates.slice(0, 3).some((c) => keyHits(c, keys.title).length > 0);
  // An article whose heading or first words name the subject of the article title ("Training",
  // « Formation des agents », "Capacitación") is about it, however few other key concepts it holds.
  const onSubject = keys.title.length > 0 && keyHits(candidates[0], keys.title).length > 0;
  const fewKeys = keys.all.length > 0 && hits.length * 2 < keys.all.length && base < KEYLESS_GAP_BELOW && !onSubject;
  const offSubject = !titleHit && base < OFF_SUBJECT_GAP_BELOW;
  // A weak candidate is not a reason to propose "partial": the best one must be a real match.
  const weak =
    base < GAP_BELOW || (keys.all.length === 0 && base < GAP_WITHOUT_KEYS_BELOW) || !best || best.score < WEAK_BELOW;
  if (!best || weak || fewKeys || offSubject) {
    const params: ReasonParams = !best
      ? { why: 'no-candidate' }
      : offSubject
        ? { why: 'off-subject', subject: keys.title, cite: cite(best) }
        : fewKeys
          ? { why: 'few-keys', cite: cite(best), hits, keys: keys.all }
          : { why: 'weak', cite: cite(best), score: round(Math.min(base, best.score)) };
    if (soft) params.soft = true;
    return {
      status: 'gap',
      confidence: best ? Math.min(0.85, 0.6 + Math.max(0, KEYLESS_GAP_BELOW - base)) : 0.85,
      code: 'not-addressed',
      params,
      findings: [],
    };
  }
  const evidence = (m: RequirementMatch) =>
    m.evidence
      .slice(0, 4)
      .map((e) => e.text)
      .join(', ');
  // Met: every key concept in the best provision's own words (not only in its heading or by inheritance).
  const ownWords = new Set(best.evidence.map((e) => e.term));
  const allKeys =
    keys.all.length === 0 ? base >= COMPLIANT_WITHOUT_KEYS : keys.all.every((k) => ownWords.has(`c:${k}`));
  if (base >= COMPLIANT_FROM && allKeys)
    return {
      status: 'compliant',
      confidence: Math.min(0.8, base),
      code: 'implemented',
      params: { cites: citesOf(matches, 2), evidence: evidence(best) },
      findings: [],
    };
  const lead = matches[keyedAt] ?? best;
  return {
    status: 'partial',
    confidence: 0.5,
    code: 'partly-addressed',
    params: {
      cite: lead !== best || !matches[1] ? cite(lead) : [cite(lead), cite(matches[1])],
      ...(lead !== best ? { also: cite(best) } : {}),
      evidence: evidence(lead),
    },
    findings: [],
  };
}
