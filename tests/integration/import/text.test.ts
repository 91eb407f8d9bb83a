import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError, importLawFile, importPastedText } from '../../../electron/main/import';
import { tempDir } from '../../helpers/temp';

const dir = tempDir('lexgap-import-text-');
afterAll(dir.cleanup);
let n = 0;
function file(bytes: Uint8Array | string, name = `law-${n++}.txt`): string {
  const path = join(dir.path, name);
  writeFileSync(path, bytes);
  return path;
}

/** The Windows-1252 bytes (0x80–0x9F) of the characters these tests use; the rest is Latin-1. */
const CP1252: Record<string, number> = { '€': 0x80, '…': 0x85, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };

/** Bytes of `text` in Windows-1252 or in Mac Roman (from the runtime's Mac Roman decoder). */
function encodeSingleByte(text: string, encoding: 'windows-1252' | 'macintosh'): Buffer {
  const table = new Map<string, number>();
  if (encoding === 'macintosh') {
    const decoder = new TextDecoder('macintosh');
    for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  }
  return Buffer.from(
    [...text].map((ch) => table.get(ch) ?? CP1252[ch] ?? (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)),
  );
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

async function refused(path: string, options = {}): Promise<ImportError> {
  const error = await importLawFile(path, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

const FRENCH = 'Article 1er – Définitions\r\nLa « traite des personnes » désigne le recrutement… d’une personne.\r\n';
const FRENCH_LINES = [
  'Article 1er – Définitions',
  'La « traite des personnes » désigne le recrutement… d’une personne.',
];
const SPANISH = 'Artículo 411 quáter.- El que mediante engaño capte o traslade a niños, será castigado.\n';

describe('text files: encodings', () => {
  it('reads UTF-8, with or without a byte order mark', async () => {
    const plain = await importLawFile(file(Buffer.from(FRENCH, 'utf8')));
    expect(plain.lines.map((l) => l.text)).toEqual(FRENCH_LINES);
    expect(plain.encoding).toBe('utf-8');
    expect(plain.notes).toContain('Text decoded as UTF-8.');
    expect(plain.format).toBe('txt');
    expect(plain.lines.every((l) => l.page === null)).toBe(true);

    const bom = await importLawFile(
      file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH, 'utf8')])),
    );
    expect(bom.lines.map((l) => l.text)).toEqual(FRENCH_LINES);
    expect(bom.encoding).toBe('utf-8');
    expect(bom.notes.join(' ')).toMatch(/UTF-8 \(byte order mark\)/);
  });

  it('reads UTF-16 little and big endian with a byte order mark', async () => {
    const le = await importLawFile(file(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FRENCH, 'utf16le')])));
    expect(le.lines.map((l) => l.text)).toEqual(FRENCH_LINES);
    expect(le.encoding).toBe('utf-16le');
    expect(le.notes.join(' ')).toMatch(/UTF-16 LE \(byte order mark\)/);

    const be = await importLawFile(file(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(FRENCH)])));
    expect(be.lines.map((l) => l.text)).toEqual(FRENCH_LINES);
    expect(be.encoding).toBe('utf-16be');
  });

  it('recognises UTF-16 saved without a byte order mark instead of calling it binary', async () => {
    const doc = await importLawFile(file(Buffer.from(SPANISH, 'utf16le')));
    expect(doc.lines[0]!.text).toBe(SPANISH.trim());
    expect(doc.encoding).toBe('utf-16le');
    expect(doc.notes.join(' ')).toMatch(/no byte order mark/);
  });

  it('reads Windows-1252 (accents, curly quotes, euro sign) when the bytes are not UTF-8', async () => {
    const text = 'Article 2 – L’exploitation d’une personne est punie d’une amende de 10 000 €.\n';
    const doc = await importLawFile(file(encodeSingleByte(text, 'windows-1252')));
    expect(doc.lines[0]!.text).toBe(text.trim());
    expect(doc.encoding).toBe('windows-1252');
    expect(doc.notes.join(' ')).toMatch(/not valid UTF-8; decoded as Windows-1252/);
  });

  it('reads Latin-1 Spanish (no Windows-only characters) as Windows-1252, its superset', async () => {
    const doc = await importLawFile(file(encodeSingleByte(SPANISH, 'windows-1252')));
    expect(doc.lines[0]!.text).toBe(SPANISH.trim());
    expect(doc.encoding).toBe('windows-1252');
  });

  it('tells Mac Roman from Windows-1252 by which reading gives letters inside words', async () => {
    const text =
      'Définitions : « exploitation » désigne la réduction en esclavage, la servitude ou le travail forcé.\n';
    const doc = await importLawFile(file(encodeSingleByte(text, 'macintosh')));
    expect(doc.lines[0]!.text).toBe(text.trim());
    expect(doc.encoding).toBe('macintosh');
  });

  it('keeps lines intact across read chunks (CR LF split between chunks, multi-byte characters)', async () => {
    // Over 3 MB so the file is read in several chunks; the odd line length moves the chunk
    // boundaries through every position of "é" and of CR LF.
    const lines = Array.from({ length: 60_000 }, (_, i) => `${i}. Sección é${'x'.repeat(i % 97)}`);
    const path = file(Buffer.from(lines.join('\r\n'), 'utf8'));
    const progress: number[] = [];
    const doc = await importLawFile(path, { onProgress: (f) => progress.push(f) });
    expect(doc.lines.map((l) => l.text)).toEqual(lines);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.every((f, i) => i === 0 || f >= progress[i - 1]!)).toBe(true);
    expect(progress[progress.length - 1]).toBe(1);
  });
});

describe('text files: refused input', () => {
  it('refuses binary garbage renamed .txt', async () => {
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 256;
    const error = await refused(file(random));
    expect(error.code).toBe('binary-file');
    expect(error.message).toMatch(/is not a text file \(it contains NUL bytes\)/);

    const controls = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41)));
    const controlError = await refused(file(controls));
    expect(controlError.code).toBe('binary-file');
    expect(controlError.message).toMatch(/control characters/);
  });

  it('says what a renamed file really is', async () => {
    const error = await refused(file(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')));
    expect(error.code).toBe('binary-file');
    expect(error.message).toMatch(/it is a PDF file: rename it to \.pdf|rename it with the \.pdf extension/);
  });

  it('refuses an empty file and a file of blank lines', async () => {
    const empty = await refused(file(''));
    expect(empty.code).toBe('empty-file');
    expect(empty.message).toMatch(/is empty \(0 bytes\)/);
    const blank = await refused(file(' \n\t\n \r\n'));
    expect(blank.code).toBe('empty-file');
    expect(blank.message).toMatch(/contains no text/);
  });

  it('refuses a file over the limit before reading it, stating the limit', async () => {
    const path = file('');
    truncateSync(path, 201 * 1024 * 1024); // sparse: costs no disk
    const error = await refused(path);
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/is 201 MB, more than the 200 MB limit/);

    const small = await refused(file('x'.repeat(2 * 1024 * 1024)), { maxBytes: 1024 * 1024 });
    expect(small.code).toBe('too-large');
    expect(small.message).toMatch(/is 2 MB, more than the 1 MB limit/);
  });

  it('refuses unsupported formats with advice, and missing files', async () => {
    const doc = await refused(file('x', 'old.doc'));
    expect(doc.code).toBe('unsupported-format');
    expect(doc.message).toMatch(/\.doc files are not supported .*save it as \.docx/);
    const none = await refused(file('x', 'README'));
    expect(none.code).toBe('unsupported-format');
    expect(none.message).toMatch(/files without an extension are not supported/);

    const missing = await refused(join(dir.path, 'nowhere.txt'));
    expect(missing.code).toBe('not-found');
    expect(missing.message).toMatch(/"nowhere.txt" was not found/);

    const folder = join(dir.path, 'folder.txt');
    mkdirSync(folder);
    expect((await refused(folder)).code).toBe('not-found');
  });

  it('stops when cancelled, before or during reading, and returns nothing', async () => {
    const path = file('Article 1. Text.\n'.repeat(200_000));
    const before = new AbortController();
    before.abort();
    const early = await refused(path, { signal: before.signal });
    expect(early.code).toBe('cancelled');
    expect(early.message).toBe('The import was cancelled. Nothing was imported.');

    const during = new AbortController();
    const error = await refused(path, { signal: during.signal, onProgress: () => during.abort() });
    expect(error.code).toBe('cancelled');
  });
});

describe('pasted text', () => {
  it('becomes a document of its lines', () => {
    const doc = importPastedText('\uFEFFSection 1\r\nText of the section.\r\n');
    expect(doc.format).toBe('paste');
    expect(doc.fileName).toBe('pasted text');
    expect(doc.lines.map((l) => l.text)).toEqual(['Section 1', 'Text of the section.', '']);
  });

  it('is refused when empty', () => {
    expect(() => importPastedText('  \n ')).toThrow(ImportError);
    try {
      importPastedText('');
    } catch (error) {
      expect((error as ImportError).code).toBe('empty-file');
      expect((error as ImportError).message).toMatch(/pasted text is empty/);
    }
  });
});
