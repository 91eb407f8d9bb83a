/**
 * Generators of hostile files: small files that would cost an importer unbounded memory or time
 * if it trusted them. Each is built on the fly at the size asked for, so tests use small ones
 * (with lowered limits) and scripts/hostile.ts the full-size ones.
 */
import { createDeflate } from 'node:zlib';
import { buildPdf, buildZip, minimalDocxMembers, type PdfPage, type ZipMember } from './make-docs';

/** Lines of ordinary prose set on a page, so that layout code has rows to work on. */
function proseLines(count: number, top = 760): NonNullable<PdfPage['lines']> {
  return Array.from({ length: count }, (_, i) => ({
    text: `Section ${i + 1}. A person who recruits another for exploitation commits an offence.`,
    y: top - 14 * i,
  }));
}

/** A one-page PDF with a page of prose and one glyph set at `fontSize` points (1e9, 1e11). */
export function hugeGlyphPdf(fontSize: number): Buffer {
  return buildPdf([{ lines: [...proseLines(10), { text: 'X', y: 500, x: 300, size: fontSize }] }]);
}

/** A PDF of `pages` pages, each with one short line (a gazette far longer than any law). */
export function manyPagesPdf(pages: number): Buffer {
  return buildPdf(Array.from({ length: pages }, (_, i) => ({ lines: [{ text: `Page ${i + 1}`, y: 760 }] })));
}

/**
 * A one-page PDF whose page content is a Flate stream inflating to `inflatedBytes` of blanks
 * followed by one line of text. The file is about a thousandth of that size; it is deflated as a
 * stream, chunk by chunk, so no buffer of the full size is ever made.
 */
export async function inflatingPdf(inflatedBytes: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 1 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  const blanks = Buffer.alloc(Math.min(inflatedBytes, 16 * 1024 * 1024), 0x20);
  for (let left = inflatedBytes; left > 0; left -= blanks.length) {
    const more = deflate.write(blanks.subarray(0, Math.min(left, blanks.length)));
    if (!more) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end(Buffer.from('\nBT /F1 10 Tf 72 760 Td (Section 1. Offences.) Tj ET', 'latin1'));
  await done;
  const stream = Buffer.concat(out);
  return assemblePdf([
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [4 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>'),
    Buffer.from(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    ),
    Buffer.concat([
      Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`),
      stream,
      Buffer.from('\nendstream'),
    ]),
  ]);
}

function assemblePdf(objects: readonly Buffer[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const piece = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(piece);
    length += piece.length;
  });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  tail += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(tail));
  return Buffer.concat(parts);
}

/** Varied paragraphs of law-like text, so that they compress like real text (about 5–10 times). */
function proseParagraphs(bytes: number): string[] {
  const words = [
    'person',
    'shall',
    'offence',
    'exploitation',
    'victim',
    'court',
    'penalty',
    'state',
    'child',
    'border',
  ];
  const out: string[] = [];
  let size = 0;
  let seed = 7;
  while (size < bytes) {
    let sentence = `Section ${out.length + 1}.`;
    for (let w = 0; w < 30; w++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      sentence += ` ${words[seed % words.length]}${seed % 97}`;
    }
    out.push(sentence);
    size += sentence.length + 60;
  }
  return out;
}

function paragraphsXml(paragraphs: readonly string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('') +
    '</w:body></w:document>'
  );
}

/** A Word document whose body inflates to about `bytes` of ordinary text, inside every ratio limit. */
export function largeBodyDocx(bytes: number): Buffer {
  return buildZip(minimalDocxMembers(paragraphsXml(proseParagraphs(bytes))));
}

/**
 * A Word document whose main part is reached through `_rels/.rels` under a name that does not
 * end in .xml (`word/body.bin`), with a body of about `bytes`.
 */
export function renamedMainDocx(bytes: number): Buffer {
  const members: ZipMember[] = minimalDocxMembers(paragraphsXml(proseParagraphs(bytes)));
  members[1]!.data = Buffer.from(
    members[1]!.data.toString().replace('Target="word/document.xml"', 'Target="/word/body.bin"'),
  );
  members[2]!.name = 'word/body.bin';
  members[0]!.data = Buffer.from(
    members[0]!.data.toString().replace('PartName="/word/document.xml"', 'PartName="/word/body.bin"'),
  );
  return buildZip(members);
}

/** An HTML page of `depth` nested, never closed `div`s (each `every`-th a `header`, if given). */
export function nestedHtml(depth: number, every = 0): string {
  const parts: string[] = ['<html><body>'];
  for (let i = 1; i <= depth; i++) parts.push(every > 0 && i % every === 0 ? '<header>' : '<div>');
  parts.push('Section 1. Offences.');
  return parts.join('');
}

/** A text file of `bytes` characters on one line (no line break at all). */
export function oneLineText(bytes: number): string {
  const sentence = 'Section 1. A person who recruits another for exploitation commits an offence. ';
  return sentence.repeat(Math.ceil(bytes / sentence.length)).slice(0, bytes);
}
