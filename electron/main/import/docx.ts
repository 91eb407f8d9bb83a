import mammoth from 'mammoth';
import type { SourceDocument } from '../../../shared/domain/source';
import {
  POINTS_PER_INDENT_SPACE,
  cleanLineText,
  hasNoText,
  reportProgress,
  throwIfCancelled,
  type ImportOptions,
} from './common';
import {
  DocumentScanner,
  computeLabels,
  paragraphKey,
  parseNumbering,
  parseStyles,
  type NumberLabel,
  type ParagraphRecord,
} from './docx-numbering';
import { ImportError } from './errors';
import { limitsOf } from './limits';
import { htmlToLines } from './html';
import { readDocxArchive, type PartSink } from './zip';

/** The parts of mammoth's document model this adapter reads or changes. */
interface MammothNode {
  type: string;
  children?: MammothNode[];
  value?: string;
  numbering?: unknown;
  /** Paragraph indentation as written in w:ind, in twips. */
  indent?: { start?: string | null };
}

/**
 * Stands for one space of indentation on its way through mammoth's HTML, where leading white
 * space would be collapsed; turned back into spaces once the HTML is read. A private-use
 * character, so it cannot clash with the document's text.
 */
const INDENT_MARK = '\uE000';

/** Twips (1/20 point) of Word indentation per leading space, see {@link POINTS_PER_INDENT_SPACE}. */
const TWIPS_PER_SPACE = 20 * POINTS_PER_INDENT_SPACE;

/** How many paragraphs ahead alignment looks for a match before giving up on one paragraph. */
const ALIGN_WINDOW = 64;

/** Text of a mammoth paragraph as the alignment key sees it (tabs read as spaces). */
function mammothText(node: MammothNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'tab') return ' ';
  return (node.children ?? []).map(mammothText).join('');
}

/** Mammoth's paragraphs in document order (pre-order, as document.xml lists them). */
function paragraphsOf(node: MammothNode, out: MammothNode[] = []): MammothNode[] {
  if (node.type === 'paragraph') out.push(node);
  for (const child of node.children ?? []) paragraphsOf(child, out);
  return out;
}

/** Spaces a leading tab stands for, as in plain text. */
const SPACES_PER_TAB = 4;

/**
 * Removes the spaces and tabs a paragraph's text starts with (indentation typed into the text, as
 * in a plain-text law saved as a Word file), which mammoth's HTML would collapse, and says how many
 * spaces of indentation they are.
 */
function takeLeadingSpaces(paragraph: MammothNode): number {
  let spaces = 0;
  /** False while only white space has been met. */
  const walk = (node: MammothNode): boolean => {
    if (node.type === 'text') {
      const lead = /^[ \t]*/.exec(node.value ?? '')![0];
      for (const c of lead) spaces += c === '\t' ? SPACES_PER_TAB : 1;
      node.value = (node.value ?? '').slice(lead.length);
      return node.value !== '';
    }
    if (node.type === 'tab') {
      spaces += SPACES_PER_TAB;
      Object.assign(node, { type: 'text', value: '' });
      return false;
    }
    if (!node.children) return true;
    return node.children.some(walk);
  };
  walk(paragraph);
  return spaces;
}

interface NumberingOutcome {
  restored: number;
  missed: number;
}

/**
 * Puts Word's automatic numbers back into mammoth's paragraphs as text, and marks each
 * paragraph's left indentation (its own, or its list level's) for {@link INDENT_MARK}. Mammoth's
 * paragraphs are matched, in order, to the paragraphs read from document.xml by their text; a
 * paragraph given a number loses its list marking so that the HTML has no `<ol>` numbering it a
 * second time.
 */
function restoreNumbers(
  document: MammothNode,
  records: readonly ParagraphRecord[],
  labels: readonly (NumberLabel | null)[],
  outcome: NumberingOutcome,
): MammothNode {
  let cursor = 0;
  for (const paragraph of paragraphsOf(document)) {
    const ownIndent = Number.parseInt(paragraph.indent?.start ?? '', 10);
    const key = paragraphKey(mammothText(paragraph));
    const end = Math.min(records.length, cursor + ALIGN_WINDOW);
    let match = -1;
    for (let i = cursor; i < end; i++) {
      if (records[i]!.key === key) {
        match = i;
        break;
      }
    }
    let label: NumberLabel | null = null;
    if (match >= 0) {
      cursor = match + 1;
      label = labels[match] ?? null;
    } else if (paragraph.numbering) {
      outcome.missed++;
    }
    // Numbers are text now (or could not be recovered): HTML list counting must not add any.
    paragraph.numbering = null;
    const indent = Number.isFinite(ownIndent) ? ownIndent : (label?.indent ?? 0);
    // A number Word adds comes before the text and its typed indentation, which then stays as is.
    const typed = label?.text ? 0 : takeLeadingSpaces(paragraph);
    const marks = Math.max(0, Math.round(indent / TWIPS_PER_SPACE)) + typed;
    const prefix = INDENT_MARK.repeat(marks) + (label?.text ?? '');
    if (label?.text) outcome.restored++;
    if (prefix !== '') paragraph.children = [{ type: 'text', value: prefix }, ...(paragraph.children ?? [])];
  }
  return document;
}

/** Collects a part's text into one string. */
function collector(): { sink: PartSink; text: () => string } {
  const chunks: string[] = [];
  return { sink: (t) => chunks.push(t), text: () => chunks.join('') };
}

/**
 * Imports a Word (.docx) law with mammoth: one line per paragraph, headings included, a table
 * row per line with its cells separated by tabs. Word's automatic numbering ("(a)", "1.",
 * "Article 3"), which mammoth drops, is computed from numbering.xml and the paragraphs'
 * numbering properties and restored as text at the start of each numbered paragraph; manual
 * numbers typed into the text are kept as they are. The archive is checked against zip bombs
 * before mammoth inflates anything.
 */
export async function importDocxFile(path: string, fileName: string, options: ImportOptions): Promise<SourceDocument> {
  const scanner = new DocumentScanner();
  const numbering = collector();
  const styles = collector();
  const sinks = { document: (t: string) => scanner.write(t), numbering: numbering.sink, styles: styles.sink };
  await readDocxArchive(
    path,
    fileName,
    sinks,
    options.signal,
    (f) => reportProgress(options, 0.4 * f, 'Checking Word document'),
    limitsOf(options).maxDocxMainBytes,
  );
  const records = scanner.end();
  const labels = computeLabels(records, parseNumbering(numbering.text()), parseStyles(styles.text()));
  throwIfCancelled(options.signal);

  reportProgress(options, 0.4, 'Converting Word document');
  const outcome: NumberingOutcome = { restored: 0, missed: 0 };
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { path },
      {
        transformDocument: (document: MammothNode) => restoreNumbers(document, records, labels, outcome),
        // Empty paragraphs are blank lines, which segmentation reads.
        ignoreEmptyParagraphs: false,
        // Images carry no text; not embedding them keeps memory to the text alone.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    throw new ImportError(
      'corrupt-docx',
      `"${fileName}" could not be read as a Word document: its contents are damaged. If it opens in Word or LibreOffice, ` +
        'save it again as .docx and import the new file.',
      { cause: error },
    );
  }
  throwIfCancelled(options.signal);

  reportProgress(options, 0.9, 'Reading text');
  const lines = htmlToLines(html, fileName).map((text) => ({
    text: cleanLineText(text.replace(/^\uE000+/, (marks) => ' '.repeat(marks.length)).replace(/\uE000/g, '')),
    page: null,
  }));
  if (hasNoText(lines)) {
    throw new ImportError('empty-file', `"${fileName}" contains no text. Check that you chose the right document.`);
  }
  const notes: string[] = [];
  if (outcome.restored > 0) {
    notes.push(`Automatic numbering restored as text for ${outcome.restored} paragraph(s).`);
  }
  if (outcome.missed > 0) {
    notes.push(
      `${outcome.missed} numbered paragraph(s) could not be matched to their automatic numbers and are imported without them.`,
    );
  }
  reportProgress(options, 1, 'Reading text');
  return { format: 'docx', fileName, lines, notes };
}
