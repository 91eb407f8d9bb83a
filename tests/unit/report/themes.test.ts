import { describe, expect, it } from 'vitest';
import { homesOf } from '../../../shared/analysis/body-of-law';
import { isOffenceLaw, lawKindsOfTitle, topicOf } from '../../../shared/report/themes';
import { draftTemplate, draftWording, victimTerm } from '../../../shared/report/drafting';

describe('topics of the report', () => {
  it('gathers sub-paragraphs under their article, and keeps a paragraph that is a topic of its own apart', () => {
    expect(topicOf('tip-protocol', '6(3)(b)')).toMatchObject({ key: 'tip-protocol:6', theme: 'victims' });
    expect(topicOf('tip-protocol', '5(1)')).toMatchObject({ key: 'tip-protocol:5', theme: 'definition' });
    expect(topicOf('tip-protocol', '5(2)(a)')).toMatchObject({ key: 'tip-protocol:5(2)', theme: 'ancillary' });
    expect(topicOf('untoc', '34(2)')).toMatchObject({ key: 'untoc:34(2)', theme: 'definition' });
    expect(topicOf('untoc', '34(1)')).toBeNull();
    expect(topicOf('untoc', '18(3)(a)')).toMatchObject({ theme: 'cooperation', homes: ['mutual-legal-assistance'] });
  });

  it('takes where a measure lives from the analysis, and adds only what the analysis leaves to the offence laws', () => {
    // The analysis's profiles place UNTOC art. 11 in the code of criminal procedure: the report agrees.
    expect(topicOf('untoc', '11(3)')!.homes).toEqual(homesOf('untoc:11(3)'));
    expect(topicOf('untoc', '15(1)')!.homes).toEqual(homesOf('untoc:15(1)'));
    // Border measures are the immigration act's, which the analysis does not say.
    expect(homesOf('tip-protocol:11(1)')).toEqual([]);
    expect(topicOf('tip-protocol', '11(1)')!.homes).toEqual(['immigration']);
    // The offence itself lives in the offence laws.
    expect(topicOf('tip-protocol', '5(1)')!.homes).toEqual([]);
  });

  it('tells the kind of law from its title in English, French and Spanish', () => {
    expect(lawKindsOfTitle('Penal Code (Amendment) Act')).toContain('penal-code-general-part');
    expect(lawKindsOfTitle('Code de procédure pénale')).toEqual(['criminal-procedure']);
    expect(lawKindsOfTitle('Ley de Migración y Extranjería')).toEqual(['immigration']);
    expect(lawKindsOfTitle('Counter-Trafficking in Persons Act')).toEqual(['trafficking-act']);
    expect(isOffenceLaw(lawKindsOfTitle('Counter-Trafficking in Persons Act'))).toBe(true);
    expect(isOffenceLaw(lawKindsOfTitle('Code de procédure pénale'))).toBe(false);
  });
});

describe('model wording', () => {
  it('keeps the act’s own defined term for a victim', () => {
    expect(victimTerm('en', '"trafficked person" means a person who …')).toBe('trafficked person');
    expect(victimTerm('en', '“victim” means a person who …')).toBe('victim');
    expect(victimTerm('en', 'no definition here')).toBe('victim of trafficking in persons');
    const template = draftTemplate('tip-protocol:5(2)')!;
    expect(draftWording(template, 'en', 'victim')[0]).toMatch(
      /^A person who attempts to commit an offence under this Act/,
    );
    expect(draftWording(template, 'fr', 'victime')[0]).toContain('la présente loi');
    for (const lang of ['en', 'fr', 'es'] as const)
      expect(draftWording(template, lang, 'x').join(' ')).not.toMatch(/[{}]/);
  });
});
