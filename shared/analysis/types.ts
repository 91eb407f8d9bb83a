import type { LanguageCode } from '../domain/source';
import type { ProvisionTree } from '../domain/provision';
import type { Obligation, ReferenceLibrary } from '../reference/types';

/** Version tag of the analysis JSON contract; bump it on any incompatible change. */
export const ANALYSIS_SCHEMA = 'lexgap.analysis/1' as const;

/** Proposed assessment of one requirement (the expert confirms or overrides it). */
import type { RequirementStatus } from '../domain/status';
export { REQUIREMENT_STATUSES, type RequirementStatus } from '../domain/status';

/**
 * The kinds of law a body of law is made of: where a measure usually lives. An act can be of
 * several kinds (a trafficking act with its own procedure, a penal code with its general part).
 */
export type LawKind =
  | 'trafficking-act'
  | 'smuggling-act'
  | 'penal-code'
  | 'penal-code-general-part'
  | 'immigration'
  | 'criminal-procedure'
  | 'mutual-legal-assistance'
  | 'anti-money-laundering'
  | 'anti-corruption'
  | 'witness-protection'
  | 'victim-compensation';

export const LAW_KINDS: readonly LawKind[] = [
  'trafficking-act',
  'smuggling-act',
  'penal-code',
  'penal-code-general-part',
  'immigration',
  'criminal-procedure',
  'mutual-legal-assistance',
  'anti-money-laundering',
  'anti-corruption',
  'witness-protection',
  'victim-compensation',
];

/** One national act given to the analysis, already segmented. */
export interface AnalysisInputAct {
  /** File name (or any stable label) the act came from. */
  file: string;
  title: string;
  language: LanguageCode;
  tree: ProvisionTree;
  /** What kinds of law the act is, as the user recorded them; recognised from its text when absent. */
  kinds?: LawKind[];
}

/** A term of the country's law the user adds to a concept ("peonage" for debt bondage). */
export interface CountryTerm {
  /** Concept id of the rules (resources/reference/rules/concepts.json), e.g. "debt_bondage". */
  concept: string;
  language: LanguageCode;
  /** The words, as a pattern of the rules' pattern language (plain words are fine). */
  pattern: string;
}

export interface AnalysisInput {
  acts: AnalysisInputAct[];
  library: ReferenceLibrary;
  /** Instrument ids to analyse against (e.g. "tip-protocol", "untoc"); Model Laws included when listed. */
  instruments: string[];
  /** Obligation levels to keep; all levels when absent. */
  obligations?: Obligation[];
  /** Timestamp written to `generatedAt`; the current time when absent (tests pass a fixed one). */
  now?: Date;
  /** Terms of the country's law added to the concepts for this assessment. */
  countryTerms?: CountryTerm[];
  /** Requirement ids the user put out of scope: proposed "not applicable". */
  outOfScope?: string[];
}

/**
 * A primary unit of an act as listed in the result, in document order: every provision of level
 * "unit" that is not inside another unit (units under parts, chapters or titles are listed; their
 * subsections and the units an amending section inserts are not, they are part of its text), and
 * every schedule as one entry. Preambles are not listed.
 * `text` is the unit's full text: its own text, then for each descendant in document order a line
 * with its heading (when it has one) and a line with its label and own text. Every span in the
 * result (evidence, elements) is an offset into this `text`.
 */
export interface AnalysisProvision {
  /** Provision id in the act's tree. */
  id: string;
  /** Printed number without its designation word: "3", "279.01", "145 bis", "1" for "premier". */
  number: string;
  label: string;
  heading: string | null;
  text: string;
}

export interface AnalysisAct {
  file: string;
  title: string;
  language: LanguageCode;
  provisions: AnalysisProvision[];
}

/** A matched word or concept, located in the listed unit's `text`. */
export interface Evidence {
  /** What matched: a concept id of the lexicon ("c:confiscation") or a word stem ("w:restitut"). */
  term: string;
  /** The words as printed. */
  text: string;
  start: number;
  end: number;
}

/** A national provision proposed as implementing a requirement. */
export interface RequirementMatch {
  /** `file` of the act. */
  act: string;
  /** Id of the provision that matched best inside the unit (the unit itself, a subsection, an inserted section). */
  provision: string;
  /** Id of the listed primary unit containing it (its `text` holds the evidence spans). */
  unit: string;
  /** Number of the primary unit ("3" for an amending section 3). */
  number: string;
  /**
   * Unit numbers on the path from the primary unit down to the matched provision, with the
   * number a unit takes in the law it amends after its own: ["3", "279.01"] for section 3
   * inserting Criminal Code s. 279.01; ["3"] when nothing is inserted.
   */
  numbers: string[];
  /** Relevance, 0..1, comparable across requirements. */
  score: number;
  evidence: Evidence[];
}

/** Presence of one element of a requirement's checklist (elements.json). */
export interface ElementResult {
  /** Stable element id from elements.json ("means.vulnerability"). */
  id: string;
  present: boolean;
  /** Where it was found (or, when absent, null). */
  act: string | null;
  provision: string | null;
  unit: string | null;
  number: string | null;
  /** [start, end) in the listed unit's `text`. */
  span: [number, number] | null;
  /** How it was established: the words matched, or the rule that covers it in substance. */
  note: string;
}

/**
 * Codes of the findings the analysis raises. The first seven are the anti-patterns experts look
 * for first; the last three explain how an element was credited.
 */
export type FindingCode =
  /** The offence requires crossing a border (contrary to UNTOC art. 34(2)). */
  | 'offence-requires-transnationality'
  /** The offence requires an organized criminal group (contrary to UNTOC art. 34(2)). */
  | 'offence-requires-organized-group'
  /** The victim's consent is accepted as a defence (contrary to TIP art. 3(b)). */
  | 'consent-defence'
  /** Means must be proved for child victims too (contrary to TIP art. 3(c)). */
  | 'child-means-required'
  /** "Child" is defined with an age threshold below 18 (contrary to TIP art. 3(d)). */
  | 'child-age-below-18'
  /** Migrants are punishable for having been smuggled (contrary to SOM art. 5). */
  | 'migrant-criminalized'
  /** The smuggling offence does not require a financial or other material benefit (SOM art. 3(a)). */
  | 'smuggling-without-benefit'
  /** An element is covered in substance by a broader rule, not by name. */
  | 'element-in-substance'
  /** An element is covered only by reference to a law outside the analysed text. */
  | 'element-by-reference'
  /** A candidate provision exists but does not meet the requirement (the reason says why). */
  | 'candidate-not-credited'
  /** A provision takes its content from another law ("as defined in section 12 of the Criminal Code"). */
  | 'reference-to-other-law'
  /** A provision of the general part (attempt, complicity, legal persons…) serves the requirement for all offences. */
  | 'general-part'
  /** The requirement usually lives in a kind of law that was not supplied. */
  | 'law-not-supplied';

/** Parameters of a reason or a finding, rendered in the user's language by `explain.ts`. */
export type ReasonParams = Record<string, string | number | boolean | string[]>;

/** What a requirement's reason says, independent of the language (rendered by `explain.ts`). */
export type ReasonCode =
  | 'general-clause'
  | 'out-of-scope'
  | 'not-supplied'
  | 'no-offence'
  | 'offence-restricted'
  | 'offence-unrestricted'
  | 'no-offence-with-penalty'
  | 'penalties-set'
  | 'elements-none-candidate'
  | 'elements-none'
  | 'elements-all'
  | 'elements-some'
  | 'elements-anti-patterns'
  | 'definition'
  | 'no-trafficking-offence'
  | 'core-no-acts'
  | 'core-complete'
  | 'core-narrower'
  | 'not-addressed'
  | 'implemented'
  | 'partly-addressed'
  | 'by-reference'
  | 'general-part';

export interface Finding {
  code: FindingCode;
  /** The finding in English. */
  message: string;
  /** Provision the finding is about, when there is one. */
  provision: string | null;
  /** Parameters for rendering the message in another language (`explainFinding`). */
  params?: ReasonParams;
}

export interface RequirementResult {
  /** `<instrument>:<ref>` exactly as in the reference data. */
  id: string;
  instrument: string;
  ref: string;
  obligation: Obligation;
  status: RequirementStatus;
  /** Confidence in the proposed status, 0..1. */
  confidence: number;
  /** One line saying why, in English. */
  reason: string;
  /** What the reason says, for rendering it in the user's language (`explainReason`). */
  reasonCode?: ReasonCode;
  reasonParams?: ReasonParams;
  /** Candidates, best first. */
  matches: RequirementMatch[];
  /** One entry per checklist element, in checklist order; empty when the requirement has no checklist. */
  elements: ElementResult[];
  findings: Finding[];
}

/** The analysis result, which is the versioned JSON contract `lexgap.analysis/1`. */
export interface AnalysisResult {
  schema: typeof ANALYSIS_SCHEMA;
  /** ISO 8601 timestamp. */
  generatedAt: string;
  instruments: string[];
  acts: AnalysisAct[];
  requirements: RequirementResult[];
  /** The kinds of law the acts were taken to be (recorded by the user, else recognised from the text). */
  bodyOfLaw?: { act: string; kinds: LawKind[] }[];
  /** Kinds of law not supplied, with the requirements proposed "not assessed" for want of them: the laws to ask for. */
  lawsToRequest?: { kind: LawKind; requirements: string[] }[];
}
