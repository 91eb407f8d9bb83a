import { describe, expect, it } from 'vitest';
import type { RequirementStatus } from '../../../shared/analysis/types';
import type { ReportOptions } from '../../../shared/report/input';
import {
  amendmentSegments,
  buildReportModel,
  recommendationGrade,
  type ReportBlock,
  type ReportModel,
  type ReportSectionId,
  type ReportTable,
} from '../../../shared/report/model';
import { AMENDED_IDS, makeReportInput } from '../../helpers/report-input';

const DATE = new Date('2025-03-12T00:00:00Z');
const input = makeReportInput();

function build(options: Partial<ReportOptions> = {}, source = input): ReportModel {
  return buildReportModel(source, {
    language: 'en',
    includeTexts: true,
    author: 'Dr. Amina Haddad',
    date: DATE,
    ...options,
  });
}

function section(model: ReportModel, id: ReportSectionId) {
  const s = model.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
}

function tables(model: ReportModel, role: ReportTable['role']): ReportTable[] {
  return model.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === 'table' && b.table.role === role ? [b.table] : [])),
  );
}

function text(blocks: ReportBlock[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return b.text;
        case 'paragraph':
          return b.runs.map((r) => r.text).join('');
        case 'bullets':
          return b.items.map((i) => i.map((r) => r.text).join('')).join('\n');
        case 'quote':
          return b.paragraphs.map((p) => p.map((r) => r.text).join('')).join('\n');
        case 'table':
          return [
            b.table.columns.map((c) => c.header).join(' | '),
            ...b.table.rows.map((row) =>
              row.map((c) => c.paragraphs.map((p) => p.map((r) => r.text).join('')).join(' ')).join(' | '),
            ),
          ].join('\n');
        case 'chart':
          return b.chart.caption;
        case 'amendment':
          return b.segments.map((s) => s.text).join('');
      }
    })
    .join('\n');
}

describe('report model: scope and tables', () => {
  it('has exactly one summary-table row and one matrix row per requirement in scope', () => {
    const model = build();
    expect(model.scope).toHaveLength(input.requirements.length);
    expect(tables(model, 'summary')).toHaveLength(1);
    expect(tables(model, 'summary')[0]!.rows).toHaveLength(input.requirements.length);
    expect(tables(model, 'matrix')[0]!.rows).toHaveLength(input.requirements.length);
    // Matrix: requirement, status, then one column per act.
    expect(tables(model, 'matrix')[0]!.columns).toHaveLength(2 + input.acts.length);
  });

  it('orders the requirements by instrument, then by their place in the instrument', () => {
    const model = build();
    const firstUntoc = model.scope.findIndex((id) => id.startsWith('untoc:'));
    const lastSom = model.scope.findLastIndex((id) => id.startsWith('som-protocol:'));
    expect(lastSom).toBeLessThan(firstUntoc);
    expect(model.scope.indexOf('tip-protocol:3(a)')).toBeLessThan(model.scope.indexOf('tip-protocol:5(1)'));
    expect(model.scope.indexOf('tip-protocol:5(2)')).toBeLessThan(model.scope.indexOf('tip-protocol:5(2)(c)'));
    expect(model.scope.at(-1)).toMatch(/^model-law-som:/);
  });

  it('honours the instrument filter', () => {
    const model = build({ instruments: ['untoc'] });
    const expected = input.requirements.filter((r) => r.instrument === 'untoc').length;
    expect(model.scope.every((id) => id.startsWith('untoc:'))).toBe(true);
    expect(tables(model, 'summary')[0]!.rows).toHaveLength(expected);
    expect(model.stats.byInstrument.map((b) => b.instrument)).toEqual(['untoc']);
    expect(model.cover.fields.find((f) => f.label === 'Reference instruments')!.lines).toEqual([
      'Organized Crime Convention',
    ]);
  });

  it('honours the status filter and says so in the methodology', () => {
    const statuses: RequirementStatus[] = ['gap', 'partial'];
    const model = build({ statuses });
    const expected = input.requirements.filter((r) => statuses.includes(r.status)).length;
    expect(tables(model, 'summary')[0]!.rows).toHaveLength(expected);
    expect(model.stats.counts.compliant).toBe(0);
    expect(text(section(model, 'methodology').blocks)).toContain(
      'limited to requirements assessed as: Partially compliant and Not compliant (gap)',
    );
    expect(text(section(model, 'good-practices').blocks)).toContain(
      'No requirement in scope was assessed as fully compliant.',
    );
  });

  it('never produces an empty table, even when nothing is in scope', () => {
    const model = build({ statuses: ['gap'], instruments: ['model-law-som'] });
    expect(model.scope).toHaveLength(0);
    for (const s of model.sections)
      for (const b of s.blocks) if (b.kind === 'table') expect(b.table.rows.length).toBeGreaterThan(0);
    expect(text(section(model, 'summary-table').blocks)).toContain(
      'No requirement falls within the scope of this report.',
    );
  });

  it('counts statuses by instrument and obligation level', () => {
    const model = build();
    const s = model.stats;
    expect(s.total).toBe(input.requirements.length);
    expect(Object.values(s.counts).reduce((a, b) => a + b, 0)).toBe(s.total);
    expect(s.byInstrument.reduce((a, b) => a + b.total, 0)).toBe(s.total);
    expect(s.byObligation.reduce((a, b) => a + b.total, 0)).toBe(s.total);
    const mandatoryGaps = input.requirements.filter(
      (r) => r.status === 'gap' && (r.obligation === 'mandatory' || r.obligation === 'definition'),
    ).length;
    expect(s.mandatory.counts.gap).toBe(mandatoryGaps);
    expect(tables(model, 'coverage-instrument')[0]!.rows).toHaveLength(s.byInstrument.length);
    const chart = section(model, 'summary').blocks.find((b) => b.kind === 'chart');
    expect(chart && chart.kind === 'chart' && chart.chart.rows.at(-1)!.total).toBe(s.total);
  });
});

describe('report model: sections and order', () => {
  it('sets out good practices before the summary table, findings and recommendations', () => {
    const ids = build().sections.map((s) => s.id);
    expect(ids).toEqual([
      'summary',
      'methodology',
      'good-practices',
      'summary-table',
      'findings',
      'recommendations',
      'amendments',
      'annex-matrix',
      'annex-laws',
      'annex-texts',
    ]);
  });

  it('lists only compliant requirements as good practices', () => {
    const model = build();
    const good = text(section(model, 'good-practices').blocks);
    const bullets = section(model, 'good-practices').blocks.flatMap((b) => (b.kind === 'bullets' ? b.items : []));
    expect(bullets).toHaveLength(input.requirements.filter((r) => r.status === 'compliant').length);
    expect(good).toContain('TIP Protocol art. 3(d) — Use of terms');
    expect(good).not.toContain('TIP Protocol art. 3(a)');
    expect(good).toContain('Section 5 sets the age of a child at eighteen.');
  });

  it('states the methodology: instruments, acts with versions, review counts, date and assessor', () => {
    const m = text(section(build(), 'methodology').blocks);
    expect(m).toContain('General Assembly resolution 55/25, annex II');
    expect(m).toContain('Consolidated version as amended by Act No. 12 of 2021');
    expect(m).toContain('Draft of 14 February 2025');
    expect(m).toContain(
      `Requirements reviewed by an expert: ${input.analysis.reviewedCount} of ${input.analysis.totalCount}`,
    );
    expect(m).toContain('22 January 2025');
    expect(m).toContain('Dr. Amina Haddad, legal expert');
    expect(m).toContain('not the text of the Model Law');
  });

  it('leaves out the amendments section when no amendment is proposed', () => {
    const model = build({}, makeReportInput({ amendments: false }));
    expect(model.sections.map((s) => s.id)).not.toContain('amendments');
    expect(model.sections.flatMap((s) => s.blocks).some((b) => b.kind === 'amendment')).toBe(false);
    expect(text(section(model, 'findings').blocks)).not.toContain('tracked changes');
  });

  it('has one amendment block per amendment, and points to it from the finding', () => {
    const model = build();
    const blocks = section(model, 'amendments').blocks.filter((b) => b.kind === 'amendment');
    expect(blocks.map((b) => b.kind === 'amendment' && b.requirementId)).toEqual(AMENDED_IDS);
    expect(text(section(model, 'findings').blocks)).toContain(
      'Proposed wording for Penal Code, art. 224-1 is set out as tracked changes in section 7.',
    );
    expect(text(section(model, 'amendments').blocks)).toContain('7.3 New provision (TIP Protocol art. 6(6))');
  });

  it('quotes the requirement with its chapeau, and the cited national provisions', () => {
    const findings = text(section(build(), 'findings').blocks);
    expect(findings).toContain('5(2) Each State Party shall also adopt');
    expect(findings).toContain('5(2)(c) Organizing or directing other persons');
    expect(findings).toContain('The consent of the victim is a defence where the victim was an adult');
  });

  it('quotes nothing verbatim without includeTexts', () => {
    const model = build({ includeTexts: false });
    expect(model.sections.map((s) => s.id)).not.toContain('annex-texts');
    expect(model.sections.flatMap((s) => s.blocks).some((b) => b.kind === 'quote')).toBe(false);
    expect(text(section(model, 'methodology').blocks)).toContain('the texts of the provisions are not reproduced');
  });

  it('shows rejected proposals nowhere and marks proposals nobody reviewed', () => {
    const model = build();
    const row = tables(model, 'summary')[0]!.rows.find(
      (r) => r[0]!.paragraphs[0]![0]!.text === 'TIP Protocol art. 3(a)',
    )!;
    const provisions = row[3]!.paragraphs.map((p) => p.map((r) => r.text).join(''));
    expect(provisions).toEqual(['Penal Code, art. 224-1', 'Counter-Trafficking in Persons Act, s. 3']);
    const findings = text(section(model, 'findings').blocks);
    expect(findings).toContain('Counter-Trafficking in Persons Act, s. 14 (proposed by the analysis, not confirmed)');
    expect(findings).toContain('proposed by the analysis, not yet reviewed (confidence 62%)');
  });

  it('labels a Model Law article as an editorial summary, never as its text', () => {
    const findings = text(section(build(), 'findings').blocks);
    expect(findings).toContain('Editorial summary, not the text of the Model Law.');
  });
});

describe('report model: recommendations', () => {
  it('grades by obligation: mandatory and definitions urged, "consider" considered, optional invited', () => {
    expect(recommendationGrade('mandatory')).toBe('urge');
    expect(recommendationGrade('definition')).toBe('urge');
    expect(recommendationGrade('consider')).toBe('consider');
    expect(recommendationGrade('optional')).toBe('invite');
    expect(recommendationGrade('general')).toBe('invite');
  });

  const expectations: Record<'en' | 'fr' | 'es', Record<string, RegExp>> = {
    en: {
      'tip-protocol:6(6)':
        /^The Government is urged to give effect in national legislation to article 6\(6\) of the Trafficking in Persons Protocol/,
      'untoc:26(2)':
        /^The Government is encouraged to consider measures to give effect in national legislation to article 26\(2\) of the Organized Crime Convention/,
      'untoc:10(2)': /^The Government is invited to give effect in national legislation to article 10\(2\)/,
      'tip-protocol:3(a)':
        /^The Government is urged to bring national legislation fully into line with article 3\(a\).*in particular as regards: transfer, receipt/,
    },
    fr: {
      'tip-protocol:6(6)':
        /^Le Gouvernement est instamment prié de donner effet dans la législation nationale à l’article 6\(6\) du Protocole relatif à la traite des personnes/,
      'untoc:26(2)':
        /^Le Gouvernement est encouragé à envisager des mesures pour donner effet .* de la Convention contre la criminalité organisée/,
      'untoc:10(2)': /^Le Gouvernement est invité à donner effet/,
      'tip-protocol:3(a)':
        /^Le Gouvernement est instamment prié de mettre pleinement la législation nationale en conformité avec l’article 3\(a\).*en particulier en ce qui concerne\u00A0: transfert, accueil/,
    },
    es: {
      'tip-protocol:6(6)':
        /^Se insta al Gobierno a dar efecto en la legislación nacional al artículo 6\(6\) del Protocolo contra la trata de personas/,
      'untoc:26(2)':
        /^Se alienta al Gobierno a que considere la adopción de medidas para dar efecto .* de la Convención contra la Delincuencia Organizada/,
      'untoc:10(2)': /^Se invita al Gobierno a dar efecto/,
      'tip-protocol:3(a)':
        /^Se insta al Gobierno a armonizar plenamente la legislación nacional con el artículo 3\(a\).*en particular en lo que respecta a: traslado, recepción/,
    },
  };
  for (const language of ['en', 'fr', 'es'] as const) {
    it(`phrases graded recommendations in ${language}`, () => {
      const recs = new Map(build({ language }).recommendations.map((r) => [r.requirementId, r]));
      for (const [id, pattern] of Object.entries(expectations[language])) expect(recs.get(id)?.text).toMatch(pattern);
    });
  }

  it('orders recommendations: mandatory gaps, mandatory partials, then consider, then optional', () => {
    const model = build();
    const recs = model.recommendations;
    const byId = new Map(input.requirements.map((r) => [r.id, r]));
    expect(recs.map((r) => r.priority)).toEqual([...recs.map((r) => r.priority)].sort((a, b) => a - b));
    for (const r of recs) {
      const req = byId.get(r.requirementId)!;
      const binding = req.obligation === 'mandatory' || req.obligation === 'definition';
      const expected = binding ? (req.status === 'gap' ? 1 : 2) : req.obligation === 'consider' ? 3 : 4;
      expect(r.priority, r.requirementId).toBe(expected);
    }
    expect(new Set(recs.map((r) => r.priority))).toEqual(new Set([1, 2, 3, 4]));
    // Only gaps and partials call for a recommendation.
    const actionable = input.requirements.filter((r) => r.status === 'gap' || r.status === 'partial').length;
    expect(recs).toHaveLength(actionable);
    expect(tables(model, 'recommendations')[0]!.rows).toHaveLength(actionable);
    // The executive summary lists the mandatory gaps first.
    const summary = section(model, 'summary').blocks;
    const gapList = summary.filter((b) => b.kind === 'bullets').at(-1)!;
    expect(gapList.kind === 'bullets' && gapList.items[0]![0]!.text).toBe('TIP Protocol art. 3(b) — Use of terms');
  });

  it('keeps the reviewer’s own recommendation next to the graded one', () => {
    const rec = build().recommendations.find((r) => r.requirementId === 'model-law-tip:10')!;
    expect(rec.grade).toBe('invite');
    expect(rec.action).toBe('Adopt a non-punishment provision modelled on article 10.');
  });
});

describe('report model: languages', () => {
  it('writes French labels and the official French text of the Protocols', () => {
    const model = build({ language: 'fr' });
    expect(model.sections.map((s) => (s.blocks[0]!.kind === 'heading' ? s.blocks[0]!.text : ''))).toEqual([
      '1. Résumé analytique',
      '2. Méthodologie',
      '3. Bonnes pratiques relevées',
      '4. Tableau récapitulatif',
      '5. Constatations détaillées',
      '6. Recommandations par ordre de priorité',
      '7. Modifications proposées',
      'Annexe A. Matrice de correspondance',
      'Annexe B. Législation examinée',
      'Annexe C. Textes des dispositions des instruments citées',
    ]);
    expect(tables(model, 'summary')[0]!.columns.map((c) => c.header)).toEqual([
      'Exigence',
      'Obligation',
      'Évaluation',
      'Dispositions nationales',
    ]);
    const findings = text(section(model, 'findings').blocks);
    expect(findings).toContain('l’expression «traite des personnes» désigne');
    expect(findings).toContain('Évaluation\u00A0: Partiellement conforme');
    expect(findings).toContain('Résumé éditorial (en anglais)');
    expect(model.dateLabel).toBe('12 mars 2025');
    expect(model.footer).toMatchObject({ page: 'Page', of: 'sur' });
  });

  it('writes Spanish labels and the official Spanish text of the Protocols', () => {
    const model = build({ language: 'es' });
    expect(section(model, 'summary').blocks[0]).toEqual({ kind: 'heading', level: 1, text: '1. Resumen ejecutivo' });
    expect(section(model, 'annex-matrix').blocks[0]).toEqual({
      kind: 'heading',
      level: 1,
      text: 'Anexo A. Matriz de correspondencia',
    });
    const findings = text(section(model, 'findings').blocks);
    expect(findings).toContain('Por "trata de personas" se entenderá');
    expect(findings).toContain('Calificación: No conforme (deficiencia)');
    expect(model.dateLabel).toBe('12 de marzo de 2025');
    expect(tables(model, 'elements')[0]!.rows[0]!.map((c) => c.paragraphs[0]![0]!.text)).toEqual([
      'Acción',
      'captación',
      'Presente',
      'Penal Code, art. 224-1',
    ]);
  });
});

describe('amendment segments', () => {
  const cases: [string, string][] = [
    ['A person who recruits or harbours a child.', 'A person who recruits, transfers, harbours or receives a person.'],
    ['', 'Section 15A. Compensation.\n(2) A victim may claim.'],
    ['Deleted entirely.', ''],
    ['Same text.', 'Same text.'],
    ['α & <β> "γ" 🚫', 'α & <δ> "γ" 🚫 ✓'],
  ];
  it.each(cases)('rebuilds both texts exactly (%#)', (original, proposed) => {
    const segs = amendmentSegments(original, proposed);
    expect(
      segs
        .filter((s) => s.kind !== 'insert')
        .map((s) => s.text)
        .join(''),
    ).toBe(original);
    expect(
      segs
        .filter((s) => s.kind !== 'delete')
        .map((s) => s.text)
        .join(''),
    ).toBe(proposed);
  });

  it('has no change at all when nothing changes', () => {
    expect(amendmentSegments('Same text.', 'Same text.')).toEqual([{ kind: 'equal', text: 'Same text.' }]);
  });

  it('reads a changed phrase as one replacement, not word by word', () => {
    const segs = amendmentSegments(
      'recruits, transports or harbours another',
      'recruits, transports, transfers, harbours or receives another',
    );
    expect(segs).toEqual([
      { kind: 'equal', text: 'recruits, transports' },
      { kind: 'delete', text: ' or harbours ' },
      { kind: 'insert', text: ', transfers, harbours or receives ' },
      { kind: 'equal', text: 'another' },
    ]);
  });
});
