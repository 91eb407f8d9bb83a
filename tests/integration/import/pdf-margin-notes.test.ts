import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importLawFile } from '../../../electron/main/import';
import { primaryUnits, segment } from '../../../shared/segment/index';
import { buildPdf, wrapText, type PdfText } from '../../helpers/make-docs';
import { tempDir } from '../../helpers/temp';

const dir = tempDir('lexgap-import-notes-');
afterAll(dir.cleanup);
let n = 0;

/** Body text: 50 Courier characters at 10 pt fill 300 pt, from 150 to 450 pt. */
const BODY_X = 150;
const BODY_WIDTH = 50;
const LEADING = 12;
/** Notes in 8 pt Courier (4.8 pt a character), 16 characters to a line. */
const NOTE_WIDTH = 16;
const NOTE_X = { left: 40, right: 470 };

interface Section {
  note: string;
  text: string;
}

/**
 * A statute page as common-law printers set it: each section's paragraphs in the body column, its
 * marginal note in smaller type in the left or right margin, starting on the section's first line.
 */
function statute(title: string, sections: Section[], side: 'left' | 'right'): string {
  const lines: PdfText[] = [{ text: title, x: BODY_X, y: 780 }];
  let y = 780 - 3 * LEADING;
  for (const s of sections) {
    const noteLines = wrapText(s.note, NOTE_WIDTH);
    noteLines.forEach((text, k) => lines.push({ text, x: NOTE_X[side], y: y - k * 10, size: 8 }));
    const body = wrapText(s.text, BODY_WIDTH);
    body.forEach((text, k) => lines.push({ text, x: BODY_X, y: y - k * LEADING }));
    y -= (Math.max(body.length, noteLines.length) + 1) * LEADING;
  }
  const path = join(dir.path, `statute-${n++}.pdf`);
  writeFileSync(path, buildPdf([{ lines }]));
  return path;
}

async function imported(path: string) {
  const doc = await importLawFile(path);
  return { doc, units: primaryUnits(segment(doc).children) };
}

describe('marginal notes of a printed statute', () => {
  it('en, left margin: each note becomes the heading of the section beside it, not part of its text', async () => {
    const sections = [
      { note: 'Short title', text: '1. This Act may be cited as the Prevention of Trafficking in Persons Act.' },
      {
        note: 'Offence of trafficking in persons',
        text: '2. (1) A person who recruits, transports or harbours another person by threat or deception for the purpose of exploitation commits an offence. (2) The consent of the victim is irrelevant.',
      },
      { note: 'Penalty', text: '3. A person convicted under section 2 is liable to imprisonment for fifteen years.' },
    ];
    const { doc, units } = await imported(statute('PREVENTION OF TRAFFICKING IN PERSONS ACT', sections, 'left'));
    expect(units.map((u) => [u.number, u.heading])).toEqual([
      ['1', 'Short title'],
      ['2', 'Offence of trafficking in persons'],
      ['3', 'Penalty'],
    ]);
    const text = doc.lines.map((l) => l.text).join('\n');
    expect(text).toContain('2. (1) A person who recruits, transports or harbours another person by threat');
    // Each note is one line of its own, in brackets, and nowhere else in the text.
    expect(
      doc.lines.filter((l) => /Offence of|trafficking in persons\b|Penalty/.test(l.text)).map((l) => l.text.trim()),
    ).toEqual(['[Offence of trafficking in persons]', '[Penalty]']);
  });

  it('fr, right margin: notes beside the article are its headings', async () => {
    const sections = [
      {
        note: 'Objet de la loi',
        text: '1. La presente loi a pour objet de prevenir et de reprimer la traite des personnes.',
      },
      {
        note: 'Infraction de traite',
        text: "2. Constitue la traite le fait de recruter, de transporter ou d'heberger une personne aux fins de l'exploiter.",
      },
    ];
    const { units } = await imported(statute('LOI SUR LA TRAITE DES PERSONNES', sections, 'right'));
    expect(units.map((u) => [u.number, u.heading])).toEqual([
      ['1', 'Objet de la loi'],
      ['2', 'Infraction de traite'],
    ]);
    expect(units[1]!.text).not.toMatch(/Infraction/);
  });

  it('es, a note wrapped over several margin lines is one heading', async () => {
    const sections = [
      { note: 'Objeto', text: '1. La presente ley tiene por objeto prevenir y sancionar la trata de personas.' },
      {
        note: 'Trata de personas con fines de explotacion',
        text: '2. Comete el delito de trata quien capte, traslade o acoja a una persona con fines de explotacion, mediante engano o violencia.',
      },
    ];
    const { units } = await imported(statute('LEY CONTRA LA TRATA DE PERSONAS', sections, 'left'));
    expect(units.map((u) => [u.number, u.heading])).toEqual([
      ['1', 'Objeto'],
      ['2', 'Trata de personas con fines de explotacion'],
    ]);
    expect(units[1]!.text.startsWith('Comete el delito de trata')).toBe(true);
  });

  it('leaves hanging section numbers and list labels in the text', async () => {
    const lines: PdfText[] = [{ text: 'ACT', x: BODY_X, y: 780 }];
    let y = 740;
    for (const [num, text] of [
      ['1.', 'This Act may be cited as the Shelters Act and applies to every shelter.'],
      ['2.', 'Every shelter shall give a victim food, clothing and medical care.'],
      ['3.', 'A person who breaks this Act commits an offence and is liable to a fine.'],
    ] as const) {
      lines.push({ text: num, x: BODY_X - 24, y });
      wrapText(text, BODY_WIDTH).forEach((t, k) => lines.push({ text: t, x: BODY_X, y: y - k * LEADING }));
      y -= 3 * LEADING;
    }
    const path = join(dir.path, `hanging-${n++}.pdf`);
    writeFileSync(path, buildPdf([{ lines }]));
    const { doc, units } = await imported(path);
    expect(units.map((u) => u.number)).toEqual(['1', '2', '3']);
    expect(doc.lines.some((l) => l.text.includes('['))).toBe(false);
  });
});
