import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError, importLawFile } from '../../../electron/main/import';
import {
  computeLabels,
  DocumentScanner,
  parseNumbering,
  parseStyles,
} from '../../../electron/main/import/docx-numbering';
import { buildZip, documentXml, makeDocx, minimalDocxMembers } from '../../helpers/make-docs';
import { tempDir } from '../../helpers/temp';

const dir = tempDir('lexgap-import-docx-');
afterAll(dir.cleanup);
let n = 0;
function file(bytes: Uint8Array, ext = 'docx'): string {
  const path = join(dir.path, `law-${n++}.${ext}`);
  writeFileSync(path, bytes);
  return path;
}

async function refused(path: string, options = {}): Promise<ImportError> {
  const error = await importLawFile(path, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

/** Labels Word would show for paragraphs given as `<w:p>` XML, with these numbering definitions and styles. */
function labels(numbering: string, styles: string, paragraphs: string[]): (string | null)[] {
  const scanner = new DocumentScanner();
  scanner.write(`<w:document ${W}><w:body>${paragraphs.join('')}</w:body></w:document>`);
  return computeLabels(
    scanner.end(),
    parseNumbering(`<w:numbering ${W}>${numbering}</w:numbering>`),
    parseStyles(`<w:styles ${W}>${styles}</w:styles>`),
  ).map((l) => l && l.text);
}
const numbered = (numId: string, ilvl: number, text = 'x') =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const styled = (style: string, text = 'x') =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const plain = (text = 'x') => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('Word automatic numbering', () => {
  it('counts levels, restarts deeper levels, and formats letters, roman numerals and multi-level labels', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '(%1)')}${lvl(1, 'lowerLetter', '(%2)')}${lvl(2, 'lowerRoman', '(%3)')}${lvl(3, 'decimal', '%1.%4')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const result = labels(numbering, '', [
      numbered('1', 0),
      numbered('1', 1),
      numbered('1', 1),
      numbered('1', 2),
      numbered('1', 2),
      plain(),
      numbered('1', 1),
      numbered('1', 0),
      numbered('1', 1),
      numbered('1', 3),
    ]);
    expect(result).toEqual(['(1) ', '(a) ', '(b) ', '(i) ', '(ii) ', null, '(c) ', '(2) ', '(a) ', '2.1 ']);
  });

  it('restarts a list for a new w:num with a start override, and continues it without one', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'lowerLetter', '%1)')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>';
    expect(labels(numbering, '', [numbered('1', 0), numbered('1', 0), numbered('2', 0), numbered('3', 0)])).toEqual([
      'a) ',
      'b) ',
      'a) ',
      'b) ',
    ]);
  });

  it('numbers headings through their style ("Article %1"), and numId 0 removes a style’s numbering', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="5">${lvl(0, 'decimal', 'Article %1.', '<w:pStyle w:val="ArticleHeading"/><w:suff w:val="space"/>')}</w:abstractNum>` +
      '<w:num w:numId="7"><w:abstractNumId w:val="5"/></w:num>';
    const styles =
      '<w:style w:type="paragraph" w:styleId="ArticleHeading"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="ArticleHeadingBold"><w:basedOn w:val="ArticleHeading"/></w:style>';
    const unnumbered =
      '<w:p><w:pPr><w:pStyle w:val="ArticleHeading"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:p>';
    expect(
      labels(numbering, styles, [styled('ArticleHeading'), styled('ArticleHeadingBold'), unnumbered, plain()]),
    ).toEqual(['Article 1. ', 'Article 2. ', null, null]);
  });

  it('shows legal numbering in decimal, letters past z as aa, and bullets as no label', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'lowerLetter', '%1.%2', '<w:isLgl/>')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'lowerLetter', '(%1)', '<w:start w:val="27"/>')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="2">${lvl(0, 'bullet', '•')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>';
    expect(
      labels(numbering, '', [numbered('1', 0), numbered('1', 0), numbered('1', 1), numbered('2', 0), numbered('3', 0)]),
    ).toEqual(['I. ', 'II. ', '2.1 ', '(aa) ', '']);
  });
});

describe('Word documents', () => {
  it('restores automatic numbers and keeps manual ones, tables as tab-separated rows', async () => {
    const text = [
      'PART I – PRELIMINARY',
      '1. Short title',
      'This Act may be cited as the Test Act.',
      '2. Offences',
      '(1) A person who—',
      '(a) recruits; or',
      '(b) transports,',
      'commits an offence.',
      '(2) The consent of a victim is irrelevant.',
      '(4) A manually numbered subsection.',
    ].join('\n');
    const path = file(
      await makeDocx(text, {
        table: [
          ['Offence', 'Penalty'],
          ['Trafficking', '30 years'],
        ],
      }),
    );
    const progress: [number, string][] = [];
    const doc = await importLawFile(path, { onProgress: (f, s) => progress.push([f, s]) });
    expect(doc.format).toBe('docx');
    expect(doc.lines.map((l) => l.text).filter((t) => t !== '')).toEqual([
      ...text.split('\n'),
      'Offence\tPenalty',
      'Trafficking\t30 years',
    ]);
    expect(doc.notes).toContain('Automatic numbering restored as text for 6 paragraph(s).');
    expect(progress[progress.length - 1]![0]).toBe(1);
    expect(new Set(progress.map(([, stage]) => stage))).toEqual(
      new Set(['Checking Word document', 'Converting Word document', 'Reading text']),
    );
  });

  it('keeps indentation typed as spaces or tabs at the start of a paragraph, as plain text saved as Word has it', async () => {
    const path = file(
      buildZip(
        minimalDocxMembers(
          documentXml([
            '3. The Act is amended by adding the following after section 279:',
            '    Trafficking in persons',
            '    279.01 (1) Every person who recruits a person for the purpose of exploiting them commits an offence.',
            '\t(2) No consent is valid.',
            '4. This Act comes into force on assent.',
          ]),
        ),
      ),
    );
    const doc = await importLawFile(path);
    expect(doc.lines.map((l) => l.text).filter((t) => t !== '')).toEqual([
      '3. The Act is amended by adding the following after section 279:',
      '    Trafficking in persons',
      '    279.01 (1) Every person who recruits a person for the purpose of exploiting them commits an offence.',
      '    (2) No consent is valid.',
      '4. This Act comes into force on assent.',
    ]);
  });

  it('refuses damaged or truncated documents', async () => {
    const good = await makeDocx('Section 1. Text.');
    const truncated = await refused(file(good.subarray(0, Math.floor(good.length / 2))));
    expect(truncated.code).toBe('corrupt-docx');
    expect(truncated.message).toMatch(
      /not a readable Word document: its ZIP structure is damaged or the file is incomplete/,
    );

    const garbage = await refused(file(Buffer.from('This is plain text saved with a .docx name.')));
    expect(garbage.code).toBe('corrupt-docx');

    const notWord = await refused(file(buildZip([{ name: 'notes.txt', data: Buffer.from('hello') }])));
    expect(notWord.code).toBe('corrupt-docx');
    expect(notWord.message).toMatch(/ZIP archive but not a Word document/);

    const badXml = minimalDocxMembers('<w:document><w:body><w:p><w:r><w:t>unclosed');
    const broken = await refused(file(buildZip(badXml)));
    expect(broken.code).toBe('corrupt-docx');
  });

  it('explains old .doc and password-protected files', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    const error = await refused(file(ole));
    expect(error.code).toBe('corrupt-docx');
    expect(error.message).toMatch(/old-format Word \(\.doc\) file or a password-protected Office document/);
  });

  it('refuses zip bombs before inflating them, stating the limit', async () => {
    // Highly compressible: 20 MB of spaces deflate about a thousand times.
    const padded = minimalDocxMembers(documentXml(['Section 1.'], ' '.repeat(20 * 1024 * 1024)));
    const ratio = await refused(file(buildZip(padded)));
    expect(ratio.code).toBe('zip-bomb');
    expect(ratio.message).toMatch(/"word\/document.xml" is compressed \d+ times \(limit 200 times\)/);

    // Declares 3 GB for its text: refused from the central directory alone.
    const declared = minimalDocxMembers(documentXml(['Section 1.']));
    declared[2]!.declaredSize = 3 * 1024 * 1024 * 1024;
    const huge = await refused(file(buildZip(declared)));
    expect(huge.code).toBe('zip-bomb');
    expect(huge.message).toMatch(/would expand to 3072 MB \(limit 256 MB per part\)/);

    // Lies about its size: caught while inflating, at the declared size.
    const lying = minimalDocxMembers(documentXml(['Section 1.'], ' '.repeat(3 * 1024 * 1024)));
    lying[2]!.declaredSize = 1000;
    const liar = await refused(file(buildZip(lying)));
    expect(liar.code).toBe('zip-bomb');
    expect(liar.message).toMatch(/expands beyond the 1000 bytes it declares/);
  });

  it('refuses a document without text, and stops when cancelled', async () => {
    const empty = await refused(file(buildZip(minimalDocxMembers(documentXml([' '])))));
    expect(empty.code).toBe('empty-file');

    const path = file(await makeDocx('Section 1. Text.\n'.repeat(500)));
    const controller = new AbortController();
    const cancelled = await refused(path, { signal: controller.signal, onProgress: () => controller.abort() });
    expect(cancelled.code).toBe('cancelled');
    // The same file imports when left alone.
    expect((await importLawFile(path)).lines.filter((l) => l.text).length).toBe(500);
  });
});
