import { describe, expect, it } from 'vitest';
import { loadReferenceLibrary } from '../../../electron/main/reference/load';
import { implementedBy } from '../../../shared/reference/library';
import { assembleDashboard } from '../../../shared/review/dashboard';
import { assembleReviewDetail, suggestedRecommendations } from '../../../shared/review/detail';
import { assembleReviewRows, type MappingSummary, type RequirementAssessment } from '../../../shared/review/rows';

const lib = loadReferenceLibrary();

function assessment(requirementId: string, over: Partial<RequirementAssessment> = {}): RequirementAssessment {
  return {
    requirementId,
    proposedStatus: 'gap',
    proposedConfidence: 0.4,
    proposedReason: 'No provision found.',
    proposedReasonCode: null,
    proposedReasonParams: null,
    status: null,
    finding: null,
    recommendation: null,
    proposedWording: null,
    reviewedBy: null,
    reviewedAt: null,
    ...over,
  };
}

const mapping = (requirementId: string, state: MappingSummary['state'], unitNumber: string, rank: number | null) => ({
  requirementId,
  state,
  unitNumber,
  rank,
  score: rank === null ? null : 1 / rank,
  heading: `Heading ${unitNumber}`,
  versionId: 7,
});

describe('review rows', () => {
  const rows = assembleReviewRows(
    lib,
    [
      assessment('tip-protocol:3(a)', { proposedStatus: 'partial' }),
      assessment('tip-protocol:2(a)', { status: 'compliant', reviewedAt: '2026-01-01', reviewedBy: 'r' }),
      assessment('tip-protocol:2(b)', { reviewedAt: '2026-01-01', reviewedBy: 'r' }),
    ],
    [
      mapping('tip-protocol:3(a)', 'proposed', '4', 2),
      mapping('tip-protocol:3(a)', 'proposed', '3', 1),
      mapping('tip-protocol:2(a)', 'rejected', '9', 1),
      mapping('tip-protocol:2(a)', 'accepted', '5', null),
      mapping('tip-protocol:2(a)', 'accepted', '5', null),
      mapping('tip-protocol:2(b)', 'proposed', '7', 1),
    ],
  );

  it('lists the analysed requirements only, in library order', () => {
    expect(rows.map((r) => r.id)).toEqual(['tip-protocol:2(a)', 'tip-protocol:2(b)', 'tip-protocol:3(a)']);
  });

  it('takes the reviewer status over the proposal and counts mappings by state', () => {
    const r = rows.find((x) => x.id === 'tip-protocol:2(a)')!;
    expect(r).toMatchObject({ status: 'compliant', proposedStatus: 'gap', reviewed: true, accepted: 2, proposed: 0 });
    expect(r.provisions).toEqual(['5']);
    expect(r.cited).toEqual([{ number: '5', heading: 'Heading 5', versionId: 7, state: 'accepted', score: null }]);
  });

  it('cites the best proposal before review and nothing proposed once reviewed', () => {
    expect(rows.find((x) => x.id === 'tip-protocol:3(a)')!.provisions).toEqual(['3']);
    expect(rows.find((x) => x.id === 'tip-protocol:2(b)')!.provisions).toEqual([]);
  });

  it('carries the article titles of the other languages', () => {
    const r = rows.find((x) => x.id === 'tip-protocol:3(a)')!;
    expect(r.articleTitle).toMatch(/Use of terms/);
    expect(r.articleTitleTranslations.fr).toBeTruthy();
  });
});

describe('dashboard figures', () => {
  const rows = assembleReviewRows(
    lib,
    [
      assessment('tip-protocol:2(a)'),
      assessment('tip-protocol:3(a)', { proposedStatus: 'partial' }),
      assessment('tip-protocol:5(1)', { status: 'compliant', reviewedAt: 'x' }),
      assessment('tip-protocol:5(2)(a)', { proposedStatus: 'partial', reviewedAt: 'x' }),
    ],
    [],
  );
  const d = assembleDashboard(
    rows,
    [
      { versionId: 7, title: 'Act A', units: [1, 2, 3], mappedUnits: new Set([2]) },
      { versionId: 9, title: 'Act B', units: [], mappedUnits: new Set() },
    ],
    [
      { requirementId: 'tip-protocol:3(a)', versionId: 7, accepted: false, proposed: true },
      { requirementId: 'tip-protocol:5(1)', versionId: 7, accepted: true, proposed: true },
      { requirementId: 'tip-protocol:5(2)(a)', versionId: 9, accepted: false, proposed: true },
    ],
  );

  it('counts statuses by obligation, strongest first, and by chapter', () => {
    expect(d).toMatchObject({ analysed: true, total: 4, reviewed: 2 });
    const tip = d.byInstrument[0]!;
    expect(tip.instrument).toBe('tip-protocol');
    expect(tip.byObligation.map((o) => o.obligation)).toEqual(['mandatory', 'definition', 'general']);
    const mandatory = tip.byObligation[0]!;
    expect(mandatory.total).toBe(2);
    expect(mandatory.counts).toEqual({ compliant: 1, partial: 1, gap: 0, not_applicable: 0, not_assessed: 0 });
    expect(tip.byChapter.reduce((n, c) => n + c.total, 0)).toBe(4);
  });

  it('shows a proposal in the matrix only until the requirement is reviewed', () => {
    const cells = Object.fromEntries(d.matrix.rows.map((r) => [r.requirementId, r.cells]));
    expect(cells['tip-protocol:3(a)']).toEqual(['proposed', 'none']);
    expect(cells['tip-protocol:5(1)']).toEqual(['accepted', 'none']);
    expect(cells['tip-protocol:5(2)(a)']).toEqual(['none', 'none']);
    expect(d.matrix.acts).toEqual([
      { versionId: 7, title: 'Act A' },
      { versionId: 9, title: 'Act B' },
    ]);
  });

  it('counts the units no requirement is mapped to', () => {
    expect(d.unmapped).toEqual([
      { versionId: 7, title: 'Act A', units: 3, unmapped: 2 },
      { versionId: 9, title: 'Act B', units: 0, unmapped: 0 },
    ]);
  });

  it('says when nothing was analysed', () => {
    expect(assembleDashboard([], [], [])).toMatchObject({ analysed: false, total: 0, byInstrument: [] });
  });
});

describe('review detail', () => {
  const id = 'tip-protocol:2(a)';
  const [row] = assembleReviewRows(lib, [assessment(id)], []);
  const links = implementedBy(lib, id);

  it('suggests a recommendation in each language, naming the instruments without internal ids', () => {
    expect(links.length).toBeGreaterThan(0);
    const s = suggestedRecommendations(lib, row!, links)!;
    expect(s.en).toMatch(/^Bring the national law in line with article 2\(a\) of the Trafficking in Persons Protocol/);
    expect(s.en).toContain(`TIP Model Law art. ${links[0]!.number}`);
    expect(s.fr).toMatch(/^Mettre la législation nationale en conformité avec l’article 2\(a\)/);
    expect(s.fr).toContain('Loi type traite');
    expect(s.es).toMatch(/^Armonizar la legislación nacional con el artículo 2\(a\)/);
    for (const text of Object.values(s)) expect(text).not.toMatch(/tip-protocol|model-law-/);
    expect(suggestedRecommendations(lib, row!, [])).toBeNull();
  });

  it('puts the paragraph, the reasons, elements and findings together', () => {
    const checklist = lib.checklists.find((c) => c.requirementId === 'tip-protocol:3(a)')!;
    const firstElement = checklist.groups[0]!.elements[0]!;
    const [r3a] = assembleReviewRows(lib, [assessment('tip-protocol:3(a)', { finding: 'Means missing' })], []);
    const detail = assembleReviewDetail(lib, {
      row: r3a!,
      assessment: assessment('tip-protocol:3(a)', { finding: 'Means missing' }),
      elements: [
        {
          elementId: firstElement.id,
          present: true,
          note: 'seen',
          citation: '3(1)(a)',
          unitHeading: 'Means',
          versionId: 7,
        },
      ],
      findings: [
        {
          code: 'free-text',
          message: 'A note of the analysis.',
          params: null,
          citation: '4',
          unitHeading: null,
          versionId: 7,
        },
      ],
      mappings: [],
    });
    expect(detail.text).toMatch(/Trafficking in persons/);
    expect(detail.finding).toBe('Means missing');
    expect(Object.keys(detail.proposedReasons).sort()).toEqual(['en', 'es', 'fr']);
    expect(detail.proposedReasons.en).toBe('No provision found.');
    const elements = detail.elements;
    expect(elements).toHaveLength(checklist.groups.flatMap((g) => g.elements).length);
    expect(elements.find((e) => e.id === firstElement.id)).toMatchObject({
      present: true,
      unitNumber: '3(1)(a)',
      unitHeading: 'Means',
      versionId: 7,
      note: 'seen',
    });
    expect(elements.filter((e) => e.present)).toHaveLength(1);
    expect(detail.findings).toEqual([
      expect.objectContaining({ code: 'free-text', message: 'A note of the analysis.', unitNumber: '4' }),
    ]);
  });
});
