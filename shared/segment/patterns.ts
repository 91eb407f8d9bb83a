/**
 * Recognisers for the designations that open a provision: grouping headings (Part,
 * Chapitre, Título...), primary units (Section, Article, §, bare "3."), schedules and
 * numbered items ((1), (a), a), 1º). Each is a pure function of one line's text; the
 * tree builder decides, with context, which matches to believe.
 */
import type { LanguageCode } from '../domain/source';
import type { ProvisionLevel } from '../domain/provision';
import {
  LATIN_SUFFIX_PATTERN,
  ORDINAL_WORD_PATTERN,
  isRoman,
  normaliseUnitNumber,
  ordinalValue,
  romanValue,
} from './numbers';

/** How a law designates its primary units. */
export type UnitFamily = 'keyword' | 'sign' | 'bare';

export interface UnitMatch {
  family: UnitFamily;
  /** The designation word as printed ("ARTICULO", "Art.", "§"), null for a bare number. */
  word: string | null;
  /** Number as cited: "2", "145 bis", "279.01", "primero". */
  number: string;
  /** The designation as printed, without trailing separators: "ARTICULO 2º", "§ 1324", "45c". */
  printed: string;
  /** What follows the designation and its separator on the same line. */
  rest: string;
  /**
   * A strong match has a separator after the number ("3.", "Art. 5.-", "§ 1324."); a weak
   * one only a space before text ("279.02 Every person"), which wrapped text can imitate.
   */
  strong: boolean;
}

/** A unit number: ordinal word, or digits with decimals, hyphenated parts, letters, multiplicatives. */
const NUM = String.raw`(?:(?:${ORDINAL_WORD_PATTERN})(?![\p{L}])|\d+(?:\s?\.?\s?[º°ª]|er\b|re\b)?(?:[.\-–]\d+)*(?:[A-Za-z](?![\p{L}])|[A-Z]{2}(?![\p{L}])|[-–][A-Z]{1,2}(?![\p{L}]))?(?:\s*[:.\-–]?\s*(?:${LATIN_SUFFIX_PATTERN})(?![\p{L}]))?(?:\s\(\d+\)(?=\s*[.\-–—]))?)`;

const KEYWORD_UNIT = new RegExp(
  String.raw`^(Section|SECTION|Sec\.|SEC\.|Article|ARTICLE|Art\.|ART\.|Artículo|ARTÍCULO|Articulo|ARTICULO|Artigo|ARTIGO)\s*((?:[LRDA]\.?\s?(?=\d))?${NUM}|[IVXLC]+(?![\p{L}]))`,
  'iu',
);
const SIGN_UNIT = new RegExp(String.raw`^(§§?)\s*(${NUM})`, 'u');
const BARE_UNIT = new RegExp(
  String.raw`^(\d+(?:\s?\.?\s?[º°]|er\b)?(?:[.\-–]\d+)*(?:[A-Za-z](?![\p{L}]))?(?:\s(?:${LATIN_SUFFIX_PATTERN})(?![\p{L}]))?)`,
  'u',
);

/** After a keyword or § designation: a separator, then nothing, text, or a numbered item. */
function afterDesignation(rest: string): { rest: string; strong: boolean } | null {
  const m = /^\s*(?:[.:]\s*[-–—]*|[-–—]+|\s(?=\S)|$)/.exec(rest);
  if (!m) return null;
  const sep = m[0];
  const after = rest.slice(sep.length).trim();
  const strong = /[.:\-–—]/.test(sep) || after === '';
  // "Section 5 of the Act...", "artículo 5 del Código": a reference at the start of a line.
  if (!strong && /^[a-zà-ÿ]/.test(after)) return null;
  return { rest: after, strong };
}

/**
 * Match a primary-unit designation at the start of a line. Keyword and § forms are tried
 * first; a bare number only when `allowBare` (the law numbers its units that way).
 */
export function matchUnit(body: string, allowBare: boolean): UnitMatch | null {
  let m = KEYWORD_UNIT.exec(body);
  if (m && /^[A-ZÁÉÍÓÚ]/.test(m[1]!)) {
    const after = afterDesignation(body.slice(m[0].length));
    if (after) {
      return {
        family: 'keyword',
        word: m[1]!,
        number: normaliseUnitNumber(m[2]!),
        printed: `${m[1]} ${m[2]!.trim()}`.replace(/\s+/g, ' ').replace(/[.:]$/, ''),
        rest: after.rest,
        strong: after.strong,
      };
    }
  }
  m = SIGN_UNIT.exec(body);
  if (m) {
    const after = afterDesignation(body.slice(m[0].length));
    if (after)
      return {
        family: 'sign',
        word: m[1]!,
        number: normaliseUnitNumber(m[2]!),
        printed: `${m[1]} ${m[2]!.trim()}`.replace(/[.:]$/, ''),
        rest: after.rest,
        strong: after.strong,
      };
  }
  if (!allowBare) return null;
  m = BARE_UNIT.exec(body);
  if (m) {
    const tail = body.slice(m[0].length);
    // "3." / "3.-" / "3.—" / "1º" then text or nothing: strong. "279.02 Every" / "3 (1)": weak.
    const strongSep =
      /^(?:\s*\.\s*[-–—]*|\s*[-–—]+)(?=\s|$|\()/.exec(tail) ??
      (/[º°]$/.test(m[1]!) ? /^\s*\.?\s*[-–—]*/.exec(tail) : null);
    if (strongSep) {
      const rest = tail.slice(strongSep[0].length).trim();
      return { family: 'bare', word: null, number: normaliseUnitNumber(m[1]!), printed: m[1]!, rest, strong: true };
    }
    const weak = /^\s+(?=\(\w{1,4}\)|["“«]?[A-ZÀ-Ý])/.exec(tail);
    if (weak)
      return {
        family: 'bare',
        word: null,
        number: normaliseUnitNumber(m[1]!),
        printed: m[1]!,
        rest: tail.trim(),
        strong: false,
      };
  }
  return null;
}

/** Grouping keywords and the level each designates. "Section" groups only in French and Spanish. */
const GROUP_WORDS: Array<[RegExp, ProvisionLevel, string]> = [
  [/^(BOOK|Book|LIVRE|Livre|LIBRO|Libro)$/, 'book', 'bk'],
  [/^(PART|Part|PARTIE|Partie|PARTE|Parte)$/, 'part', 'pt'],
  [/^(TITLE|Title|TITRE|Titre|T[IÍ]TULO|T[ií]tulo)$/, 'title', 't'],
  [/^(CHAPTER|Chapter|CHAPITRE|Chapitre|CAP[IÍ]TULO|Cap[ií]tulo)$/, 'chapter', 'ch'],
  [
    /^(SUBPART|Subpart|SUBCHAPTER|Subchapter|DIVISION|Division|SUBDIVISION|Subdivision|SOUS-SECTION|Sous-section|SECCI[OÓ]N|Secci[oó]n|SUBSECCI[OÓ]N|Subsecci[oó]n|PARAGRAPHE|Paragraphe|P[AÁ]RRAFO|P[aá]rrafo)$/,
    'division',
    'dv',
  ],
];
const FRENCH_SECTION = /^(SECTION|Section)$/;

export interface GroupMatch {
  level: ProvisionLevel;
  /** Keyword as printed, lower-cased without accents: nesting follows the order keywords first appear in. */
  keyword: string;
  idPrefix: string;
  number: string;
  /** Numeric value of the number when it has one (roman, ordinal, digits), for ids. */
  value: string;
  label: string;
  heading: string | null;
}

const GROUP_LINE = new RegExp(
  String.raw`^([\p{L}-]+)\s+((?:${ORDINAL_WORD_PATTERN})(?![\p{L}])|[IVXLCDM]+(?:er|ER|re|RE)?(?![\p{L}])|\d+(?:er|re|[ºª°])?[A-Z]?(?![\p{L}\d])|[A-Z](?![\p{L}]))((?:\s*[-]?\s*(?:${LATIN_SUFFIX_PATTERN}))(?![\p{L}]))?(.*)$`,
  'iu',
);

/** Match a grouping heading: "PART I – PRELIMINARY", "Capítulo 2 bis: Abigeato", "TITRE PREMIER", "LIBRO SEGUNDO". */
export function matchGroup(body: string, language: LanguageCode): GroupMatch | null {
  if (body.length > 250) return null;
  const m = GROUP_LINE.exec(body);
  if (!m) return null;
  const word = m[1]!;
  let entry = GROUP_WORDS.find(([re]) => re.test(word));
  if (!entry && language !== 'en' && FRENCH_SECTION.test(word)) entry = [FRENCH_SECTION, 'division', 'dv'];
  if (!entry) return null;
  // "TITRE IER", "Chapitre 1er": the French ordinal suffix is not part of the number.
  const rawNum = ordinalValue(m[2]!) === null ? m[2]!.replace(/(?<=[IVXLCDM\d])(?:er|re|[ºª°])$/i, '') : m[2]!;
  // A single letter numbers a Part or Division ("Part A"); elsewhere it is a roman numeral or running text.
  if (
    /^[A-Za-z]$/.test(rawNum) &&
    (rawNum === rawNum.toLowerCase() ||
      (!isRoman(rawNum) && !/^(Part|PART|Partie|PARTIE|Division|DIVISION)$/.test(word)))
  )
    return null;
  const tail = m[4] ?? '';
  let heading: string | null = null;
  const sep = /^\s*(?:[.:]\s*[-–—]*|[-–—]+)\s*(.*)$/.exec(tail);
  if (sep) heading = sep[1]!.trim() || null;
  else if (tail.trim() === '') heading = null;
  else if (/^\s+["“«(]?[A-ZÀ-Ý]/u.test(tail)) heading = tail.trim();
  else return null;
  if (heading && /[;,]$/.test(heading)) return null;
  const suffix = m[3] ? ` ${m[3].replace(/[-\s]/g, '').toLowerCase()}` : '';
  const number = `${rawNum}${suffix}`;
  const ord = ordinalValue(rawNum);
  const value =
    ord !== null
      ? String(ord)
      : isRoman(rawNum) && /^[IVXLCDM]+$/i.test(rawNum)
        ? String(romanValue(rawNum))
        : rawNum.toLowerCase();
  return {
    level: entry[1],
    keyword: word
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, ''),
    idPrefix: entry[2],
    number,
    value: value + suffix.replace(/\s/g, ''),
    label: `${word} ${number}`,
    heading,
  };
}

export interface ScheduleMatch {
  label: string;
  heading: string | null;
  /** Text printed after the designation that is not a heading, e.g. "(Sections 7, 8 and 9)". */
  note: string | null;
}

const SCHEDULE_LINE = new RegExp(
  String.raw`^((?:(?:THE|The|FIRST|First|SECOND|Second|THIRD|Third|FOURTH|Fourth|FIFTH|Fifth|SIXTH|Sixth|SEVENTH|Seventh|EIGHTH|Eighth|NINTH|Ninth|TENTH|Tenth)\s+)?(?:SCHEDULES?|Schedules?|ANNEXES?|Annexes?|ANNEX|Annex|ANEXOS?|Anexos?|APPENDIX|Appendix|APPENDICES|Appendices)(?:\s+(?:No\.?\s*)?(?:[IVXLC]+|\d+|[A-Z])(?![\p{L}\d]))?)\s*(?:[-–—:.]\s*(.*?))?\s*(\(.*\)|\[.*\])?$`,
  'u',
);

/** Match a schedule or annex heading on a line of its own: "FIRST SCHEDULE", "Annexe I", "ANEXO". */
export function matchSchedule(body: string): ScheduleMatch | null {
  if (body.length > 120) return null;
  const m = SCHEDULE_LINE.exec(body);
  if (!m) return null;
  return { label: m[1]!, heading: m[2]?.trim() || null, note: m[3] ?? null };
}

/** Scripts of item numbers; letters that are also roman numerals are resolved with context. */
export type ItemScript = 'arabic' | 'lower' | 'upper' | 'lroman' | 'uroman';
/** "(a)" and "a)" are one style, "1." / "1º" / "I. –" another: a change of style opens a new level. */
export type ItemStyle = 'paren' | 'dot';

export interface ItemMatch {
  /** Label as printed, e.g. "(a)", "a)", "1º", "(xlvii.1)". */
  label: string;
  /** The item's value without punctuation: "a", "1", "xlvii.1". */
  value: string;
  /** The part that decides the script ("xlvii" of "xlvii.1"). */
  base: string;
  style: ItemStyle;
  /** The text after the label. */
  rest: string;
}

const PAREN_ITEM =
  /^\((\d{1,3}[A-Za-z]?(?:\.\d{1,3})?|(?:[a-z]{1,2}|[ivxlc]{3,8}|[A-Z]{1,2}|[IVXLC]{3,8})(?:\.\d{1,2})?)\)(?=\s|$|\(|[—–\-:]|["“«]?[A-Z])/;
const HALF_PAREN_ITEM = /^(\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\)(?=\s)/;
const DOT_ITEM = /^(\d{1,3})(?:\s?[º°ª](?:\s?\.)?(?:\s?[-–—])?|\.(?:\s?[-–—])?)(?=\s+\S|$)/;
const ROMAN_DOT_ITEM = /^([IVX]{1,6})\.\s?[-–—](?=\s)/;

/**
 * Match a numbered item at the start of a line: "(1)", "(a)", "(iv)", "(1.1)", "a)", "1)";
 * with `allowDot` also "1.", "1º", "1º.-", "I. –" (articles numbered by keyword use those
 * for their items; laws with bare-numbered sections do not).
 */
export function matchItem(body: string, allowDot: boolean): ItemMatch | null {
  let m = PAREN_ITEM.exec(body);
  if (m) return item(m[0], m[1]!, 'paren', body);
  m = HALF_PAREN_ITEM.exec(body);
  if (m) return item(m[0], m[1]!, 'paren', body);
  if (!allowDot) return null;
  m = DOT_ITEM.exec(body) ?? ROMAN_DOT_ITEM.exec(body);
  if (m) return item(m[0], m[1]!, 'dot', body);
  return null;
}

function item(label: string, value: string, style: ItemStyle, body: string): ItemMatch {
  return {
    label: label.replace(/\s*[-–—]\s*$/, '').replace(/\s+/g, ''),
    value,
    base: value.replace(/\.\d+$/, ''),
    style,
    rest: body.slice(label.length).trim(),
  };
}

/** A marginal note printed in brackets before its section: "[Short title.]". */
export function marginalNote(body: string): string | null {
  const m = /^\[([^\]]{2,200})\]$/.exec(body);
  if (!m) return null;
  const inner = m[1]!.trim();
  if (isCitationNote(inner)) return null;
  return inner.replace(/\.$/, '');
}

/** A bracketed amendment history note such as "[R.S., c. 27 (1st Supp.), s. 39(1)]" or "[Bill C-2]". */
export function isCitationNote(inner: string): boolean {
  return (
    /^(\d{4}\b|R\.S\.|L\.R\.|S\.C\.|L\.C\.|Bill\b|Projet de loi\b|Text truncated)/.test(inner) ||
    /\b(c|ch|s|ss|art|arts|par|al)\.\s*[\dA-Z]/.test(inner) ||
    !/[a-zà-ÿ]{3}/.test(inner)
  );
}

/** True when the line ends a sentence or a list item, so the next line does not continue it. */
export function endsClosed(text: string): boolean {
  return /[.;:,—–\-)\]!?"”»’]\s*$/.test(text);
}

/** True when the line introduces a list or quoted text ("who—", "as follows:"). */
export function endsWithLead(text: string): boolean {
  return /[:—–-]\s*$/.test(text);
}

/** A line written entirely in capitals (at least four letters, none lower-case): a heading, not text. */
export function isCapitals(text: string): boolean {
  if (/\p{Ll}/u.test(text)) return false;
  return (text.match(/\p{Lu}/gu)?.length ?? 0) >= 4;
}

/**
 * A short line that can be the heading of the provision printed right after it: starts
 * with a capital, few words, no closing punctuation ("Trafficking in persons", "Consent").
 */
export function looksLikeHeading(text: string): boolean {
  if (text.length > 120 || text.length < 2) return false;
  if (!/^[\p{Lu}\d]/u.test(text)) return false;
  if (/[.;:,—–-]$/.test(text) && !isCapitals(text)) return false;
  const words = text.split(/\s+/);
  // A line ending in "del", "of the", "à la" is cut mid-sentence, not a heading.
  return words.length <= 16 && !TRAILING_FUNCTION_WORD.has(words.at(-1)!);
}

const TRAILING_FUNCTION_WORD = new Set(
  (
    'of the a an to in on by for and or with under that which who de del la las el los lo en y o al ' +
    'por para con que un una du des le les au aux et ou à par pour dans sur qui une'
  ).split(' '),
);

/**
 * The separator between a heading and text on a unit's line: "Definitions.—In this Act".
 * Only a full stop or colon followed by a dash counts; the heading is a few words with no
 * figures or brackets and does not open like a sentence, so "...pesos ($ 1.500.-) a..." is not split.
 */
export function splitInlineHeading(rest: string): { heading: string; text: string } | null {
  const m = /^([\p{Lu}][^—–]{1,150}?)(?:\.|:)\s?[—–]+\s*(\S.*)$/u.exec(rest);
  if (!m) return null;
  const heading = m[1]!.trim();
  if (/[\d()[\]]/.test(heading) || heading.split(/\s+/).length > 15) return null;
  if (opensSentence(heading)) return null;
  return { heading, text: m[2]!.trim() };
}

/** True when a line opens like a sentence ("The...", "Cuando...", "Si..."), which a heading does not. */
export function opensSentence(text: string): boolean {
  const first = text
    .split(/\s+/)[0]!
    .toLowerCase()
    .replace(/[’'].*$/, '')
    .replace(/[^\p{L}]/gu, '');
  return SENTENCE_OPENERS.has(first);
}

/** Opening words of sentences, which keep a short first sentence from being taken for a heading. */
const SENTENCE_OPENERS = new Set(
  (
    'el la los las lo un una se si cuando quien quienes todo toda no en para por con sin a al de del ' +
    'será serán este esta le les l d il elle ils nul tout toute est sont sera seront the an any every ' +
    'where if when this it nothing whoever'
  ).split(' '),
);
/** Verb forms that mark a sentence: Spanish futures ("será", "incurrirán") and common finite verbs. */
const VERB_FORM =
  /^(?:\p{L}+(?:rá|rán)|es|son|está|están|queda|quedan|corresponde|corresponden|comprende|comprenden|importa|importan|procede|est|sont|peut|peuvent|doit|doivent|constitue|shall|may|is|are|means|includes)$/iu;
const REPEALED = /^(derogad[oa]s?|abrogé|abrogée|abrogés|repealed|spent|vetad[oa]|omitted)$/i;

/**
 * A Spanish or French article often opens with its heading as a short first sentence
 * ("Artículo 411 bis.- Tráfico de migrantes. El que con ánimo de lucro..."). Take it as the
 * heading when it is a few words that do not start like a sentence and text follows.
 */
export function splitLeadingSentenceHeading(rest: string): { heading: string; text: string } | null {
  const m = /^([\p{Lu}][^.;:()]{2,80}?)\.\s+(\S.*)$/u.exec(rest);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  if (words.length > 8) return null;
  if (opensSentence(m[1]!) || REPEALED.test(m[1]!.trim())) return null;
  // A verb in the third person marks a sentence ("Podrán imponerse..."), not a title.
  if (/\d/.test(m[1]!) || words.some((w) => VERB_FORM.test(w.replace(/[^\p{L}]/gu, '')))) return null;
  return { heading: m[1]!.trim(), text: m[2]!.trim() };
}

/** Amending words that announce quoted or indented text to be inserted or substituted. */
export const INTRODUCER_CUE =
  /(?<![\p{L}])(following|follows|insert\p{L}*|substitut\p{L}*|replac\p{L}*|add(?:ed|ing)?|read|suit|suivant\p{L}*|siguientes?|tenor|indican|sustit\p{L}*|reemplaz\p{L}*|agreg\p{L}*|incorp\p{L}*|intercal\p{L}*|intercál\p{L}*|añad\p{L}*|rédigé\p{L}*|remplac\p{L}*|ajout\p{L}*|insér\p{L}*)(?![\p{L}])/iu;

/** A number the amending words give the inserted unit ("as section 45C", "nuevo artículo 7"). */
export const ANNOUNCED_NUMBER =
  /\b(?:as|new|nuevo|nouvel|nouveau)\s+(?:section|article|artículo|art\.)\s+(\d+(?:\.\d+)*[A-Za-z]?(?:\s(?:bis|ter|qu[aá]ter|quinquies|sexies|septies|octies))?)/gi;
export const ANNOUNCED_NUMBER_AFTER =
  /\b(?:section|article|artículo)\s+(\d+(?:\.\d+)*[A-Za-z]?(?:\s(?:bis|ter|qu[aá]ter|quinquies|sexies|septies|octies))?),?\s+(?:nuevo|nouveau|new)\b/gi;

/** The quotation mark closing an amendment's quoted wording, with the punctuation after it. */
export const CLOSING_QUOTE = /["”»’]\s*[.;,]*\s*$/;
