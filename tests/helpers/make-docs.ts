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

/** A fresh temporary directory and a function removing it. */
export function tempDir(prefix = 'lexgap-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
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
  const startInstance = (): void => {
    instance++;
    next = [1, 1, 1];
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
      if (value !== next[level]) {
        if (value !== 1) return null;
        if (level === 0 || next[0] === 1 || level > 0) startInstance();
        // A new instance starting below level 0 keeps level 0 unused, as in a plain (a)-(c) list.
      }
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
}

/** A Word document with one paragraph per non-empty line of `text`. */
export async function makeDocx(text: string, options: DocxOptions = {}): Promise<Buffer> {
  const lines = text.replace(/\r\n?/g, '\n').split(options.lineBreaks ? /\n\n/ : /\n/).filter((l) => l.trim() !== '');
  const plan = options.autoNumbering === false ? lines.map(() => null) : planNumbering(lines);
  const runs = (t: string): TextRun[] =>
    options.lineBreaks ? t.split('\n').map((part, i) => new TextRun({ text: part, break: i > 0 ? 1 : 0 })) : [new TextRun(t.trim())];
  const children: (Paragraph | Table)[] = lines.map((line, i) => {
    const numbered = plan[i];
    if (!numbered) return new Paragraph({ children: runs(line) });
    return new Paragraph({
      children: [new TextRun(numbered.text)],
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
                  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT] })] }),
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
 * Converts a .txt, .docx or .html file to PDF with LibreOffice; returns the PDF's path (same
 * directory, same base name). A private user profile keeps parallel runs from sharing one.
 */
export function convertToPdf(input: string): string {
  const outDir = dirname(input);
  const profile = mkdtempSync(join(tmpdir(), 'lexgap-soffice-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, input],
      { stdio: 'ignore', timeout: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outDir, `${basename(input, extname(input))}.pdf`);
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
  return { txt, docx, pdfFromTxt: convertToPdf(txt), pdfFromDocx: convertToPdf(docx) };
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
