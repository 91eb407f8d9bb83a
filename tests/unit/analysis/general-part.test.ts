import { describe, expect, it } from 'vitest';
import { generalPartUnits } from '../../../shared/analysis/body-of-law';
import { explainFinding, explainReason } from '../../../shared/analysis/explain';
import { analyze } from '../../../shared/analysis/index';
import { sourceFromText, type LanguageCode } from '../../../shared/domain/source';
import { segment } from '../../../shared/segment/index';
import { loadReferenceLibrary } from '../../../electron/main/reference/load';
import { requirement } from './laws';

/*
 * In a whole penal code, the general part (attempt, complicity, jurisdiction…) serves the
 * Protocol offences like every other offence: credited to the requirement once, with a note that
 * it applies to all offences.
 */

const library = loadReferenceLibrary();
type Lang = 'en' | 'fr' | 'es';

const CODE: Record<Lang, { title: string; lines: string[] }> = {
  en: {
    title: 'Penal Code',
    lines: [
      'BOOK I - GENERAL PART',
      'Section 1.',
      'This Code applies to every offence committed in the territory of the State, including on board a ship flying its flag or an aircraft registered under its laws.',
      'Section 2.',
      'A person who attempts to commit an offence is liable to the penalty for the offence reduced by one third.',
      'Section 3.',
      'A person who aids, abets, counsels or procures the commission of an offence, as an accomplice, is liable to the same penalty as the principal offender.',
      'BOOK II - OFFENCES',
      'Section 4.',
      'A person who recruits, transports, harbours or receives another person by threat, force or deception for the purpose of exploitation commits an offence and is liable to imprisonment for twelve years.',
      'Section 5.',
      'A person who steals property belonging to another commits an offence and is liable to a fine.',
    ],
  },
  fr: {
    title: 'Code pénal',
    lines: [
      'LIVRE PREMIER - DISPOSITIONS GÉNÉRALES',
      'Article 1.',
      "La loi pénale s'applique aux infractions commises sur le territoire de l'État, y compris à bord des navires battant son pavillon et des aéronefs immatriculés conformément à sa législation.",
      'Article 2.',
      "La tentative de commettre un crime ou un délit est punie de la peine prévue pour l'infraction, diminuée d'un tiers.",
      'Article 3.',
      "Est complice d'un crime ou d'un délit la personne qui sciemment, par aide ou assistance, en a facilité la préparation ou la consommation ; le complice est puni comme auteur.",
      'LIVRE DEUXIÈME - DES CRIMES ET DÉLITS',
      'Article 4.',
      "Le fait de recruter, de transporter, d'héberger ou d'accueillir une personne par la menace, la contrainte ou la tromperie à des fins d'exploitation est puni de douze ans d'emprisonnement.",
      'Article 5.',
      "Le vol est puni d'une amende.",
    ],
  },
  es: {
    title: 'Código Penal',
    lines: [
      'LIBRO PRIMERO - DISPOSICIONES GENERALES',
      'Artículo 1.',
      'La ley penal se aplica a los delitos cometidos en el territorio del Estado, incluso a bordo de los buques que enarbolen su pabellón o de las aeronaves matriculadas conforme a sus leyes.',
      'Artículo 2.',
      'La tentativa de delito se castiga con la pena del delito consumado reducida en un tercio.',
      'Artículo 3.',
      'Son cómplices los que cooperan a la ejecución del hecho con actos anteriores o simultáneos; al cómplice se le impone la pena inferior en grado a la del autor.',
      'LIBRO SEGUNDO - DELITOS Y SUS PENAS',
      'Artículo 4.',
      'El que capte, transporte, acoja o reciba a una persona mediante amenaza, violencia o engaño con fines de explotación será castigado con prisión de doce años.',
      'Artículo 5.',
      'El que se apodere de una cosa mueble ajena será castigado con multa.',
    ],
  },
};

function analyse(lang: Lang) {
  const tree = segment(sourceFromText(CODE[lang].lines.join('\n'), 'code.txt'), { language: lang as LanguageCode });
  return analyze({
    acts: [{ file: 'code.txt', title: CODE[lang].title, language: lang, tree }],
    library,
    instruments: ['tip-protocol', 'untoc'],
    now: new Date('2026-01-01T00:00:00Z'),
  });
}

describe('the general part of a whole penal code', () => {
  it.each(['en', 'fr', 'es'] as Lang[])(
    'is credited to attempt and complicity once, as applying to all offences (%s)',
    (lang) => {
      const r = analyse(lang);
      for (const [id, number] of [
        ['tip-protocol:5(2)(a)', '2'],
        ['tip-protocol:5(2)(b)', '3'],
      ] as const) {
        const q = requirement(r, id);
        expect(q.status, id).toBe('compliant');
        expect(q.reasonCode, id).toBe('general-part');
        expect(q.matches[0]!.number, id).toBe(number);
        const notes = q.findings.filter((f) => f.code === 'general-part');
        expect(notes, id).toHaveLength(1);
        expect(notes[0]!.params).toEqual({ cite: number });
        expect(explainFinding(notes[0]!, lang)).toMatch(/all offences|toutes les infractions|todos los delitos/);
        expect(explainReason(q, lang)).toMatch(/general part|partie générale|parte general/);
      }
      // The offence itself is not in the general part: no such note.
      expect(requirement(r, 'tip-protocol:5(1)').findings.some((f) => f.code === 'general-part')).toBe(false);
    },
  );

  it('is what precedes the restart of the outermost numbering when the books were not kept', () => {
    const g = (h: string) => [h];
    expect(
      generalPartUnits([
        g('Title I Of offences'),
        g('Title I Of offences'),
        g('Title II Of penalties'),
        g('Title I Homicide'),
        g('Title II Theft'),
      ]),
    ).toEqual([true, true, true, false, false]);
    // A grouping headed "general provisions" inside the special part is not the general part.
    expect(
      generalPartUnits([
        g('Book One General Part'),
        g('Book Two Offences'),
        ['Book Two Offences', 'Chapter 3 General provisions'],
      ]),
    ).toEqual([true, false, false]);
    // Nothing to tell it by: no unit is taken for the general part.
    expect(generalPartUnits([g('Chapter 1 Trafficking'), g('Chapter 2 Smuggling')])).toEqual([false, false]);
  });
});
