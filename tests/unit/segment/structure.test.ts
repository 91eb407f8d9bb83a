import { describe, expect, it } from 'vitest';
import type { Provision } from '../../../shared/domain/provision';
import { citableUnits, primaryUnits, segment } from '../../../shared/segment/index';
import { FIXTURES, all, byId, law, outline, paged, seg } from './helpers';

const KENYA_STYLE = `THE SAMPLE ACT

ARRANGEMENT OF SECTIONS

PART I – PRELIMINARY
1. Short title.
2. Interpretation.
PART II – OFFENCES
3. Trafficking in persons.
4. Penalties.
SCHEDULE

AN ACT of Parliament to provide for the prevention of trafficking in persons

ENACTED by the Parliament of Ruritania as follows:—

PART I – PRELIMINARY

1. Short title
This Act may be cited as the Sample Act.

2. Interpretation
In this Act—
"child" means a person under the age of eighteen years;
"exploitation" includes—
(a) forced labour;
(b) slavery;
"victim" means a person against whom an offence under section 3 has been committed.

PART II – OFFENCES

3. Trafficking in persons
(1) A person who recruits another person for the purpose of exploitation commits an offence.
(2) A person who commits an offence under subsection (1) is liable to—
(a) imprisonment for twenty years; or
(b) a fine of ten million shillings,
or to both.

4. Penalties
Where an offence under section 3(1) is committed against a child, the penalty under section 3(2)(a) is doubled; sections 3 and 4 apply to attempts.

SCHEDULE
FORMS

1. Form of complaint
The complaint shall be made in writing.
`;

describe('ids, paths, lines and pages', () => {
  it('derives ids from the numbering path and paths from the ancestors', () => {
    const tree = seg(KENYA_STYLE);
    expect(byId(tree, 's3.2.a').path).toEqual(['pt2', 's3', 's3.2']);
    expect(byId(tree, 's2.exploitation.b').text).toBe('slavery;');
    expect(byId(tree, 'sch1.1').heading).toBe('Form of complaint');
    const check = (list: Provision[], path: string[]) => {
      for (const p of list) {
        expect(p.path).toEqual(path);
        check(p.children, [...path, p.id]);
      }
    };
    for (const name of FIXTURES) check(law(name).tree.children, []);
  });

  it('makes repeated numbers unique', () => {
    const tree = seg('5. First\nText.\n(1) One.\n(1) One again.\n');
    expect(byId(tree, 's5').children.map((c) => c.id)).toEqual(['s5.1', 's5.1~2']);
  });

  it('gives each provision the 0-based line and the page of its first line', () => {
    const doc = paged([
      ['THE PAGED ACT', '', '1. Short title', 'This Act may be cited as the Paged Act.'],
      ['2. Offence', '(1) A person who recruits another commits an offence.', '(2) The penalty is ten years.'],
    ]);
    const tree = segment(doc);
    expect(primaryUnits(tree.children).map((u) => [u.id, u.line, u.page])).toEqual([
      ['s1', 2, 1],
      ['s2', 4, 2],
    ]);
    expect([byId(tree, 's2.2').line, byId(tree, 's2.2').page]).toEqual([6, 2]);
    expect(tree.children[0]!.level).toBe('preamble');
    expect(tree.children[0]!.page).toBe(1);
  });

  it('keeps only its own text in each provision', () => {
    const tree = seg(KENYA_STYLE);
    const s3 = byId(tree, 's3');
    expect(s3.text).toBe('');
    expect(byId(tree, 's3.2').text).toBe(
      'A person who commits an offence under subsection (1) is liable to—\nor to both.',
    );
    expect(byId(tree, 's3.2.b').text).toBe('a fine of ten million shillings,');
  });
});

describe('table of contents', () => {
  it('is recognised under "ARRANGEMENT OF SECTIONS" and not turned into provisions', () => {
    const tree = seg(KENYA_STYLE);
    expect(tree.tableOfContentsSkipped).toBe(true);
    expect(outline(tree)).toEqual([
      ['1', 'Section 1', 'Short title'],
      ['2', 'Section 2', 'Interpretation'],
      ['3', 'Section 3', 'Trafficking in persons'],
      ['4', 'Section 4', 'Penalties'],
    ]);
    expect(tree.children.filter((c) => c.level === 'part').map((p) => p.id)).toEqual(['pt1', 'pt2']);
    expect(tree.children.filter((c) => c.level === 'schedule')).toHaveLength(1);
    // The long title and enacting words after the contents stay in the preamble.
    expect(tree.children[0]!.text).toContain('AN ACT of Parliament to provide');
    expect(tree.children[0]!.text).not.toContain('2. Interpretation.');
  });

  it('is recognised without a heading, by its designations being printed again', () => {
    const tree = seg(
      'CODE\n\nTITLE I\nGENERAL\nTITLE II\nOFFENCES\nTITLE III\nFINAL\n\nTITLE I\nGENERAL\n\nArticle 1\nText one.\n\nTITLE II\nOFFENCES\n\nArticle 2\nText two.\n\nTITLE III\nFINAL\n\nArticle 3\nText three.\n',
    );
    expect(tree.tableOfContentsSkipped).toBe(true);
    expect(
      tree.children.filter((c) => c.level === 'title').map((t) => [t.id, t.heading, t.children.map((c) => c.id)]),
    ).toEqual([
      ['t1', 'GENERAL', ['s1']],
      ['t2', 'OFFENCES', ['s2']],
      ['t3', 'FINAL', ['s3']],
    ]);
  });

  it('is not seen where numbers repeat in a schedule', () => {
    const tree = law('kenya-counter-trafficking-in-persons-act-2010').tree;
    expect(tree.tableOfContentsSkipped).toBe(false);
  });
});

describe('schedules', () => {
  it('are top-level, not counted as units, and hold their own paragraphs', () => {
    const tree = seg(
      '1. Short title\nText.\n\nFIRST SCHEDULE\nFORMS\n\n1. Form A\nText A.\n\n2. Form B\nText B.\n\nSECOND SCHEDULE\n(Section 1)\n(a) An item.\n',
    );
    expect(primaryUnits(tree.children).map((u) => u.id)).toEqual(['s1']);
    const [first, second] = tree.children.filter((c) => c.level === 'schedule');
    expect([first!.label, first!.heading, first!.children.map((c) => [c.id, c.label, c.heading])]).toEqual([
      'FIRST SCHEDULE',
      'FORMS',
      [
        ['sch1.1', 'Paragraph 1', 'Form A'],
        ['sch1.2', 'Paragraph 2', 'Form B'],
      ],
    ]);
    expect([second!.text, second!.children.map((c) => c.label)]).toEqual(['(Section 1)', ['(a)']]);
  });

  it('"Annexe" and "Anexo" in French and Spanish', () => {
    expect(seg('Article 1\nTexte.\n\nAnnexe I\nListe\n', 'fr').children.at(-1)!.level).toBe('schedule');
    expect(seg('Artículo 1.- Texto.\n\nANEXO\nFormularios\n', 'es').children.at(-1)!.level).toBe('schedule');
  });
});

describe('amending provisions', () => {
  it('indented inserted sections become children with the number they take in the amended law', () => {
    const tree = seg(
      '1. The Act is amended by adding the following after section 279:\n    Trafficking in persons\n    279.01 (1) Every person who recruits a person is guilty.\n    Consent\n    (2) No consent is valid.\n    279.02 Every person who receives a benefit is guilty.\n\n2. Section 486 of the Act is replaced by the following:\n    (1) A new rule.\n\n3. This Act comes into force on assent.\n',
    );
    expect(primaryUnits(tree.children).map((u) => u.number)).toEqual(['1', '2', '3']);
    const s1 = byId(tree, 's1');
    expect(s1.children.map((c) => [c.id, c.insertedNumber, c.heading])).toEqual([
      ['s1.s279.01', '279.01', 'Trafficking in persons'],
      ['s1.s279.02', '279.02', null],
    ]);
    expect(byId(tree, 's1.s279.01.2').heading).toBe('Consent');
    // Replaced wording that is not a whole section stays text of the amending section.
    expect(byId(tree, 's2').children).toHaveLength(0);
    expect(byId(tree, 's2').text).toBe('Section 486 of the Act is replaced by the following:\n(1) A new rule.');
    expect(citableUnits(tree).map((c) => c.number)).toEqual(['279.01', '279.02', '2', '3']);
  });

  it('quoted inserted articles (Spanish) end at the closing quotation mark', () => {
    const tree = seg(
      'Artículo 1.- Introdúcense las siguientes modificaciones en el Código Penal:\n1. Intercálase el siguiente artículo 411 bis, nuevo:\n"Artículo 411 bis.- Tráfico de migrantes. El que facilite la entrada ilegal será castigado.\nLa pena se aumentará si la víctima fuere menor.\nArtículo 411 ter.- El que promoviere la prostitución será castigado.".\n2. Derógase el artículo 367 bis.\n\nArtículo 2.- Esta ley rige desde su publicación.\n',
      'es',
    );
    expect(primaryUnits(tree.children).map((u) => u.number)).toEqual(['1', '2']);
    const item = byId(tree, 's1.1');
    expect(item.children.map((c) => [c.insertedNumber, c.heading])).toEqual([
      ['411 bis', 'Tráfico de migrantes'],
      ['411 ter', null],
    ]);
    expect(byId(tree, 's1.1.s411bis').text).toBe(
      'El que facilite la entrada ilegal será castigado.\nLa pena se aumentará si la víctima fuere menor.',
    );
    expect(byId(tree, 's1.1.s411ter').text).toBe('El que promoviere la prostitución será castigado.');
    expect(byId(tree, 's1.2').text).toBe('Derógase el artículo 367 bis.');
  });

  it('takes the inserted number the amending words announce ("shall have effect as section 45C")', () => {
    const tree = seg(
      '3. The following new section is inserted after section 45B of the principal enactment and shall have effect as section 45C of that enactment :–\n“[Facilitating persons to leave.]\n45c. (1) Any person who organizes departures commits an offence.\n(2) The penalty is five years.”.\n\n4. This Act prevails.\n',
    );
    const s45 = byId(tree, 's3.s45c');
    expect([s45.number, s45.insertedNumber, s45.heading]).toEqual(['45c', '45C', 'Facilitating persons to leave']);
    expect(byId(tree, 's3.s45c.2').text).toBe('The penalty is five years.');
    expect(primaryUnits(tree.children).map((u) => u.number)).toEqual(['3', '4']);
  });

  it('an inserted section announced with a dash ("the following new section—"), definitions after "meanings—" left alone', () => {
    const tree = seg(
      '3. Offence\nA person who traffics commits an offence.\n\n4. The principal Act is amended by inserting the following new section immediately after section 3—\n“3A. Aggravated trafficking\n(1) A person who traffics a child commits an offence.\n(2) The penalty is life imprisonment.”.\n\n5. Interpretation\nIn this Act, the following words have the meanings assigned—\n“child” means a person under eighteen;\n“victim” means a trafficked person.\n',
    );
    expect(primaryUnits(tree.children).map((u) => u.number)).toEqual(['3', '4', '5']);
    expect(byId(tree, 's4.s3A').heading).toBe('Aggravated trafficking');
    expect(byId(tree, 's4.s3A.2').text).toBe('The penalty is life imprisonment.');
    expect(tree.definitions.map((d) => d.provisionId)).toEqual(['s5.child', 's5.victim']);
  });

  it('a lower section number inside an amending section is quoted text, not a new section', () => {
    const tree = seg(
      '8. (1) If the other Act comes into force, section 5 of this Act is replaced by the following:\n5. Paragraph (a) of section 487 of the Act is amended.\n(2) Otherwise nothing changes.\n',
    );
    expect(primaryUnits(tree.children).map((u) => u.number)).toEqual(['8']);
    expect(byId(tree, 's8').children.map((c) => c.id)).toEqual(['s8.1', 's8.2']);
  });
});

describe('cross-references', () => {
  it('"section 5(2)", "sections 3 and 4", "subsection (1)" resolve in an English act', () => {
    const tree = seg(
      '3. Offence\n(1) A person commits an offence.\n(2) The penalty is ten years.\n\n4. Attempt\nAn attempt is punished.\n\n5. Penalties\n(1) The penalties in sections 3 and 4 apply.\n(2) Section 3(2) applies to subsection (1) and to section 9.\n',
    );
    expect(byId(tree, 's5.1').crossRefs!.map((r) => [r.text, r.number, r.targetId])).toEqual([
      ['sections 3', '3', 's3'],
      ['4', '4', 's4'],
    ]);
    expect(byId(tree, 's5.2').crossRefs!.map((r) => [r.text, r.number, r.sub, r.targetId])).toEqual([
      ['Section 3(2)', '3', ['2'], 's3.2'],
      ['subsection (1)', '5', ['1'], 's5.1'],
      ['section 9', '9', [], null],
    ]);
  });

  it('"l\'article 3" in French and "el artículo 4" in Spanish', () => {
    const fr = seg(
      "Article 3\nLa traite est punie.\n\nArticle 4\nLes peines de l'article 3 sont doublées. L'article 5 du code pénal est applicable.\n",
      'fr',
    );
    expect(byId(fr, 's4').crossRefs!.map((r) => [r.text, r.targetId])).toEqual([["l'article 3", 's3']]);
    const es = seg(
      'Artículo 4.- La trata es castigada.\n\nArtículo 5.- Las penas del artículo 4 se duplican. El artículo 9 de la Ley 20.000 se aplica.\n',
      'es',
    );
    expect(byId(es, 's5').crossRefs!.map((r) => [r.text, r.start, r.targetId])).toEqual([['artículo 4', 14, 's4']]);
  });

  it('"§ 1324(a)" in the United States Code style', () => {
    const tree = seg(
      '§ 1324. Bringing in aliens\n\n(a) Criminal penalties\nAny person who brings an alien shall be punished.\n\n§ 1327. Aiding aliens\n\nAny person who aids an alien described in § 1324(a) shall be punished.\n',
    );
    expect(byId(tree, 's1327').crossRefs!.map((r) => [r.text, r.number, r.sub, r.targetId])).toEqual([
      ['§ 1324(a)', '1324', ['a'], 's1324.a'],
    ]);
  });

  it('leaves out references to other laws and those inside brackets or quotations', () => {
    const tree = seg(
      '1. Short title\nText.\n\n2. Offence\nSection 1 of the Penal Code, section 16 of title 18 and "section 1" do not count [see section 1], but section 1 does.\n',
    );
    expect(byId(tree, 's2').crossRefs!.map((r) => [r.text, r.start, r.targetId])).toEqual([['section 1', 102, 's1']]);
  });
});

describe('real-world defects', () => {
  it('survives blank lines, CRLF line ends and a section with no text', () => {
    const tree = seg(
      'PART I\r\n\r\n\r\nPRELIMINARY\r\n\r\n1.   Short title\r\n\r\n\r\nThis Act may be cited as the Test Act.\r\n\r\n2.\r\n\r\n3. Repeal\r\nThe old Act is repealed.\r\n',
    );
    expect(tree.children[0]!.heading).toBe('PRELIMINARY');
    expect(outline(tree)).toEqual([
      ['1', 'Section 1', 'Short title'],
      ['2', 'Section 2', null],
      ['3', 'Section 3', 'Repeal'],
    ]);
    expect(byId(tree, 's1').text).toBe('This Act may be cited as the Test Act.');
  });

  it('does not take a wrapped line starting with a year for a section', () => {
    const tree = seg(
      '1. Commencement\nThis Act comes into force on 1 January\n2030 The Minister may bring it into force earlier.\n\n2. Repeal\nText.\n',
    );
    expect(primaryUnits(tree.children).map((u) => u.number)).toEqual(['1', '2']);
    expect(byId(tree, 's1').text).toContain('2030 The Minister');
  });

  it('warns when no provision is recognised', () => {
    const tree = seg('Just a paragraph of text with no numbering at all.');
    expect(primaryUnits(tree.children)).toHaveLength(0);
    expect(tree.warnings).toEqual(['No sections or articles were recognised in this text.']);
    expect(tree.children.map((c) => c.level)).toEqual(['preamble']);
  });

  it('segments an empty document to an empty tree', () => {
    const tree = seg('');
    expect(tree.children).toEqual([]);
    expect(tree.definitions).toEqual([]);
    expect(tree.definitionsUnitId).toBeNull();
  });

  it("keeps every fixture's text: nothing is lost between the source and the tree", () => {
    for (const name of FIXTURES) {
      const { text, tree } = law(name);
      const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
      const kept = all(tree).reduce((n, p) => n + words(p.text) + words(p.heading ?? '') + words(p.label), 0);
      // Labels generated for bare numbers ("Section 3") add a word; the table of contents is dropped.
      expect(kept / words(text), name).toBeGreaterThan(tree.tableOfContentsSkipped ? 0.9 : 0.97);
    }
  });
});
