/**
 * Instruments the user imports (a full Model Law text, the Council of Europe Convention, a
 * regional model law…): their articles taken from a segmented text, the obligation class their
 * wording suggests, and their place in the reference library as instruments of kind 'custom',
 * one paragraph per article, so that listing, search and the analysis treat them like the
 * shipped ones. Pure code: no I/O.
 */
import type { Provision, ProvisionTree } from '../domain/provision';
import { GROUPING_LEVELS } from '../domain/provision';
import type { LanguageCode } from '../domain/source';
import { descendants, fullText, primaryUnits } from '../segment/walk';
import type { InstrumentRules } from '../analysis/rules';
import { checklistOf } from './library';
import type { ImportedFrom, Instrument, LibraryRules, Obligation, ReferenceLibrary } from './types';
import { foldText } from '../text/fold';

/** One article of an imported instrument, as stored in the user's library. */
export interface CustomArticle {
  /** Printed number without its word ("4", "12 bis"); the requirement id is `<instrument>:<number>`. */
  number: string;
  /** Designation as printed ("Article 4"). */
  label: string;
  /** The article's heading, or "" when it has none. */
  title: string;
  /** The grouping level (chapter, part…) it stands under, as printed, or null. */
  chapter: string | null;
  /** Full text of the article with its paragraphs and items. */
  text: string;
  obligation: Obligation;
  /** The class its wording gives (see {@link obligationFromWording}), kept when the user sets another. */
  obligationByWording: Obligation;
  /** The words of the article (heading or text, as printed) that gave that class, or null when none did. */
  wordingCue: string | null;
  /** Requirement ids of the Protocol/Convention paragraphs the article implements. */
  implements: string[];
}

/** An imported instrument as stored in the user's library. */
export interface CustomInstrumentData {
  id: string;
  title: string;
  shortTitle: string;
  /** Citation or source note ("Council of Europe Treaty Series No. 197, Warsaw, 16.V.2005"). */
  citation: string;
  language: LanguageCode;
  imported: ImportedFrom;
  articles: CustomArticle[];
  /** Analysis rules shipped with the instrument (checked by `parseInstrumentRules`), if any. */
  rules?: InstrumentRules;
}

/** The obligation class a text's wording suggests, with the words as printed that decided it (null when none did). */
export interface WordingClass {
  obligation: Obligation;
  cue: string | null;
}

/**
 * A text in folded form (shared/text/fold: the cues below are written in that form), and the
 * words of a match as printed in the text, found through the folding's offsets.
 */
function folded(text: string): { form: string; words: (m: RegExpExecArray | RegExpMatchArray) => string } {
  const printed = text.normalize('NFC');
  const { folded: form, origin } = foldText(printed);
  return {
    form,
    words: (m) => printed.slice(origin[m.index!], origin[m.index! + m[0].length - 1]! + 1).replace(/\s+/g, ' '),
  };
}

/** Headings of a definitions article. */
const DEFINITION_HEADING =
  /^(?:definitions?|use of terms|terms used|interpretation|terminology|meaning of (?:certain )?(?:terms|words|expressions)|terminologie|emploi des termes|definiciones|definicion|terminologia|terminos utilizados)\b/;

/**
 * Headings of articles that place no obligation on a State: purpose, scope, relations with other
 * instruments and the final clauses (as the Legislative Guides class them: "general").
 */
const GENERAL_HEADING = new RegExp(
  `^(?:${[
    // English
    'statement of purpose|purposes?|objects?|objectives?|scope|relation(?:ship)? (?:with|to)|saving clause',
    'settlement of disputes|signature|ratification|accession|entry into force|amendments?|denunciation|depositary',
    'reservations?|territorial application|notifications?|secretariat|protection of sovereignty|short title|commencement',
    // French
    "objet|objectifs?|declaration d'objet|champ d'application|relation avec|clause de sauvegarde|reglement des differends",
    'adhesion|entree en vigueur|amendements?|denonciation|depositaire|reserves|application territoriale',
    'protection de la souverainete',
    // Spanish
    'finalidad|objeto|declaracion de finalidad|ambito de aplicacion|relacion con|clausula de salvaguardia',
    'solucion de controversias|firma|ratificacion|entrada en vigor|enmiendas?|denuncia|depositario|reservas|secretaria',
    'proteccion de la soberania',
  ].join('|')})\\b`,
);

/** A heading or text marked optional by its drafters ("[Optional]", "(facultatif)"). */
const OPTIONAL_MARK = /[[(](?:optional|facultati(?:f|ve)|opcional)[\])]/;

/** Cues per language, in folded form. "Consider" phrases are removed before looking for "shall". */
const CUES: Record<LanguageCode, { consider: RegExp; mandatory: RegExp; optional: RegExp }> = {
  en: {
    consider:
      /\bshall(?:,[^.;]{0,160},)?\s+(?:also\s+)?(?:consider|endeavou?r|seek|strive|give consideration)\w*|\bshould\b|\b(?:is|are) encouraged\b/g,
    mandatory: /\bshall\b|\bmust\b|\bundertakes? to\b|\b(?:is|are) required to\b/,
    optional: /\bmay\b/,
  },
  fr: {
    consider: /\benvisage(?:nt|r)?\b|\bs'efforce(?:nt|r)?\b|\bdevrai(?:t|ent)\b|\best encourage(?:e)?s?\b/g,
    mandatory:
      /\bdoi(?:t|vent)\b|\bs'engage(?:nt)?\b|\b(?:est|sont) tenue?s?\b|\b(?:adopte|veille|coopere|dispense|renforce|confere)(?:nt)?\b|\bprend(?:nent)?\b|\betabli(?:t|ssent)\b|\bfon?t en sorte\b|\b(?:est|sont) punie?s?\b/,
    optional: /\bpeu(?:t|vent)\b/,
  },
  es: {
    consider: /\bconsiderara(?:n)?\b|\bprocurara(?:n)?\b|\bse esforzara(?:n)?\b|\bdeberia(?:n)?\b|\bestudiara(?:n)?\b/g,
    mandatory:
      /\bdebera(?:n)?\b|\bse compromete(?:n)?\b|\b(?:adoptara|velara|tipificara|establecera|cooperara|impartira|fortalecera|garantizara|formulara|facilitara)(?:n)?\b|\bsera(?:n)? (?:castigad|sancionad|penad)/,
    optional: /\bpodra(?:n)?\b/,
  },
};

/**
 * The obligation class an article's wording suggests, by simple cues, in this order:
 * 1. `definition`: the segmenter found the definitions there, or the heading is "Definitions",
 *    "Use of terms", "Interpretation", "Terminologie", "Definiciones"…;
 * 2. `general`: the heading names a purpose, the scope, a relation with other instruments or a
 *    final clause (signature, entry into force, amendment, reservations, denunciation…);
 * 3. `optional`: the heading or text is marked "[Optional]" ("facultatif", "opcional");
 * 4. `mandatory`: a plain obligation anywhere in the text ("shall", "must", "undertakes to";
 *    "doit", "adopte", "veille"; "deberá", "adoptará"), once the "consider" phrases are set aside:
 *    an article is one requirement, so it takes the strongest class of its paragraphs;
 * 5. `consider`: "shall consider", "shall endeavour", "shall seek", "should" ("envisage",
 *    "s'efforce"; "considerará", "procurará");
 * 6. `optional`: "may" ("peut", "podrá");
 * 7. `mandatory` when the text has none of these cues.
 * The user confirms or changes the class per article; the class by wording is kept beside it.
 */
export function obligationFromWording(
  heading: string | null,
  text: string,
  language: LanguageCode,
  isDefinitions = false,
): WordingClass {
  const head = folded((heading ?? '').trim());
  const defined = DEFINITION_HEADING.exec(head.form);
  if (defined || isDefinitions) return { obligation: 'definition', cue: defined ? head.words(defined) : null };
  const general = GENERAL_HEADING.exec(head.form);
  if (general) return { obligation: 'general', cue: head.words(general) };
  const body = folded(text);
  const markedHead = OPTIONAL_MARK.exec(head.form);
  if (markedHead) return { obligation: 'optional', cue: head.words(markedHead) };
  const markedBody = OPTIONAL_MARK.exec(body.form);
  if (markedBody) return { obligation: 'optional', cue: body.words(markedBody) };
  const cues = CUES[language];
  const considered = [...body.form.matchAll(cues.consider)];
  // Blanked rather than removed, so that the offsets stay those of the text.
  const mandatory = cues.mandatory.exec(body.form.replace(cues.consider, (m) => ' '.repeat(m.length)));
  if (mandatory) return { obligation: 'mandatory', cue: body.words(mandatory) };
  if (considered[0]) return { obligation: 'consider', cue: body.words(considered[0]) };
  const optional = cues.optional.exec(body.form);
  if (optional) return { obligation: 'optional', cue: body.words(optional) };
  return { obligation: 'mandatory', cue: null };
}

/** The grouping level (chapter, part…) nearest above a unit, as printed: "Chapter II. Protection of victims". */
function chapterOf(unit: Provision, byId: Map<string, Provision>): string | null {
  for (let i = unit.path.length - 1; i >= 0; i--) {
    const p = byId.get(unit.path[i]!);
    if (p && GROUPING_LEVELS.includes(p.level)) return [p.label, p.heading].filter(Boolean).join('. ');
  }
  return null;
}

/**
 * The articles of a segmented instrument: its primary units in document order, each with its
 * heading as title, its full text (paragraphs and items included) and the obligation class its
 * wording suggests. A number printed twice (numbering restarting in an annex or a chapter) is
 * made unique with "~2", "~3" so that every requirement id stays unique; a warning says so.
 */
export function articlesFromTree(tree: ProvisionTree): { articles: CustomArticle[]; warnings: string[] } {
  const byId = new Map<string, Provision>();
  const index = (list: Provision[]) => {
    for (const p of list) {
      byId.set(p.id, p);
      index(p.children);
    }
  };
  index(tree.children);
  const seen = new Map<string, number>();
  const warnings: string[] = [];
  const articles = primaryUnits(tree.children).map((unit, i): CustomArticle => {
    const printed = unit.number.trim() || String(i + 1);
    const n = (seen.get(printed) ?? 0) + 1;
    seen.set(printed, n);
    const number = n === 1 ? printed : `${printed}~${n}`;
    if (n > 1)
      warnings.push(`Article number ${printed} occurs more than once; occurrence ${n} is stored as ${number}.`);
    const text = fullText(unit);
    const isDefinitions =
      tree.definitionsUnitId !== null && descendants(unit).some((d) => d.id === tree.definitionsUnitId);
    const wording = obligationFromWording(unit.heading, text, tree.language, isDefinitions);
    return {
      number,
      label: unit.label,
      title: unit.heading ?? '',
      chapter: chapterOf(unit, byId),
      text,
      obligation: wording.obligation,
      obligationByWording: wording.obligation,
      wordingCue: wording.cue,
      implements: [],
    };
  });
  return { articles, warnings };
}

/** An imported instrument as an instrument of the library: one paragraph per article. */
export function customInstrument(data: CustomInstrumentData): Instrument {
  return {
    id: data.id,
    kind: 'custom',
    title: data.title,
    shortTitle: data.shortTitle,
    citation: data.citation,
    sources: [data.imported.fileName],
    partial: false,
    partialNote: null,
    language: data.language,
    imported: data.imported,
    modelLawArticles: [],
    articles: data.articles.map((a) => ({
      number: a.number,
      title: a.title,
      chapter: a.chapter,
      titleTranslations: {},
      paragraphs: [
        {
          ref: a.number,
          id: `${data.id}:${a.number}`,
          articleNumber: a.number,
          text: a.text,
          obligation: a.obligation,
          ...(a.obligationByWording !== a.obligation ? { obligationByWording: a.obligationByWording } : {}),
          ...(a.wordingCue ? { wordingCue: a.wordingCue } : {}),
          translations: {},
          implements: a.implements,
        },
      ],
    })),
  };
}

/**
 * The shipped library with the user's imported instruments after the shipped ones. The data
 * version covers both (`customVersion` identifies the imported content), so the reference
 * database is rebuilt whenever either changes; with no imports it is the shipped version.
 */
export function withCustomInstruments(
  shipped: ReferenceLibrary,
  custom: CustomInstrumentData[],
  customVersion: string,
): ReferenceLibrary {
  if (custom.length === 0) return shipped;
  const withRules = custom.filter((c) => c.rules);
  return {
    dataVersion: `${shipped.dataVersion}+${customVersion}`,
    instruments: [...shipped.instruments, ...custom.map(customInstrument)],
    checklists: [
      ...shipped.checklists,
      ...withRules.flatMap((c) => c.rules!.checklists.map((k) => checklistOf(k.requirementId, k))),
    ],
    ...(withRules.length > 0 ? { rules: mergedRules(withRules.map((c) => c.rules!)) } : {}),
  };
}

/** The rules of several imported instruments as one set (an element rule shipped twice: the first kept). */
function mergedRules(all: InstrumentRules[]): LibraryRules {
  const out: LibraryRules = { elements: {}, checklistAnchors: {}, homes: {} };
  for (const r of all) {
    out.elements = { ...r.rules, ...out.elements };
    Object.assign(out.checklistAnchors, r.checklistAnchors);
    Object.assign(out.homes, r.homes);
  }
  return out;
}

/**
 * Requirement ids an imported article may be linked to: the paragraphs of the shipped Protocols
 * and Convention (not Model Law articles, not other imported instruments).
 */
export function linkTargets(shipped: ReferenceLibrary): Set<string> {
  return new Set(
    shipped.instruments
      .filter((i) => i.kind === 'treaty')
      .flatMap((i) => i.articles.flatMap((a) => a.paragraphs.map((p) => p.id))),
  );
}
