import { describe, expect, it } from 'vitest';
import type { Provision } from '../../../shared/domain/provision';
import { sourceFromText, type LanguageCode } from '../../../shared/domain/source';
import { segment } from '../../../shared/segment/index';

/* Numbering forms real laws print, in English, French and Spanish (hand-written provisions). */

function units(text: string, language: LanguageCode): Provision[] {
  const tree = segment(sourceFromText(text, 'law.txt'), { language });
  const out: Provision[] = [];
  const walk = (ps: Provision[]) => {
    for (const p of ps) {
      if (p.level === 'unit') out.push(p);
      walk(p.children);
    }
  };
  walk(tree.children);
  return out;
}
const numbers = (text: string, language: LanguageCode) => units(text, language).map((u) => u.number);

describe('unit numbers with letters, dashes and Latin suffixes', () => {
  it('double letters (12AA) between single ones', () => {
    expect(
      numbers(
        'Section 12A. Offence\nA person commits an offence.\nSection 12AA. Another offence\nA person commits another offence.\nSection 12B. Penalty\nA fine.',
        'en',
      ),
    ).toEqual(['12A', '12AA', '12B']);
  });

  it('a dash before a letter (5-A) in English and Spanish', () => {
    expect(
      numbers('Section 5. Definitions\nText.\nSection 5-A. Trafficking\nA person.\nSection 6. Penalty\nText.', 'en'),
    ).toEqual(['5', '5-A', '6']);
    expect(
      numbers('Artículo 5. Objeto\nTexto.\nArtículo 5-A. Trata\nEl que.\nArtículo 6. Penas\nTexto.', 'es'),
    ).toEqual(['5', '5-A', '6']);
  });

  it('a Latin suffix after a dash (18-bis) or joined to the number (433quinquies)', () => {
    expect(
      numbers('Article 18. Définitions\nTexte.\nArticle 18-bis. Traite\nLe fait.\nArticle 19. Peines\nTexte.', 'fr'),
    ).toEqual(['18', '18 bis', '19']);
    expect(
      numbers('Artículo 20. Objeto\nTexto.\nArtículo 20-ter. Tráfico\nEl que.\nArtículo 21. Penas\nTexto.', 'es'),
    ).toEqual(['20', '20 ter', '21']);
    const fr = units(
      'Article 250quater. § 1er. Le fait de recruter une personne est puni.\n§ 2. La tentative est punie.\nArticle 250quinquies. § 1er. Les peines sont doublées.\n§ 2. Le tribunal peut ordonner la confiscation.\nArticle 250sexies. La personne morale est punissable.',
      'fr',
    );
    expect(fr.map((u) => u.number)).toEqual(['250 quater', '250 quinquies', '250 sexies']);
    expect(fr.map((u) => u.label)).toEqual(['Article 250quater', 'Article 250quinquies', 'Article 250sexies']);
  });
});

describe('list items numbered 1°, 2° inside an article are not articles', () => {
  it('in French and Spanish', () => {
    const fr = units(
      "Article 12. Constitue l'infraction de traite le fait de recruter une personne :\n1° à des fins d'exploitation sexuelle;\n2° à des fins de travail forcé;\n3° à des fins de prélèvement d'organes.\nArticle 13. L'infraction est punie de dix ans.\n1° lorsque la victime est un mineur;\n2° lorsqu'elle a été commise avec violence.",
      'fr',
    );
    expect(fr.map((u) => u.number)).toEqual(['12', '13']);
    expect(fr[0]!.children.map((c) => c.label)).toEqual(['1°', '2°', '3°']);
    const es = units(
      'Artículo 7. Será castigado el que capte a una persona:\n1º con fines de explotación sexual;\n2º con fines de trabajo forzoso;\n3º con fines de extracción de órganos.\nArtículo 8. Las penas se agravan:\n1º si la víctima es menor de edad;\n2º si hubo violencia;\n3º si el autor es funcionario.',
      'es',
    );
    expect(es.map((u) => u.number)).toEqual(['7', '8']);
  });
});

describe('units printed as a bare number and their heading', () => {
  it('with no designation word, as common-law codes print them', () => {
    const u = units(
      'PART I\nPRELIMINARY\n1 Short title\nThis Act may be cited as the Prevention Act.\n2 Interpretation\nIn this Act, "child" means a person under eighteen.\n3 Offence of trafficking\nA person who recruits another person for exploitation commits an offence.\n12.1 Jurisdiction\nThe courts have jurisdiction over offences committed on board.',
      'en',
    );
    expect(u.map((x) => [x.number, x.heading])).toEqual([
      ['1', 'Short title'],
      ['2', 'Interpretation'],
      ['3', 'Offence of trafficking'],
      ['12.1', 'Jurisdiction'],
    ]);
  });
});

describe('an article quoted inside an amending article', () => {
  it('is nested under it with the number it takes in the amended law (Spanish and English)', () => {
    const es = units(
      'Artículo 1. Objeto\nLa presente ley modifica el Código Penal.\nArtículo 2. Incorpórase como artículo 150 ter del Código Penal el siguiente:\n"Artículo 150 ter. Trata de personas. El que capte, traslade, acoja o reciba a una persona con fines de explotación será castigado."\nArtículo 3. Vigencia\nLa ley rige desde su publicación.',
      'es',
    );
    const inserted = es.find((u) => u.insertedNumber === '150 ter')!;
    expect(inserted).toBeDefined();
    expect(inserted.path).toContain('s2');
    const en = units(
      '1. Short title\nThis Act may be cited as the Amendment Act.\n2. Amendment\nInsert the following section after section 5:\n"5A. Trafficking\nA person who recruits another person for exploitation commits an offence."\n3. Commencement\nThis Act comes into force on publication.',
      'en',
    );
    const fiveA = en.find((u) => u.insertedNumber === '5A')!;
    expect(fiveA.path).toContain('s2');
    expect(fiveA.heading).toBe('Trafficking');
  });

  it('is nested under it with the number it takes in the amended law (French)', () => {
    const fr = units(
      "Article 1er. Objet\nLa présente loi modifie le code pénal.\nArticle 2. Après l'article 225-4 du code pénal, il est inséré un article 225-4-1 ainsi rédigé :\n« Art. 225-4-1. – Le fait de recruter une personne en vue de l'exploiter est puni de sept ans d'emprisonnement. »\nArticle 3. Entrée en vigueur\nLa présente loi entre en vigueur le jour de sa publication.",
      'fr',
    );
    const inserted = fr.find((u) => u.insertedNumber === '225-4-1')!;
    expect(inserted.path).toContain('s2');
    expect(inserted.text).toMatch(/^Le fait de recruter/);
    expect(fr.filter((u) => u.path.length === 0).map((u) => u.number)).toEqual(['1', '2', '3']);
  });
});

describe('units an amending act inserts, printed flush with it, neither indented nor quoted', () => {
  const topNumbers = (u: Provision[]) => u.filter((x) => x.path.length === 0).map((x) => x.number);

  it('are nested under the amending section when their numbers are out of its sequence (English)', () => {
    const u = units(
      '1. Short title\nThis Act may be cited as the Penal Code (Amendment) Act.\n2. The Penal Code is amended by inserting the following after section 150:\nTrafficking in persons\n150A. (1) A person who recruits, transports or harbours another person for the purpose of exploitation commits an offence.\n(2) The consent of the victim to the intended exploitation is irrelevant.\nSmuggling of migrants\n150B. A person who procures the illegal entry of another person for a financial benefit commits an offence.\n3. Commencement\nThis Act comes into force on publication.',
      'en',
    );
    expect(topNumbers(u)).toEqual(['1', '2', '3']);
    const inserted = u.filter((x) => x.insertedNumber !== undefined);
    expect(inserted.map((x) => [x.insertedNumber, x.heading, x.path.includes('s2')])).toEqual([
      ['150A', 'Trafficking in persons', true],
      ['150B', 'Smuggling of migrants', true],
    ]);
    expect(inserted[0]!.children.map((c) => c.label)).toEqual(['(1)', '(2)']);
  });

  it('are nested under the amending article in French and Spanish', () => {
    const fr = units(
      "Article 1. Le code pénal est modifié conformément aux articles 2 et 3.\nArticle 2. Le code pénal est complété par les dispositions suivantes :\nArticle 433 bis. Est puni de dix ans d'emprisonnement quiconque recrute une personne en vue de l'exploiter.\nArticle 433 ter. Le consentement de la victime est indifférent.\nArticle 3. La présente loi entre en vigueur le jour de sa publication.",
      'fr',
    );
    expect(topNumbers(fr)).toEqual(['1', '2', '3']);
    expect(fr.filter((x) => x.insertedNumber).map((x) => x.insertedNumber)).toEqual(['433 bis', '433 ter']);
    const es = units(
      'Artículo 1. Modifícase el Código Penal en los términos de esta ley.\nArtículo 2. Incorpórase al Código Penal el siguiente:\nArtículo 145 bis. El que captare, transportare o acogiere personas con fines de explotación será reprimido con prisión de cuatro a diez años.\nArtículo 3. Comuníquese al Poder Ejecutivo.',
      'es',
    );
    expect(topNumbers(es)).toEqual(['1', '2', '3']);
    expect(es.find((x) => x.insertedNumber === '145 bis')!.path).toContain('s2');
  });

  it('end at the next item of the provision that introduced them, and a next section in sequence is not inserted', () => {
    const u = units(
      '8. Transitional provision\n9. (1) If the other Act comes into force first, section 12 of that Act is replaced by the following:\n12. A court may order the forfeiture of property used in the offence.\n(2) If this Act comes into force first, subsection (1) does not apply.\n10. The following definitions apply in this Act:\n11. Regulations\nThe Minister may make regulations.',
      'en',
    );
    expect(topNumbers(u)).toEqual(['8', '9', '10', '11']);
    const nine = u.find((x) => x.number === '9' && x.path.length === 0)!;
    expect(nine.children.map((c) => c.label)).toEqual(['(1)', '(2)']);
    expect(u.find((x) => x.insertedNumber === '12')!.text).toMatch(/^A court may order/);
  });

  it("are not the act's own section quoted as it amends itself", () => {
    const u = units(
      '5. A person who harbours a victim commits an offence.\n6. (1) If the other Act comes into force first, section 5 of this Act is replaced by the following:\n5. A person who harbours or conceals a victim commits an offence.\n(2) Subsection (1) lapses after one year.\n7. This Act comes into force on assent.',
      'en',
    );
    expect(topNumbers(u)).toEqual(['5', '6', '7']);
    expect(u.filter((x) => x.insertedNumber !== undefined)).toEqual([]);
  });
});

describe('designations as other drafting traditions print them', () => {
  it('reads the ordinal indicator typed as a letter ("ARTÍCULO 1o.-") as the number alone', () => {
    const u = units(
      'ARTÍCULO 1o.- La presente ley tiene por objeto prevenir la trata de personas.\nARTÍCULO 2o.- Para los efectos de esta ley, niño es toda persona menor de dieciocho años.\nARTÍCULO 10.- El que capte a una persona con fines de explotación será sancionado.',
      'es',
    );
    expect(u.map((x) => x.number)).toEqual(['1', '2', '10']);
  });

  it('takes a heading in capitals that closes with a full stop ("SECTION 1. SHORT TITLE.")', () => {
    const u = units(
      'SECTION 1. SHORT TITLE.\nThis Act may be cited as the Prevention of Trafficking Act.\nSECTION 2. OFFENCE OF TRAFFICKING.\nA person who recruits another person for the purpose of exploitation commits an offence.',
      'en',
    );
    expect(u.map((x) => [x.number, x.heading, x.text])).toEqual([
      ['1', 'SHORT TITLE', 'This Act may be cited as the Prevention of Trafficking Act.'],
      [
        '2',
        'OFFENCE OF TRAFFICKING',
        'A person who recruits another person for the purpose of exploitation commits an offence.',
      ],
    ]);
  });
});

describe('what an amendment printed flush with it inserts into a provision of another law', () => {
  const tree = (text: string, language: LanguageCode) => segment(sourceFromText(text, 'law.txt'), { language });
  const unit = (text: string, language: LanguageCode, n: string) => units(text, language).find((u) => u.number === n)!;

  it('an item numbered between two others, or named by the amending words, is text of the amendment (en)', () => {
    const text = [
      '4. (1) Subsection 486(1.1) of the Act is replaced by the following:',
      'Protection of witnesses under 18',
      '(1.1) For the purposes of subsection (1), the proper administration of justice includes safeguarding the interests of witnesses under eighteen.',
      '(2) Paragraph 738(1)(b) of the Act is replaced by the following:',
      '(b) in the case of bodily harm to any person, by paying to the person an amount not exceeding the cost of treatment;',
      '5. This Act comes into force on assent.',
    ].join('\n');
    const four = unit(text, 'en', '4');
    expect(four.children.map((c) => c.label)).toEqual(['(1)', '(2)']);
    expect(four.children[0]!.text).toContain('(1.1) For the purposes of subsection (1)');
    expect(four.children[1]!.text).toContain('(b) in the case of bodily harm');
    expect(
      tree(text, 'en')
        .children.filter((c) => c.level === 'unit')
        .map((u) => u.number),
    ).toEqual(['4', '5']);
  });

  it('the same in French, with the labels "(1.1)" and "b)"', () => {
    const text = [
      'Article 4. (1) Le paragraphe 486(1.1) de la même loi est remplacé par ce qui suit :',
      "(1.1) Pour l'application du paragraphe (1), la bonne administration de la justice comprend la protection des témoins âgés de moins de dix-huit ans.",
      "(2) L'alinéa 738(1)b) de la même loi est remplacé par ce qui suit :",
      'b) dans le cas où des blessures corporelles sont infligées à une personne, le paiement des frais de traitement;',
      'Article 5. La présente loi entre en vigueur à la sanction.',
    ].join('\n');
    const four = unit(text, 'fr', '4');
    expect(four.children.map((c) => c.label)).toEqual(['(1)', '(2)']);
    expect(four.children[0]!.text).toContain("(1.1) Pour l'application");
    expect(four.children[1]!.text).toContain('b) dans le cas où');
  });

  it('the same in Spanish, with an inciso named by the amending words ("inciso 2)")', () => {
    const text = [
      'Artículo 4.- Sustitúyese el inciso 2) del artículo 145 bis del Código Penal por el siguiente:',
      '2) Cuando la víctima fuere menor de dieciocho años, la pena será de ocho a quince años de prisión.',
      'Artículo 5.- Comuníquese al Poder Ejecutivo.',
    ].join('\n');
    const four = unit(text, 'es', '4');
    expect(four.children).toEqual([]);
    expect(four.text).toContain('2) Cuando la víctima fuere menor');
  });

  it('a number written out in brackets is not a label: the list after the words is the unit’s own', () => {
    const text = [
      'Artículo 13.- El condenado que hubiere cumplido treinta y cinco (35) años de condena podrá obtener la libertad bajo las siguientes condiciones:',
      '1) Residir en el lugar que determine el auto de soltura;',
      '2) Observar las reglas de inspección que fije el mismo auto.',
      'Artículo 14.- La libertad condicional no se concederá a los reincidentes.',
    ].join('\n');
    expect(unit(text, 'es', '13').children.map((c) => c.label)).toEqual(['1)', '2)']);
  });
});

describe('a heading an amendment inserts, set in, right before the next section of the amending act', () => {
  it('is text of the amendment, not the next section’s heading (en, es)', () => {
    const en = units(
      [
        '2. The heading before section 279 of the Act is replaced by the following:',
        '    Kidnapping, Trafficking in Persons and Abduction',
        '3. The Act is amended by adding the following after section 279:',
        '    279.01 Every person who recruits or harbours a person for the purpose of exploiting them commits an offence.',
      ].join('\n'),
      'en',
    );
    expect(en.find((u) => u.number === '3')!.heading).toBeNull();
    expect(en.find((u) => u.number === '2')!.text).toContain('Kidnapping, Trafficking in Persons and Abduction');
    const es = units(
      [
        'Artículo 2.- Sustitúyese la rúbrica del Capítulo I del Título V del Código Penal por la siguiente:',
        '    Delitos contra la libertad individual y trata de personas',
        'Artículo 3.- Esta ley entrará en vigor el día de su publicación.',
      ].join('\n'),
      'es',
    );
    expect(es.find((u) => u.number === '3')!.heading).toBeNull();
  });
});
