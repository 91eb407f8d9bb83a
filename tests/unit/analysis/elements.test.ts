import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../../shared/domain/source';
import { elementPresent, findingCodes, requirement, run, type UnitSpec } from './laws';

/*
 * Element detection on small hand-made laws in English, French and Spanish: every checklist
 * element is found where the law names it and not where it does not, and every anti-pattern
 * raises its finding.
 */

type Words = Record<LanguageCode, string>;

/** The trafficking offence, with one act, one means and one purpose filled in. */
const OFFENCE: Words = {
  en: 'A person who {act} another person by means of {means} for the purpose of {purpose} commits an offence and is liable to imprisonment for a term of not less than ten years.',
  fr: "Quiconque {act} une personne {means} aux fins de {purpose} commet une infraction et est passible d'un emprisonnement maximal de quatorze ans.",
  es: 'El que {act} personas mediante {means} con el fin de someterlas a {purpose} será castigado con la pena de prisión de cinco a diez años.',
};
const HEADING: Words = { en: 'Trafficking in persons', fr: 'Traite des personnes', es: 'Trata de personas' };

const ACTS: Record<string, Words> = {
  recruitment: { en: 'recruits', fr: 'recrute', es: 'captare' },
  transportation: { en: 'transports', fr: 'transporte', es: 'transportare' },
  transfer: { en: 'transfers', fr: 'transfère', es: 'trasladare' },
  harbouring: { en: 'harbours', fr: 'héberge', es: 'acogiere' },
  receipt: { en: 'receives', fr: 'reçoit', es: 'recibiere' },
};
const MEANS: Record<string, Words> = {
  threat: { en: 'threats', fr: 'par la menace', es: 'amenaza' },
  force: { en: 'the use of force', fr: 'par le recours à la force', es: 'violencia' },
  coercion: { en: 'coercion', fr: 'par la contrainte', es: 'coacción' },
  abduction: { en: 'abduction', fr: 'par enlèvement', es: 'secuestro' },
  fraud: { en: 'fraud', fr: 'par la fraude', es: 'fraude' },
  deception: { en: 'deception', fr: 'par la tromperie', es: 'engaño' },
  abuse_of_power: { en: 'abuse of power', fr: "par abus d'autorité", es: 'abuso de poder' },
  vulnerability: {
    en: 'abuse of a position of vulnerability',
    fr: "par abus d'une situation de vulnérabilité",
    es: 'aprovechamiento de una situación de vulnerabilidad',
  },
  payments: {
    en: 'the giving or receiving of payments or benefits to obtain the consent of a person having control over another person',
    fr: "par l'offre ou l'acceptation de paiements ou d'avantages pour obtenir le consentement d'une personne ayant autorité sur une autre",
    es: 'la concesión o recepción de pagos o beneficios para obtener el consentimiento de una persona que tenga autoridad sobre otra',
  },
};
const PURPOSES: Record<string, Words> = {
  prostitution: {
    en: 'the exploitation of the prostitution of others',
    fr: "l'exploitation de la prostitution d'autrui",
    es: 'la prostitución ajena',
  },
  sexual_exploitation: { en: 'sexual exploitation', fr: "l'exploitation sexuelle", es: 'explotación sexual' },
  forced_labour: { en: 'forced labour', fr: 'travail forcé', es: 'trabajos forzados' },
  slavery: { en: 'slavery', fr: "l'esclavage", es: 'esclavitud' },
  slavery_like: {
    en: 'practices similar to slavery',
    fr: "pratiques analogues à l'esclavage",
    es: 'prácticas análogas a la esclavitud',
  },
  servitude: { en: 'servitude', fr: 'la servitude', es: 'servidumbre' },
  organ_removal: { en: 'the removal of organs', fr: "prélèvement d'organes", es: 'la extracción de órganos' },
};

const LANGS: LanguageCode[] = ['en', 'fr', 'es'];

function offence(lang: LanguageCode, act: string, means: string, purpose: string): string {
  return OFFENCE[lang]
    .replace('{act}', ACTS[act]![lang])
    .replace('{means}', MEANS[means]![lang])
    .replace('{purpose}', PURPOSES[purpose]![lang]);
}

function tip(lang: LanguageCode, text: string, extra: string[] = [], units: UnitSpec[] = []) {
  return run(
    lang,
    [{ number: '1', heading: HEADING[lang], text, subsections: extra }, ...units],
    ['tip-protocol', 'untoc'],
  );
}

describe.each(LANGS)('trafficking definition elements (%s)', (lang) => {
  it.each(Object.keys(ACTS))('act.%s: present when named, absent otherwise', (act) => {
    expect(elementPresent(tip(lang, offence(lang, act, 'threat', 'forced_labour')), `act.${act}`)).toBe(true);
    const other = act === 'recruitment' ? 'harbouring' : 'recruitment';
    // Spanish "trasladare" is both transfer and transportation: test those two against captación.
    expect(elementPresent(tip(lang, offence(lang, other, 'threat', 'forced_labour')), `act.${act}`)).toBe(false);
  });

  it.each(Object.keys(MEANS))('means.%s: present when named, absent otherwise', (means) => {
    expect(elementPresent(tip(lang, offence(lang, 'recruitment', means, 'forced_labour')), `means.${means}`)).toBe(
      true,
    );
    // Deception covers fraud and abduction is covered by force with coercion: compare with neutral means.
    const other = means === 'abduction' ? 'vulnerability' : 'abduction';
    expect(elementPresent(tip(lang, offence(lang, 'recruitment', other, 'forced_labour')), `means.${means}`)).toBe(
      false,
    );
  });

  it.each(Object.keys(PURPOSES))('purpose.%s: present when named, absent otherwise', (purpose) => {
    expect(elementPresent(tip(lang, offence(lang, 'recruitment', 'threat', purpose)), `purpose.${purpose}`)).toBe(true);
    const other = purpose === 'organ_removal' ? 'slavery' : 'organ_removal';
    expect(elementPresent(tip(lang, offence(lang, 'recruitment', 'threat', other)), `purpose.${purpose}`)).toBe(false);
  });

  it('credits every means in substance when the offence requires none (consent irrelevant in every case)', () => {
    const none: Words = {
      en: 'A person who recruits, transports or harbours another person for the purpose of exploitation, with or without the consent of that person, commits an offence and is liable to imprisonment for ten years.',
      fr: "Quiconque recrute, transporte ou héberge une personne aux fins d'exploitation, avec ou sans son consentement, commet une infraction et est passible d'un emprisonnement de dix ans.",
      es: 'El que captare, trasladare o acogiere personas con fines de explotación, aunque mediare el consentimiento de la víctima, será castigado con prisión de cuatro a ocho años.',
    };
    const result = tip(lang, none[lang]);
    for (const m of Object.keys(MEANS)) expect(elementPresent(result, `means.${m}`)).toBe(true);
    expect(elementPresent(result, 'child.no_means')).toBe(true);
    expect(elementPresent(result, 'consent.irrelevant')).toBe(true);
    expect(findingCodes(result)).toContain('element-in-substance');
  });
});

const CONSENT: Words = {
  en: 'The consent of a victim to the intended exploitation shall be irrelevant where any of the means set out in subsection (1) has been used.',
  fr: "Ne constitue pas un consentement valable le consentement de la victime à l'exploitation envisagée.",
  es: 'El consentimiento de la víctima no será tenido en cuenta cuando se haya empleado alguno de los medios señalados.',
};
const CHILD_NO_MEANS: Words = {
  en: 'The recruitment, transportation or receipt of a child for the purpose of exploitation shall be considered trafficking in persons even if this does not involve any of the means set out in subsection (1).',
  fr: "Le recrutement d'un enfant aux fins d'exploitation constitue une traite même s'il n'est fait usage d'aucun des moyens visés au paragraphe (1).",
  es: 'Si la víctima fuere menor de edad, aun cuando no concurriere ninguno de los medios señalados, se impondrá la misma pena.',
};
const CHILD_18: Words = {
  en: '"child" means a person under the age of eighteen years.',
  fr: "« enfant » s'entend de toute personne âgée de moins de dix-huit ans.",
  es: 'Se entiende por niño toda persona menor de dieciocho años.',
};
const CHILD_16: Words = {
  en: '"child" means a person under the age of sixteen years.',
  fr: "« enfant » s'entend de toute personne âgée de moins de seize ans.",
  es: 'Se entiende por niño toda persona menor de dieciséis años.',
};
const CHILD_TERM: Words = { en: 'child', fr: 'enfant', es: 'niño' };
const LIABILITY: Record<string, Words> = {
  attempt: {
    en: 'A person who attempts to commit an offence under subsection (1) is liable to the same penalty.',
    fr: "La tentative de commettre l'infraction prévue au paragraphe (1) est punie des mêmes peines.",
    es: 'La tentativa del delito previsto en el inciso anterior será castigada con la misma pena.',
  },
  accomplice: {
    en: 'A person who aids or abets the commission of an offence under subsection (1) is liable to the same penalty.',
    fr: "Le complice de l'infraction prévue au paragraphe (1) est puni des mêmes peines.",
    es: 'Los cómplices del delito previsto en el inciso anterior serán castigados con la misma pena.',
  },
  organizing: {
    en: 'A person who organizes or directs other persons to commit an offence under subsection (1) is liable to the same penalty.',
    fr: "Quiconque organise ou dirige la commission de l'infraction prévue au paragraphe (1) est puni des mêmes peines.",
    es: 'Los que se asociaren u organizaren con el objeto de cometer este delito serán castigados con la misma pena.',
  },
};
const DEFENCE: Words = {
  en: 'It is a defence to a charge under subsection (1) that the victim consented to the activity.',
  fr: "Le consentement de la victime exonère l'auteur de toute responsabilité.",
  es: 'El consentimiento de la víctima exime de responsabilidad penal al autor.',
};

describe.each(LANGS)('consent, child and liability elements (%s)', (lang) => {
  const base = () => offence(lang, 'recruitment', 'threat', 'forced_labour');

  it('consent.irrelevant, and the consent-defence anti-pattern (TIP art. 3(b))', () => {
    expect(elementPresent(tip(lang, base(), [CONSENT[lang]]), 'consent.irrelevant')).toBe(true);
    expect(elementPresent(tip(lang, base()), 'consent.irrelevant')).toBe(false);
    const defence = tip(lang, base(), [DEFENCE[lang]]);
    expect(findingCodes(defence)).toContain('consent-defence');
    expect(requirement(defence, 'tip-protocol:3(b)').status).toBe('gap');
  });

  it('child.no_means, and the child-means-required anti-pattern (TIP art. 3(c))', () => {
    expect(elementPresent(tip(lang, base(), [CHILD_NO_MEANS[lang]]), 'child.no_means')).toBe(true);
    const without = tip(lang, base());
    expect(elementPresent(without, 'child.no_means')).toBe(false);
    expect(requirement(without, 'tip-protocol:3(c)').findings.map((f) => f.code)).toContain('child-means-required');
  });

  it('child.under18, and the child-age-below-18 anti-pattern (TIP art. 3(d))', () => {
    const def = (text: string): UnitSpec => ({ number: '2', text, defines: [CHILD_TERM[lang]] });
    expect(elementPresent(tip(lang, base(), [], [def(CHILD_18[lang])]), 'child.under18')).toBe(true);
    const young = tip(lang, base(), [], [def(CHILD_16[lang])]);
    expect(elementPresent(young, 'child.under18')).toBe(false);
    expect(findingCodes(young)).toContain('child-age-below-18');
  });

  it.each(Object.keys(LIABILITY))('liability.%s (TIP art. 5(2))', (kind) => {
    const result = tip(lang, base(), [LIABILITY[kind]![lang]]);
    expect(elementPresent(result, `liability.${kind}`)).toBe(true);
    for (const other of Object.keys(LIABILITY).filter((k) => k !== kind))
      expect(elementPresent(result, `liability.${other}`)).toBe(false);
  });
});

const ASSISTANCE: Record<string, Words> = {
  housing: { en: 'appropriate housing', fr: 'un logement convenable', es: 'alojamiento adecuado' },
  counselling: { en: 'counselling', fr: 'des conseils', es: 'asesoramiento' },
  medical: { en: 'medical assistance', fr: 'une assistance médicale', es: 'asistencia médica' },
  employment: { en: 'employment opportunities', fr: "des possibilités d'emploi", es: 'oportunidades de empleo' },
};
const PROVIDES: Words = {
  en: 'The Minister shall provide victims of trafficking in persons with {x}.',
  fr: 'Le ministre fournit aux victimes de la traite des personnes {x}.',
  es: 'El Ministerio proporcionará a las víctimas de trata de personas {x}.',
};
const REGISTER: Words = {
  en: 'The Minister shall keep a register of victims of trafficking in persons.',
  fr: 'Le ministre tient un registre des victimes de la traite des personnes.',
  es: 'El Ministerio llevará un registro de las víctimas de trata de personas.',
};
const COMPENSATION: Words = {
  en: 'The court may order the offender to pay compensation to the victim of trafficking in persons.',
  fr: "Le tribunal peut ordonner à l'auteur de verser une indemnisation à la victime de la traite.",
  es: 'El tribunal podrá ordenar el pago de una indemnización a la víctima de trata de personas.',
};

describe.each(LANGS)('victim assistance and compensation elements (%s)', (lang) => {
  const base = () => offence(lang, 'recruitment', 'threat', 'forced_labour');
  it.each(Object.keys(ASSISTANCE))('recovery.%s (TIP art. 6(3))', (kind) => {
    const unit = (text: string): UnitSpec => ({ number: '2', text });
    const result = tip(lang, base(), [], [unit(PROVIDES[lang].replace('{x}', ASSISTANCE[kind]![lang]))]);
    expect(elementPresent(result, `recovery.${kind}`)).toBe(true);
    expect(elementPresent(tip(lang, base(), [], [unit(REGISTER[lang])]), `recovery.${kind}`)).toBe(false);
  });

  it('victim.compensation (TIP art. 6(6))', () => {
    expect(
      elementPresent(tip(lang, base(), [], [{ number: '2', text: COMPENSATION[lang] }]), 'victim.compensation'),
    ).toBe(true);
    expect(elementPresent(tip(lang, base(), [], [{ number: '2', text: REGISTER[lang] }]), 'victim.compensation')).toBe(
      false,
    );
  });
});

const SMUGGLING: Words = {
  en: 'A person who, in order to obtain a financial or other material benefit, procures the illegal entry of a person who is not a national or a permanent resident commits an offence and is liable to imprisonment for a term of not less than five years.',
  fr: "Quiconque, afin d'en tirer un avantage financier ou matériel, facilite l'entrée illégale d'une personne qui n'est ni un ressortissant ni un résident permanent commet une infraction et est passible d'un emprisonnement de cinq ans.",
  es: 'El que con ánimo de lucro facilite la entrada ilegal al país de una persona que no sea nacional o residente será castigado con prisión de tres a cinco años.',
};
/** The offence without a verb of help (procurement, or the offence named). */
const SMUGGLING_PROCURED: Words = {
  en: SMUGGLING.en,
  fr: "Le trafic illicite de migrants, commis afin d'en tirer un avantage financier ou matériel, est passible d'un emprisonnement de cinq ans.",
  es: 'El que con ánimo de lucro cometa tráfico ilícito de migrantes será castigado con prisión de tres a cinco años.',
};
const SMUGGLING_NO_ENTRY: Words = {
  en: 'A person who smuggles another person, in order to obtain a financial or other material benefit, commits an offence and is liable to imprisonment for five years.',
  fr: "Quiconque se livre au trafic illicite de migrants afin d'en tirer un avantage financier commet une infraction et est passible d'un emprisonnement de cinq ans.",
  es: 'El que con ánimo de lucro realizare el tráfico de migrantes será castigado con prisión de tres a cinco años.',
};
const SMUGGLING_NO_BENEFIT: Words = {
  en: 'A person who procures the illegal entry of another person into the country commits an offence and is liable to imprisonment for five years.',
  fr: "Quiconque facilite l'entrée illégale d'une personne sur le territoire commet une infraction et est passible d'un emprisonnement de cinq ans.",
  es: 'El que facilite la entrada ilegal al país de una persona será castigado con prisión de tres a cinco años.',
};
const SOM_HEADING: Words = {
  en: 'Smuggling of migrants',
  fr: 'Trafic illicite de migrants',
  es: 'Tráfico de migrantes',
};
const SOM_OFFENCES: Record<string, Words> = {
  document_producing: {
    en: 'A person who produces a fraudulent travel or identity document for the purpose of enabling the smuggling of migrants commits an offence and is liable to imprisonment for three years.',
    fr: "Quiconque fabrique un document de voyage frauduleux afin de permettre le trafic illicite de migrants commet une infraction et est passible d'un emprisonnement de trois ans.",
    es: 'El que elaborare un documento de viaje falso para posibilitar el tráfico de migrantes será castigado con prisión de uno a tres años.',
  },
  document_possessing: {
    en: 'A person who procures, provides or possesses a fraudulent travel or identity document for the purpose of enabling the smuggling of migrants commits an offence and is liable to imprisonment for three years.',
    fr: "Quiconque procure, fournit ou détient un document de voyage frauduleux afin de permettre le trafic illicite de migrants commet une infraction et est passible d'un emprisonnement de trois ans.",
    es: 'El que proporcionare o poseyere un documento de viaje falso para posibilitar el tráfico de migrantes será castigado con prisión de uno a tres años.',
  },
  illegal_stay: {
    en: 'A person who enables a person who is not a national to remain in the country without complying with the legal requirements commits an offence and is liable to imprisonment for three years.',
    fr: "Quiconque permet à une personne qui n'est pas un ressortissant de demeurer illégalement sur le territoire commet une infraction et est passible d'un emprisonnement de trois ans.",
    es: 'El que permitiere a un extranjero permanecer ilegalmente en el país será castigado con prisión de uno a tres años.',
  },
};
const AGGRAVATIONS: Record<string, Words> = {
  endangering_life: {
    en: 'The penalty is doubled where the offence endangers the lives or safety of the migrants concerned.',
    fr: "La peine est doublée lorsque l'infraction met en danger la vie ou la sécurité des migrants.",
    es: 'La pena se aumentará en un grado si se pusiere en peligro la vida de los migrantes.',
  },
  inhuman_treatment: {
    en: 'The penalty is doubled where the offence entails inhuman or degrading treatment of the migrants concerned.',
    fr: "La peine est doublée lorsque l'infraction entraîne un traitement inhumain ou dégradant des migrants.",
    es: 'La pena se aumentará en un grado si los migrantes fueren sometidos a tratos inhumanos o degradantes.',
  },
};
const NOT_LIABLE: Words = {
  en: 'Smuggled migrants shall not become liable to criminal prosecution for the fact of having been the object of smuggling.',
  fr: "Les migrants objet du trafic illicite ne peuvent être poursuivis pénalement du fait d'avoir été l'objet de ce trafic.",
  es: 'Los migrantes objeto del tráfico no serán punibles por el hecho de haber sido objeto de dicha conducta.',
};
const MIGRANT_PUNISHED: Words = {
  en: 'Any alien who enters the country at any time or place other than as designated commits an offence and is liable to imprisonment for six months.',
  fr: "L'étranger qui entre illégalement sur le territoire commet une infraction et est passible d'un emprisonnement d'un an.",
  es: 'El extranjero que ingresare ilegalmente al país será castigado con prisión de seis meses.',
};
const SOM_LIABILITY: Record<string, Words> = {
  attempt: {
    en: 'A person who attempts to commit an offence under subsection (1) is liable to the same penalty.',
    fr: "La tentative de commettre l'infraction prévue au paragraphe (1) est punie des mêmes peines.",
    es: 'La tentativa del delito previsto en el inciso anterior será castigada.',
  },
  accomplice: {
    en: 'A person who aids or abets an offence under subsection (1) is liable to the same penalty.',
    fr: "Le complice de l'infraction prévue au paragraphe (1) est puni des mêmes peines.",
    es: 'Los cómplices del delito previsto en el inciso anterior serán castigados.',
  },
  organizing: {
    en: 'A person who organizes or directs other persons to commit an offence under subsection (1) is liable to the same penalty.',
    fr: "Quiconque organise ou dirige la commission de l'infraction prévue au paragraphe (1) est puni des mêmes peines.",
    es: 'Los que se asociaren u organizaren con el objeto de cometer este delito serán castigados.',
  },
};

function som(lang: LanguageCode, text: string, extra: string[] = [], units: UnitSpec[] = []) {
  return run(
    lang,
    [{ number: '1', heading: SOM_HEADING[lang], text, subsections: extra }, ...units],
    ['som-protocol', 'untoc'],
  );
}

describe.each(LANGS)('smuggling elements (%s)', (lang) => {
  it('smuggling.illegal_entry, material_benefit and non_national when named (SOM art. 3(a))', () => {
    const result = som(lang, SMUGGLING[lang]);
    for (const id of [
      'smuggling.illegal_entry',
      'smuggling.material_benefit',
      'smuggling.non_national',
      'offence.smuggling',
    ])
      expect(elementPresent(result, id), id).toBe(true);
    expect(findingCodes(result)).not.toContain('smuggling-without-benefit');
    expect(elementPresent(som(lang, SMUGGLING_NO_ENTRY[lang]), 'smuggling.illegal_entry')).toBe(false);
  });

  it('an offence without the benefit element is broader: credited in substance, with the smuggling-without-benefit anti-pattern', () => {
    const result = som(lang, SMUGGLING_NO_BENEFIT[lang]);
    expect(elementPresent(result, 'smuggling.material_benefit')).toBe(true);
    expect(findingCodes(result)).toContain('smuggling-without-benefit');
  });

  it('no smuggling offence: the definition elements are absent', () => {
    const result = som(lang, REGISTER[lang]);
    for (const id of [
      'smuggling.illegal_entry',
      'smuggling.material_benefit',
      'smuggling.non_national',
      'offence.smuggling',
    ])
      expect(elementPresent(result, id), id).toBe(false);
  });

  it.each(Object.keys(SOM_OFFENCES))('offence.%s (SOM art. 6(1))', (kind) => {
    const unit: UnitSpec = { number: '2', text: SOM_OFFENCES[kind]![lang] };
    expect(elementPresent(som(lang, SMUGGLING[lang], [], [unit]), `offence.${kind}`)).toBe(true);
    expect(elementPresent(som(lang, SMUGGLING[lang]), `offence.${kind}`)).toBe(false);
  });

  it.each(Object.keys(AGGRAVATIONS))('aggravation.%s (SOM art. 6(3))', (kind) => {
    expect(elementPresent(som(lang, SMUGGLING[lang], [AGGRAVATIONS[kind]![lang]]), `aggravation.${kind}`)).toBe(true);
    expect(elementPresent(som(lang, SMUGGLING[lang]), `aggravation.${kind}`)).toBe(false);
  });

  it.each(Object.keys(SOM_LIABILITY))('liability.%s (SOM art. 6(2))', (kind) => {
    expect(elementPresent(som(lang, SMUGGLING[lang], [SOM_LIABILITY[kind]![lang]]), `liability.${kind}`)).toBe(true);
    // An offence of facilitating the entry covers accomplices in substance (see facilitation.test.ts).
    const alone = kind === 'accomplice' ? SMUGGLING_PROCURED[lang] : SMUGGLING[lang];
    expect(elementPresent(som(lang, alone), `liability.${kind}`)).toBe(false);
  });

  it('migrant.non_criminalization, and the migrant-criminalized anti-pattern (SOM art. 5)', () => {
    const exempt = som(lang, SMUGGLING[lang], [], [{ number: '2', text: NOT_LIABLE[lang] }]);
    expect(elementPresent(exempt, 'migrant.non_criminalization')).toBe(true);
    expect(requirement(exempt, 'som-protocol:5').status).toBe('compliant');
    const punished = som(lang, SMUGGLING[lang], [], [{ number: '2', text: MIGRANT_PUNISHED[lang] }]);
    expect(elementPresent(punished, 'migrant.non_criminalization')).toBe(false);
    expect(findingCodes(punished)).toContain('migrant-criminalized');
    expect(requirement(punished, 'som-protocol:5').status).toBe('gap');
  });
});

const ACROSS_BORDER: Words = {
  en: 'A person who recruits, transports or transfers another person across an international border for the purpose of sexual exploitation commits an offence and is liable to imprisonment for ten years.',
  fr: "Quiconque recrute, transporte ou transfère une personne hors du territoire national aux fins d'exploitation sexuelle commet une infraction et est passible d'un emprisonnement de dix ans.",
  es: 'El que captare, transportare o trasladare personas fuera del país con fines de explotación sexual será castigado con prisión de cinco a diez años.',
};
const ORGANIZED_GROUP: Words = {
  en: 'A person who, as a member of an organized criminal group, recruits, transports or harbours another person for the purpose of exploitation commits an offence and is liable to imprisonment for ten years.',
  fr: "Quiconque, en qualité de membre d'un groupe criminel organisé, recrute, transporte ou héberge une personne aux fins d'exploitation commet une infraction et est passible d'un emprisonnement de dix ans.",
  es: 'El que, como miembro de un grupo delictivo organizado, captare, transportare o acogiere personas con fines de explotación será castigado con prisión de cinco a diez años.',
};
const DOMESTIC: Words = {
  en: 'A person who recruits, transports or transfers another person, within or across the borders of the country, for the purpose of sexual exploitation commits an offence and is liable to imprisonment for ten years.',
  fr: "Quiconque recrute, transporte ou transfère une personne, sur le territoire national ou hors du territoire, aux fins d'exploitation sexuelle commet une infraction et est passible d'un emprisonnement de dix ans.",
  es: 'El que captare, transportare o trasladare personas, dentro del territorio nacional o fuera del país, con fines de explotación sexual será castigado con prisión de cinco a diez años.',
};

describe.each(LANGS)('UNTOC art. 34(2) anti-patterns (%s)', (lang) => {
  it('offence requiring a border crossing', () => {
    const result = tip(lang, ACROSS_BORDER[lang]);
    expect(findingCodes(result)).toContain('offence-requires-transnationality');
    expect(requirement(result, 'untoc:34(2)').status).toBe('partial');
    expect(findingCodes(tip(lang, DOMESTIC[lang]))).not.toContain('offence-requires-transnationality');
  });

  it('offence requiring an organized criminal group', () => {
    const result = tip(lang, ORGANIZED_GROUP[lang]);
    expect(findingCodes(result)).toContain('offence-requires-organized-group');
    expect(requirement(result, 'untoc:34(2)').status).toBe('partial');
  });

  it('an offence with neither restriction meets art. 34(2)', () => {
    const result = tip(lang, offence(lang, 'recruitment', 'threat', 'forced_labour'));
    expect(requirement(result, 'untoc:34(2)').status).toBe('compliant');
    expect(requirement(result, 'untoc:34(2)').matches[0]?.number).toBe('1');
  });
});
