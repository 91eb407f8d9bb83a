import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError, importLawFile } from '../../../electron/main/import';
import { buildPdf, convertToPdf, hasSoffice, makeDocx, wrapText, type PdfText } from '../../helpers/make-docs';
import { tempDir } from '../../helpers/temp';

const dir = tempDir('lexgap-import-pdf-');
afterAll(dir.cleanup);
const soffice = hasSoffice();
let n = 0;
function file(bytes: Uint8Array, ext = 'pdf'): string {
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

/** Characters per line of the hand-made PDFs: 80 Courier characters fill 480 pt. */
const WIDTH = 80;
const LEADING = 12;

/**
 * Paragraphs of a law laid out on pages as a typesetter would: wrapped at the line width, a
 * blank line's space between paragraphs, a running header, a title page line that repeats the
 * header lower down, and "Page N of M" footers.
 */
function layOut(paragraphs: string[][], options: { header: string; pageCount: number }): Buffer {
  const pages: PdfText[][] = [];
  let lines: PdfText[] = [];
  let y = 0;
  const newPage = () => {
    lines = [{ text: options.header, y: 800 }];
    pages.push(lines);
    y = 760;
  };
  newPage();
  lines.push({ text: options.header, y }); // the title, printed as body text on page 1
  y -= 2 * LEADING;
  const perPage = Math.ceil(paragraphs.length / options.pageCount);
  paragraphs.forEach((printed, i) => {
    if (i > 0 && i % perPage === 0) newPage();
    for (const text of printed) {
      lines.push({ text, y });
      y -= LEADING;
    }
    y -= LEADING;
  });
  return buildPdf(
    pages.map((body, i) => ({ lines: [...body, { text: `Page ${i + 1} of ${pages.length}`, y: 40, x: 260 }] })),
  );
}

describe('PDF layout', () => {
  it('removes running headers and page numbers, joins wrapped lines and hyphenated words, keeps pages', async () => {
    const sections = [
      '1. This Act may be cited as the Counter-Trafficking in Persons Act and applies to counter-trafficking measures.',
      '2. A person who recruits, transports, transfers, harbours or receives another person for the purpose of exploitation commits the offence of trafficking in persons.',
      '3. The consent of a victim of trafficking in persons to the intended exploitation shall not be relevant.',
      '4. A person who finances, controls, aids or abets the commission of an offence under this Act commits an offence.',
      '5. The Cabinet Secretary may make regulations for the better carrying out of the provisions of this Act.',
      '6. The Fund shall consist of such monies as may be appropriated by Parliament for the purposes of the Fund.',
    ];
    const printed = sections.map((s) => wrapText(s, WIDTH));
    // Hyphenate at two line ends: a word broken to fit ("traf-" + "ficking") and a compound the
    // document also writes whole elsewhere ("counter-" + "trafficking" keeps its hyphen).
    printed[1] = [
      '2. A person who recruits, transports, transfers, harbours or receives another',
      'person for the purpose of exploitation commits the offence of traf-',
      'ficking in persons.',
    ];
    printed[3] = [
      '4. A person who finances, controls, aids or abets the commission of an offence',
      'under this Act, including counter-',
      'trafficking funds, commits an offence.',
    ];
    const path = file(layOut(printed, { header: 'COUNTER-TRAFFICKING IN PERSONS ACT', pageCount: 3 }));

    const progress: [number, string][] = [];
    const doc = await importLawFile(path, { onProgress: (f, s) => progress.push([f, s]) });
    const text = doc.lines.map((l) => l.text).filter((t) => t !== '');
    expect(text).toEqual([
      'COUNTER-TRAFFICKING IN PERSONS ACT',
      sections[0],
      sections[1],
      sections[2],
      '4. A person who finances, controls, aids or abets the commission of an offence under this Act, including counter-trafficking funds, commits an offence.',
      sections[4],
      sections[5],
    ]);
    expect(doc.pageCount).toBe(3);
    expect(doc.lines.filter((l) => l.text).map((l) => l.page)).toEqual([1, 1, 1, 2, 2, 3, 3]);
    // Three headers and three footers went; the title on page 1, printed lower, stayed.
    expect(doc.notes).toContain('Removed 6 running header, footer or page-number line(s) repeated across pages.');
    // Paragraphs separated by a blank line's space are separated by a blank line.
    expect(doc.lines.map((l) => l.text).slice(0, 3)).toEqual(['COUNTER-TRAFFICKING IN PERSONS ACT', '', sections[0]]);

    expect(progress.map(([, s]) => s)).toEqual([
      'Reading page 1 of 3',
      'Reading page 2 of 3',
      'Reading page 3 of 3',
      'Read 3 page(s)',
    ]);
    expect(progress.map(([f]) => f)).toEqual([0, 1 / 3, 2 / 3, 1]);
  });

  it('starts a paragraph at an article designated with a dash, even after a heading that ends near the margin', async () => {
    const article =
      '"Artículo 411 bis.- Tráfico de migrantes. El que con ánimo de lucro facilite o promueva la entrada ilegal al país de una persona que no sea nacional o residente será castigado con reclusión menor y multa.';
    // The heading ends 4 characters short of the margin: "Artículo" would not have fitted there.
    const heading = '5 bis. De los delitos de tráfico ilícito de migrantes y la trata de personas';
    expect(heading.length).toBe(WIDTH - 4);
    const lines = [heading, ...wrapText(article, WIDTH), 'Artículo 2.- Derógase el artículo 367 bis.'];
    const path = file(buildPdf([{ lines: lines.map((text, i) => ({ text, y: 760 - i * LEADING })) }]));
    const doc = await importLawFile(path);
    expect(doc.lines.map((l) => l.text).filter((t) => t !== '')).toEqual([
      heading,
      article,
      'Artículo 2.- Derógase el artículo 367 bis.',
    ]);
  });

  it('reads a page set in two columns column by column, under a title spanning both', async () => {
    const left = [
      'Section 1. A person who recruits, transports or receives another person for the purpose of exploitation commits an offence.',
      'Section 2. The consent of the victim is not relevant where any of the means has been used.',
    ];
    const right = [
      'Article 1. Quiconque recrute, transporte ou reçoit une personne en vue de l’exploiter commet une infraction.',
      'Article 2. Le consentement de la victime est sans effet lorsque l’un des moyens a été employé.',
    ];
    // 36 Courier characters fill 216 pt: columns at 72 and 320 pt leave a 32 pt gutter.
    const column = (paragraphs: string[], x: number): PdfText[] => {
      let y = 740;
      return paragraphs.flatMap((p) => {
        const lines = wrapText(p.replace('’', "'").replace(/[éç]/g, 'e'), 36).map((text) => {
          y -= LEADING;
          return { text, x, y };
        });
        y -= LEADING;
        return lines;
      });
    };
    // Centred over both columns (60 characters, 360 pt, between 72 and 536 pt).
    const title = { text: 'TRAFFICKING IN PERSONS ACT / LOI SUR LA TRAITE DES PERSONNES', x: 124, y: 780 };
    const doc = await importLawFile(file(buildPdf([{ lines: [title, ...column(left, 72), ...column(right, 320)] }])));
    expect(doc.lines.map((l) => l.text).filter((t) => t !== '')).toEqual([
      title.text,
      ...left,
      ...right.map((p) => p.replace('’', "'").replace(/[éç]/g, 'e')),
    ]);
    // Indentation is measured from each column's own margin.
    expect(doc.lines.every((l) => !l.text.startsWith(' '))).toBe(true);
  });

  it('stops between pages when cancelled and returns nothing', async () => {
    const pages = Array.from({ length: 5 }, (_, i) => ({
      lines: [{ text: `Section ${i + 1}. Text of the section.`, y: 700 }],
    }));
    const path = file(buildPdf(pages));
    const controller = new AbortController();
    let calls = 0;
    const error = await refused(path, {
      signal: controller.signal,
      onProgress: () => {
        if (++calls === 2) controller.abort();
      },
    });
    expect(error.code).toBe('cancelled');
    expect(calls).toBe(2);
  });

  it.skipIf(!soffice)('removes a Word document’s running header and page-number footer', async () => {
    const text = Array.from(
      { length: 120 },
      (_, i) =>
        `${i + 1}. Section ${i + 1} provides that the Cabinet Secretary shall publish the annual report on trafficking in persons.`,
    ).join('\n');
    const docx = join(dir.path, 'with-header.docx');
    writeFileSync(
      docx,
      await makeDocx(text, { header: 'Kenya Gazette Supplement No. 93 — Acts, 2010', pageNumbers: true }),
    );
    const [pdf] = convertToPdf(docx);
    const doc = await importLawFile(pdf!);
    const lines = doc.lines.map((l) => l.text).filter((t) => t !== '');
    expect(lines).toEqual(text.split('\n'));
    expect(doc.pageCount).toBeGreaterThan(2);
    expect(doc.notes.join(' ')).toMatch(new RegExp(`Removed ${2 * doc.pageCount!} running header`));
  });
});

describe('PDF input that cannot be read', () => {
  it('refuses a scanned PDF without a text layer, saying to run OCR', async () => {
    const path = file(buildPdf([{ drawing: '0.2 g 72 72 451 698 re f' }, { drawing: '0.3 g 72 72 451 698 re f' }]));
    const error = await refused(path);
    expect(error.code).toBe('no-text-layer');
    expect(error.message).toMatch(
      /^This PDF has no text layer \(it is a scanned image\): run OCR first, then import the OCR'd PDF or its text\./,
    );
  });

  it('notes pages without text in an otherwise readable PDF', async () => {
    const path = file(
      buildPdf([{ lines: [{ text: 'Section 1. Text.', y: 700 }] }, { drawing: '0.2 g 72 72 451 698 re f' }]),
    );
    const doc = await importLawFile(path);
    expect(doc.lines.map((l) => l.text)).toEqual(['Section 1. Text.']);
    expect(doc.notes.join(' ')).toMatch(/Page\(s\) 2 have no text layer/);
  });

  it.skipIf(!soffice)('refuses a password-protected PDF', async () => {
    const txt = join(dir.path, 'secret.txt');
    writeFileSync(txt, 'Section 1. A confidential law.\n');
    execFileSync(
      'soffice',
      [
        '--headless',
        '--convert-to',
        'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}',
        '--outdir',
        dir.path,
        txt,
      ],
      { stdio: 'ignore', timeout: 180_000 },
    );
    const error = await refused(join(dir.path, 'secret.pdf'));
    expect(error.code).toBe('encrypted-pdf');
    expect(error.message).toMatch(/is protected by a password\. Open it with its password/);
  });

  it('refuses damaged, truncated and mislabelled files', async () => {
    const good = buildPdf([{ lines: [{ text: 'Section 1. Text.', y: 700 }] }]);
    const truncated = await refused(file(good.subarray(0, 60)));
    expect(truncated.code).toBe('corrupt-pdf');
    expect(truncated.message).toMatch(/is not a readable PDF: it is damaged or incomplete/);

    const garbage = await refused(file(Buffer.from('%PDF-1.4\nthis is not really a PDF at all\n')));
    expect(garbage.code).toBe('corrupt-pdf');

    const text = await refused(file(Buffer.from('Section 1. A text file named .pdf')));
    expect(text.code).toBe('corrupt-pdf');
    expect(text.message).toMatch(/is not a PDF file, although its name ends in \.pdf \(it has no PDF header\)/);

    const docx = await refused(file(await makeDocx('Section 1.')));
    expect(docx.code).toBe('corrupt-pdf');
    expect(docx.message).toMatch(/it is a ZIP archive \(a \.docx Word document is one\)/);
  });

  it.skipIf(!soffice)('refuses a LibreOffice PDF cut in half', async () => {
    const txt = join(dir.path, 'whole.txt');
    writeFileSync(txt, 'Section 1. A law.\n'.repeat(400));
    const [pdf] = convertToPdf(txt);
    const bytes = readFileSync(pdf!);
    const error = await refused(file(bytes.subarray(0, Math.floor(bytes.length / 2))));
    expect(error.code).toBe('corrupt-pdf');
  });
});
