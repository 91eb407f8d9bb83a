import { describe, expect, it } from 'vitest';
import {
  FINDING_CODES,
  REASON_CODES,
  explainFinding,
  explainReason,
  labelsFrom,
  lawKindName,
} from '../../../shared/analysis/explain';
import { analysisResultSchema } from '../../../shared/analysis/schema';
import { LAW_KINDS, type ReasonParams } from '../../../shared/analysis/types';
import { loadReferenceLibrary } from '../../../electron/main/reference/load';
import { requirement, run } from './laws';

/* The analysis output in English, French and Spanish: reason codes, finding codes and element names. */

const LANGS = ['en', 'fr', 'es'] as const;
const labels = labelsFrom(loadReferenceLibrary());

/** Parameters that exercise every template. */
const SAMPLE: ReasonParams = {
  cite: '12',
  cites: ['12', '14'],
  missing: ['means.vulnerability', 'purpose.organs'],
  element: 'means.deception',
  count: 3,
  total: 5,
  where: ['12'],
  inSubstance: 1,
  codes: ['consent-defence'],
  why: 'few-keys',
  hits: ['training'],
  keys: ['training', 'prevention'],
  subject: ['training'],
  score: 0.21,
  evidence: 'training',
  kind: 'witness-protection',
  law: 'the Children Act',
  quote: 'as defined in the Children Act',
  unit: 'Section 12',
  offence: 'trafficking',
  chapeau: false,
};

describe('explaining the analysis in three languages', () => {
  it('renders every reason and finding code in every language, differently in each', () => {
    for (const code of REASON_CODES) {
      const texts = LANGS.map((l) => explainReason({ reasonCode: code, reasonParams: SAMPLE }, l, labels));
      for (const t of texts) expect(t.length, code).toBeGreaterThan(10);
      expect(new Set(texts).size, `${code}: ${texts.join(' | ')}`).toBe(3);
      for (const t of texts) expect(t, code).not.toMatch(/undefined|\[object/);
    }
    for (const code of FINDING_CODES) {
      const texts = LANGS.map((l) => explainFinding({ code, params: SAMPLE }, l, labels));
      for (const t of texts) expect(t.length, code).toBeGreaterThan(10);
      expect(new Set(texts).size, `${code}: ${texts.join(' | ')}`).toBe(3);
    }
  });

  it('names elements by their label from the checklists, in the language asked', () => {
    const p = { reasonCode: 'elements-none', reasonParams: { missing: ['means.deception', 'act.harbouring'] } };
    expect(explainReason(p, 'en', labels)).toBe('Not found: deception and harbouring.');
    expect(explainReason(p, 'fr', labels)).toBe('Non trouvé : tromperie et hébergement.');
    expect(explainReason(p, 'es', labels)).toBe('No encontrado: engaño y acogida.');
  });

  it('falls back to the English text when a result carries no code (an older file)', () => {
    expect(explainReason({ reason: 'Some reason.' }, 'fr')).toBe('Some reason.');
    expect(explainFinding({ code: 'consent-defence', message: 'Old message.' }, 'es')).toBe('Old message.');
  });

  it('names every kind of law in every language', () => {
    for (const k of LAW_KINDS) for (const l of LANGS) expect(lawKindName(k, l).length).toBeGreaterThan(5);
  });

  it('gives each analysed requirement a code whose English rendering is its reason, and each finding parameters', () => {
    const result = run(
      'en',
      [
        {
          number: '3',
          heading: 'Trafficking in persons',
          text: 'A person who recruits, transports or harbours another person by means of force or deception for the purpose of exploitation commits an offence. The consent of the victim shall be a defence.',
        },
      ],
      ['tip-protocol', 'untoc'],
    );
    expect(analysisResultSchema.safeParse(result).success).toBe(true);
    for (const r of result.requirements) {
      expect(r.reasonCode, r.id).toBeTruthy();
      expect(explainReason(r, 'en')).toBe(r.reason);
      for (const f of r.findings) expect(f.params, `${r.id} ${f.code}`).toBeDefined();
    }
    const def = requirement(result, 'tip-protocol:3(a)');
    expect(def.status).toBe('partial');
    const fr = explainReason(def, 'fr', labels);
    expect(fr).toMatch(/manquent : .*transfert/);
    const consent = result.requirements.flatMap((r) => r.findings).find((f) => f.code === 'consent-defence')!;
    expect(explainFinding(consent, 'es', labels)).toMatch(
      /^«consent of the victim shall be a defence»: el consentimiento/,
    );
  });
});
