import { describe, expect, it } from 'vitest';
import { ANALYSIS_SCHEMA, REQUIREMENT_STATUSES } from '../../../shared/analysis/index';
import { listRequirements } from '../../../shared/reference/library';
import { loadReferenceLibrary } from '../../../electron/main/reference/load';
import { analyze } from '../../../shared/analysis/index';
import { law, requirement, run, type UnitSpec } from './laws';

/* The result contract (lexgap.analysis/1) and the status rules. */

const KENYA_LIKE: UnitSpec[] = [
  { number: '1', heading: 'Short title', text: 'This Act may be cited as the Counter-Trafficking Act.' },
  {
    number: '2',
    heading: 'Interpretation',
    text: 'In this Act, unless the context otherwise requires—',
    subsections: [
      '"child" means a person under the age of eighteen years;',
      '"exploitation" includes forced labour, slavery, servitude, sexual exploitation and the removal of organs;',
    ],
  },
  {
    number: '3',
    heading: 'Trafficking in persons',
    text: 'A person who recruits, transports, transfers, harbours or receives another person by means of threat, force, abduction, fraud, deception or abuse of a position of vulnerability for the purpose of exploitation commits an offence and is liable to imprisonment for thirty years.',
    subsections: [
      'The consent of a victim to the intended exploitation shall not be relevant where any of the means set out in subsection (1) have been used.',
    ],
  },
  {
    number: '4',
    heading: 'Restitution',
    text: 'The court may order a person convicted under this Act to make restitution or pay compensation to the victim.',
  },
];

describe('analysis result contract', () => {
  const library = loadReferenceLibrary();
  const result = run('en', KENYA_LIKE, ['tip-protocol', 'untoc']);

  it('carries the schema tag, the time given, the instruments and the acts with their primary units', () => {
    expect(result.schema).toBe(ANALYSIS_SCHEMA);
    expect(result.schema).toBe('lexgap.analysis/1');
    expect(result.generatedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(result.instruments).toEqual(['tip-protocol', 'untoc']);
    const act = result.acts[0]!;
    expect(act).toMatchObject({ file: 'test-law.txt', title: 'Test law', language: 'en' });
    expect(act.provisions.map((p) => p.number)).toEqual(['1', '2', '3', '4']);
    const interpretation = act.provisions[1]!;
    expect(interpretation).toMatchObject({ id: 's2', label: 'Section 2', heading: 'Interpretation' });
    expect(interpretation.text).toContain('(1) "child" means');
    expect(interpretation.text).toContain('(2) "exploitation" includes');
  });

  it('has one result per paragraph and Model Law article of the chosen instruments, ids as in the reference data', () => {
    const expected = listRequirements(library)
      .filter((r) => r.instrument === 'tip-protocol' || r.instrument === 'untoc')
      .map((r) => r.id);
    expect(result.requirements.map((r) => r.id)).toEqual(expected);
    for (const r of result.requirements) {
      expect(r.id).toBe(`${r.instrument}:${r.ref}`);
      expect(REQUIREMENT_STATUSES).toContain(r.status);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.reason).not.toMatch(/\n/);
      expect(r.reason.length).toBeGreaterThan(10);
    }
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('never proposes "compliant" without a linked provision', () => {
    for (const r of result.requirements.filter((x) => x.status === 'compliant'))
      expect(r.matches.length).toBeGreaterThan(0);
  });

  it('final and general clauses are not applicable; definitions without a checklist are not assessed', () => {
    expect(requirement(result, 'tip-protocol:20(1)').status).toBe('not_applicable');
    expect(requirement(result, 'untoc:1').status).toBe('not_applicable');
    expect(requirement(result, 'untoc:2(a)').status).toBe('not_assessed');
  });

  it('assesses the definition of trafficking by its elements and the offence through it', () => {
    const def = requirement(result, 'tip-protocol:3(a)');
    expect(def.matches.map((m) => m.number)).toContain('3');
    expect(def.elements.filter((e) => e.present).map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'act.recruitment',
        'means.vulnerability',
        'purpose.forced_labour',
        'purpose.organ_removal',
      ]),
    );
    expect(def.elements.find((e) => e.id === 'means.payments')?.present).toBe(false);
    expect(def.status).toBe('partial');
    expect(requirement(result, 'tip-protocol:3(b)').status).toBe('compliant');
    expect(requirement(result, 'tip-protocol:3(d)').status).toBe('compliant');
    expect(requirement(result, 'tip-protocol:6(6)').matches[0]?.number).toBe('4');
  });

  it('an element found is located: act, provision, unit number and span in the listed text', () => {
    const units = new Map(result.acts[0]!.provisions.map((p) => [p.id, p]));
    for (const r of result.requirements)
      for (const e of r.elements.filter((x) => x.present)) {
        expect(e.act).toBe('test-law.txt');
        const unit = units.get(e.unit!)!;
        expect(unit.number).toBe(e.number);
        expect(e.span![1]).toBeGreaterThan(e.span![0]);
        expect(e.span![1]).toBeLessThanOrEqual(unit.text.length);
      }
  });

  it('proposes "not assessed" where the measure usually lives in a kind of law not supplied, and lists it to ask for', () => {
    const r = requirement(result, 'untoc:10(1)');
    expect(r.status).toBe('not_assessed');
    expect(r.reasonCode).toBe('not-supplied');
    expect(r.reasonParams).toMatchObject({ kind: 'penal-code-general-part' });
    // Nothing in the title says what the act is: no kind is taken as supplied.
    expect(result.bodyOfLaw).toEqual([{ act: 'test-law.txt', kinds: [] }]);
    expect(result.lawsToRequest!.find((l) => l.kind === 'penal-code-general-part')!.requirements).toContain(
      'untoc:10(1)',
    );
  });

  it('reports a gap with its reason where nothing in the body of law addresses the requirement', () => {
    const withCode = analyze({
      acts: [
        {
          file: 'test-law.txt',
          title: 'Test law',
          language: 'en',
          tree: law('en', KENYA_LIKE),
          kinds: ['trafficking-act', 'penal-code', 'penal-code-general-part'],
        },
      ],
      library,
      instruments: ['untoc'],
    });
    const r = requirement(withCode, 'untoc:10(1)');
    expect(r.status).toBe('gap');
    expect(r.reason).toMatch(/Not addressed/);
  });

  it('never proposes a whole instrument as not applicable: a law without a smuggling offence has gaps', () => {
    const som = run('en', KENYA_LIKE, ['som-protocol', 'model-law-som']);
    const offence = requirement(som, 'som-protocol:6(1)(a)');
    expect(offence.status).toBe('gap');
    // Only general and final clauses are not applicable.
    for (const r of som.requirements.filter((x) => x.status === 'not_applicable'))
      expect(r.reasonCode, r.id).toBe('general-clause');
    expect(som.requirements.filter((r) => r.status === 'gap').length).toBeGreaterThan(5);
  });

  it('keeps only the obligation levels asked for', () => {
    const mandatory = run('en', KENYA_LIKE, ['tip-protocol'], ['mandatory']);
    expect(mandatory.requirements.length).toBeGreaterThan(0);
    expect(mandatory.requirements.every((r) => r.obligation === 'mandatory')).toBe(true);
  });

  it('includes the Model Law articles when a Model Law is chosen, with an obligation taken from what they implement', () => {
    const ml = run('en', KENYA_LIKE, ['model-law-tip']);
    expect(ml.requirements.map((r) => r.id)).toContain('model-law-tip:8');
    expect(requirement(ml, 'model-law-tip:8').obligation).toBe('mandatory');
    expect(requirement(ml, 'model-law-tip:8').matches[0]?.number).toBe('3');
  });

  it('is deterministic', () => {
    expect(run('en', KENYA_LIKE, ['tip-protocol', 'untoc'])).toEqual(result);
  });
});
