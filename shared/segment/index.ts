/**
 * Segmentation of a national law into a provision tree: grouping levels, primary units
 * (sections, articles, §), their numbered subsections and items, schedules, the
 * definitions unit and the cross-references between units. Pure code: it runs in the
 * main process, in tests and in a browser alike.
 */
import type { ProvisionTree, Provision } from '../domain/provision';
import type { LanguageCode, SourceDocument } from '../domain/source';
import { buildTree } from './build';
import { attachCrossReferences } from './crossrefs';
import { findDefinitions } from './definitions';
import { detectLanguage } from './language';
import { toLines } from './lines';
import { descendants, primaryUnits } from './walk';

export { detectLanguage } from './language';
export { splitInstruments, type InstrumentPart } from './instruments';
export { primaryUnits, descendants, fullText } from './walk';

export interface SegmentOptions {
  /** Language of the law; detected from its text when not given. */
  language?: LanguageCode;
}

/**
 * Segment a law into its provision tree.
 *
 * - Grouping headings (Part, Titre, Capítulo... with roman, arabic or ordinal numbers) become
 *   group nodes holding what follows them; a heading on the next line is attached to its group.
 * - Primary units are found in the form the law uses throughout: a keyword ("Section 3",
 *   "Art. 5", "ARTICULO 2º", "Artículo 145 bis", "Article premier"), the section sign
 *   ("§ 1324.") or a bare number ("3. Short title", "279.01", "45A."). `number` is the
 *   printed number without the word ("145 bis", "279.01", "1" for "premier"); `label` is the
 *   printed designation with its word, and for a bare number the language's word for a unit
 *   ("Section 3", "Article 3", "Artículo 3").
 * - Numbered subsections and items ((1), (a), (i), a), 1º) nest below their unit; each
 *   provision's `text` is its own text only.
 * - A table of contents printed before the body is recognised and skipped; schedules and
 *   annexes are top-level nodes of level 'schedule' whose numbered paragraphs are not units.
 * - Text that an amending unit inserts into another law (indented or quoted after "...the
 *   following:") is kept inside that unit; units found in it are its children with
 *   `insertedNumber` set to the number they take in the amended law ("279.01", "45C").
 * - Ids follow the numbering ("s3", "s3.1.a", "pt1", "sch1.2"), made unique with "~2", "~3"
 *   where a number repeats.
 */
export function segment(doc: SourceDocument, options: SegmentOptions = {}): ProvisionTree {
  const lines = toLines(doc);
  const language = options.language ?? detectLanguage(sampleText(doc)).language;
  const built = buildTree(lines, language);
  const definitions = findDefinitions(built.children);
  attachCrossReferences(built.children, built.frontMatter, built.quotedRanges);
  const warnings = [...built.warnings];
  if (primaryUnits(built.children).length === 0) warnings.push('No sections or articles were recognised in this text.');
  return {
    language,
    children: built.children,
    definitions: definitions.terms,
    definitionsUnitId: definitions.unitId,
    tableOfContentsSkipped: built.tableOfContentsSkipped,
    warnings,
  };
}

/** The text language detection reads: the first lines of the law, enough for a reliable vote. */
function sampleText(doc: SourceDocument): string {
  const parts: string[] = [];
  let size = 0;
  for (const l of doc.lines) {
    parts.push(l.text);
    size += l.text.length + 1;
    if (size > 60_000) break;
  }
  return parts.join('\n');
}

/**
 * The units an expert cites, in order: a primary unit by its own number, except that a unit
 * which inserts units into another law is replaced by the units it inserts (cited by the
 * number they take there: Criminal Code "279.01", not the amending Act's "3").
 */
export function citableUnits(tree: ProvisionTree): Array<{ number: string; provision: Provision }> {
  const out: Array<{ number: string; provision: Provision }> = [];
  for (const unit of primaryUnits(tree.children)) {
    const inserted = descendants(unit).filter((d) => d !== unit && d.insertedNumber !== undefined);
    if (inserted.length) for (const d of inserted) out.push({ number: d.insertedNumber!, provision: d });
    else out.push({ number: unit.number, provision: unit });
  }
  return out;
}
