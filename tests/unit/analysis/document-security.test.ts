import { describe, expect, it } from 'vitest';
import { findConcepts } from '../../../shared/analysis/lexicon';
import { foldText } from '../../../shared/analysis/text';
import { requirement, run, type UnitSpec } from './laws';

/*
 * The security of travel and identity documents (TIP Protocol art. 12(b), art. 13; SOM Protocol
 * arts. 12, 13) in the instruments' own words: their integrity and security, their legitimacy and
 * validity, their authenticity. A provision making the authorities ensure it is where the
 * obligation is met, whatever the offences beside it say about false documents.
 */

type Lang = 'en' | 'fr' | 'es';

const SECURITY: Record<Lang, UnitSpec> = {
  en: {
    number: '30',
    heading: 'Duties of the immigration service',
    text: 'The immigration service shall take the measures needed to ensure the integrity and security of the passports and other travel documents issued by the State, and shall verify the validity of identity documents presented at the border.',
  },
  fr: {
    number: '30',
    heading: "Missions du service de l'immigration",
    text: "Le service de l'immigration prend les mesures nécessaires pour assurer la sécurité des documents de voyage délivrés par l'État et vérifie la validité des documents d'identité présentés à la frontière.",
  },
  es: {
    number: '30',
    heading: 'Funciones del servicio de migración',
    text: 'El servicio de migración adoptará las medidas necesarias para asegurar la autenticidad de los documentos de viaje que expida el Estado y verificará la validez de los documentos de identidad que se presenten en la frontera.',
  },
};

/** Provisions beside it: the offence, and victims' papers (documents, without their security). */
const OTHERS: Record<Lang, UnitSpec[]> = {
  en: [
    {
      number: '3',
      heading: 'Trafficking in persons',
      text: 'Any person who recruits, transports or harbours another person by means of threat, force or deception for the purpose of exploitation commits an offence.',
    },
    {
      number: '12',
      heading: 'Papers of victims',
      text: 'A victim of trafficking who has no identity documents shall be given the papers needed to stay in the country while the case is heard.',
    },
  ],
  fr: [
    {
      number: '3',
      heading: 'Traite des êtres humains',
      text: "Quiconque recrute, transporte ou héberge une personne par la menace, la force ou la tromperie aux fins d'exploitation commet une infraction.",
    },
    {
      number: '12',
      heading: 'Papiers des victimes',
      text: "La victime de la traite qui n'a pas de documents d'identité reçoit les papiers nécessaires pour séjourner dans le pays pendant la procédure.",
    },
  ],
  es: [
    {
      number: '3',
      heading: 'Trata de personas',
      text: 'El que capte, traslade o acoja a una persona mediante amenaza, fuerza o engaño con fines de explotación comete un delito.',
    },
    {
      number: '12',
      heading: 'Documentación de las víctimas',
      text: 'La víctima de trata que carezca de documentos de identidad recibirá la documentación necesaria para permanecer en el país durante el proceso.',
    },
  ],
};

const DOCUMENTS = 'tip-protocol:12(b)';

describe('the security of travel and identity documents', () => {
  it.each(['en', 'fr', 'es'] as Lang[])('is the concept of the wording of the instruments (%s)', (lang) => {
    const concepts = findConcepts(foldText(SECURITY[lang].text).folded, lang).map((h) => h.concept);
    expect(concepts).toContain('document_security');
    // Documents named without their security are not it.
    const papers = OTHERS[lang][1]!.text;
    expect(findConcepts(foldText(papers).folded, lang).map((h) => h.concept)).not.toContain('document_security');
  });

  it.each(['en', 'fr', 'es'] as Lang[])(
    'finds the provision that ensures it, first, and proposes no gap (%s)',
    (lang) => {
      const r = requirement(run(lang, [...OTHERS[lang], SECURITY[lang]], ['tip-protocol']), DOCUMENTS);
      expect(r.matches[0]?.number).toBe('30');
      expect(r.status).not.toBe('gap');
    },
  );

  it.each(['en', 'fr', 'es'] as Lang[])('without such a provision, is a gap (%s)', (lang) => {
    const r = requirement(run(lang, OTHERS[lang], ['tip-protocol']), DOCUMENTS);
    expect(r.status).toBe('gap');
  });
});
