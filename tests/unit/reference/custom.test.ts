import { describe, expect, it } from 'vitest';
import { loadReferenceLibrary } from '../../../electron/main/reference/load';
import { sourceFromText, type LanguageCode } from '../../../shared/domain/source';
import { segment } from '../../../shared/segment';
import {
  articlesFromTree,
  linkTargets,
  obligationFromWording,
  withCustomInstruments,
  type CustomInstrumentData,
} from '../../../shared/reference/custom';
import { customIdProblem, suggestCustomId } from '../../../shared/reference/custom-id';
import { listRequirements, validateLibrary } from '../../../shared/reference/library';
import type { Obligation } from '../../../shared/reference/types';

const shipped = loadReferenceLibrary();

describe('obligation levels from the wording of an article', () => {
  it.each([
    ['Use of terms', 'For the purposes of this Protocol: (a) "x" shall mean y', 'definition'],
    ['Entry into force', 'This Protocol shall enter into force on the ninetieth day…', 'general'],
    ['Border measures', 'States Parties shall strengthen border controls.', 'mandatory'],
    ['Prevention', 'Each State Party shall consider adopting measures.', 'consider'],
    [
      'Prevention',
      'Each State Party shall, where appropriate and in accordance with its law, consider measures.',
      'consider',
    ],
    ['Jurisdiction', 'A State Party may also establish its jurisdiction.', 'optional'],
    ['Assistance', 'Each State Party shall protect victims. It may also provide housing.', 'mandatory'],
    ['Training [Optional]', 'The authority shall train officers.', 'optional'],
    ['Coordination', 'A national coordinator is appointed.', 'mandatory'],
  ] as const)('%s: "%s" → %s', (heading, text, expected) => {
    expect(obligationFromWording(heading, text, 'en').obligation).toBe(expected);
  });

  it('reads French and Spanish cues', () => {
    expect(obligationFromWording('Prévention', 'Chaque État Partie envisage des mesures.', 'fr').obligation).toBe(
      'consider',
    );
    expect(obligationFromWording('Compétence', 'Un État Partie peut établir sa compétence.', 'fr').obligation).toBe(
      'optional',
    );
    // The deciding words are given as printed, accents and capitals kept.
    expect(obligationFromWording('Terminologie', 'Aux fins du présent Protocole…', 'fr')).toEqual({
      obligation: 'definition',
      cue: 'Terminologie',
    });
    expect(obligationFromWording('Prevención', 'Cada Estado Parte considerará la posibilidad de…', 'es')).toEqual({
      obligation: 'consider',
      cue: 'considerará',
    });
    expect(obligationFromWording('Penalización', 'Cada Estado Parte adoptará las medidas…', 'es').obligation).toBe(
      'mandatory',
    );
  });

  it('agrees with the Legislative Guides on nine articles of the Protocols and UNTOC in ten, in each language', () => {
    const ORDER: Obligation[] = ['mandatory', 'consider', 'optional', 'definition', 'general'];
    for (const lang of ['en', 'fr', 'es'] as LanguageCode[]) {
      let agree = 0;
      let total = 0;
      for (const inst of shipped.instruments.filter((i) => i.kind === 'treaty'))
        for (const a of inst.articles) {
          // The class of a whole article: its strongest paragraph's (definitions win over none).
          const classes = a.paragraphs.map((p) => p.obligation);
          const guide =
            classes.includes('definition') && !classes.includes('mandatory')
              ? 'definition'
              : ORDER.find((o) => classes.includes(o))!;
          const text = a.paragraphs.map((p) => (lang === 'en' ? p.text : (p.translations[lang] ?? ''))).join('\n');
          const title = lang === 'en' ? a.title : (a.titleTranslations[lang] ?? '');
          total++;
          if (obligationFromWording(title, text, lang).obligation === guide) agree++;
        }
      expect(agree / total, lang).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe('articles of a segmented instrument', () => {
  it('keeps each primary unit with its heading, chapter and full text, numbering repeats apart', () => {
    const text = [
      'Chapter I. Scope',
      'Article 1',
      'Scope',
      'These provisions apply to forced labour.',
      'Chapter II. Offences',
      'Article 2',
      'Offence',
      '(1) States shall criminalize forced labour.',
      '(2) Attempts shall be punished.',
      'Chapter III. Follow-up',
      'Article 1',
      'Review',
      'States may review these provisions.',
    ].join('\n');
    const { articles, warnings } = articlesFromTree(segment(sourceFromText(text, 'x.txt'), { language: 'en' }));
    expect(articles.map((a) => [a.number, a.title, a.chapter, a.obligation])).toEqual([
      ['1', 'Scope', 'Chapter I. Scope', 'general'],
      ['2', 'Offence', 'Chapter II. Offences', 'mandatory'],
      ['1~2', 'Review', 'Chapter III. Follow-up', 'optional'],
    ]);
    expect(articles[1]!.text).toBe('(1) States shall criminalize forced labour.\n(2) Attempts shall be punished.');
    expect(warnings).toEqual(['Article number 1 occurs more than once; occurrence 2 is stored as 1~2.']);
  });
});

describe('imported instruments in the reference library', () => {
  const data: CustomInstrumentData = {
    id: 'coe-convention',
    title: 'Council of Europe Convention on Action against Trafficking in Human Beings',
    shortTitle: 'CoE Convention',
    citation: 'CETS No. 197',
    language: 'en',
    imported: { fileName: 'cets197.pdf', format: 'pdf', importedAt: '2025-01-01T00:00:00.000Z', importedBy: 'me' },
    articles: [
      {
        number: '18',
        label: 'Article 18',
        title: 'Criminalisation of trafficking in human beings',
        chapter: null,
        text: 'Each Party shall adopt such legislative and other measures as may be necessary…',
        obligation: 'mandatory',
        obligationByWording: 'mandatory',
        wordingCue: 'shall',
        implements: ['tip-protocol:5(1)'],
      },
    ],
  };

  it('adds them after the shipped instruments as requirements <id>:<number>, versioned apart', () => {
    const lib = withCustomInstruments(shipped, [data], 'abc');
    expect(lib.dataVersion).toBe(`${shipped.dataVersion}+abc`);
    expect(withCustomInstruments(shipped, [], 'abc')).toBe(shipped);
    expect(validateLibrary(lib)).toEqual([]);
    expect(listRequirements(lib).at(-1)).toMatchObject({
      id: 'coe-convention:18',
      instrument: 'coe-convention',
      ref: '18',
      obligation: 'mandatory',
      implements: ['tip-protocol:5(1)'],
    });
    const dangling = { ...data, articles: [{ ...data.articles[0]!, implements: ['tip-protocol:77'] }] };
    expect(validateLibrary(withCustomInstruments(shipped, [dangling], 'x'))).toEqual([
      'coe-convention:18 implements unknown paragraph tip-protocol:77',
    ]);
  });

  it('links only to paragraphs of the shipped Protocols and Convention', () => {
    const targets = linkTargets(withCustomInstruments(shipped, [data], 'abc'));
    expect(targets.has('tip-protocol:5(1)')).toBe(true);
    expect(targets.has('untoc:34(2)')).toBe(true);
    expect(targets.has('model-law-tip:5')).toBe(false);
    expect(targets.has('coe-convention:18')).toBe(false);
  });
});

describe('ids of imported instruments', () => {
  it('are lowercase slugs that no shipped instrument uses', () => {
    expect(customIdProblem('coe-convention')).toBeNull();
    expect(customIdProblem('ilo-p29-2014')).toBeNull();
    expect(customIdProblem('')?.code).toBe('empty');
    expect(customIdProblem('CoE')?.code).toBe('malformed');
    expect(customIdProblem('coe--convention')?.code).toBe('malformed');
    expect(customIdProblem('2020-provisions')?.code).toBe('malformed');
    expect(customIdProblem('model-law-tip')?.code).toBe('shipped');
    expect(customIdProblem('x'.repeat(61))?.code).toBe('too-long');
  });

  it('are proposed from a title', () => {
    expect(suggestCustomId('Council of Europe Convention (CETS 197)')).toBe('council-of-europe-convention-cets-197');
    expect(suggestCustomId('Ley Modelo contra la Trata de Personas — 2009')).toBe(
      'ley-modelo-contra-la-trata-de-personas-2009',
    );
    expect(suggestCustomId('2020 Model Provisions')).toBe('model-provisions');
  });
});
