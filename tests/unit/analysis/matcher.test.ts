import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../shared/analysis/corpus';
import { rank } from '../../../shared/analysis/matcher';
import { requirementVectors } from '../../../shared/analysis/requirements';
import type { LanguageCode } from '../../../shared/domain/source';
import { loadReferenceLibrary } from '../../../electron/main/reference/load';
import { law, requirement, run, type UnitSpec } from './laws';

/*
 * The matcher on small hand-made laws: the right unit first in each language, unit numbers of
 * inserted sections, evidence spans that point at the printed words, headings, definitions and
 * subsections taken into account.
 */

const LANGS: LanguageCode[] = ['en', 'fr', 'es'];

const LAW: Record<LanguageCode, UnitSpec[]> = {
  en: [
    { number: '1', heading: 'Short title', text: 'This Act may be cited as the Test Act.' },
    {
      number: '2',
      heading: 'Trafficking in persons',
      text: 'A person who recruits, transports, transfers, harbours or receives another person by means of threat, force, fraud or deception for the purpose of exploitation commits an offence and is liable to imprisonment for fifteen years.',
    },
    {
      number: '3',
      heading: 'Compensation',
      text: 'The court shall order a person convicted of an offence under section 2 to pay compensation to the victim for the damage suffered.',
    },
    {
      number: '4',
      heading: 'Jurisdiction',
      text: 'The courts have jurisdiction over an offence under this Act committed in the territory or on board a vessel flying the flag of the country or an aircraft registered under its laws.',
    },
    {
      number: '5',
      heading: 'Licences',
      text: 'The Registrar shall keep a register of licences issued under this Act.',
    },
  ],
  fr: [
    { number: '1', heading: 'Titre abrégé', text: 'La présente loi peut être citée sous le titre de Loi type.' },
    {
      number: '2',
      heading: 'Traite des personnes',
      text: "Quiconque recrute, transporte, transfère, héberge ou reçoit une personne par la menace, la force, la fraude ou la tromperie aux fins d'exploitation commet une infraction et est passible d'un emprisonnement de quinze ans.",
    },
    {
      number: '3',
      heading: 'Indemnisation',
      text: "Le tribunal ordonne à la personne déclarée coupable d'une infraction prévue à l'article 2 de verser une indemnisation à la victime pour le préjudice subi.",
    },
    {
      number: '4',
      heading: 'Compétence',
      text: "Les tribunaux sont compétents pour connaître des infractions prévues par la présente loi commises sur le territoire ou à bord d'un navire battant pavillon national ou d'un aéronef immatriculé conformément à ses lois.",
    },
    {
      number: '5',
      heading: 'Licences',
      text: 'Le greffier tient un registre des licences délivrées en vertu de la présente loi.',
    },
  ],
  es: [
    { number: '1', heading: 'Título', text: 'La presente ley podrá citarse como Ley de prueba.' },
    {
      number: '2',
      heading: 'Trata de personas',
      text: 'El que captare, transportare, trasladare, acogiere o recibiere personas mediante amenaza, fuerza, fraude o engaño con fines de explotación será castigado con prisión de ocho a quince años.',
    },
    {
      number: '3',
      heading: 'Indemnización',
      text: 'El tribunal ordenará al condenado por el delito previsto en el artículo 2 el pago de una indemnización a la víctima por el daño sufrido.',
    },
    {
      number: '4',
      heading: 'Jurisdicción',
      text: 'Los tribunales tendrán jurisdicción sobre los delitos previstos en esta ley cometidos en el territorio nacional o a bordo de un buque que enarbole su pabellón o de una aeronave matriculada conforme a sus leyes.',
    },
    {
      number: '5',
      heading: 'Licencias',
      text: 'El Registro llevará un registro de las licencias otorgadas conforme a esta ley.',
    },
  ],
};

describe.each(LANGS)('ranking (%s)', (lang) => {
  const result = run(lang, LAW[lang], ['tip-protocol', 'untoc']);

  it.each([
    ['tip-protocol:3(a)', '2'],
    ['tip-protocol:5(1)', '2'],
    ['tip-protocol:6(6)', '3'],
    ['untoc:25(2)', '3'],
    ['untoc:15(1)', '4'],
  ])('%s: unit %s first', (id, number) => {
    expect(requirement(result, id).matches[0]?.number).toBe(number);
  });

  it('evidence spans point at the printed words of the listed unit', () => {
    const units = new Map(result.acts[0]!.provisions.map((p) => [p.id, p]));
    let checked = 0;
    for (const r of result.requirements)
      for (const m of r.matches)
        for (const e of m.evidence) {
          expect(units.get(m.unit)!.text.slice(e.start, e.end)).toBe(e.text);
          checked++;
        }
    expect(checked).toBeGreaterThan(50);
  });

  it('scores are between 0 and 1, best first', () => {
    for (const r of result.requirements) {
      const scores = r.matches.map((m) => m.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      for (const s of scores) expect(s >= 0 && s <= 1).toBe(true);
    }
  });
});

describe('structure', () => {
  const library = loadReferenceLibrary();
  const vector = (lang: LanguageCode, id: string) => new Map([[lang, requirementVectors(library, lang).get(id)!]]);

  it('cites a section an amending act inserts by the number it takes in the amended law', () => {
    const result = run(
      'en',
      [
        { number: '1', text: 'Section 183 of the Criminal Code is amended by adding a reference to section 279.01.' },
        {
          number: '2',
          text: 'The Act is amended by adding the following after section 279:',
          inserts: [
            {
              number: '279.01',
              heading: 'Trafficking in persons',
              text: 'Every person who recruits, transports, transfers, receives, holds, conceals or harbours a person for the purpose of exploiting them is guilty of an indictable offence and liable to imprisonment for fourteen years.',
            },
          ],
        },
      ],
      ['tip-protocol'],
    );
    const m = requirement(result, 'tip-protocol:3(a)').matches[0]!;
    expect(m.number).toBe('2');
    expect(m.numbers).toEqual(['2', '279.01']);
    expect(m.provision).toBe('s2.279.01');
  });

  it('points at the subsection that matches inside a long unit', () => {
    const result = run(
      'en',
      [
        {
          number: '7',
          heading: 'Miscellaneous',
          text: 'In this section:',
          subsections: [
            'The Registrar shall keep a register of licences issued under this Act.',
            'The court may order the offender to pay compensation or restitution to the victim of trafficking for the damage suffered.',
            'Regulations under this Act shall be published in the Gazette.',
          ],
        },
      ],
      ['tip-protocol'],
    );
    expect(requirement(result, 'tip-protocol:6(6)').matches[0]?.provision).toBe('s7.2');
  });

  it('counts headings: of two identical texts, the one whose heading names the subject ranks first', () => {
    const text = 'The court may make an order in favour of the person concerned after hearing the parties.';
    const corpus = buildCorpus([
      {
        file: 'x',
        title: 'x',
        language: 'en',
        tree: law('en', [
          { number: '1', heading: 'Costs', text },
          { number: '2', heading: 'Compensation of victims', text },
        ]),
      },
    ]);
    const ranked = rank(corpus, vector('en', 'tip-protocol:6(6)'));
    expect(corpus.units[corpus.docs[ranked[0]!.doc]!.unit]!.provision.number).toBe('2');
  });

  it('a provision using a defined term inherits the concepts of its definition', () => {
    const tree = law('en', [
      {
        number: '2',
        text: '"exploitation" includes forced labour, slavery, servitude and the removal of organs;',
        defines: ['exploitation'],
      },
      {
        number: '3',
        text: 'A person who recruits or transports another person for the purpose of exploitation commits an offence.',
      },
    ]);
    const corpus = buildCorpus([{ file: 'x', title: 'x', language: 'en', tree }]);
    const doc = corpus.docs.find((d) => corpus.units[d.unit]!.provision.number === '3')!;
    expect(doc.features.has('c:forced_labour')).toBe(true);
    expect(doc.features.has('c:organ_removal')).toBe(true);
  });

  it('follows cross-references: a penalty rule referring to the offence inherits its concepts', () => {
    const tree = law('en', [
      {
        number: '3',
        text: 'A person who recruits, transports or harbours another person for the purpose of exploitation commits an offence.',
      },
      { number: '4', text: 'A person convicted of an offence under section 3 is liable to imprisonment for life.' },
    ]);
    tree.children[1]!.crossRefs = [{ text: 'section 3', start: 48, number: '3', sub: [], targetId: 's3' }];
    const corpus = buildCorpus([{ file: 'x', title: 'x', language: 'en', tree }]);
    const doc = corpus.docs.find((d) => corpus.units[d.unit]!.provision.number === '4')!;
    expect(doc.features.has('c:recruitment')).toBe(true);
  });

  it('matches across languages through the lexicon (indemnización / compensation)', () => {
    const corpus = buildCorpus([{ file: 'x', title: 'x', language: 'es', tree: law('es', LAW.es) }]);
    const ranked = rank(corpus, vector('es', 'untoc:25(2)'));
    expect(ranked[0]!.matched).toContain('c:compensation');
  });
});
