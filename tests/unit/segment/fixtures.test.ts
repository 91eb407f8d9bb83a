import { describe, expect, it } from 'vitest';
import type { Provision } from '../../../shared/domain/provision';
import { citableUnits, detectLanguage, descendants, primaryUnits } from '../../../shared/segment/index';
import { FIXTURES, all, byId, law, outline, unit } from './helpers';

/** Number and heading of the listed units, in the tree's order. */
function pinned(name: string, numbers: string[]): Array<[string, string | null]> {
  const units = primaryUnits(law(name).tree.children);
  return numbers.map((n) => {
    const u = units.find((x) => x.number === n);
    return [n, u ? u.heading : `MISSING ${n}`];
  });
}

/** Units an amending unit inserts into another law: [number they take there, heading]. */
function inserted(p: Provision): Array<[string, string | null]> {
  return descendants(p)
    .filter((d) => d !== p && d.insertedNumber !== undefined)
    .map((d) => [d.insertedNumber!, d.heading]);
}

describe('primary-unit counts of the fixture laws', () => {
  for (const name of FIXTURES) {
    it(`${name}`, () => {
      const { meta, tree } = law(name);
      const count = primaryUnits(tree.children).length;
      // The Argentine code's JSON leaves the count open; 396 is the number of article
      // designations in the text: 394 "ARTICULO n" plus the repealed "Artículo 213 ter/quáter".
      expect(count).toBe(meta.sections ?? 396);
    });
  }

  it('no fixture has two primary units with the same id', () => {
    for (const name of FIXTURES) {
      const ids = all(law(name).tree).map((p) => p.id);
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });
});

describe('Kenya, Counter-Trafficking in Persons Act', () => {
  const name = 'kenya-counter-trafficking-in-persons-act-2010';

  it('units carry the heading printed after the number', () => {
    expect(pinned(name, ['1', '2', '3', '4', '9', '10', '14', '15', '19', '22', '26', '28'])).toEqual([
      ['1', 'Short title'],
      ['2', 'Interpretation'],
      ['3', 'Trafficking in persons'],
      ['4', 'Acts that promote child trafficking'],
      ['9', 'Life threatening circumstances or death'],
      ['10', 'Trafficking in persons for organized crime'],
      ['14', 'Victim immunity from prosecution'],
      ['15', 'Support and protection of victims of trafficking in persons'],
      ['19', 'Establishment of the Advisory Committee'],
      ['22', 'Establishment of Trust Fund'],
      ['26', 'Other penalties'],
      ['28', 'Regulations'],
    ]);
    expect(unit(law(name).tree, '3').label).toBe('Section 3');
  });

  it('puts units in their Parts, headings attached', () => {
    const { tree } = law(name);
    const parts = tree.children.filter((c) => c.level === 'part');
    expect(parts.map((p) => [p.label, p.heading])).toEqual([
      ['PART I', 'PRELIMINARY'],
      ['PART II', 'TRAFFICKING IN PERSONS AND RELATED OFFENCES'],
      ['PART III', 'TRIAL OF OFFENDERS AND REMEDIES FOR VICTIMS OF TRAFFICKING IN PERSONS'],
      ['PART IV', 'THE COUNTER-TRAFFICKING IN PERSONS ADVISORY COMMITTEE'],
      ['PART V', 'NATIONAL ASSISTANCE FUND FOR VICTIMS OF TRAFFICKING IN PERSONS'],
      ['PART VI', 'MISCELLANEOUS PROVISIONS'],
    ]);
    expect(unit(tree, '3').path).toEqual(['pt2']);
    expect(parts[1]!.children.map((c) => c.number)).toEqual(['3', '4', '5', '6', '7', '8', '9', '10']);
  });

  it('nests subsections, paragraphs and sub-paragraphs with their own text only', () => {
    const { tree } = law(name);
    const s3 = unit(tree, '3');
    expect(s3.text).toBe('');
    expect(s3.children.map((c) => c.id)).toEqual(['s3.1', 's3.2', 's3.3', 's3.4', 's3.5', 's3.6']);
    const s31 = byId(tree, 's3.1');
    expect(s31.level).toBe('subsection');
    expect(s31.text).toMatch(/^A person commits the offence of trafficking in persons .* by means of—$/);
    expect(s31.children.map((c) => c.label)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)']);
    expect(byId(tree, 's3.1.e').text).toBe('abuse of power or of position of vulnerability;');
    // "(i)" under "(a)" is a roman sub-paragraph; "(i)" after "(h)" is a letter.
    expect(byId(tree, 's12.a.ii').level).toBe('subparagraph');
    expect(byId(tree, 's19.2.i').text).toBe('one person nominated by the Central Organization of Trade Unions;');
    expect(byId(tree, 's19.2.ea').text).toBe('the Director of Public Prosecutions;');
  });

  it('finds the definitions unit and its terms, each on its own item', () => {
    const { tree } = law(name);
    expect(tree.definitionsUnitId).toBe('s2');
    const terms = tree.definitions.map((d) => d.term);
    expect(terms).toContain('child');
    expect(terms).toContain('exploitation');
    expect(terms).toContain('trafficking in persons');
    expect(terms).toHaveLength(15);
    const exploitation = tree.definitions.find((d) => d.term === 'exploitation')!;
    expect(exploitation.provisionId).toBe('s2.exploitation');
    expect(exploitation.definition).toContain('(a) keeping a person in a state of slavery;');
    expect(exploitation.definition).toContain('(j) forced marriage;');
    expect(exploitation.definition).not.toContain('forced labour" means');
    const child = tree.definitions.find((d) => d.term === 'child')!;
    expect(child.definition).toBe('"child" has the meaning assigned to it in the Children Act (Cap. 141);');
  });

  it('keeps the schedules as top-level units that are not counted', () => {
    const { tree } = law(name);
    const schedules = tree.children.filter((c) => c.level === 'schedule');
    expect(schedules.map((s) => [s.label, s.heading])).toEqual([
      ['FIRST SCHEDULE', 'CONDUCT OF BUSINESS AND AFFAIRS OF THE ADVISORY COMMITTEE'],
      ['SECOND SCHEDULE', 'CONSEQUENTIAL AMENDMENTS'],
    ]);
    expect(schedules[0]!.children.map((c) => [c.number, c.heading])).toEqual([
      ['1', 'Tenure of office'],
      ['2', 'Vacation of office by member'],
      ['3', 'Removal of office by member'],
      ['4', 'Meetings of the Advisory Committee'],
      ['5', 'Minutes of the Advisory Committee'],
    ]);
    expect(schedules[1]!.text).toBe('Spent');
    expect(unit(tree, '28').text).not.toContain('Tenure of office');
  });

  it('resolves cross-references to sections and subsections', () => {
    const { tree } = law(name);
    const refs = byId(tree, 's23.2').crossRefs!;
    expect(refs.map((r) => [r.text, r.number, r.sub, r.targetId])).toEqual([['section 22(2)', '22', ['2'], 's22.2']]);
    expect(byId(tree, 's3.2').crossRefs!.map((r) => r.targetId)).toEqual(['s3.1']);
    expect(byId(tree, 's19.3').crossRefs!.map((r) => r.targetId)).toEqual(['s19.2.h', 's19.2.i', 's19.2.j']);
    expect(byId(tree, 's2.trafficking-in-persons').crossRefs!.map((r) => r.targetId)).toEqual(['s3']);
  });
});

describe('Pakistan, Prevention of Smuggling of Migrants Act', () => {
  const name = 'pakistan-prevention-of-smuggling-of-migrants-act-2018';

  it('splits "1. Heading.—(1) Text" into heading and subsection', () => {
    expect(pinned(name, ['1', '2', '3', '4', '5', '6', '7', '8', '9', '12', '15', '17'])).toEqual([
      ['1', 'Short title, extent and commencement'],
      ['2', 'Definitions'],
      ['3', 'Punishment of smuggling of migrants'],
      ['4', 'Offences in relation to documents'],
      ['5', 'Offence of harbouring illegal residents for benefit'],
      ['6', 'Aggravated offences'],
      ['7', 'Offence of abetment and criminal conspiracy'],
      ['8', 'Non-criminalization of smuggled migrants'],
      ['9', 'Offences to be cognizable offences etc'],
      ['12', 'National and international cooperation'],
      ['15', 'Indemnity'],
      ['17', 'Repeal'],
    ]);
    const { tree } = law(name);
    expect(byId(tree, 's1.1').text).toBe('This Act may be called the Prevention of Smuggling of Migrants Act, 2018.');
    expect(unit(tree, '17').text).toContain('is hereby repealed');
  });

  it('keeps the gazette masthead and preamble out of the units', () => {
    const { tree } = law(name);
    expect(tree.children[0]!.level).toBe('preamble');
    expect(tree.children[0]!.text).toContain('It is hereby enacted as follows');
    expect(tree.children.filter((c) => c.level === 'part')).toHaveLength(0);
  });

  it('reads a closing line after a list as the end of the sentence that opened it', () => {
    const { tree } = law(name);
    expect(byId(tree, 's4.1').text).toBe(
      'Whoever intentionally, for the purpose of getting benefit,—\ncommits an offence.',
    );
  });

  it('takes the lettered definitions of section 2', () => {
    const { tree } = law(name);
    expect(tree.definitionsUnitId).toBe('s2');
    expect(tree.definitions.map((d) => [d.term, d.provisionId]).slice(0, 3)).toEqual([
      ['benefit', 's2.a'],
      ['Code', 's2.b'],
      ['Government', 's2.c'],
    ]);
    const smuggling = tree.definitions.find((d) => d.term === 'smuggling of migrants')!;
    expect(smuggling.provisionId).toBe('s2.i');
    expect(smuggling.definition).toContain('(ii) is a citizen of Pakistan');
  });

  it('resolves lists of sections', () => {
    const { tree } = law(name);
    expect(unit(tree, '6').crossRefs!.map((r) => [r.text, r.targetId])).toEqual([
      ['sections 3', 's3'],
      ['4', 's4'],
      ['5', 's5'],
    ]);
    // "section 52-A of the Penal Code" is another law's section: not a reference in this Act.
    expect(byId(tree, 's2.e').crossRefs).toBeUndefined();
  });
});

describe('Sri Lanka, SAARC Convention (trafficking for prostitution) Act', () => {
  const name = 'sri-lanka-saarc-trafficking-prostitution-act-2005';

  it('attaches the bracketed marginal notes as headings', () => {
    expect(pinned(name, ['1', '2', '3', '4', '5', '6', '7', '9', '10', '12', '13', '14'])).toEqual([
      ['1', 'Short title and date of operation'],
      ['2', 'Offence of trafficking of women and children for prostitution'],
      ['3', 'High Court to try offences under this Act'],
      ['4', 'Aggravating Circumstances'],
      ['5', 'Rights of certain persons arrested for the offences made under this Act'],
      ['6', 'Amendment to the Extradition Law No. 8 of 1977'],
      ['7', 'Existing extradition arrangements with convention States deemed to provide for offences in the Schedule'],
      [
        '9',
        'Duty of Minister to notify requesting State of measures taken against persons for whose extradition a request is made',
      ],
      ['10', 'Assistance to Convention States'],
      ['12', 'Minister may take additional measures to combat trafficking'],
      ['13', 'Sinhala text to prevail in case of inconsistency'],
      ['14', 'Interpretation'],
    ]);
  });

  it('opens "(3) (a) Any person" as a subsection holding a paragraph', () => {
    const { tree } = law(name);
    expect(byId(tree, 's2.3').text).toBe('');
    expect(byId(tree, 's2.3.a').text).toMatch(/^Any person who is guilty of an offence/);
    expect(byId(tree, 's2.1').children.map((c) => c.label)).toEqual(['(i)', '(ii)', '(iii)']);
  });

  it('finds the definitions at the end of the Act and keeps the Schedule apart', () => {
    const { tree } = law(name);
    expect(tree.definitionsUnitId).toBe('s14');
    expect(tree.definitions.map((d) => d.term)).toEqual([
      'child',
      'persons subjected to trafficking',
      'prostitution',
      'repatriation',
      'traffickers',
      'trafficking',
    ]);
    const schedule = tree.children.at(-1)!;
    expect([schedule.level, schedule.label, schedule.text]).toEqual(['schedule', 'SCHEDULE', '(Sections 7, 8 and 9)']);
    expect(schedule.children.map((c) => c.label)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)']);
  });

  it('makes "subsections (1) and (2) of section 2" point into section 2', () => {
    const { tree } = law(name);
    expect(
      unit(tree, '4')
        .crossRefs!.slice(0, 2)
        .map((r) => [r.number, r.sub, r.targetId]),
    ).toEqual([
      ['2', ['1'], 's2.1'],
      ['2', ['2'], 's2.2'],
    ]);
  });

  it('keeps the quoted item the Act adds to the Extradition Law in the amending section', () => {
    const { tree } = law(name);
    expect(unit(tree, '6').text).toContain('“(47) An offence covered by the SAARC Convention');
    expect(unit(tree, '6').children).toHaveLength(0);
  });
});

describe('Sri Lanka, Immigrants and Emigrants (Amendment) Act', () => {
  const name = 'sri-lanka-immigrants-emigrants-amendment-act-2006';

  it('makes the sections it inserts children of the amending sections', () => {
    const { tree } = law(name);
    expect(outline(tree)).toEqual([
      ['1', 'Section 1', 'Short title'],
      ['2', 'Section 2', 'Amendment of section 45 of Chapter 351'],
      ['3', 'Section 3', 'Insertion of new section 45c in the principal enactment'],
      ['4', 'Section 4', 'Amendment of section 47 of the principal enactment'],
      ['5', 'Section 5', 'Insertion of new section 47A in the principal enactment'],
      ['6', 'Section 6', 'Sinhala text to prevail in case of inconsistency'],
    ]);
    // The Act prints "45c"; it announces the section "shall have effect as section 45C".
    expect(inserted(unit(tree, '3'))).toEqual([['45C', 'Facilitating persons to leave Sri Lanka']]);
    expect(inserted(unit(tree, '5'))).toEqual([['47A', 'Granting of bail']]);
    const s45c = byId(tree, 's3.s45c');
    expect([s45c.level, s45c.number, s45c.label]).toEqual(['unit', '45c', 'Section 45c']);
    expect(s45c.children.map((c) => c.id)).toEqual(['s3.s45c.1', 's3.s45c.2', 's3.s45c.3']);
    expect(byId(tree, 's3.s45c.3.e').text).toBe(
      'receiving and harbouring persons whether in Sri Lanka or in a foreign country.',
    );
  });

  it('keeps replaced wording that inserts no section as text of the amending section', () => {
    const { tree } = law(name);
    const s4 = unit(tree, '4');
    expect(s4.children).toHaveLength(0);
    expect(s4.text).toContain('“(a) every offence committed by persons');
    // References inside the quoted wording are the principal enactment's, not this Act's.
    expect(s4.crossRefs).toBeUndefined();
  });

  it('lists the citable units by the number they take in the amended Act', () => {
    expect(citableUnits(law(name).tree).map((c) => c.number)).toEqual(['1', '2', '45C', '4', '47A', '6']);
  });

  it('resolves a reference to an inserted section', () => {
    const { tree } = law(name);
    expect(byId(tree, 's5.s47A.1').crossRefs!.map((r) => [r.text, r.targetId])).toEqual([['section 45c', 's3.s45c']]);
  });
});

describe('Canada, An Act to amend the Criminal Code (trafficking in persons)', () => {
  const name = 'canada-criminal-code-trafficking-amendment-2005';

  it('counts the amending sections and makes the inserted sections 279.01-279.04 their children', () => {
    const { tree } = law(name);
    expect(outline(tree).map(([n, l, h]) => [n, l, h])).toEqual(
      ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => [n, `Section ${n}`, null]),
    );
    expect(inserted(unit(tree, '3'))).toEqual([
      ['279.01', 'Trafficking in persons'],
      ['279.02', 'Material benefit'],
      ['279.03', 'Withholding or destroying documents'],
      ['279.04', 'Exploitation'],
    ]);
    expect(byId(tree, 's3.s279.01.2').heading).toBe('Consent');
    expect(byId(tree, 's3.s279.01.1.b').text).toBe(
      'to imprisonment for a term of not more than fourteen years in any other case.',
    );
  });

  it('does not take the quoted replacement of section 5 (in section 9) for a section', () => {
    const { tree } = law(name);
    expect(byId(tree, 's9.1').text).toContain('5. Paragraph (a) of the definition “primary designated offence”');
    expect(unit(tree, '9').children.map((c) => c.id)).toEqual(['s9.1', 's9.2']);
  });

  it('keeps replaced subsections of section 486 in the text of the amending subsection', () => {
    const { tree } = law(name);
    const s41 = byId(tree, 's4.1');
    expect(s41.children).toHaveLength(0);
    expect(s41.text).toContain('(1.1) For the purposes of subsections (1) and (2.3)');
  });

  it('groups the sections under the cross-headings', () => {
    const { tree } = law(name);
    expect(tree.children.filter((c) => c.level === 'section-group').map((g) => [g.heading, g.children.length])).toEqual(
      [
        ['CRIMINAL CODE', 7],
        ['COORDINATING AMENDMENTS', 2],
      ],
    );
  });

  it('cites the inserted sections instead of section 3', () => {
    expect(citableUnits(law(name).tree).map((c) => c.number)).toEqual([
      '1',
      '2',
      '279.01',
      '279.02',
      '279.03',
      '279.04',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
  });

  it('resolves references to inserted sections and leaves out those to other laws', () => {
    const { tree } = law(name);
    expect(byId(tree, 's3.s279.02').crossRefs!.map((r) => [r.text, r.targetId])).toEqual([
      ['subsection 279.01(1)', 's3.s279.01.1'],
    ]);
    expect(byId(tree, 's3.s279.04').crossRefs!.map((r) => r.targetId)).toEqual(['s3.s279.01', 's3.s279.03']);
    // "section 183 of the Criminal Code": another law.
    expect(unit(tree, '1').crossRefs?.some((r) => r.number === '183') ?? false).toBe(false);
    expect(byId(tree, 's8.2.a').crossRefs!.map((r) => [r.text, r.targetId])).toEqual([['section 4', 's4']]);
  });

  it('has no definitions unit', () => {
    expect(law(name).tree.definitionsUnitId).toBeNull();
  });
});

describe('Canada, Loi modifiant le Code criminel (traite des personnes)', () => {
  const name = 'canada-loi-modifiant-code-criminel-traite-2005';

  it('has the same structure as the English version, with French labels and headings', () => {
    const { tree } = law(name);
    expect(outline(tree).map(([n, l]) => [n, l])).toEqual(
      ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => [n, `Article ${n}`]),
    );
    expect(inserted(unit(tree, '3'))).toEqual([
      ['279.01', 'Traite des personnes'],
      ['279.02', 'Avantage matériel'],
      ['279.03', 'Rétention ou destruction de documents'],
      ['279.04', 'Exploitation'],
    ]);
    expect(byId(tree, 's3.s279.01.1').children.map((c) => c.label)).toEqual(['a)', 'b)']);
    expect(byId(tree, 's3.s279.01.2').heading).toBe('Consentement');
    expect(byId(tree, 's8.2.b.i').level).toBe('subparagraph');
  });

  it('resolves French references', () => {
    const { tree } = law(name);
    expect(byId(tree, 's3.s279.03').crossRefs!.map((r) => [r.text, r.targetId])).toEqual([
      ['paragraphe 279.01(1)', 's3.s279.01.1'],
    ]);
    expect(byId(tree, 's8.2.a').crossRefs!.map((r) => [r.text, r.targetId])).toEqual([['l’article 4', 's4']]);
    // « l’article 183 du Code criminel » is in another law.
    expect(unit(tree, '1').crossRefs?.some((r) => r.number === '183') ?? false).toBe(false);
  });
});

describe('Chile, Ley 20.507', () => {
  const name = 'chile-ley-20507-trafico-migrantes-trata-2011';

  it('numbers the articles by their ordinal words', () => {
    const { tree } = law(name);
    expect(outline(tree)).toEqual([
      ['primero', 'Artículo primero', null],
      ['segundo', 'Artículo segundo', null],
      ['tercero', 'Artículo tercero', null],
      ['cuarto', 'Artículo cuarto', null],
      ['quinto', 'Artículo quinto', null],
      ['sexto', 'Artículo sexto', null],
      ['séptimo', 'Artículo séptimo', null],
    ]);
    expect(unit(tree, 'cuarto').id).toBe('s4');
  });

  it('finds the articles inserted into the Penal Code and other laws', () => {
    const { tree } = law(name);
    expect(inserted(unit(tree, 'primero'))).toEqual([
      ['89 bis', null],
      ['411 bis', 'Tráfico de migrantes'],
      ['411 ter', null],
      ['411 quáter', null],
      ['411 quinquies', null],
      ['411 sexies', null],
      ['411 septies', null],
      ['411 octies', null],
    ]);
    expect(inserted(unit(tree, 'segundo'))).toEqual([['78 bis', null]]);
    expect(inserted(unit(tree, 'tercero'))).toEqual([['33 bis', null]]);
    const quater = byId(tree, 's1.4.s411quater');
    expect(quater.text).toMatch(/^El que mediante violencia/);
    expect(quater.text).toContain('Si la víctima fuere menor de edad');
    // The paragraph heading "5 bis" quoted before the articles is not an article.
    expect(byId(tree, 's1.4').text).toContain(
      '"5 bis. De los delitos de tráfico ilícito de migrantes y trata de personas',
    );
    expect(byId(tree, 's1.4.s411octies').text.endsWith('ley Nº 20.000.')).toBe(true);
  });

  it('cites inserted articles by their number in the amended code, the others by ordinal', () => {
    const numbers = citableUnits(law(name).tree).map((c) => c.number);
    expect(numbers).toEqual([
      '89 bis',
      '411 bis',
      '411 ter',
      '411 quáter',
      '411 quinquies',
      '411 sexies',
      '411 septies',
      '411 octies',
      '78 bis',
      '33 bis',
      'cuarto',
      'quinto',
      'sexto',
      'séptimo',
    ]);
  });

  it('resolves "artículo 411 quáter del Código Penal" to the article this law inserts', () => {
    const { tree } = law(name);
    expect(byId(tree, 's3.2.s33bis').crossRefs!.map((r) => [r.number, r.targetId])).toEqual([
      ['411 quáter', 's1.4.s411quater'],
    ]);
  });
});

describe('Argentina, Código Penal', () => {
  const name = 'argentina-codigo-penal-ley-11179-texto-vigente';

  it('recognises every form of article designation', () => {
    const { tree } = law(name);
    const pick = [
      '1',
      '2',
      '20 bis',
      '41 quinquies',
      '77',
      '118',
      '144 quinto',
      '145 bis',
      '145 ter',
      '148 bis',
      '153 bis',
      '210 quáter',
      '213 ter',
      '268 (1)',
      '303',
      '316',
    ];
    expect(pick.map((n) => [n, unit(tree, n).label, unit(tree, n).heading])).toEqual([
      ['1', 'ARTICULO 1º', null],
      ['2', 'ARTICULO 2º', null],
      ['20 bis', 'ARTICULO 20 bis', null],
      ['41 quinquies', 'ARTICULO 41 quinquies', null],
      ['77', 'ARTICULO 77', null],
      ['118', 'ARTICULO 118', null],
      ['144 quinto', 'ARTICULO 144 quinto', null],
      ['145 bis', 'ARTICULO 145 bis', null],
      ['145 ter', 'ARTICULO 145 ter', null],
      ['148 bis', 'ARTICULO 148: bis', null],
      ['153 bis', 'ARTICULO 153 BIS', null],
      ['210 quáter', 'ARTICULO 210quáter', null],
      ['213 ter', 'Artículo 213 ter', null],
      ['268 (1)', 'ARTICULO 268 (1)', null],
      ['303', 'ARTICULO 303', null],
      ['316', 'ARTICULO 316', null],
    ]);
  });

  it('numbers the articles in order, each once', () => {
    const numbers = primaryUnits(law(name).tree.children).map((u) => u.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.slice(0, 5)).toEqual(['1', '2', '3', '4', '5']);
    expect(numbers.slice(-3)).toEqual(['314', '315', '316']);
  });

  it('skips the table of contents: each Book and Title appears once', () => {
    const { tree } = law(name);
    expect(tree.tableOfContentsSkipped).toBe(true);
    const books = tree.children.filter((c) => c.level === 'book');
    expect(books.map((b) => [b.id, b.label, b.heading])).toEqual([
      ['bk1', 'LIBRO PRIMERO', 'DISPOSICIONES GENERALES'],
      ['bk2', 'LIBRO SEGUNDO', 'DE LOS DELITOS'],
    ]);
    expect(books[0]!.children.map((t) => t.label)).toEqual([
      'TITULO I',
      'TITULO II',
      'TITULO III',
      'TITULO IV',
      'TITULO V',
      'TITULO VI',
      'TITULO VII',
      'TITULO VIII',
      'TITULO IX',
      'TITULO X',
      'TITULO XI',
      'TITULO XII',
      'TITULO XIII',
    ]);
    expect(tree.children[0]!.text).not.toContain('Arts. 5 a 25');
  });

  it('splits designations glued to the note that precedes them', () => {
    const { tree } = law(name);
    // "...Argentina)*ARTICULO 2º.- Si la ley..." and "...)*TITULO X EXTINCION DE ACCIONES Y DE PENAS".
    expect(unit(tree, '2').text).toMatch(/^Si la ley vigente/);
    expect(unit(tree, '1').text).not.toContain('Si la ley vigente');
    expect(byId(tree, 'bk1.t10').heading).toBe('EXTINCION DE ACCIONES Y DE PENAS');
    expect(unit(tree, '59').path).toEqual(['bk1', 'bk1.t10']);
  });

  it('nests the trafficking articles in their chapter, with numbered incisos', () => {
    const { tree } = law(name);
    expect(unit(tree, '145 bis').path).toEqual(['bk2', 'bk2.t5', 'bk2.t5.ch1']);
    expect(byId(tree, 'bk2.t5.ch1').heading).toBe('Delitos contra la libertad individual');
    const ter = unit(tree, '145 ter');
    expect(ter.children.map((c) => c.label)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.']);
    expect(byId(tree, 's145ter.4').text).toBe('Las víctimas fueren tres (3) o más.');
    expect(byId(tree, 's13.1').text).toBe('Residir en el lugar que determine el auto de soltura;');
  });

  it('finds article 77 as the definitions unit', () => {
    const { tree } = law(name);
    expect(tree.definitionsUnitId).toBe('s77');
    const terms = tree.definitions.map((d) => d.term);
    expect(terms).toEqual(
      expect.arrayContaining(['funcionario público', 'empleado público', 'militar', 'mercadería', 'capitán']),
    );
  });

  it('resolves references, including the code naming itself and "145 bis y ter"', () => {
    const { tree } = law(name);
    expect(unit(tree, '145 ter').crossRefs!.map((r) => [r.text, r.targetId])[0]).toEqual([
      'artículo 145 bis',
      's145bis',
    ]);
    expect(byId(tree, 's14.7').crossRefs!.map((r) => [r.number, r.targetId])).toEqual([
      ['145 bis', 's145bis'],
      ['145 ter', 's145ter'],
    ]);
    expect(byId(tree, 's14.1').crossRefs!.map((r) => r.targetId)).toEqual(['s80']);
    // "(Artículo sustituido por art. 29 de la Ley N° 27.401...)": another law's article.
    expect(unit(tree, '1').crossRefs).toBeUndefined();
  });
});

describe('United States Code, Title 8', () => {
  const name = 'usa-usc-title-8-aliens-nationality';

  it('takes the text after "§ n." as the heading', () => {
    expect(
      pinned(name, ['1101', '1105a', '1229b', '1324', '1324a', '1324c', '1327', '1328', '1329', '1375c', '3A', '1778']),
    ).toEqual([
      ['1101', 'Definitions'],
      ['1105a', 'Employment authorization for battered spouses of certain nonimmigrants'],
      ['1229b', 'Cancellation of removal; adjustment of status'],
      ['1324', 'Bringing in and harboring certain aliens'],
      ['1324a', 'Unlawful employment of aliens'],
      ['1324c', 'Penalties for document fraud'],
      ['1327', 'Aiding or assisting certain aliens to enter'],
      ['1328', 'Importation of alien for immoral purpose'],
      ['1329', 'Jurisdiction of district courts'],
      ['1375c', 'Protections, remedies, and limitations on issuance for A–3 and G–5 visas'],
      ['3A', 'AMERICAN PERSIAN GULF WAR POW/MIA ASYLUM PROGRAM'],
      ['1778', 'Vulnerability and threat assessment'],
    ]);
    const { tree } = law(name);
    expect(unit(tree, '1324').label).toBe('§ 1324');
    expect(unit(tree, '1440–1').heading).toMatch(/^Posthumous citizenship through death while on active-duty service/);
  });

  it('keeps the notes\' repeated "§ 1." sections apart with unique ids', () => {
    const ones = primaryUnits(law(name).tree.children).filter((u) => u.number === '1');
    expect(ones.length).toBeGreaterThan(3);
    expect(ones.slice(0, 3).map((u) => u.id)).toEqual(['s1', 's1~2', 's1~3']);
  });

  it('unfolds the inline chains of § 1324(a)', () => {
    const { tree } = law(name);
    expect(byId(tree, 's1324.a').heading).toBe('Criminal penalties');
    expect(byId(tree, 's1324.a.1.A').text).toBe('Any person who—\nshall be punished as provided in subparagraph (B).');
    expect(byId(tree, 's1324.a.1.A.i').text).toMatch(/^knowing that a person is an alien, brings to/);
    expect(byId(tree, 's1324.a.1.A.v.II').text).toBe('aids or abets the commission of any of the preceding acts,');
    expect(byId(tree, 's1324.b.1').heading).toBe('In general');
    expect(byId(tree, 's1324.b.3').heading).toBe('Prima facie evidence in determinations of violations');
    expect(byId(tree, 's1324.a.4.C.ii').text).toBe(
      'the aliens presented a life-threatening health risk to people in the United States.',
    );
  });

  it('takes the numbered definitions of § 1101', () => {
    const { tree } = law(name);
    expect(tree.definitionsUnitId).toBe('s1101');
    const alien = tree.definitions.find((d) => d.term === 'alien')!;
    expect(alien.provisionId).toBe('s1101.a.3');
    expect(alien.definition).toBe('The term “alien” means any person not a citizen or national of the United States.');
    expect(tree.definitions.filter((d) => d.provisionId === 's1101.a.13.A').map((d) => d.term)).toEqual([
      'admission',
      'admitted',
    ]);
    expect(tree.definitions.find((d) => d.term === 'aggravated felony')!.provisionId).toBe('s1101.a.43');
  });

  it('resolves references within the title, case deciding between (b) and (B)', () => {
    const { tree } = law(name);
    expect(byId(tree, 's1324.a.3.B.i').crossRefs!.map((r) => [r.text, r.targetId])).toEqual([
      ['section 1324a(h)(3)', 's1324a.h.3'],
    ]);
    expect(byId(tree, 's1324.a.1.B').crossRefs!.map((r) => r.targetId)).toEqual(['s1324.a.1.A']);
    expect(byId(tree, 's1324a.d.1.A').crossRefs!.map((r) => r.targetId)).toEqual(['s1324a.b']);
  });
});

describe('language detection on the fixture laws', () => {
  for (const name of FIXTURES) {
    it(name, () => {
      const { text, meta, tree } = law(name);
      const detected = detectLanguage(text);
      expect(detected.language).toBe(meta.language);
      expect(detected.confidence).toBeGreaterThan(0.8);
      expect(tree.language).toBe(meta.language);
    });
  }
});

describe('cross-reference offsets', () => {
  it('point at the printed words in every fixture', () => {
    for (const name of FIXTURES) {
      for (const p of all(law(name).tree))
        for (const r of p.crossRefs ?? [])
          expect(p.text.slice(r.start, r.start + r.text.length), `${name} ${p.id}`).toBe(r.text);
    }
  });
});
