import { describe, expect, it } from 'vitest';
import { primaryUnits } from '../../../shared/segment/index';
import { byId, outline, seg } from './helpers';

describe('English numbering forms', () => {
  it('"3. Short title": number and heading on one line, text on the next', () => {
    const tree = seg(
      '1. Short title\nThis Act may be cited as the Test Act.\n\n2. Interpretation\nIn this Act, "child" means a person under eighteen.\n',
    );
    expect(outline(tree)).toEqual([
      ['1', 'Section 1', 'Short title'],
      ['2', 'Section 2', 'Interpretation'],
    ]);
    expect(byId(tree, 's1').text).toBe('This Act may be cited as the Test Act.');
  });

  it('"Section 3", "SECTION 4.", "Sec. 5." keyword forms', () => {
    const tree = seg(
      'Section 3. Offences\nA person who recruits another commits an offence.\n\nSECTION 4.\nPENALTIES\nThe penalty is ten years.\n\nSec. 5. Regulations.—The Minister may make regulations.\n',
    );
    expect(outline(tree)).toEqual([
      ['3', 'Section 3', 'Offences'],
      ['4', 'SECTION 4', 'PENALTIES'],
      ['5', 'Sec. 5', 'Regulations'],
    ]);
    expect(byId(tree, 's5').text).toBe('The Minister may make regulations.');
  });

  it('"§ 1324." with its heading, and lettered subsections', () => {
    const tree = seg(
      '§ 1324. Bringing in and harboring certain aliens\n\n(a) Criminal penalties(1) Any person who brings an alien shall be punished.\n\n§ 1324a. Unlawful employment of aliens\n\n(a) In general\nIt is unlawful to hire an alien.\n',
    );
    expect(outline(tree)).toEqual([
      ['1324', '§ 1324', 'Bringing in and harboring certain aliens'],
      ['1324a', '§ 1324a', 'Unlawful employment of aliens'],
    ]);
    expect(byId(tree, 's1324.a').heading).toBe('Criminal penalties');
    expect(byId(tree, 's1324.a.1').text).toBe('Any person who brings an alien shall be punished.');
    expect(byId(tree, 's1324a.a').heading).toBe('In general');
    expect(byId(tree, 's1324a.a').text).toBe('It is unlawful to hire an alien.');
  });

  it('inserted sections "3A." and decimal sections "279.01", "279.011" in order', () => {
    const tree = seg('3. Offence\nText.\n\n3A. Aggravated offence\nText.\n\n4. Penalty\nText.\n');
    expect(primaryUnits(tree.children).map((u) => u.id)).toEqual(['s3', 's3A', 's4']);
    const decimals = seg(
      'Trafficking in persons\n279.01 (1) Every person who recruits is guilty.\n279.011 (1) Every person who recruits a child is guilty.\nMaterial benefit\n279.02 Every person who receives a benefit is guilty.\n',
    );
    expect(outline(decimals)).toEqual([
      ['279.01', 'Section 279.01', 'Trafficking in persons'],
      ['279.011', 'Section 279.011', null],
      ['279.02', 'Section 279.02', 'Material benefit'],
    ]);
  });

  it('a number alone on its line, the heading and text on the next lines', () => {
    const tree = seg(
      '7.\nShort title\nThis Act may be cited as the Test Act.\n\n8.\nThe Minister shall report every year.\n',
    );
    expect(outline(tree)).toEqual([
      ['7', 'Section 7', 'Short title'],
      ['8', 'Section 8', null],
    ]);
    expect(byId(tree, 's8').text).toBe('The Minister shall report every year.');
  });

  it('a heading in capitals or in brackets printed above the section', () => {
    const tree = seg(
      'INTERPRETATION\n2. In this Act, "child" means a person under eighteen.\n\n[Offence of trafficking.]\n3. (1) A person who recruits another commits an offence.\n',
    );
    expect(outline(tree)).toEqual([
      ['2', 'Section 2', 'INTERPRETATION'],
      ['3', 'Section 3', 'Offence of trafficking'],
    ]);
    expect(byId(tree, 's3.1').text).toBe('A person who recruits another commits an offence.');
  });

  it('grouping headings: "PART I – PRELIMINARY", "Part 2—Offences", "CHAPTER III", "DIVISION 1"', () => {
    const tree = seg(
      'PART I – PRELIMINARY\n1. Short title\nText.\nPart 2—Offences\nCHAPTER III\nTRAFFICKING\nDIVISION 1 — General\n2. Offence\nText.\n',
    );
    const [p1, p2] = tree.children;
    expect([p1!.level, p1!.label, p1!.heading, p1!.id]).toEqual(['part', 'PART I', 'PRELIMINARY', 'pt1']);
    expect([p2!.label, p2!.heading]).toEqual(['Part 2', 'Offences']);
    const ch = p2!.children[0]!;
    expect([ch.level, ch.label, ch.heading, ch.id]).toEqual(['chapter', 'CHAPTER III', 'TRAFFICKING', 'pt2.ch3']);
    const dv = ch.children[0]!;
    expect([dv.level, dv.label, dv.heading]).toEqual(['division', 'DIVISION 1', 'General']);
    expect(dv.children[0]!.path).toEqual(['pt2', 'pt2.ch3', 'pt2.ch3.dv1']);
  });

  it('"(1)", "(a)", "(i)" nest; "(i)" after "(h)" is a letter', () => {
    const letters = 'abcdefgh'
      .split('')
      .map((l) => `(${l}) item ${l};`)
      .join('\n');
    const tree = seg(
      `5. Offence\n(1) A person who—\n(a) does one thing—\n(i) in one way; or\n(ii) in another;\n${letters.split('\n').slice(1).join('\n')}\n(i) item i,\ncommits an offence.\n(2) The penalty is life.\n`,
    );
    const s51 = byId(tree, 's5.1');
    expect(s51.children.map((c) => c.label)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)']);
    expect(byId(tree, 's5.1.a').children.map((c) => [c.label, c.level])).toEqual([
      ['(i)', 'subparagraph'],
      ['(ii)', 'subparagraph'],
    ]);
    expect(s51.text).toBe('A person who—\ncommits an offence.');
    expect(byId(tree, 's5.2').text).toBe('The penalty is life.');
  });
});

describe('French numbering forms', () => {
  it('"Article premier" and "Article 1er" are article 1; "Art. 225-4-1. –" and "12 bis" keep their numbers', () => {
    const tree = seg(
      "Article premier\nLa présente loi s'applique à la traite.\n\nArt. 225-4-1. – La traite des êtres humains est punie.\n\nArticle 12 bis\nLes dispositions de l'article 1er sont applicables.\n",
      'fr',
    );
    expect(outline(tree)).toEqual([
      ['1', 'Article premier', null],
      ['225-4-1', 'Art. 225-4-1', null],
      ['12 bis', 'Article 12 bis', null],
    ]);
    expect(primaryUnits(tree.children).map((u) => u.id)).toEqual(['s1', 's225-4-1', 's12bis']);
    expect(byId(tree, 's12bis').crossRefs!.map((r) => [r.text, r.number, r.targetId])).toEqual([
      ["l'article 1er", '1', 's1'],
    ]);
    expect(outline(seg('Article 1er\nTexte.\n', 'fr'))).toEqual([['1', 'Article 1er', null]]);
  });

  it('"TITRE IER", "Chapitre premier", "Section 1" group the articles; "Annexe" is a schedule', () => {
    const tree = seg(
      'TITRE IER – DISPOSITIONS GÉNÉRALES\n\nChapitre premier\nDéfinitions\n\nSection 1\nDes peines\n\nArticle 1\nTexte.\n\nAnnexe\nListe des autorités\n',
      'fr',
    );
    const titre = tree.children[0]!;
    expect([titre.level, titre.label, titre.heading]).toEqual(['title', 'TITRE I', 'DISPOSITIONS GÉNÉRALES']);
    const chapitre = titre.children[0]!;
    expect([chapitre.level, chapitre.label, chapitre.heading, chapitre.id]).toEqual([
      'chapter',
      'Chapitre premier',
      'Définitions',
      't1.ch1',
    ]);
    const section = chapitre.children[0]!;
    expect([section.level, section.heading]).toEqual(['division', 'Des peines']);
    expect(section.children.map((c) => c.id)).toEqual(['s1']);
    const annexe = tree.children.at(-1)!;
    expect([annexe.level, annexe.label, annexe.heading]).toEqual(['schedule', 'Annexe', 'Liste des autorités']);
  });

  it('items "a)", "1°" and roman "I. –"', () => {
    const tree = seg(
      'Article 3\nSont punis :\n1° Le fait de recruter ;\n2° Le fait de transporter.\n\nArticle 4\nI. – La tentative est punie.\nII. – Les peines sont doublées :\na) si la victime est mineure ;\nb) si elle est vulnérable.\n',
      'fr',
    );
    expect(byId(tree, 's3').children.map((c) => [c.label, c.text])).toEqual([
      ['1°', 'Le fait de recruter ;'],
      ['2°', 'Le fait de transporter.'],
    ]);
    expect(byId(tree, 's4').children.map((c) => c.label)).toEqual(['I.', 'II.']);
    expect(byId(tree, 's4.II').children.map((c) => c.label)).toEqual(['a)', 'b)']);
  });

  it('defined terms in guillemets', () => {
    const tree = seg(
      "Article 2\nAu sens de la présente loi :\n« enfant » s'entend de toute personne âgée de moins de dix-huit ans ;\n« exploitation » désigne le fait de mettre une personne à disposition.\n",
      'fr',
    );
    expect(tree.definitionsUnitId).toBe('s2');
    expect(tree.definitions.map((d) => [d.term, d.provisionId])).toEqual([
      ['enfant', 's2.enfant'],
      ['exploitation', 's2.exploitation'],
    ]);
  });
});

describe('Spanish numbering forms', () => {
  it('"ARTICULO 2º.-", "Artículo 1.º", "Art. 5.-", "Artículo 145 bis.-", "Artículo 411 quáter.-", "ARTICULO 148: bis:"', () => {
    const tree = seg(
      'Artículo 1.º- Objeto. La ley previene la trata.\nARTICULO 2º.- El que captare será reprimido.\nArt. 5.- Las penas se aumentarán.\nArtículo 145 bis.- El que ofreciere será reprimido.\nARTICULO 148: bis: Será reprimido el que aprovechare.\nArtículo 411 quáter.- Trata de personas. El que mediante violencia captare será castigado.\n',
      'es',
    );
    expect(outline(tree)).toEqual([
      ['1', 'Artículo 1.º', 'Objeto'],
      ['2', 'ARTICULO 2º', null],
      ['5', 'Art. 5', null],
      ['145 bis', 'Artículo 145 bis', null],
      ['148 bis', 'ARTICULO 148: bis', null],
      ['411 quáter', 'Artículo 411 quáter', 'Trata de personas'],
    ]);
    expect(byId(tree, 's411quater').text).toBe('El que mediante violencia captare será castigado.');
  });

  it('"Artículo primero.-" keeps its ordinal as number; ids use its value', () => {
    const tree = seg('Artículo primero.- Modifícase el Código Penal.\n\nArtículo segundo.- Derógase la ley 1.\n', 'es');
    expect(primaryUnits(tree.children).map((u) => [u.id, u.number, u.label])).toEqual([
      ['s1', 'primero', 'Artículo primero'],
      ['s2', 'segundo', 'Artículo segundo'],
    ]);
  });

  it('"LIBRO PRIMERO", "TÍTULO II", "CAPÍTULO I", "Sección 2ª"; "ANEXO I" is a schedule', () => {
    const tree = seg(
      'LIBRO PRIMERO\nDISPOSICIONES GENERALES\n\nTÍTULO II\nDE LAS PENAS\n\nCAPÍTULO I Penas privativas\n\nSección 2ª\nDe la prisión\n\nARTICULO 5º.- Las penas son prisión y multa.\n\nANEXO I\nFormularios\n',
      'es',
    );
    const libro = tree.children[0]!;
    expect([libro.level, libro.label, libro.heading, libro.id]).toEqual([
      'book',
      'LIBRO PRIMERO',
      'DISPOSICIONES GENERALES',
      'bk1',
    ]);
    const titulo = libro.children[0]!;
    expect([titulo.level, titulo.heading, titulo.id]).toEqual(['title', 'DE LAS PENAS', 'bk1.t2']);
    const capitulo = titulo.children[0]!;
    expect([capitulo.level, capitulo.heading]).toEqual(['chapter', 'Penas privativas']);
    const seccion = capitulo.children[0]!;
    expect([seccion.level, seccion.label, seccion.heading]).toEqual(['division', 'Sección 2', 'De la prisión']);
    expect(seccion.children.map((c) => c.id)).toEqual(['s5']);
    expect(tree.children.at(-1)!.level).toBe('schedule');
  });

  it('incisos "1)", "a)", "1º.-" under the article', () => {
    const tree = seg(
      'ARTICULO 13.- Se impondrá prisión:\n\n1º.- Si el autor fuere funcionario;\n\n2º.- Si la víctima fuere menor:\n\na) de trece años;\n\nb) de dieciocho años.\n\nARTICULO 14.- Se aplicará:\n\n1) Por delitos cometidos en el territorio.\n',
      'es',
    );
    expect(byId(tree, 's13').children.map((c) => c.label)).toEqual(['1º.', '2º.']);
    expect(byId(tree, 's13.2').children.map((c) => [c.label, c.text])).toEqual([
      ['a)', 'de trece años;'],
      ['b)', 'de dieciocho años.'],
    ]);
    expect(byId(tree, 's14.1').text).toBe('Por delitos cometidos en el territorio.');
  });

  it('a line cut after "inciso" followed by "2) del artículo" is one sentence, not an item', () => {
    const tree = seg(
      'ARTICULO 300 bis - Cuando los hechos previstos en el inciso\n\n2) del artículo 300 hubieren sido realizados, se impondrá prisión.\n',
      'es',
    );
    const u = byId(tree, 's300bis');
    expect(u.heading).toBeNull();
    expect(u.children).toHaveLength(0);
    expect(u.text).toBe(
      'Cuando los hechos previstos en el inciso\n2) del artículo 300 hubieren sido realizados, se impondrá prisión.',
    );
  });

  it('glossary definitions "a) "Víctima": ..."', () => {
    const tree = seg(
      'Artículo 2º.- Definiciones. Para los efectos de esta ley se entenderá por:\na) "Trata de personas": la captación de personas con fines de explotación;\nb) "Víctima": toda persona que haya sufrido daño.\n',
      'es',
    );
    expect(tree.definitionsUnitId).toBe('s2');
    expect(tree.definitions.map((d) => [d.term, d.provisionId])).toEqual([
      ['Trata de personas', 's2.a'],
      ['Víctima', 's2.b'],
    ]);
  });
});
