/**
 * Whether a printed line starts a paragraph or goes on with the one before, and words hyphenated at
 * a line's end made whole: the rules shared by the lines of a PDF page (see pdf-layout) and those of
 * a text whose paragraphs were broken into lines of a fixed width (see unwrap). Pure functions.
 */

/** Start of a list item: "(a)", "(2)", "(iv)", "a)", and those an amendment inserts between two: "(1.1)", "(xlvii.1)". */
const ITEM_START = /^(\(\s*[0-9]+[A-Za-z]*(\.[0-9]+)*\s*\)|\(\s*[A-Za-z]{1,5}(\.[0-9]+)*\s*\)|[a-z]\)\s)/;

/** A line that can close a list item: closing punctuation, or the "or"/"and" before the last item. */
const ITEM_END = /([.;:,)\]"”»—–-]|\b(or|and|ou|et|y|o|e|u))\s*$/i;

/**
 * A line ending where a sentence goes on with a reference in brackets ("under subsection" +
 * "(1)", "of paragraph" + "(a)"): the word for a provision, or a word a reference follows. After
 * any other word, a list item at the start of a line is an item of a list the line introduces
 * ("…is guilty of an indictable offence and liable" + "(a) to imprisonment…").
 */
const REFERENCE_END =
  /((?<!\p{L})((sub)?sections?|(sub)?paragraphs?|(sous-)?paragraphes?|(sub)?clauses?|articles?|art[ií]culos?|items?|points?|(sous-)?alin[ée]as?|incisos?|numeral(es)?|literal(es)?|apartados?|p[áa]rrafos?|fracci(ón|ones)|of|in|under|to|by|and|or|de|du|des|en|à|au|aux|par|et|ou|del|al|a|y|o|e|u|por)|[-–—,(])\s*$/iu;

/** Start of a numbered provision or heading: "3.", "12A.", "279.01", "IV.", "Section 4", "Article 5"… */
const PROVISION_START =
  /^([0-9]+[A-Za-z]?\.\s|[0-9]+(\.[0-9]+)+\.?\s|[IVXLC]+\.\s|(section|article|art\.|art[ií]culo|chapitre|chapter|cap[ií]tulo|part|partie|t[ií]tulo|titre|title|schedule|annex|annexe|anexo|§)\s)/i;

/**
 * A provision's designation with a dash after its number ("Artículo 411 bis.-", "Art. 5. —",
 * "Article 12 –"), quoted or not: never the continuation of a sentence, whatever the line before
 * ends with (a heading without a full stop, a line that happens to end near the margin).
 */
const DASHED_PROVISION_START =
  /^["“«]?\s*(section|article|art\.|art[ií]culo|§)\s*[0-9]+[A-Za-z]*(\s+(bis|ter|qu[aá]ter|quinquies|sexies|septies|octies|nonies|decies))?\s*\.?\s*[-–—]/i;

/**
 * A provision's designation in its capitalised form, with its number and a full stop, then the
 * capital of its heading or text ("Artículo 7º. Medidas de protección", "Article 433septies. <Inséré",
 * "Section 12. The Minister") or nothing more on the line ("Artículo 19."): a reference in running text is followed by the words of its sentence,
 * so this starts a paragraph even after a heading that has no closing punctuation.
 */
const HEADED_PROVISION_START =
  /^["“«]?\s*(Section|SECTION|Article|ARTICLE|Art\.|ART\.|Art[ií]culo|ART[IÍ]CULO)\s*[0-9]+[A-Za-z]*[º°]?(\s+(bis|ter|qu[aá]ter|quinquies|sexies|septies|octies|nonies|decies))?\s*\.(\s+[\p{Lu}<[]|$)/u;

/**
 * A grouping heading in any case with its number ("Part III – General provisions", "Capítulo 2"):
 * its title has no closing punctuation, and a numbered provision after it starts a paragraph.
 */
const GROUP_HEADING =
  /^(part|partie|parte|chapter|chapitre|cap[ií]tulo|title|titre|t[ií]tulo|book|livre|libro|division|subpart|sub-part)\s+([0-9]+[A-Z]?|[IVXLC]+|[A-Z])\b/iu;

/**
 * A line that can close a provision: closing punctuation, also the end of an editorial note in
 * angle brackets ("<Inserted by Act 2005-08-10, art. 10>"), with the note marks that may follow it
 * ("…]²"). Narrower than {@link ITEM_END}: numbers such as "279.03" also run on after "or" in a
 * sentence ("…279.02 or" + "279.03 and…").
 */
const PROVISION_END = /[.;:)\]>"”»—–][¹²³⁴⁵⁶⁷⁸⁹⁰]*\s*$/;

/**
 * A heading in capitals with its number ("PART II", "CHAPTER 3", "TITRE IV"): in running text a
 * line never starts like this, so it always starts a paragraph.
 */
const CAPITAL_HEADING =
  /^(PART|PARTIE|PARTE|CHAPTER|CHAPITRE|CAP[IÍ]TULO|TITLE|TITRE|T[IÍ]TULO|BOOK|LIVRE|LIBRO|DIVISION|SCHEDULE|ANNEX|ANNEXE|ANEXO|SECTION|ARTICLE|ART[IÍ]CULO)\s+([0-9]+|[IVXLC]+|[A-Z]|PREMIER|PRIMERO|ONE|FIRST)\b/u;

/** Hyphen characters that can end a line in the middle of a word. */
const LINE_END_HYPHEN = /(\p{L})[-\u00AD\u2010\u2011]$/u;

export interface Vocabulary {
  words: Set<string>;
  compounds: Set<string>;
}

/**
 * The words of the document, and its hyphenated compounds, to decide whether "cross-" + "border"
 * at a line break is "cross-border" or a hyphenated "crossborder".
 */
export function vocabulary(lines: readonly { text: string }[]): Vocabulary {
  const words = new Set<string>();
  const compounds = new Set<string>();
  for (const line of lines) {
    for (const token of line.text.toLowerCase().match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []) {
      if (token.includes('-')) compounds.add(token);
      else words.add(token);
    }
  }
  return { words, compounds };
}

/** Prefixes written with a hyphen ("non-governmental", "cross-border", "pre-departure"). */
const HYPHENATED_PREFIXES = new Set([
  'anti',
  'co',
  'counter',
  'cross',
  'ex',
  'multi',
  'non',
  'post',
  'pre',
  'quasi',
  'self',
  'semi',
  'sub',
  'ultra',
  'vice',
  'contre',
  'pseudo',
  'sous',
]);

/**
 * Whether "stem-" at the end of a line and "tail" at the start of the next are a compound that
 * keeps its hyphen. The document itself decides first: the word written whole elsewhere means the
 * hyphen was a line-break hyphen, the compound written elsewhere means it is part of the word.
 * Failing that, a prefix usually hyphenated, or two halves that are both words of the document,
 * keep the hyphen; anything else ("traf-" + "ficking") was hyphenated to fit the line.
 */
function keepsHyphen(stem: string, tail: string, { words, compounds }: Vocabulary): boolean {
  const lowerStem = stem.toLowerCase();
  const lowerTail = tail.toLowerCase();
  if (words.has(lowerStem + lowerTail)) return false;
  if (compounds.has(`${lowerStem}-${lowerTail}`)) return true;
  const lastPart = lowerStem.split('-').pop() ?? lowerStem;
  if (HYPHENATED_PREFIXES.has(lastPart)) return true;
  return lastPart.length >= 3 && lowerTail.length >= 3 && words.has(lastPart) && words.has(lowerTail);
}

/**
 * A line ending in a word hyphenated at the break joined with the next line, which goes on in
 * lower case: without the hyphen unless the document writes the word with it elsewhere
 * ("counter-trafficking") or it is a usual compound (see keepsHyphen); a soft hyphen always goes.
 * Null when the line does not end so.
 */
export function joinHyphenated(text: string, next: string, vocab: Vocabulary): string | null {
  if (!LINE_END_HYPHEN.test(text) || !/^\p{Ll}/u.test(next)) return null;
  const stem = /[\p{L}]+(?:-[\p{L}]+)*[-\u00AD\u2010\u2011]$/u.exec(text)?.[0].slice(0, -1) ?? '';
  const nextWord = /^[\p{L}]+(?:-[\p{L}]+)*/u.exec(next)?.[0] ?? '';
  const keep = !text.endsWith('\u00AD') && keepsHyphen(stem, nextWord, vocab);
  return text.slice(0, -1) + (keep ? '-' : '') + next;
}

/**
 * A line and the next one it wraps onto, as one line. Lines wrap at spaces, and also after a
 * hyphen ("Anti-" + "Trafficking") and before an em dash ("of" + "—"): no space was there to restore.
 */
export function joinWrapped(text: string, next: string): string {
  const glued = /\p{L}[-\u2010]$/u.test(text) || next.startsWith('\u2014');
  return glued ? text + next : `${text} ${next}`;
}

/** Text with several letters, all of them capitals. */
function isCapitals(text: string): boolean {
  return /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * Whether the words of a line show that it starts a paragraph, whatever room the line before left:
 * - a heading in capitals with its number;
 * - a list item, unless the line before ends with the words of a reference ("under subsection");
 * - a numbered provision after a line that can close one, or after a grouping heading;
 * - words with a capital after a colon;
 * - a provision designated with a dash, or with a full stop and a capital;
 * - ordinary text after a heading in capitals;
 * - a definition or bracketed note after a closed sentence.
 */
export function startsParagraph(previous: string, line: string): boolean {
  if (CAPITAL_HEADING.test(line)) return true;
  if (ITEM_START.test(line) && (ITEM_END.test(previous) || !REFERENCE_END.test(previous))) return true;
  // Words after a colon that start with a capital are what it introduces: a heading or text inserted.
  if (/:$/.test(previous) && /^\p{Lu}/u.test(line)) return true;
  if (PROVISION_START.test(line) && (PROVISION_END.test(previous) || GROUP_HEADING.test(previous))) return true;
  if (DASHED_PROVISION_START.test(line) || HEADED_PROVISION_START.test(line)) return true;
  // A heading in capitals is followed by text in ordinary case; a wrapped heading stays in capitals.
  if (isCapitals(previous) && !isCapitals(line)) return true;
  // Definitions and bracketed notes each start a paragraph: '…exploitation;' then '"Fund" means…'.
  return /[;:.\]]$/.test(previous) && /^["“«'‘[]/.test(line);
}
