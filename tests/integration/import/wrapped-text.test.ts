import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importLawFile, importPastedText } from '../../../electron/main/import';
import type { Provision } from '../../../shared/domain/provision';
import type { LanguageCode, SourceDocument } from '../../../shared/domain/source';
import { segment } from '../../../shared/segment/index';
import { tempDir } from '../../helpers/temp';

/*
 * Plain text whose paragraphs are broken into lines of a fixed width, as text copied out of a PDF
 * viewer or saved from a page of fixed width is (hand-written laws, wrapped by hand).
 */

const dir = tempDir('lexgap-import-wrapped-');
afterAll(dir.cleanup);
let n = 0;
async function imported(text: string): Promise<SourceDocument> {
  const path = join(dir.path, `law-${n++}.txt`);
  writeFileSync(path, text);
  return importLawFile(path);
}

function units(doc: SourceDocument, language: LanguageCode): Provision[] {
  const out: Provision[] = [];
  const walk = (ps: Provision[]) => {
    for (const p of ps) {
      if (p.level === 'unit') out.push(p);
      walk(p.children);
    }
  };
  walk(segment(doc, { language }).children);
  return out;
}

const ENGLISH = [
  'PREVENTION OF TRAFFICKING ACT',
  'An Act to provide for the prevention of trafficking in persons and for',
  'the protection and assistance of the victims of trafficking in persons.',
  '',
  '1. Short title',
  'This Act may be cited as the Prevention of Trafficking Act and shall come',
  'into operation on the date the Minister appoints by notice in the Gazette.',
  '',
  '2. Offence of trafficking',
  '(1) A person who recruits, transports, harbours or receives another person',
  'for the purpose of exploitation commits an offence and is liable, on',
  'conviction, to imprisonment for a term of not less than fifteen years and',
  'not more than thirty years.',
  '(2) The consent of a victim to the intended exploitation is irrelevant',
  'where any of the means set out in the definition of trafficking was used.',
  '',
  '3. Amendment of the Penal Code',
  'The Penal Code is amended by inserting the following new section after',
  'section 260 of that Code, in the Part on offences against the person:',
  '    Benefit from trafficking',
  '    260A. A person who knowingly benefits from the exploitation of a',
  '    trafficked person commits an offence.',
].join('\n');

const FRENCH = [
  'Article 1er. Au sens de la présente loi, la traite des personnes désigne le',
  "recrutement, le transport, le transfert, l'hébergement ou l'accueil d'une",
  'personne aux fins de son exploitation, quel que soit le moyen employé.',
  "Article 2. L'article 433 du Code pénal est complété par les paragraphes",
  'suivants, insérés entre les paragraphes (1) et (2) qui existent déjà :',
  "(1.1) La tentative de commettre l'infraction prévue au paragraphe (1) est",
  "punie d'un emprisonnement d'un an à cinq ans et d'une amende de mille euros.",
  "(1.2) Le consentement de la victime à l'exploitation envisagée ne peut être",
  "invoqué pour exonérer l'auteur de l'infraction de sa responsabilité pénale.",
  'Article 3. La présente loi entre en vigueur le dixième jour qui suit celui',
  'de sa publication au Journal officiel.',
].join('\n');

const SPANISH = [
  'ARTICULO 1.- Será reprimido con prisión de cuatro a ocho años el que captare,',
  'transportare, trasladare, acogiere o recibiere personas con fines de',
  'explotación, aunque mediare el consentimiento de la víctima del delito.',
  'ARTICULO 2.- La pena será de cinco a diez años de prisión cuando mediare',
  'engaño, fraude, violencia, amenaza o cualquier otro medio de intimidación',
  'o coerción, o abuso de una situación de vulnerabilidad de la víctima.',
  'ARTICULO 3.- El Estado asistirá a las víctimas de la trata de personas con',
  'alojamiento, asistencia médica, psicológica y jurídica, sin condiciones.',
  'ARTICULO 4.- Esta ley entrará en vigor el día siguiente al de su publicación',
  'en el Boletín Oficial de la República.',
].join('\n');

const SPANISH_HEADINGS = [
  'CAPITULO IV',
  'De la protección y asistencia inmediata a las víctimas de la trata de personas',
  'Artículo 7º. Medidas de protección. Con el objeto de proteger y asistir a las',
  'víctimas del delito de trata de personas, el Gobierno Nacional diseñará y pondrá',
  'en marcha programas de asistencia inmediata y de asistencia a mediano plazo.',
  'CAPITULO V',
  'De las causas que eximen de la responsabilidad penal de las víctimas de la trata',
  'Artículo 8.',
  'La víctima de la trata de personas no será responsable de los delitos que haya',
  'cometido como consecuencia directa de la situación de explotación que sufrió,',
  'siempre que exista una adecuada proporcionalidad entre su situación y el hecho.',
].join('\n');

const FRENCH_NOTES = [
  'Article 5. <Inséré par la loi du 10 août 2005, art. 10; en vigueur le 12 septembre',
  "2005> § 1er. Constitue l'infraction de traite des êtres humains le fait de recruter,",
  "de transporter, de transférer, d'héberger ou d'accueillir une personne à des fins",
  "d'exploitation, quel que soit le consentement de la personne à cette exploitation.",
  "[¹ § 2. L'infraction prévue au § 1er est punie d'un emprisonnement d'un an à cinq",
  "ans et d'une amende de cinq cents euros à cinquante mille euros, par victime.]¹",
  "§ 3. La tentative de commettre l'infraction prévue au § 1er est punie d'un an à",
  'trois ans <modifié par la loi du 29 avril 2013, art. 2; en vigueur le 2 août 2013>',
  '§ 4. La victime de la traite qui prend part à des infractions en conséquence',
  "directe de son exploitation n'encourt aucune peine du chef de ces infractions.",
  'Article 6. <Inséré par la loi du 10 août 2005, art. 11; en vigueur le 12 septembre',
  "2005> La tentative est punie des peines prévues à l'article 5, réduites de moitié.",
].join('\n');

const ENGLISH_FLUSH = [
  '2. Interpretation',
  'In this Act, "exploitation" includes forced labour, slavery, servitude and the',
  'removal of organs, and "victim" means a person against whom an offence under',
  'this Act is committed, whether or not the offender is identified or convicted.',
  '3. The Penal Code is amended by adding the following after section 260 in the',
  'Part of that Code dealing with offences against the person and their liberty:',
  'Trafficking in persons',
  '260A. (1) Every person who recruits, transports, transfers, receives or holds a',
  'person for the purpose of exploiting them is guilty of an offence and liable',
  '(a) to imprisonment for life if they cause the death of the victim; or',
  '(b) to imprisonment for a term of not more than fourteen years in any other',
  'case.',
  '(2) No consent to the conduct that forms the subject of a charge under subsection',
  '(1) is valid.',
].join('\n');

const ENGLISH_PARTS = [
  '7. Jurisdiction',
  'A court of Zimbabwe may try an offence under this Act committed outside the',
  'territory of Zimbabwe by a citizen or a person ordinarily resident therein, and',
  'may request the surrender of the offender to Zimbabwe for that purpose.',
  'Part III – Administrative and general provisions; amendment of other enactments',
  '8. Centres for victims',
  'The Minister responsible for social services shall establish centres in every',
  'province for the care, rehabilitation and reintegration of victims of the',
  'offences created by this Act, and may designate existing institutions as such.',
  'Chapter 4 - Offences relating to the smuggling of migrants and related conduct',
  '9. Smuggling of migrants',
  'A person who procures the illegal entry of another person into Zimbabwe for a',
  'financial or other material benefit commits an offence.',
].join('\n');

describe('text with hard line breaks', () => {
  it('joins the lines of each paragraph again, and says so', async () => {
    const doc = await imported(ENGLISH);
    expect(doc.notes.some((note) => /joined back into paragraphs/.test(note))).toBe(true);
    const found = units(doc, 'en');
    expect(found.map((u) => u.insertedNumber ?? u.number)).toEqual(['1', '2', '3', '260A']);
    expect(found[0]!.text).toBe(
      'This Act may be cited as the Prevention of Trafficking Act and shall come into operation on the date the Minister appoints by notice in the Gazette.',
    );
    expect(found[1]!.children.map((c) => c.text)).toEqual([
      'A person who recruits, transports, harbours or receives another person for the purpose of exploitation commits an offence and is liable, on conviction, to imprisonment for a term of not less than fifteen years and not more than thirty years.',
      'The consent of a victim to the intended exploitation is irrelevant where any of the means set out in the definition of trafficking was used.',
    ]);
  });

  it('starts a paragraph at a line set further in than the full line before it', async () => {
    const doc = await imported(ENGLISH);
    const lines = doc.lines.map((l) => l.text);
    expect(lines).toContain('    Benefit from trafficking');
    expect(lines).toContain(
      '    260A. A person who knowingly benefits from the exploitation of a trafficked person commits an offence.',
    );
  });

  it('starts a paragraph at an item numbered between two others, (1.1), after the sentence introducing it', async () => {
    const doc = await imported(FRENCH);
    const lines = doc.lines.map((l) => l.text);
    expect(lines).toContain(
      "(1.1) La tentative de commettre l'infraction prévue au paragraphe (1) est punie d'un emprisonnement d'un an à cinq ans et d'une amende de mille euros.",
    );
    expect(units(doc, 'fr').map((u) => u.number)).toEqual(['1', '2', '3']);
  });

  it('starts a paragraph at an article designated in capitals without its accent (ARTICULO)', async () => {
    const doc = await imported(SPANISH);
    expect(doc.lines.map((l) => l.text.slice(0, 12))).toEqual([
      'ARTICULO 1.-',
      'ARTICULO 2.-',
      'ARTICULO 3.-',
      'ARTICULO 4.-',
    ]);
    expect(units(doc, 'es').map((u) => u.number)).toEqual(['1', '2', '3', '4']);
  });

  it('starts a paragraph at an article designated with a full stop, after a heading without one', async () => {
    const doc = await imported(SPANISH_HEADINGS);
    expect(doc.lines.map((l) => l.text.slice(0, 14))).toEqual([
      'CAPITULO IV',
      'De la protecci',
      'Artículo 7º. M',
      'CAPITULO V',
      'De las causas ',
      'Artículo 8.',
      'La víctima de ',
    ]);
    expect(units(doc, 'es').map((u) => u.number)).toEqual(['7', '8']);
  });

  it('starts a paragraph at a provision after an editorial note in angle brackets or a note mark', async () => {
    const doc = await imported(FRENCH_NOTES);
    expect(doc.lines.map((l) => l.text.slice(0, 10))).toEqual([
      'Article 5.',
      "[¹ § 2. L'",
      '§ 3. La te',
      '§ 4. La vi',
      'Article 6.',
    ]);
  });

  it('starts a paragraph at a list item after its chapeau and at a heading after a colon, not at a reference', async () => {
    const doc = await imported(ENGLISH_FLUSH);
    expect(doc.lines.map((l) => l.text.slice(0, 16))).toEqual([
      '2. Interpretatio',
      'In this Act, "ex',
      '3. The Penal Cod',
      'Trafficking in p',
      '260A. (1) Every ',
      '(a) to imprisonm',
      '(b) to imprisonm',
      '(2) No consent t',
    ]);
    expect(doc.lines[7]!.text).toMatch(/under subsection \(1\) is valid\.$/);
    const inserted = units(doc, 'en').find((u) => u.insertedNumber === '260A');
    expect(inserted?.heading).toBe('Trafficking in persons');
  });

  it('starts a paragraph at a numbered section after the heading of a part or chapter', async () => {
    const doc = await imported(ENGLISH_PARTS);
    expect(doc.lines.map((l) => l.text.slice(0, 12))).toEqual([
      '7. Jurisdict',
      'A court of Z',
      'Part III – A',
      '8. Centres f',
      'The Minister',
      'Chapter 4 - ',
      '9. Smuggling',
      'A person who',
    ]);
    expect(units(doc, 'en').map((u) => u.number)).toEqual(['7', '8', '9']);
  });

  it('joins pasted text the same way', () => {
    const doc = importPastedText(SPANISH);
    expect(doc.lines).toHaveLength(4);
    expect(doc.lines[3]!.text).toBe(
      'ARTICULO 4.- Esta ley entrará en vigor el día siguiente al de su publicación en el Boletín Oficial de la República.',
    );
  });

  it('leaves a text written a paragraph per line as it is', async () => {
    const paragraphs = SPANISH.replace(/\n(?!ARTICULO)/g, ' ');
    const doc = await imported(`${paragraphs}\n${paragraphs}\n${paragraphs}`);
    expect(doc.lines.map((l) => l.text)).toEqual(`${paragraphs}\n${paragraphs}\n${paragraphs}`.split('\n'));
    expect(doc.notes.some((note) => /joined back/.test(note))).toBe(false);
  });
});
