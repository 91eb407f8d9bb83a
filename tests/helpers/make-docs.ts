/**
 * Builders of test documents: Word files made with the `docx` package (with automatic numbering,
 * tables, running headers and footers), PDFs converted from them or from text by LibreOffice, and
 * raw ZIP archives for checking how damaged or malicious archives are handled.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'laws');

/** Text of a law in tests/fixtures/laws, by file name without extension. */
export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
}

/** Lines compared across formats: trimmed, inner whitespace collapsed, blank lines dropped. */
export function normalisedLines(lines: readonly string[]): string[] {
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
}

// ---------------------------------------------------------------------------------------------
// Word documents

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];

/** Where a line of a law text goes in the generated Word document. */
interface Numbered {
  reference: 'provisions' | 'sections';
  level: number;
  instance: number;
  text: string;
}

/**
 * Decides which lines of a law text become automatically numbered Word paragraphs, so that Word
 * (and the importer) must compute "(1)", "(a)", "(i)" and "12." themselves:
 * - "N. Heading" lines numbered 1, 2, 3… through the document form one list ("%1.");
 * - "(1)", "(a)", "(i)" items form a three-level list ("(%1)", "(%2)", "(%3)") that continues while
 *   the printed numbers follow on, and starts a new list instance when a run starts again at 1.
 * A line whose printed number does not follow on stays as typed text (a manual number).
 */
function planNumbering(lines: readonly string[]): (Numbered | null)[] {
  let sectionNext = 1;
  let instance = 0;
  let next = [1, 1, 1];
  let used = new Set<number>();
  const startInstance = (): void => {
    instance++;
    next = [1, 1, 1];
    used = new Set();
  };
  startInstance();
  return lines.map((raw) => {
    const line = raw.trim();
    const section = /^(\d+)\.\s+(\S.*)$/.exec(line);
    if (section && Number(section[1]) === sectionNext) {
      sectionNext++;
      return { reference: 'sections', level: 0, instance: 1, text: section[2]! };
    }
    const item = /^\(([0-9]+|[a-z]|[ivx]+)\)\s+(\S.*)$/.exec(line);
    if (!item) return null;
    const [, label, text] = item as unknown as [string, string, string];
    const place = (level: number, value: number): Numbered | null => {
      // Word and LibreOffice disagree on "(1)" after "(a)"-"(c)" in the same list (LibreOffice counts
      // the unused parent level as 1): such an item starts a new list, as an author would.
      const orphanParent = [...used].some((l) => l > level) && !used.has(level);
      if (value !== next[level] || orphanParent) {
        if (value !== 1) return null;
        startInstance();
      }
      used.add(level);
      next[level] = value + 1;
      for (let deeper = level + 1; deeper < 3; deeper++) next[deeper] = 1;
      return { reference: 'provisions', level, instance, text };
    };
    if (/^\d+$/.test(label)) return place(0, Number(label));
    const letter = LETTERS.indexOf(label) + 1;
    if (label.length === 1 && letter === next[1]) return place(1, letter);
    const roman = ROMAN.indexOf(label) + 1;
    if (roman > 0 && roman === next[2]) return place(2, roman);
    if (label.length === 1 && letter === 1) return place(1, 1);
    if (roman === 1) return place(2, 1);
    return null;
  });
}

/** Options of {@link makeDocx}. */
export interface DocxOptions {
  /** Turn numbered lines into Word automatic numbering (default true). */
  autoNumbering?: boolean;
  /** Rows of a table appended after the text. */
  table?: string[][];
  /** Text of a running header printed on every page. */
  header?: string;
  /** Print "Page N" centred in the footer of every page. */
  pageNumbers?: boolean;
  /** Split paragraphs at "\n" into printed lines with manual line breaks. */
  lineBreaks?: boolean;
  /** Space after each paragraph, in points (default 6, as most printed laws have). */
  spaceAfter?: number;
}

/** A Word document with one paragraph per non-empty line of `text`. */
export async function makeDocx(text: string, options: DocxOptions = {}): Promise<Buffer> {
  // A blank line becomes one empty paragraph, as a typist would leave it.
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/^\n+|\n+$/g, '')
    .split(options.lineBreaks ? /\n\n/ : /\n/)
    .filter((l, i, all) => l.trim() !== '' || (!options.lineBreaks && all[i - 1]?.trim() !== ''));
  const plan = options.autoNumbering === false ? lines.map(() => null) : planNumbering(lines);
  const runs = (t: string): TextRun[] =>
    options.lineBreaks
      ? t.split('\n').map((part, i) => new TextRun({ text: part, break: i > 0 ? 1 : 0 }))
      : [new TextRun(t.trim())];
  const spacing = { after: 20 * (options.spaceAfter ?? 6) };
  const children: (Paragraph | Table)[] = lines.map((line, i) => {
    const numbered = plan[i];
    // Leading spaces become paragraph indentation, 5 pt (100 twips) each, as the importers read it back.
    const spaces = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    const indent = spaces > 0 ? { left: 100 * spaces } : undefined;
    if (!numbered) return new Paragraph({ children: runs(line), spacing, indent });
    return new Paragraph({
      children: [new TextRun(numbered.text)],
      spacing,
      indent,
      numbering: { reference: numbered.reference, level: numbered.level, instance: numbered.instance },
    });
  });
  if (options.table) {
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: options.table.map(
          (row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }),
        ),
      }),
    );
  }
  const level = (lvl: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], pattern: string) => ({
    level: lvl,
    format,
    text: pattern,
    alignment: AlignmentType.LEFT,
    suffix: LevelSuffix.SPACE,
  });
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'sections', levels: [level(0, LevelFormat.DECIMAL, '%1.')] },
        {
          reference: 'provisions',
          levels: [
            level(0, LevelFormat.DECIMAL, '(%1)'),
            level(1, LevelFormat.LOWER_LETTER, '(%2)'),
            level(2, LevelFormat.LOWER_ROMAN, '(%3)'),
          ],
        },
      ],
    },
    sections: [
      {
        headers: options.header ? { default: new Header({ children: [new Paragraph(options.header)] }) } : undefined,
        footers: options.pageNumbers
          ? {
              default: new Footer({
                children: [
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    children: [new TextRun({ children: ['Page ', PageNumber.CURRENT] })],
                  }),
                ],
              }),
            }
          : undefined,
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// ---------------------------------------------------------------------------------------------
// PDFs through LibreOffice

let sofficeChecked: boolean | undefined;

/** Whether LibreOffice (`soffice`) can be run to make PDFs. */
export function hasSoffice(): boolean {
  if (sofficeChecked === undefined) {
    try {
      execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
      sofficeChecked = true;
    } catch {
      sofficeChecked = false;
    }
  }
  return sofficeChecked;
}

/**
 * Converts .txt, .docx or .html files to PDF with LibreOffice in one run; returns the PDFs' paths
 * (same directory and base name as each input). A private user profile lets several test files
 * convert at the same time.
 */
export function convertToPdf(...inputs: string[]): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'lexgap-soffice-'));
  try {
    for (const outDir of new Set(inputs.map((input) => dirname(input)))) {
      const batch = inputs.filter((input) => dirname(input) === outDir);
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...batch],
        { stdio: 'ignore', timeout: 300_000 },
      );
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return inputs.map((input) => join(dirname(input), `${basename(input, extname(input))}.pdf`));
}

/** Writes `text` as .txt (UTF-8) and `docx` as .docx in `dir`; with LibreOffice, also both as PDF. */
export async function writeLawFormats(
  text: string,
  dir: string,
  name: string,
  docxOptions: DocxOptions = {},
): Promise<{ txt: string; docx: string; pdfFromTxt?: string; pdfFromDocx?: string }> {
  const txt = join(dir, `${name}.txt`);
  const docx = join(dir, `${name}-word.docx`);
  writeFileSync(txt, text, 'utf8');
  writeFileSync(docx, await makeDocx(text, docxOptions));
  if (!hasSoffice()) return { txt, docx };
  const [pdfFromTxt, pdfFromDocx] = convertToPdf(txt, docx);
  return { txt, docx, pdfFromTxt, pdfFromDocx };
}

// ---------------------------------------------------------------------------------------------
// Raw ZIP archives

/** One member of a hand-made ZIP archive. */
export interface ZipMember {
  name: string;
  data: Buffer;
  /** Uncompressed size written in the headers instead of the true one (to make a lying archive). */
  declaredSize?: number;
}

/**
 * A ZIP archive with deflated members, written byte by byte so that tests can make archives no
 * ordinary tool would (sizes that lie). Sizes above 4 GiB are not supported.
 */
export function buildZip(members: readonly ZipMember[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const member of members) {
    const name = Buffer.from(member.name, 'utf8');
    const compressed = deflateRawSync(member.data);
    const size = member.declaredSize ?? member.data.length;
    const crc = crc32(member.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, compressed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** The smallest parts a Word document needs, with `documentXml` as its body. */
export function minimalDocxMembers(documentXml: string): ZipMember[] {
  return [
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    { name: 'word/document.xml', data: Buffer.from(documentXml) },
  ];
}

/** document.xml with one paragraph per string. */
export function documentXml(paragraphs: readonly string[], padding = ''): string {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:body>${body}${padding}</w:body></w:document>`
  );
}

// ---------------------------------------------------------------------------------------------
// Hand-made PDFs

/** A line of text placed on a page of {@link buildPdf}, in points from the bottom left. */
export interface PdfText {
  text: string;
  y: number;
  x?: number;
  size?: number;
}

/** A page of {@link buildPdf}: its text lines, and optionally drawing operators (no text). */
export interface PdfPage {
  lines?: PdfText[];
  drawing?: string;
}

/** Width of one character of Courier, the fixed-pitch PDF standard font, at size 10: 6 pt. */
export const COURIER_CHAR_WIDTH = 6;

function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/**
 * A PDF of A4 pages written object by object, with text in Courier (every character 0.6 em wide,
 * so tests know exactly where lines end), for layouts LibreOffice would not produce on demand.
 * Text is ASCII or Latin-1 (WinAnsi encoding).
 */
export function buildPdf(pages: readonly PdfPage[]): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  const pagesId = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const page of pages) {
    const text = (page.lines ?? [])
      .map((l) => `BT /F1 ${l.size ?? 10} Tf ${l.x ?? 72} ${l.y} Td ${pdfString(l.text)} Tj ET`)
      .join('\n');
    const stream = `${page.drawing ?? ''}\n${text}`;
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/**
 * Wraps text into lines of at most `width` characters at spaces, as a word processor wraps a
 * paragraph set in a fixed-pitch font.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
