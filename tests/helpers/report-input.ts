import type { ElementResult, Finding, FindingCode, RequirementStatus } from '../../shared/analysis/types';
import { listRequirements } from '../../shared/reference/library';
import type { ReferenceLibrary } from '../../shared/reference/types';
import type { ReportCitation, ReportInput, ReportRequirement } from '../../shared/report/input';
import { loadReferenceLibrary } from '../../electron/main/reference/load';

/**
 * A realistic report input built by hand on the real reference library: a fictional State with
 * four acts (one a draft bill), 46 requirements across the three treaties and both Model Laws,
 * every status, reviewed and unreviewed assessments, element checklists, analysis findings and
 * four amendments (one a new provision). Texts carry what breaks careless writers: &, <, quotes,
 * Arabic and Hebrew, emoji, XML-invalid control characters and a 20,000-character provision.
 */

export const NASTY = {
  ampersand: 'Immigration & Border Control Act',
  angle: 'Child Protection <Amendment> Bill',
  quotes: 'the words "abuse of a position of vulnerability" and ‘payments’',
  arabic: 'الاتجار بالأشخاص جريمة يعاقب عليها القانون',
  hebrew: 'סחר בבני אדם הוא עבירה פלילית',
  emoji: 'Hotline ☎️ 📞 for victims 🚫⚖️',
  /** Control characters XML 1.0 forbids; the writer must drop them. */
  control: 'Bell\u0007 and form\u000Cfeed',
} as const;

/** Marker words at the start and end of the 20,000-character provision, to check it survives whole. */
export const LONG_PROVISION_START = 'LONGPROVISIONSTART';
export const LONG_PROVISION_END = 'LONGPROVISIONEND';

/** The 20,000-character provision (Penal Code, art. 224-1), cited for several requirements. */
export const LONG_PROVISION = (() => {
  const clause =
    'A person who recruits, transports, transfers or receives another person by means of threat, force, fraud or deception, for the purpose of exploitation, commits the offence of trafficking in persons and is liable to imprisonment for a term of not less than seven years. ';
  let text = `${LONG_PROVISION_START} (1) `;
  let n = 2;
  while (text.length < 19_900) {
    text += clause;
    if (text.length % 3 === 0) text += `\n(${n++}) `;
  }
  return `${text.slice(0, 19_980)} ${LONG_PROVISION_END}`;
})();

const ACTS: ReportInput['acts'] = [
  {
    key: 'penal-code',
    title: 'Penal Code',
    year: 1998,
    language: 'en',
    versionLabel: 'Consolidated version as amended by Act No. 12 of 2021',
    versionStatus: 'in-force',
    sourceFile: 'penal-code-consolidated-2021.docx',
    importedAt: '2025-01-20T09:12:00Z',
  },
  {
    key: 'ctip',
    title: 'Counter-Trafficking in Persons Act',
    year: 2015,
    language: 'en',
    versionLabel: 'Act No. 7 of 2015 (Official Gazette, 3 June 2015)',
    versionStatus: 'in-force',
    sourceFile: 'ctip-act-2015.pdf',
    importedAt: '2025-01-20T09:15:00Z',
  },
  {
    key: 'immigration',
    title: NASTY.ampersand,
    year: 2010,
    language: 'en',
    versionLabel: 'Revised edition 2019',
    versionStatus: 'in-force',
    sourceFile: 'immigration-border-control-2019.html',
    importedAt: '2025-01-21T14:02:00Z',
  },
  {
    key: 'child-bill',
    title: NASTY.angle,
    year: null,
    language: 'en',
    versionLabel: 'Draft of 14 February 2025',
    versionStatus: 'draft',
    sourceFile: null,
    importedAt: '2025-02-15T08:00:00Z',
  },
];

const TEXTS: Record<string, { act: string; citation: string; numbers: string[]; text: string }> = {
  pc2241: {
    act: 'penal-code',
    citation: 'Penal Code, art. 224-1',
    numbers: ['224-1'],
    text: LONG_PROVISION,
  },
  pc2242: {
    act: 'penal-code',
    citation: 'Penal Code, art. 224-2',
    numbers: ['224-2'],
    text: 'Attempt, complicity and incitement to commit an offence under article 224-1 are punishable by the same penalties as the offence itself.',
  },
  pc31: {
    act: 'penal-code',
    citation: 'Penal Code, art. 31',
    numbers: ['31'],
    text: 'Property used for or derived from the commission of an offence shall be confiscated by order of the court upon conviction.',
  },
  pc8: {
    act: 'penal-code',
    citation: 'Penal Code, art. 8',
    numbers: ['8'],
    text: 'The criminal law of the Republic applies to every offence committed on its territory, including on board vessels flying its flag and aircraft registered under its laws.',
  },
  pc402: {
    act: 'penal-code',
    citation: 'Penal Code, art. 402',
    numbers: ['402'],
    text: `Whoever uses force, threats or intimidation, or promises, offers or gives an undue advantage, to induce false testimony commits an offence. ${NASTY.control}.`,
  },
  ctip3: {
    act: 'ctip',
    citation: 'Counter-Trafficking in Persons Act, s. 3',
    numbers: ['3'],
    text: '(1) A person commits the offence of trafficking in persons who, for the purpose of exploitation, recruits, transports or harbours another person by means of threat, use of force, abduction, fraud or deception.\n(2) Where the victim is a child, the offence is committed by any of the means set out in subsection (1).\n(3) The consent of the victim is a defence where the victim was an adult at the time of the offence.',
  },
  ctip5: {
    act: 'ctip',
    citation: 'Counter-Trafficking in Persons Act, s. 5',
    numbers: ['5'],
    text: `In this Act, "child" means a person under the age of eighteen years. (${NASTY.arabic})`,
  },
  ctip12: {
    act: 'ctip',
    citation: 'Counter-Trafficking in Persons Act, s. 12',
    numbers: ['12'],
    text: `The Minister shall ensure that shelters provide victims with appropriate housing and medical assistance. ${NASTY.emoji}`,
  },
  ctip14: {
    act: 'ctip',
    citation: 'Counter-Trafficking in Persons Act, s. 14',
    numbers: ['14'],
    text: `Proceedings involving a victim may be held in camera; the identity of the victim shall not be published. (${NASTY.hebrew})`,
  },
  ctip20: {
    act: 'ctip',
    citation: 'Counter-Trafficking in Persons Act, s. 20',
    numbers: ['20'],
    text: 'The offence under section 3 is punishable only where the conduct involves the crossing of an international border.',
  },
  ctip22: {
    act: 'ctip',
    citation: 'Counter-Trafficking in Persons Act, s. 22',
    numbers: ['22'],
    text: 'A body corporate is liable for an offence under this Act committed for its benefit by a person acting on its behalf.',
  },
  imm40: {
    act: 'immigration',
    citation: `${NASTY.ampersand}, s. 40`,
    numbers: ['40'],
    text: 'A person who facilitates the entry of another person into the Republic in breach of this Act commits an offence, whether or not for gain.',
  },
  imm41: {
    act: 'immigration',
    citation: `${NASTY.ampersand}, s. 41`,
    numbers: ['41'],
    text: 'Any person who enters or remains in the Republic in breach of this Act, including a person who was brought in by another, commits an offence and is liable to a fine.',
  },
  imm44: {
    act: 'immigration',
    citation: `${NASTY.ampersand}, s. 44 <bis>`,
    numbers: ['44'],
    text: 'A person who makes, alters or uses a false passport or other travel document commits an offence & is liable to imprisonment for up to five years.',
  },
  imm47: {
    act: 'immigration',
    citation: `${NASTY.ampersand}, s. 47`,
    numbers: ['47'],
    text: 'The penalty for an offence under section 40 is doubled where the offence endangered the life or safety of the persons concerned.',
  },
  bill9: {
    act: 'child-bill',
    citation: `${NASTY.angle}, cl. 9`,
    numbers: ['9'],
    text: 'A child victim of trafficking shall receive counselling and information on their rights in a language they understand.',
  },
};

interface Plan {
  id: string;
  status: RequirementStatus;
  reviewed?: boolean;
  cites?: string[];
  /** A citation proposed by the analysis and rejected by the reviewer (must not be shown). */
  rejected?: string;
  finding?: string;
  recommendation?: string;
  amendment?: ReportRequirement['amendment'];
  findings?: { code: FindingCode; message: string }[];
  /** Element ids found missing (others present), for requirements with a checklist. */
  missing?: string[];
}

const PLAN: Plan[] = [
  {
    id: 'tip-protocol:3(a)',
    status: 'partial',
    cites: ['pc2241', 'ctip3'],
    rejected: 'pc31',
    missing: [
      'act.transfer',
      'act.receipt',
      'means.abuse_of_power',
      'means.vulnerability',
      'means.payments',
      'purpose.organ_removal',
    ],
    finding: `The definition omits "transfer" & "receipt", ${NASTY.quotes}, and the removal of organs.`,
    recommendation: `Insert ${NASTY.quotes} into art. 224-1 <Penal Code>.`,
    amendment: {
      citation: 'Penal Code, art. 224-1',
      original:
        'A person who recruits, transports or harbours another person by means of threat, force, fraud or deception, for the purpose of exploitation, commits the offence of trafficking in persons.',
      proposed:
        'A person who recruits, transports, transfers, harbours or receives another person by means of threat, force, coercion, abduction, fraud, deception, the abuse of power or of a position of vulnerability, or the giving or receiving of payments or benefits, for the purpose of exploitation, commits the offence of trafficking in persons.',
    },
    findings: [{ code: 'element-in-substance', message: 'Coercion is covered by "threat" in art. 224-1.' }],
  },
  {
    id: 'tip-protocol:3(b)',
    status: 'gap',
    cites: ['ctip3'],
    missing: ['consent.irrelevant'],
    finding: 'Section 3(3) makes the consent of an adult victim a defence.',
    findings: [{ code: 'consent-defence', message: 'Section 3(3): "The consent of the victim is a defence".' }],
  },
  {
    id: 'tip-protocol:3(c)',
    status: 'gap',
    cites: ['ctip3'],
    missing: ['child.no_means'],
    finding: 'Means must be proved for child victims (s. 3(2)).',
    amendment: {
      citation: 'Counter-Trafficking in Persons Act, s. 3(2)',
      original: 'Where the victim is a child, the offence is committed by any of the means set out in subsection (1).',
      proposed:
        'Where the victim is a child, the offence is committed even if none of the means set out in subsection (1) is used.',
    },
    findings: [{ code: 'child-means-required', message: 'Section 3(2) requires one of the means for child victims.' }],
  },
  {
    id: 'tip-protocol:3(d)',
    status: 'compliant',
    cites: ['ctip5'],
    missing: [],
    finding: 'Section 5 sets the age of a child at eighteen.',
  },
  { id: 'tip-protocol:5(1)', status: 'compliant', cites: ['pc2241', 'ctip3'] },
  { id: 'tip-protocol:5(2)', status: 'partial', cites: ['pc2242'], missing: ['liability.organizing'] },
  {
    id: 'tip-protocol:5(2)(c)',
    status: 'gap',
    finding: 'No provision on organizing or directing others to commit the offence.',
  },
  { id: 'tip-protocol:6(1)', status: 'partial', cites: ['ctip14'], reviewed: false },
  {
    id: 'tip-protocol:6(3)',
    status: 'partial',
    cites: ['ctip12', 'bill9'],
    missing: ['recovery.employment'],
    recommendation: 'Extend s. 12 to employment, education and training opportunities.',
  },
  { id: 'tip-protocol:6(5)', status: 'compliant', cites: ['ctip14'] },
  {
    id: 'tip-protocol:6(6)',
    status: 'gap',
    missing: ['victim.compensation'],
    finding: `No route to compensation for victims. ${NASTY.emoji}`,
    amendment: {
      citation: null,
      original: '',
      proposed:
        'Section 15A. Compensation. (1) The court shall, on conviction, order the offender to pay compensation to the victim.\n(2) A victim may also claim compensation from the State fund established under this Act.',
    },
  },
  { id: 'tip-protocol:7(1)', status: 'not_assessed', reviewed: false },
  { id: 'tip-protocol:8(2)', status: 'compliant', cites: ['ctip14'] },
  { id: 'tip-protocol:9(1)', status: 'partial', cites: ['ctip12'] },
  { id: 'tip-protocol:9(5)', status: 'gap', reviewed: false },
  { id: 'tip-protocol:11(1)', status: 'compliant', cites: ['imm44'] },
  { id: 'tip-protocol:12(a)', status: 'not_assessed', reviewed: false },
  {
    id: 'som-protocol:3(a)',
    status: 'partial',
    cites: ['imm40'],
    missing: ['smuggling.material_benefit'],
    findings: [{ code: 'smuggling-without-benefit', message: 'Section 40 applies "whether or not for gain".' }],
  },
  {
    id: 'som-protocol:5',
    status: 'gap',
    cites: ['imm41'],
    missing: ['migrant.non_criminalization'],
    finding: 'Smuggled migrants are punishable under s. 41.',
    amendment: {
      citation: `${NASTY.ampersand}, s. 41`,
      original:
        'Any person who enters or remains in the Republic in breach of this Act, including a person who was brought in by another, commits an offence and is liable to a fine.',
      proposed:
        'Any person who enters or remains in the Republic in breach of this Act commits an offence and is liable to a fine; a person shall not be liable under this section for having been the object of smuggling of migrants.',
    },
    findings: [
      { code: 'migrant-criminalized', message: 'Section 41 punishes "a person who was brought in by another".' },
    ],
  },
  { id: 'som-protocol:6(1)', status: 'partial', cites: ['imm40', 'imm44'], missing: ['offence.illegal_stay'] },
  { id: 'som-protocol:6(1)(b)(i)', status: 'compliant', cites: ['imm44'] },
  { id: 'som-protocol:6(1)(c)', status: 'gap' },
  { id: 'som-protocol:6(2)', status: 'compliant', cites: ['pc2242'], missing: [] },
  { id: 'som-protocol:6(3)', status: 'partial', cites: ['imm47'], missing: ['aggravation.inhuman_treatment'] },
  { id: 'som-protocol:16(1)', status: 'partial', reviewed: false, cites: ['imm41'] },
  { id: 'som-protocol:16(3)', status: 'compliant', cites: ['ctip12'] },
  { id: 'som-protocol:18(1)', status: 'compliant', cites: ['imm41'] },
  { id: 'som-protocol:8(7)', status: 'not_applicable', finding: 'The State has no maritime border.' },
  { id: 'untoc:10(1)', status: 'compliant', cites: ['ctip22'] },
  { id: 'untoc:10(2)', status: 'gap', finding: 'Liability of legal persons is limited to the acts of directors.' },
  { id: 'untoc:11(1)', status: 'compliant', cites: ['pc2241'] },
  { id: 'untoc:12(1)(a)', status: 'compliant', cites: ['pc31'] },
  { id: 'untoc:15(1)(a)', status: 'compliant', cites: ['pc8'] },
  { id: 'untoc:15(2)(a)', status: 'compliant', cites: ['pc8'] },
  { id: 'untoc:16(1)', status: 'not_applicable' },
  { id: 'untoc:20(1)', status: 'partial', reviewed: false },
  { id: 'untoc:23(a)', status: 'compliant', cites: ['pc402'] },
  { id: 'untoc:24(1)', status: 'partial', cites: ['ctip14'] },
  { id: 'untoc:25(2)', status: 'gap' },
  {
    id: 'untoc:34(2)',
    status: 'gap',
    cites: ['ctip20'],
    finding: 'Section 20 requires the crossing of an international border.',
    findings: [
      {
        code: 'offence-requires-transnationality',
        message: 'Section 20: "only where the conduct involves the crossing".',
      },
    ],
  },
  { id: 'untoc:26(2)', status: 'gap' },
  { id: 'untoc:31(1)', status: 'partial', cites: ['ctip12'] },
  { id: 'model-law-tip:8', status: 'partial', cites: ['pc2241', 'ctip3'] },
  { id: 'model-law-tip:10', status: 'gap', recommendation: 'Adopt a non-punishment provision modelled on article 10.' },
  { id: 'model-law-tip:16', status: 'compliant', cites: ['ctip14'] },
  { id: 'model-law-som:5.A', status: 'partial', cites: ['imm40'] },
];

function citation(key: string, accepted: boolean, origin: 'auto' | 'manual' = 'auto'): ReportCitation {
  const t = TEXTS[key];
  if (!t) throw new Error(`unknown provision ${key}`);
  return { act: t.act, citation: t.citation, numbers: t.numbers, text: t.text, origin, accepted, relation: null };
}

function elementsFor(
  lib: ReferenceLibrary,
  id: string,
  missing: string[] | undefined,
  cites: string[],
): ElementResult[] {
  const checklist = lib.checklists.find((c) => c.requirementId === id);
  if (!checklist || !missing) return [];
  const at = cites[0] ? TEXTS[cites[0]] : undefined;
  return checklist.groups.flatMap((g) =>
    g.elements.map((e): ElementResult => {
      const present = !missing.includes(e.id) && at !== undefined;
      return {
        id: e.id,
        present,
        act: present ? at!.act : null,
        provision: present ? `${at!.act}:${at!.numbers[0]}` : null,
        unit: present ? `${at!.act}:${at!.numbers[0]}` : null,
        number: present ? at!.numbers[0]! : null,
        span: present ? [0, 10] : null,
        note: present ? 'matched words' : '',
      };
    }),
  );
}

/** Ids of the requirements with an amendment in {@link makeReportInput}. */
export const AMENDED_IDS = PLAN.filter((p) => p.amendment).map((p) => p.id);

/**
 * The hand-built report input. `amendments: false` drops every amendment (a report that must
 * hold no tracked change at all).
 */
export function makeReportInput(options: { amendments?: boolean } = {}): ReportInput {
  const lib = loadReferenceLibrary();
  const known = new Map(listRequirements(lib).map((r) => [r.id, r]));
  const requirements = PLAN.map((p): ReportRequirement => {
    const ref = known.get(p.id);
    if (!ref) throw new Error(`requirement ${p.id} is not in the reference library`);
    const reviewed = p.reviewed ?? true;
    const cites = p.cites ?? [];
    const citations = cites.map((k, i) => citation(k, reviewed, reviewed && i === 1 ? 'manual' : 'auto'));
    if (p.rejected) citations.push(citation(p.rejected, false));
    const findings: Finding[] = (p.findings ?? []).map((f) => ({ ...f, provision: null }));
    return {
      id: p.id,
      instrument: ref.instrument,
      ref: ref.ref,
      obligation: ref.obligation,
      status: p.status,
      reviewed,
      confidence: reviewed ? 1 : 0.62,
      reason: `Proposed ${p.status} from the text analysis of ${cites.length} candidate provision(s).`,
      finding: p.finding ?? null,
      recommendation: p.recommendation ?? null,
      amendment: options.amendments === false ? null : (p.amendment ?? null),
      citations,
      elements: elementsFor(lib, p.id, p.missing ?? (p.status === 'compliant' ? [] : undefined), cites),
      findings,
    };
  });
  return {
    assessment: {
      country: 'Republic of Ruritania',
      title: 'Ruritania — legislation against trafficking in persons and the smuggling of migrants',
      assessor: 'Dr. Amina Haddad, legal expert',
      createdAt: '2025-01-20T09:00:00Z',
    },
    acts: ACTS,
    instruments: ['tip-protocol', 'som-protocol', 'untoc', 'model-law-tip', 'model-law-som'],
    library: lib,
    analysis: {
      generatedAt: '2025-01-22T10:30:00Z',
      reviewedCount: requirements.filter((r) => r.reviewed).length,
      totalCount: requirements.length,
    },
    requirements,
  };
}

/**
 * A large input for timing: the first `count` requirements of the library, each with two
 * provisions of about 1,500 characters, an element table where the library has a checklist, and
 * an amendment on one requirement in ten.
 */
export function makeLargeReportInput(count: number): ReportInput {
  const base = makeReportInput();
  const lib = base.library;
  const statuses: RequirementStatus[] = ['compliant', 'partial', 'gap', 'partial', 'not_applicable', 'not_assessed'];
  const body = (n: number): string =>
    `(1) ${TEXTS.ctip3!.text} (2) ${TEXTS.imm40!.text} (3) ${TEXTS.pc402!.text.replace(NASTY.control, '')} [${n}] `.repeat(
      3,
    );
  const requirements = listRequirements(lib)
    .slice(0, count)
    .map((r, i): ReportRequirement => {
      const status = statuses[i % statuses.length]!;
      const citations: ReportCitation[] = [0, 1].map((k) => {
        const act = ACTS[(i + k) % ACTS.length]!;
        return {
          act: act.key,
          citation: `${act.title}, s. ${i + 1}${k ? `(${k})` : ''}`,
          numbers: [String(i + 1)],
          text: body(i),
          origin: 'auto',
          accepted: true,
          relation: k === 1 ? 'narrower' : null,
        };
      });
      const checklist = lib.checklists.find((c) => c.requirementId === r.id);
      const elements: ElementResult[] = (checklist?.groups ?? []).flatMap((g) =>
        g.elements.map((e, j) => ({
          id: e.id,
          present: j % 2 === 0,
          act: j % 2 === 0 ? citations[0]!.act : null,
          provision: null,
          unit: null,
          number: j % 2 === 0 ? String(i + 1) : null,
          span: null,
          note: '',
        })),
      );
      return {
        id: r.id,
        instrument: r.instrument,
        ref: r.ref,
        obligation: r.obligation,
        status,
        reviewed: i % 4 !== 0,
        confidence: 0.7,
        reason: 'Proposed from the text analysis.',
        finding: `Finding on ${r.id}: the national provisions cover the requirement ${status === 'compliant' ? 'in full' : 'in part'}.`,
        recommendation: status === 'gap' ? 'Adopt a provision giving effect to the requirement.' : null,
        amendment:
          i % 10 === 0
            ? {
                citation: citations[0]!.citation,
                original: TEXTS.ctip3!.text,
                proposed: TEXTS.ctip3!.text.replace(
                  'recruits, transports or harbours',
                  'recruits, transports, transfers, harbours or receives',
                ),
              }
            : null,
        citations,
        elements,
        findings: [],
      };
    });
  return {
    ...base,
    instruments: [...new Set(requirements.map((r) => r.instrument))],
    analysis: {
      generatedAt: base.analysis.generatedAt,
      reviewedCount: requirements.filter((r) => r.reviewed).length,
      totalCount: requirements.length,
    },
    requirements,
  };
}
