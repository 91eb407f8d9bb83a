import type { LanguageCode } from '../domain/source';
import { OBLIGATIONS } from '../domain/status';
import { listRequirements } from '../reference/library';
import type {
  Article,
  ElementChecklist,
  ModelLawArticle,
  Obligation,
  Paragraph,
  ReferenceLibrary,
  Requirement,
} from '../reference/types';
import { SUBJECT_CONCEPT, concept, derivedConcepts, findConcepts, withCountryTerms } from './lexicon';
import { HEADING_PREFIX } from './corpus';
import { foldText, isStopWord, tokenize } from './text';

/**
 * The requirement side of the analysis: every paragraph of the chosen instruments and every
 * Model Law article, with its relatives (chapeau, items) and a weighted term vector per law
 * language, computed once per library and language.
 */

export interface RequirementInfo {
  requirement: Requirement;
  paragraph: Paragraph | null;
  article: Article | null;
  modelLaw: ModelLawArticle | null;
  /** Requirement id of the chapeau this item belongs to ("tip-protocol:5(2)" for 5(2)(a)). */
  parent: string | null;
  children: string[];
  /**
   * Obligation used for ranking and status. A Model Law article whose status the data does not
   * give takes the strongest class of the paragraphs it implements (a template of a mandatory
   * provision is mandatory in substance).
   */
  obligation: Obligation;
  checklist: ElementChecklist | null;
  /** Language of the requirement's own text and title: English, or an imported instrument's language. */
  language: LanguageCode;
}

/* Weights of the sources of a requirement's vector. */
const S_TEXT = 1;
const S_TITLE = 1.3;
/** The article title names what the obligation is about ("Jurisdiction", "Protection of witnesses"). */
const S_TITLE_CONCEPT = 2;
/** An article title matching a national heading: a bonus on top of the text match. */
const S_HEADING = 0.8;
/** The paragraph's own specific concepts matching a heading: a smaller bonus. */
const S_HEADING_TEXT = 0.4;
const S_CHAPEAU = 0.5;
const S_ITEMS = 0.6;
const S_IMPLEMENTS = 0.6;
const S_SUBJECT = 0.4;
/** A paragraph referring to another ("the conduct set forth in article 3") borrows its vocabulary. */
const S_REFERENCE = 0.6;
/** Concepts are more reliable than single words: a concept match across wordings is a strong sign. */
const CONCEPT_BOOST = 1.6;

const ORDER: readonly Obligation[] = OBLIGATIONS;

function parentRef(ref: string): string | null {
  const m = /^(.*)\([^()]*\)$/.exec(ref);
  return m && m[1] ? m[1] : null;
}

/** Every requirement of the library with its relatives, checklist and effective obligation. */
export function requirementInfos(library: ReferenceLibrary): RequirementInfo[] {
  const cached = infoCache.get(library);
  if (cached) return cached;
  const byId = new Map<string, RequirementInfo>();
  const paragraphs = new Map<string, { p: Paragraph; a: Article }>();
  const modelLaws = new Map<string, ModelLawArticle>();
  for (const inst of library.instruments) {
    for (const a of inst.articles) for (const p of a.paragraphs) paragraphs.set(p.id, { p, a });
    for (const m of inst.modelLawArticles) modelLaws.set(m.id, m);
  }
  const checklists = new Map(library.checklists.map((c) => [c.requirementId, c]));
  const languages = new Map(library.instruments.map((i) => [i.id, i.language ?? 'en']));
  const out: RequirementInfo[] = [];
  for (const r of listRequirements(library)) {
    const para = paragraphs.get(r.id);
    const info: RequirementInfo = {
      requirement: r,
      paragraph: para?.p ?? null,
      article: para?.a ?? null,
      modelLaw: modelLaws.get(r.id) ?? null,
      parent: null,
      children: [],
      obligation: r.obligation,
      checklist: checklists.get(r.id) ?? null,
      language: languages.get(r.instrument) ?? 'en',
    };
    byId.set(r.id, info);
    out.push(info);
  }
  for (const info of out) {
    if (!info.paragraph) continue;
    let ref = parentRef(info.requirement.ref);
    while (ref) {
      const parent = byId.get(`${info.requirement.instrument}:${ref}`);
      if (parent) {
        info.parent = parent.requirement.id;
        parent.children.push(info.requirement.id);
        break;
      }
      ref = parentRef(ref);
    }
  }
  for (const info of out) {
    if (!info.modelLaw || info.modelLaw.status !== 'unknown') continue;
    const implemented = info.modelLaw.implements
      .map((id) => byId.get(id)?.requirement.obligation)
      .filter((o): o is Obligation => !!o && o !== 'general' && o !== 'definition');
    info.obligation = implemented.sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))[0] ?? 'optional';
  }
  infoCache.set(library, out);
  return out;
}

const infoCache = new WeakMap<ReferenceLibrary, RequirementInfo[]>();
const infoByIdCache = new WeakMap<ReferenceLibrary, Map<string, RequirementInfo>>();

function infoById(library: ReferenceLibrary): Map<string, RequirementInfo> {
  let map = infoByIdCache.get(library);
  if (!map) infoByIdCache.set(library, (map = new Map(requirementInfos(library).map((i) => [i.requirement.id, i]))));
  return map;
}
const keyCache = new WeakMap<ReferenceLibrary, Map<string, KeyConcepts>>();

/**
 * Concepts too general to say what an obligation is about (every provision of an anti-trafficking
 * act mentions trafficking, victims and offences).
 */
const GENERIC_CONCEPTS = new Set([
  'trafficking',
  'smuggling',
  'exploitation',
  'offence',
  'criminalize',
  'penalty',
  'victim',
  'definition',
  'cooperation',
  'law_enforcement',
  'migrant',
  'child',
  'prevention',
  'rights',
  'protection',
  'organized_group',
  'transnational',
  // The acts of art. 3(a) also name the States' roles ("receiving State", "transfer of proceedings").
  'recruitment',
  'transportation',
  'transfer',
  'harbouring',
  'receipt',
  'consent',
]);

/**
 * The broad kinds of measure the Protocols' parts are named by (TIP Protocol part II "Protection
 * of victims", part III "Prevention, cooperation and other measures"): too general to be key
 * concepts beside specific ones, but the subject of a paragraph that names nothing more specific.
 */
const MEASURE_CONCEPTS = new Set(['protection', 'prevention', 'cooperation']);

/** Key concepts of a requirement, from its article title and from its own text. */
export interface KeyConcepts {
  /** The leading specific concept of the article (or Model Law article) title: what the obligation is about. */
  title: string[];
  /** Every specific concept of the title and of the paragraph's own text. */
  all: string[];
}

/**
 * Key concepts of a requirement: the specific concepts of its title and own text (for a Model Law
 * article, of its summary and title). A provision that has none of them is not about the
 * obligation, however many words it shares with it.
 */
export function keyConcepts(library: ReferenceLibrary, id: string): KeyConcepts {
  let map = keyCache.get(library);
  if (!map) {
    // Kept between runs when a store is in use; then worked out for every requirement at once.
    const stored = featureStore?.load(library, 'key-concepts') as Map<string, KeyConcepts> | null | undefined;
    map = stored ?? new Map();
    keyCache.set(library, map);
    if (featureStore && !stored) {
      for (const info of requirementInfos(library)) map.set(info.requirement.id, keyConceptsOf(info));
      featureStore.save(library, 'key-concepts', map);
    }
  }
  let keys = map.get(id);
  if (!keys) map.set(id, (keys = keyConceptsOf(infoById(library).get(id))));
  return keys;
}

/** The key concepts of one requirement, worked out from the instrument's words (never a country's terms). */
function keyConceptsOf(info: RequirementInfo | undefined): KeyConcepts {
  return withCountryTerms(undefined, () => {
    // The instrument's own language only (English for the shipped data): the translations' homonyms
    // would add false keys (French "demande" is a request).
    const lang = info?.language ?? 'en';
    const conceptsOf = (sources: { text: string; lang: LanguageCode }[], keep: (concept: string) => boolean) =>
      sources
        .filter((s) => s.lang === lang)
        .flatMap((s) => findConcepts(foldText(s.text).folded, lang))
        .filter((h) => keep(h.concept))
        .sort((a, b) => a.start - b.start)
        .map((h) => h.concept);
    const specific = (sources: { text: string; lang: LanguageCode }[]) =>
      conceptsOf(sources, (c) => !GENERIC_CONCEPTS.has(c));
    const text = info
      ? specific(ownSources(info).map((s) => (s.lang === 'en' ? { ...s, text: withoutEmphasis(s.text) } : s)))
      : [];
    // The title's leading concept is its subject ("Mutual legal assistance" is about mutual
    // assistance, not about the legal assistance its words also contain); of a title naming two
    // ("Information exchange and training"), the one the paragraph's own text names.
    const titleConcepts = info ? specific(titleSources(info)) : [];
    const title = [titleConcepts.find((c) => text.includes(c)) ?? titleConcepts[0]].filter((c) => c !== undefined);
    // A paragraph naming no specific concept ("comprehensive policies, programmes and other
    // measures") is about the kind of measure its article title names, broad as it is.
    const measure =
      info && title.length === 0 && text.length === 0
        ? conceptsOf(titleSources(info), (c) => MEASURE_CONCEPTS.has(c)).slice(0, 1)
        : [];
    return measure.length ? { title: measure, all: measure } : { title, all: [...new Set([...title, ...text])] };
  });
}

/**
 * The emphasis an obligation closes with (", in particular in cases of threat of retaliation or
 * intimidation", ", in particular the right to life"): the instances the obligation stresses,
 * not its subject, so not key concepts a provision must hold to be about it. Not the adverb
 * (", in particular, the provision of"), nor a parenthesis before the main verb ("States Parties,
 * in particular those with common borders …, shall exchange"). Read in English, the language of
 * the shipped instruments' key concepts.
 */
const EMPHASIS = /,\s*in particular\s+(?!,)([^.;:]*)/gi;

export function withoutEmphasis(text: string): string {
  return text.replace(EMPHASIS, (all, tail: string) => (/\bshall\b/i.test(tail) ? all : ''));
}

const vectorCache = new WeakMap<ReferenceLibrary, Map<LanguageCode, Map<string, Map<string, number>>>>();

/**
 * What the analysis works out from the library alone, by name: the requirements' term vectors for
 * laws in each language, and their key concepts.
 */
export type RequirementFeature = `vectors-${LanguageCode}` | 'key-concepts';

/**
 * Where requirement features worked out by an earlier run can be kept (the command line and the
 * app's analysis keep them on disk, keyed by the library's data version).
 */
export interface RequirementFeatureStore {
  load(library: ReferenceLibrary, feature: RequirementFeature): Map<string, unknown> | null;
  save(library: ReferenceLibrary, feature: RequirementFeature, value: Map<string, unknown>): void;
}

let featureStore: RequirementFeatureStore | null = null;

/** Use `store` for requirement features from now on (null: work them out in every process). */
export function useRequirementFeatureStore(store: RequirementFeatureStore | null): void {
  featureStore = store;
}

/** Add a text's features to a vector, keeping for each feature the highest source weight (plus a little per repeat). */
function addSource(
  vector: Map<string, number>,
  text: string,
  textLang: LanguageCode,
  lawLang: LanguageCode,
  weight: number,
  conceptWeight = weight,
) {
  if (!text) return;
  const folded = foldText(text);
  const seen = new Map<string, number>();
  if (textLang === lawLang) {
    for (const t of tokenize(text, textLang, folded)) {
      if (isStopWord(t.word, textLang)) continue;
      const f = `w:${t.stem}`;
      seen.set(f, (seen.get(f) ?? 0) + 1);
    }
  }
  const concepts = new Set<string>();
  for (const h of findConcepts(folded.folded, textLang)) {
    const f = `c:${h.concept}`;
    seen.set(f, (seen.get(f) ?? 0) + 1);
    concepts.add(h.concept);
  }
  for (const d of derivedConcepts(concepts)) seen.set(`c:${d}`, 1);
  for (const [f, n] of seen) {
    const isConcept = f.startsWith('c:');
    const base = isConcept ? concept(f.slice(2)).weight * CONCEPT_BOOST : 1;
    // A title's general concepts ("victims of trafficking in persons") get no title boost: only the
    // specific ones say what the article is about.
    const sourceWeight = isConcept && !GENERIC_CONCEPTS.has(f.slice(2)) ? conceptWeight : weight;
    const w = base * sourceWeight * (1 + 0.15 * Math.min(n - 1, 3));
    vector.set(f, Math.max(vector.get(f) ?? 0, w));
  }
}

function ownSources(info: RequirementInfo): { text: string; lang: LanguageCode }[] {
  const out: { text: string; lang: LanguageCode }[] = [];
  if (info.paragraph) {
    out.push({ text: info.paragraph.text, lang: info.language });
    for (const [lang, text] of Object.entries(info.paragraph.translations))
      if (text) out.push({ text, lang: lang as LanguageCode });
  } else if (info.modelLaw) {
    out.push({ text: [info.modelLaw.summary, ...info.modelLaw.elements, info.modelLaw.text].join('. '), lang: 'en' });
  }
  return out;
}

function titleSources(info: RequirementInfo): { text: string; lang: LanguageCode }[] {
  if (info.modelLaw) return [{ text: info.modelLaw.title.replace(/[[\]]/g, ' '), lang: 'en' }];
  if (!info.article) return [];
  const out: { text: string; lang: LanguageCode }[] = [{ text: info.article.title, lang: info.language }];
  for (const [lang, text] of Object.entries(info.article.titleTranslations))
    if (text) out.push({ text, lang: lang as LanguageCode });
  return out;
}

/**
 * Paragraphs of the same instrument a criminalization paragraph refers to: "paragraph 1 of this
 * article" and a single "article 3 of this Protocol". Only offence paragraphs borrow: "the conduct
 * set forth in article 3" is what the offence must cover, whereas "persons who have been the object
 * of conduct set forth in article 6" (SOM art. 16) is about protecting them, not about the offence.
 * Lists of articles ("articles 5, 6, 8 and 23") name the Convention's offences in general and
 * would only blur the vector.
 */
function referencedParagraphs(info: RequirementInfo, infos: RequirementInfo[]): string[] {
  if (!info.paragraph || !info.article) return [];
  const text = info.paragraph.text;
  const refs = new Set<string>();
  // "subparagraph (a) of this article": a definition read with the one it completes (TIP art. 3(b), (c)).
  for (const m of text.matchAll(/subparagraph \(([a-z])\) of this article/g))
    refs.add(`${info.article.number}(${m[1]})`);
  if (!/criminal offences|offence established/i.test(text)) return resolveRefs(info, infos, refs);
  for (const m of text.matchAll(/paragraphs? (\d+)(?: \(([a-z])\))? of this article/g))
    refs.add(`${info.article.number}(${m[1]})${m[2] ? `(${m[2]})` : ''}`);
  for (const m of text.matchAll(
    /(?<!articles [\d, ]*)\barticle (\d+)(?:, paragraph (\d+))? of this (?:Protocol|Convention)/g,
  ))
    refs.add(m[2] ? `${m[1]}(${m[2]})` : m[1]!);
  return resolveRefs(info, infos, refs);
}

function resolveRefs(info: RequirementInfo, infos: RequirementInfo[], refs: Set<string>): string[] {
  const inst = info.requirement.instrument;
  const out: string[] = [];
  for (const r of infos) {
    if (r.requirement.instrument !== inst || r === info || !r.paragraph) continue;
    const ref = r.requirement.ref;
    for (const target of refs)
      if (ref === target || (ref.startsWith(`${target}(`) && !target.includes('('))) out.push(r.requirement.id);
  }
  return out;
}

/**
 * Term vector of every requirement for laws in `lang`: word stems from the official text in that
 * language (English, or the French or Spanish translation) and language-neutral concepts from all
 * versions, weighted by where they occur.
 */
export function requirementVectors(library: ReferenceLibrary, lang: LanguageCode): Map<string, Map<string, number>> {
  let perLang = vectorCache.get(library);
  if (!perLang) vectorCache.set(library, (perLang = new Map()));
  const cached = perLang.get(lang);
  if (cached) return cached;
  const stored = featureStore?.load(library, `vectors-${lang}`) as Map<string, Map<string, number>> | null | undefined;
  if (stored) {
    perLang.set(lang, stored);
    return stored;
  }
  const vectors = withCountryTerms(undefined, () => computeVectors(library, lang));
  perLang.set(lang, vectors);
  featureStore?.save(library, `vectors-${lang}`, vectors);
  return vectors;
}

/** The term vectors of every requirement for laws in `lang`, from the instruments' own words. */
function computeVectors(library: ReferenceLibrary, lang: LanguageCode): Map<string, Map<string, number>> {
  const infos = requirementInfos(library);
  const own = new Map<string, Map<string, number>>();
  for (const info of infos) {
    const v = new Map<string, number>();
    for (const s of ownSources(info)) addSource(v, s.text, s.lang, lang, S_TEXT);
    for (const [f, w] of v)
      if (f.startsWith('c:') && !GENERIC_CONCEPTS.has(f.slice(2))) v.set(HEADING_PREFIX + f, w * S_HEADING_TEXT);
    const title = new Map<string, number>();
    for (const s of titleSources(info)) addSource(title, s.text, s.lang, lang, S_TITLE, S_TITLE_CONCEPT);
    for (const [f, w] of title) {
      v.set(f, Math.max(v.get(f) ?? 0, w));
      if (f.startsWith('c:') && !GENERIC_CONCEPTS.has(f.slice(2))) v.set(HEADING_PREFIX + f, w * S_HEADING);
    }
    own.set(info.requirement.id, v);
  }
  const vectors = new Map<string, Map<string, number>>();
  const merge = (target: Map<string, number>, source: Map<string, number> | undefined, weight: number) => {
    if (!source) return;
    for (const [f, w] of source) target.set(f, Math.max(target.get(f) ?? 0, w * weight));
  };
  for (const info of infos) {
    const v = new Map(own.get(info.requirement.id));
    if (info.parent) merge(v, own.get(info.parent), S_CHAPEAU);
    for (const c of info.children) merge(v, own.get(c), S_ITEMS);
    for (const target of info.requirement.implements) merge(v, own.get(target), S_IMPLEMENTS);
    for (const target of referencedParagraphs(info, infos)) merge(v, own.get(target), S_REFERENCE);
    const subject = SUBJECT_CONCEPT[info.requirement.instrument];
    if (subject) {
      const f = `c:${subject}`;
      v.set(f, Math.max(v.get(f) ?? 0, concept(subject).weight * CONCEPT_BOOST * S_SUBJECT));
    }
    vectors.set(info.requirement.id, v);
  }
  return vectors;
}
