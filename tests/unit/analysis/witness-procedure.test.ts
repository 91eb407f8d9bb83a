import { describe, expect, it } from 'vitest';
import { findConcepts } from '../../../shared/analysis/lexicon';
import { foldText } from '../../../shared/text/fold';
import { requirement, run, type UnitSpec } from './laws';

/*
 * Protection of witnesses and victims written as court procedure rather than as a protection
 * programme: hearings in camera, testimony by video link, the identity and whereabouts of a witness
 * kept from disclosure (UNTOC art. 24(2), TIP Protocol art. 6(1), the Model Law's offence of
 * disclosing a witness's identity). Such a provision answers UNTOC art. 24(1).
 */

type Lang = 'en' | 'fr' | 'es';

const OFFENCE: Record<Lang, UnitSpec> = {
  en: {
    number: '3',
    heading: 'Offence of trafficking in persons',
    text: 'Any person who recruits, transports or harbours another person by means of threat, force or deception for the purpose of exploitation commits the offence of trafficking in persons and is liable to imprisonment for fifteen years.',
  },
  fr: {
    number: '3',
    heading: 'Infraction de traite des personnes',
    text: "Quiconque recrute, transporte ou héberge une personne par la menace, la force ou la tromperie aux fins d'exploitation commet l'infraction de traite des personnes et est puni de quinze ans d'emprisonnement.",
  },
  es: {
    number: '3',
    heading: 'Delito de trata de personas',
    text: 'El que capte, transporte o acoja a una persona mediante amenaza, fuerza o engaño con fines de explotación comete el delito de trata de personas y será castigado con quince años de prisión.',
  },
};

const PROCEDURE: Record<Lang, UnitSpec> = {
  en: {
    number: '9',
    heading: 'Conduct of the trial',
    text: 'In a trial for an offence under this Act the court shall observe the privacy of the victims and of the witnesses and may order that the hearing be held in camera.',
  },
  fr: {
    number: '9',
    heading: 'Conduite du procès',
    text: "Dans un procès pour une infraction prévue par la présente loi, le tribunal respecte la vie privée des victimes et des témoins et peut ordonner que l'audience se tienne à huis clos.",
  },
  es: {
    number: '9',
    heading: 'Desarrollo del juicio',
    text: 'En el juicio por un delito previsto en esta ley el tribunal respetará la intimidad de las víctimas y de los testigos y podrá ordenar que la audiencia se celebre a puerta cerrada.',
  },
};

const OTHER: Record<Lang, UnitSpec> = {
  en: {
    number: '12',
    heading: 'Regulations',
    text: 'The Minister may make regulations for carrying this Act into effect.',
  },
  fr: {
    number: '12',
    heading: 'Règlements',
    text: "Le ministre peut prendre des règlements pour l'application de la présente loi.",
  },
  es: {
    number: '12',
    heading: 'Reglamentos',
    text: 'El Ministro podrá dictar reglamentos para la aplicación de esta ley.',
  },
};

const WORDINGS: Record<Lang, string[]> = {
  en: [
    'the hearing shall be held in camera',
    'testimony given through communications technology such as video links',
    'information concerning the identity and whereabouts of such persons',
    'measures for the protection from retaliation for witnesses',
    'a person who discloses information that identifies a witness',
    'procedures for the physical protection of such persons',
  ],
  fr: [
    "l'audience se tient à huis clos",
    'déposer en recourant à des techniques de communication telles que les liaisons vidéo',
    'les renseignements concernant leur identité et le lieu où elles se trouvent',
    'une protection efficace contre des actes de représailles aux témoins',
    'des procédures pour la protection physique de ces personnes',
  ],
  es: [
    'la audiencia se celebrará a puerta cerrada',
    'el testimonio por conducto de tecnologías de comunicación como videoconferencias',
    'revelar información relativa a su identidad y paradero',
    'protección eficaz contra eventuales actos de represalia a los testigos',
    'medidas para la protección de su integridad física',
  ],
};

describe('protection of witnesses written as court procedure', () => {
  it.each(['en', 'fr', 'es'] as Lang[])('the instruments’ procedural wordings name it (%s)', (lang) => {
    for (const text of WORDINGS[lang])
      expect(
        findConcepts(foldText(text).folded, lang).map((h) => h.concept),
        text,
      ).toContain('witness_protection');
  });

  it.each(['en', 'fr', 'es'] as Lang[])('a witness who is only named is not protected (%s)', (lang) => {
    const text =
      lang === 'en'
        ? 'The witness shall sign the record of the hearing.'
        : lang === 'fr'
          ? "Le témoin signe le procès-verbal de l'audience."
          : 'El testigo firmará el acta de la audiencia.';
    expect(findConcepts(foldText(text).folded, lang).map((h) => h.concept)).not.toContain('witness_protection');
  });

  it.each(['en', 'fr', 'es'] as Lang[])(
    'a trial held in camera, respecting the privacy of witnesses, answers art. 24(1) (%s)',
    (lang) => {
      const r = requirement(run(lang, [OFFENCE[lang], PROCEDURE[lang], OTHER[lang]], ['untoc']), 'untoc:24(1)');
      expect(r.matches[0]?.number).toBe('9');
      expect(r.status).toBe('partial');
    },
  );
});
