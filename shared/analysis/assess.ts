import type { ElementDetection } from './elements';
import { finding } from './explain';
import { HEADING_PREFIX } from './corpus';
import { round, type Candidate } from './matcher';
import { keyHits } from './rank';
import type { KeyConcepts, RequirementInfo } from './requirements';
import type { ElementResult, Finding, ReasonCode, ReasonParams, RequirementMatch, RequirementStatus } from './types';

/**
 * The status proposed for a requirement, with its confidence and reason, from its matches and
 * (where it has one) its checklist of elements.
 */

/** A candidate this strong is "a strong candidate": a gap proposed next to it says why. */
export const STRONG = 0.3;

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

export interface Assessment {
  status: RequirementStatus;
  confidence: number;
  code: ReasonCode;
  params?: ReasonParams;
  findings: Finding[];
}

/** The number a match is cited by: the inserted unit's number in the amended law, else the unit's. */
export function cite(m: RequirementMatch): string {
  return m.numbers[m.numbers.length - 1] ?? m.number;
}

export function citesOf(matches: RequirementMatch[], n = 3): string[] {
  return matches.slice(0, n).map((m) => cite(m));
}

export function assessScope(matches: RequirementMatch[], findings: Finding[]): Assessment {
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

export function assessSanctions(matches: RequirementMatch[]): Assessment {
  if (matches.length === 0) return { status: 'gap', confidence: 0.6, code: 'no-offence-with-penalty', findings: [] };
  return {
    status: 'compliant',
    confidence: 0.6,
    code: 'penalties-set',
    params: { cites: citesOf(matches) },
    findings: [],
  };
}

export function assessElements(
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

export function assessDefinition(info: RequirementInfo, matches: RequirementMatch[]): Assessment {
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
export function assessCoreOffence(matches: RequirementMatch[], definition: ElementDetection | null): Assessment {
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

/**
 * Status from the match alone, for requirements without a checklist: a gap when the best
 * candidate is weak, when none of the first three holds the subject named by the article title,
 * or when they hold fewer than half of the key concepts; met only when the best one is strong and
 * holds all of them; partly met otherwise.
 */
export function assessByScore(
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
  // A weak candidate is not a reason to propose "partial": the best one must be a real match. An
  // article headed by the subject ("Training", « Formation », "Capacitación" for a paragraph on
  // training) is one, however short its text beside the paragraph's.
  const headed = keys.title.some((k) => candidates[0]?.matched.includes(`${HEADING_PREFIX}c:${k}`));
  const weak =
    !best ||
    (!headed &&
      (base < GAP_BELOW || (keys.all.length === 0 && base < GAP_WITHOUT_KEYS_BELOW) || best.score < WEAK_BELOW));
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
