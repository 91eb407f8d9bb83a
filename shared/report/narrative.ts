import type { LanguageCode } from '../domain/source';
import type { ElementResult, RequirementStatus } from '../analysis/types';
import { callsForChange, type ActionSource } from './actions';
import { listRequirements } from '../reference/library';
import type { Article, Instrument, ModelLawArticle, Obligation, Paragraph } from '../reference/types';
import { emptyCounts } from './chart';
import type { ReportCitation, ReportInput, ReportOptions, ReportRequirement } from './input';
import { messages, type InstrumentNames, type Messages, type RecommendationGrade } from './messages';
import {
  recommendationGrade,
  recommendationPriority,
  type ReportModel,
  type ReportRecommendation,
  type ReportRun,
  type ReportSection,
  type ReportStats,
} from './model';
import { findInstrument, formatReportDate, instrumentNames, locateRequirement } from './lookup';
import { narrativeMessages, type NarrativeMessages } from './narrative-messages';
import { THEME_ORDER, isOffenceLaw, lawKindsOfTitle, topicOf, type LawKind, type ThemeId, type Topic } from './themes';
import { summary, scope, framework } from './narrative-front';
import { chapter } from './narrative-chapters';
import { provisionsAnnex, metAnnex } from './narrative-annexes';

/**
 * The report an adviser signs: one narrative by theme, read from the front. An executive summary
 * (what the law does well, the priority recommendations), scope and method (acts, instruments,
 * who reviewed, which laws were not supplied), the legal framework, then one chapter per theme
 * in which each topic (an article of an instrument, its sub-paragraphs together) is one finding
 * in sentences — the law's words with their section, the instrument's words with their article,
 * what is missing — and one numbered, graded recommendation naming the provision to amend or
 * where a new one goes, with proposed wording as tracked changes. National provisions are quoted
 * in full once, in an annex; met obligations are a table. The requirement-by-requirement matrix
 * is the Excel workbook, not the body.
 *
 * This file gathers and groups (units, topics, citations, recommendations' order) and assembles
 * the model; the parts are written in `narrative-front.ts`, `narrative-chapters.ts`,
 * `narrative-drafting.ts` and `narrative-annexes.ts`.
 */

/** Recommendations numbered in the body; beyond this, good-practice topics are listed unnumbered. */
export const MAX_RECOMMENDATIONS = 40;
/** Recommendations repeated in the executive summary. */
export const PRIORITY_SHOWN = 15;
/** Longest quotation from a provision or an instrument inside a chapter (the annex has the rest). */
export const QUOTE_CHARS = 420;
/**
 * A proposed match at least this strong shows that a supplied act deals with a measure that
 * usually lives elsewhere, so the topic is assessed rather than asked for.
 */
export const STRONG_MATCH = 0.5;

export const STATUS_WEIGHT: Record<RequirementStatus, number> = {
  gap: 4,
  partial: 3,
  not_assessed: 2,
  compliant: 1,
  not_applicable: 0,
};

export const GRADE_WEIGHT: Record<RecommendationGrade, number> = { urge: 3, consider: 2, invite: 1 };

/** Narrative recommendation: the model's recommendation with its number and target. */
export interface NarrativeRecommendation extends ReportRecommendation {
  number: number;
  topic: string;
  theme: ThemeId;
  /** "section 11" or "a new section 14A after section 14", in the report language. */
  target: string;
  /** The act the target belongs to (its title), or null when no act was supplied. */
  act: string | null;
  /** True when proposed wording (a template or the reviewer's) is attached as tracked changes. */
  wording: boolean;
  /** The open requirements of the recommendation's grade that it answers, in the instrument's order. */
  requirements: string[];
  /** The requirement the proposed wording was drafted for (one of `requirements`, or the reviewer's). */
  wordingFor: string | null;
}

export interface NarrativeModel extends ReportModel {
  recommendations: NarrativeRecommendation[];
  /** Topics by outcome, for tests and the summary. */
  topics: { key: string; theme: ThemeId; outcome: 'met' | 'open' | 'not-supplied' | 'not-applicable' }[];
  /** Law kinds not supplied that the assessment needs. */
  notSupplied: LawKind[];
}

export interface Req {
  req: ReportRequirement;
  paragraph: Paragraph | null;
  article: Article | null;
  modelLaw: ModelLawArticle | null;
}

export interface TopicGroup {
  topic: Topic;
  reqs: Req[];
  outcome: 'met' | 'open' | 'not-supplied' | 'not-applicable';
}

export interface Unit {
  act: ReportInput['acts'][number];
  number: string;
  label: string;
  text: string;
  order: number;
}

/** A recommendation before numbering. */
export interface Pending {
  group: TopicGroup;
  grade: RecommendationGrade;
  priority: 1 | 2 | 3 | 4;
  status: 'gap' | 'partial';
}

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const stop = Math.max(cut.lastIndexOf('; '), cut.lastIndexOf('. '), cut.lastIndexOf(', '));
  return `${(stop > max * 0.5 ? cut.slice(0, stop) : cut.slice(0, cut.lastIndexOf(' '))).trim()} …`;
}

/** "Section 3" → "section 3" in running text; "Article 3" → "article 3". */
export function inText(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

export class NarrativeBuilder {
  readonly t: Messages;
  readonly n: NarrativeMessages;
  readonly lang: LanguageCode;
  readonly date: Date;
  readonly listFormat: Intl.ListFormat;
  readonly instrumentIds: string[];
  readonly groups: TopicGroup[];
  readonly units: Unit[];
  readonly suppliedKinds: Set<LawKind>;
  readonly reviewed: boolean;
  readonly author: string;
  /** Units cited in the body, quoted in the annex: key `act|number`. */
  readonly cited = new Map<string, { unit: Unit; topics: Set<string> }>();

  constructor(
    readonly input: ReportInput,
    readonly options: ReportOptions,
  ) {
    this.lang = options.language;
    this.t = messages(options.language);
    this.n = narrativeMessages(options.language);
    this.date = options.date ?? new Date();
    this.listFormat = new Intl.ListFormat(this.t.locale, { style: 'long', type: 'conjunction' });
    this.author = options.author.trim() || input.assessment.assessor.trim() || this.n.unnamedAssessor;
    const wanted = options.instruments ?? input.instruments;
    const libOrder = new Map(input.library.instruments.map((i, k) => [i.id, k]));
    this.instrumentIds = input.instruments
      .filter((id) => wanted.includes(id))
      .sort((a, b) => (libOrder.get(a) ?? 99) - (libOrder.get(b) ?? 99));
    this.suppliedKinds = new Set(input.acts.flatMap((a) => lawKindsOfTitle(a.title)));
    this.units = this.collectUnits();
    this.groups = this.group();
    this.reviewed = input.requirements.length > 0 && input.requirements.every((r) => r.reviewed);
  }

  /* ------------------------------------------------------------------------ gathering */

  collectUnits(): Unit[] {
    const out: Unit[] = [];
    const seen = new Set<string>();
    this.input.acts.forEach((act, ai) => {
      (act.units ?? []).forEach((u, ui) => {
        seen.add(`${act.key}|${u.number}`);
        out.push({ act, number: u.number, label: u.label, text: u.text, order: ai * 100_000 + ui });
      });
    });
    // Acts whose units were not listed: the cited provisions stand in for them.
    for (const r of this.input.requirements)
      for (const c of r.citations) {
        const act = this.input.acts.find((a) => a.key === c.act);
        const number = c.numbers[0];
        if (!act || !number || seen.has(`${act.key}|${number}`)) continue;
        seen.add(`${act.key}|${number}`);
        const label = c.citation.startsWith(`${act.title}, `) ? c.citation.slice(act.title.length + 2) : number;
        const order = Number.parseFloat(number);
        out.push({
          act,
          number,
          label: label.replace(/ \(.*$/, ''),
          text: c.text,
          order: this.input.acts.indexOf(act) * 100_000 + (Number.isFinite(order) ? order : 99_999),
        });
      }
    return out.sort((a, b) => a.order - b.order);
  }

  instrument(id: string): Instrument | null {
    return findInstrument(this.input.library, id);
  }

  names(id: string): InstrumentNames {
    return instrumentNames(this.t, this.input.library, id);
  }

  resolve(req: ReportRequirement): Req {
    return { req, ...locateRequirement(this.instrument(req.instrument), req.id) };
  }

  /** The topic of a requirement: its own, or for a Model Law article the topic of what it implements. */
  topicFor(r: Req): Topic | null {
    if (!r.modelLaw) return topicOf(r.req.instrument, r.req.ref);
    if (r.modelLaw.title.toLowerCase().includes('non-punishment') || /non-liability/i.test(r.modelLaw.title))
      return { key: r.req.id, instrument: r.req.instrument, ref: r.req.ref, theme: 'non-punishment', homes: [] };
    for (const id of r.modelLaw.implements) {
      const sep = id.indexOf(':');
      const t = topicOf(id.slice(0, sep), id.slice(sep + 1));
      if (t) return t;
    }
    return null;
  }

  group(): TopicGroup[] {
    const statuses = this.options.statuses;
    const docOrder = new Map(listRequirements(this.input.library).map((r, i) => [r.id, i]));
    const scoped = this.input.requirements
      .filter((r) => this.instrumentIds.includes(r.instrument) && (!statuses || statuses.includes(r.status)))
      .sort((a, b) => (docOrder.get(a.id) ?? 1e9) - (docOrder.get(b.id) ?? 1e9));
    const byKey = new Map<string, TopicGroup>();
    for (const req of scoped) {
      const r = this.resolve(req);
      const topic = this.topicFor(r);
      if (!topic) continue;
      // A Model Law article joins its Protocol topic only when that Protocol is in scope.
      const key = topic.key;
      if (!byKey.has(key)) byKey.set(key, { topic, reqs: [], outcome: 'met' });
      byKey.get(key)!.reqs.push(r);
    }
    const groups = [...byKey.values()];
    for (const g of groups) g.outcome = this.outcome(g);
    return groups;
  }

  /** Whether a kind of law where the topic's measure lives was supplied (the offence laws: any act that creates offences). */
  homeSupplied(topic: Topic): boolean {
    if (topic.homes.length === 0) return this.input.acts.some((a) => isOffenceLaw(lawKindsOfTitle(a.title)));
    return topic.homes.some((k) => this.suppliedKinds.has(k));
  }

  /** The kind of law to ask for a topic: its usual home, or the anti-trafficking act. */
  homeOf(g: TopicGroup): LawKind {
    return g.topic.homes[0] ?? 'trafficking-act';
  }

  outcome(g: TopicGroup): TopicGroup['outcome'] {
    const live = g.reqs.filter((r) => r.req.status !== 'not_applicable');
    if (live.length === 0) return 'not-applicable';
    const anyReviewed = live.some((r) => r.req.reviewed);
    const anyAccepted = live.some((r) => r.req.citations.some((c) => c.accepted || c.origin === 'manual'));
    // A measure that lives in a law nobody supplied is asked for, not called a gap; a reviewer's word stands.
    if (!this.homeSupplied(g.topic) && !anyReviewed && !anyAccepted) {
      const credited = live.some((r) => r.req.status === 'compliant');
      const strong = live.some(
        (r) => r.req.status === 'partial' && r.req.citations.some((c) => (c.score ?? 1) >= STRONG_MATCH),
      );
      if (!credited && !strong) return 'not-supplied';
    }
    if (this.input.acts.length === 0) return 'not-supplied';
    if (live.some((r) => r.req.status === 'gap' || r.req.status === 'partial')) return 'open';
    if (live.every((r) => r.req.status === 'not_assessed')) return 'not-supplied';
    return 'met';
  }

  /* ------------------------------------------------------------------------- wording */

  list(items: string[]): string {
    return this.listFormat.format(items);
  }

  formatDate(value: string | Date): string {
    return formatReportDate(this.t.locale, value);
  }

  topicTitle(g: TopicGroup): string {
    const names = this.names(g.topic.instrument);
    const first = g.reqs.find((r) => !r.modelLaw);
    const article = first?.article;
    const title = article ? (article.titleTranslations[this.lang] ?? (this.lang === 'en' ? article.title : '')) : '';
    const ref = g.topic.ref;
    const label = `${names.abbr} ${this.t.articleAbbr} ${ref}`;
    if (title) return `${label} — ${title}`;
    if (first?.modelLaw || g.reqs[0]?.modelLaw) {
      const ml = g.reqs[0]!.modelLaw!;
      const mlTitle = ml.titleTranslations[this.lang] ?? (this.lang === 'en' ? ml.title : null);
      return mlTitle ? `${label} — ${mlTitle}` : label;
    }
    return label;
  }

  /**
   * The references of the open requirements with their instruments: "article 6(2) and (5) of the
   * Trafficking in Persons Protocol", sub-paragraphs under their paragraph; Model Law articles last.
   */
  refsOf(reqs: Req[]): string {
    const byInstrument = new Map<string, Req[]>();
    for (const r of reqs) {
      if (!byInstrument.has(r.req.instrument)) byInstrument.set(r.req.instrument, []);
      byInstrument.get(r.req.instrument)!.push(r);
    }
    const parts = [...byInstrument].map(([id, rs]) => `${this.refs(rs)} ${this.names(id).of}`);
    return this.list(parts);
  }

  refs(reqs: Req[]): string {
    const refs = [...new Set(reqs.map((r) => r.req.ref))];
    const top = refs.filter((r) => !refs.some((o) => o !== r && r.startsWith(`${o}(`)));
    const phrase = (ref: string) => this.t.refPhrase(ref, '').trim();
    if (top.length === 0) return phrase(reqs[0]?.req.ref ?? '');
    if (top.length === 1) return phrase(top[0]!);
    const article = top[0]!.replace(/\(.*$/, '');
    const rest = top.map((r) => (r.startsWith(article) ? r.slice(article.length) || r : r));
    return phrase(`${article}${this.list(rest)}`);
  }

  /** An element's label: from the requirement's checklist, else from any checklist naming it (5(2)(a) uses 5(2)'s). */
  elementLabel(r: Req, e: ElementResult): string | null {
    const own = this.input.library.checklists.find((c) => c.requirementId === r.req.id);
    for (const checklist of [own, ...this.input.library.checklists])
      for (const g of checklist?.groups ?? []) {
        const def = g.elements.find((x) => x.id === e.id);
        if (def) return def.label[this.lang];
      }
    return null;
  }

  missing(reqs: Req[]): string[] {
    const out = new Set<string>();
    for (const r of reqs)
      for (const e of r.req.elements) {
        if (e.present) continue;
        const label = this.elementLabel(r, e);
        if (label) out.add(label);
      }
    for (const r of reqs)
      for (const f of r.req.findings)
        if (callsForChange(f.code))
          out.add(this.t.findingCode[f.code].replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase()));
    return [...out];
  }

  /** What the analysis found of each requirement, for naming the changes a recommendation asks for. */
  actionSources(reqs: Req[]): ActionSource[] {
    return reqs.map((r) => ({
      id: r.req.id,
      missing: r.req.elements.flatMap((e) => {
        const label = e.present ? null : this.elementLabel(r, e);
        return label ? [{ id: e.id, label }] : [];
      }),
      codes: r.req.findings.map((f) => f.code),
    }));
  }

  /** Citations that stand for the topic's national implementation, best first, one per unit. */
  citations(reqs: Req[]): { unit: Unit; citation: ReportCitation }[] {
    const out = new Map<string, { unit: Unit; citation: ReportCitation; weight: number }>();
    for (const r of reqs) {
      const shown = r.req.reviewed
        ? r.req.citations.filter((c) => c.accepted || c.origin === 'manual')
        : r.req.status === 'gap' || r.req.status === 'not_applicable'
          ? []
          : r.req.citations.slice(0, 1);
      shown.forEach((c, i) => {
        const unit = this.units.find((u) => u.act.key === c.act && u.number === c.numbers[0]);
        if (!unit) return;
        const key = `${unit.act.key}|${unit.number}`;
        const weight = (c.accepted ? 10 : 0) + (shown.length - i);
        const prev = out.get(key);
        out.set(key, { unit, citation: c, weight: (prev?.weight ?? 0) + weight });
      });
    }
    return [...out.values()].sort((a, b) => b.weight - a.weight).map(({ unit, citation }) => ({ unit, citation }));
  }

  cite(unit: Unit, topic: string): void {
    const key = `${unit.act.key}|${unit.number}`;
    if (!this.cited.has(key)) this.cited.set(key, { unit, topics: new Set() });
    this.cited.get(key)!.topics.add(topic);
  }

  /** "section 3 of the Counter-Trafficking in Persons Act" pieces: the unit in running text. */
  unitRef(u: Unit): string {
    return inText(u.label || u.number);
  }

  lawLocale(lang: LanguageCode): string {
    return messages(lang).locale;
  }

  /* ---------------------------------------------------------------- recommendations */

  pending(): Pending[] {
    const out: Pending[] = [];
    for (const g of this.groups) {
      if (g.outcome !== 'open') continue;
      const open = g.reqs.filter((r) => r.req.status === 'gap' || r.req.status === 'partial');
      let grade: RecommendationGrade = 'invite';
      for (const r of open) {
        const gr = recommendationGrade(r.req.obligation);
        if (GRADE_WEIGHT[gr] > GRADE_WEIGHT[grade]) grade = gr;
      }
      const binding = open.filter((r) => recommendationGrade(r.req.obligation) === grade);
      const status: 'gap' | 'partial' =
        binding.some((r) => r.req.status === 'gap') && !binding.some((r) => r.req.status === 'partial')
          ? 'gap'
          : binding.some((r) => r.req.status === 'gap') && grade === 'urge'
            ? 'gap'
            : 'partial';
      out.push({
        group: g,
        grade,
        status,
        priority: recommendationPriority(
          grade === 'urge' ? 'mandatory' : grade === 'consider' ? 'consider' : 'optional',
          status,
        ),
      });
    }
    return out;
  }

  /** The act a new provision for a topic goes in: the special act when supplied, else the first. */
  hostAct(): ReportInput['acts'][number] | null {
    return this.input.acts.find((a) => isOffenceLaw(lawKindsOfTitle(a.title))) ?? this.input.acts[0] ?? null;
  }

  /** New units placed after a unit so far, so two insertions after one unit get 14A and 14B (14 bis, 14 ter). */
  readonly inserted = new Map<string, number>();
  /** Subsections added to a unit so far, so two amendments of one section add (7) then (8). */
  readonly added = new Map<string, number>();

  /* --------------------------------------------------------------------------- build */

  build(): NarrativeModel {
    const t = this.t;
    const n = this.n;
    const dateLabel = this.formatDate(this.date);
    const pending = this.pending()
      .map((p, i) => ({ p, i }))
      .sort(
        (a, b) => THEME_ORDER.indexOf(a.p.group.topic.theme) - THEME_ORDER.indexOf(b.p.group.topic.theme) || a.i - b.i,
      )
      .map((x) => x.p);
    // Keep the most pressing when there are too many: good practice beyond the cap stays unnumbered.
    const ranked = [...pending].sort(
      (a, b) => a.priority - b.priority || GRADE_WEIGHT[b.grade] - GRADE_WEIGHT[a.grade],
    );
    const numbered = new Set(ranked.slice(0, MAX_RECOMMENDATIONS).map((p) => p.group.topic.key));
    const numbers = new Map<string, number>();
    for (const p of pending) if (numbered.has(p.group.topic.key)) numbers.set(p.group.topic.key, numbers.size + 1);

    const recommendations: NarrativeRecommendation[] = [];
    const chapters: ReportSection[] = [];
    let chapterNo = 3;
    for (const theme of THEME_ORDER) {
      const groups = this.groups.filter((g) => g.topic.theme === theme && g.outcome !== 'not-applicable');
      if (groups.length === 0) continue;
      if (theme === 'smuggling' && !this.instrumentIds.some((id) => id.startsWith('som') || id === 'model-law-som'))
        continue;
      chapterNo += 1;
      chapters.push(chapter(this, chapterNo, theme, groups, pending, numbers, recommendations));
    }
    recommendations.sort((a, b) => a.number - b.number);

    const annexes = [provisionsAnnex(this), metAnnex(this)];
    const sections: ReportSection[] = [
      summary(this, recommendations),
      scope(this, dateLabel),
      framework(this),
      ...chapters,
      ...annexes,
    ];
    const stats = this.stats(recommendations.filter((r) => r.wording).length);
    const country = this.input.assessment.country;
    const title = n.coverTitle(country);
    return {
      language: this.lang,
      locale: t.locale,
      title,
      author: this.author,
      date: this.date.toISOString(),
      dateLabel,
      properties: {
        subject: `${t.kicker} — ${country}`,
        keywords: this.instrumentIds.map((id) => this.names(id).abbr).join(', '),
        description: this.input.assessment.title,
      },
      footer: { text: `${t.kicker} — ${country}`, page: t.pageWord, of: t.ofWord },
      cover: {
        kicker: t.kicker,
        title,
        country,
        fields: [
          {
            label: t.coverActs,
            lines: this.input.acts.length ? this.input.acts.map((a) => a.title) : [t.notAvailable],
          },
          { label: t.coverInstruments, lines: this.instrumentIds.map((id) => this.names(id).short) },
          { label: n.coverStatusLabel, lines: [this.reviewed ? n.coverReviewed : n.coverProposals] },
          {
            label: t.coverAssessor,
            lines: [this.author, ...(this.options.organisation?.trim() ? [this.options.organisation.trim()] : [])],
          },
          { label: t.coverDate, lines: [dateLabel] },
        ],
      },
      tocTitle: t.toc,
      sections,
      stats,
      recommendations,
      scope: this.groups.flatMap((g) => g.reqs.map((r) => r.req.id)),
      topics: this.groups.map((g) => ({ key: g.topic.key, theme: g.topic.theme, outcome: g.outcome })),
      notSupplied: this.notSuppliedKinds(),
    };
  }

  notSuppliedKinds(): LawKind[] {
    return [...new Set(this.groups.filter((g) => g.outcome === 'not-supplied').map((g) => this.homeOf(g)))];
  }

  stats(amendments: number): ReportStats {
    const counts = emptyCounts();
    const mandatory = emptyCounts();
    let reviewed = 0;
    let total = 0;
    for (const g of this.groups)
      for (const { req } of g.reqs) {
        total += 1;
        counts[req.status] += 1;
        if (recommendationGrade(req.obligation) === 'urge') mandatory[req.status] += 1;
        if (req.reviewed) reviewed += 1;
      }
    const sum = (c: typeof counts) => Object.values(c).reduce((a, b) => a + b, 0);
    return {
      total,
      counts,
      mandatory: { total: sum(mandatory), counts: mandatory },
      reviewed,
      amendments,
      byInstrument: [],
      byObligation: [],
    };
  }

  /* ------------------------------------------------------------------------ sections */

  /** An act in running text: its title without the trailing number in brackets, with "the" in English. */
  actName(act: ReportInput['acts'][number]): string {
    const short = act.title.replace(/\s*\([^()]*\)\s*$/, '').trim() || act.title;
    return this.lang === 'en' && !/^the /i.test(short) ? `the ${short}` : short;
  }

  /** Runs for text in the law's language, tagged when it is not the report's. */
  tagged(text: string, language: LanguageCode, extra: Partial<ReportRun> = {}): ReportRun[] {
    return [{ text, ...extra, ...(language !== this.lang ? { lang: this.lawLocale(language) } : {}) }];
  }

  /* ------------------------------------------------------------------------ annexes */
}

export function capFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Obligation classes by weight, for tests. */
export const OBLIGATION_GRADE: Record<Obligation, RecommendationGrade> = {
  mandatory: 'urge',
  definition: 'urge',
  consider: 'consider',
  optional: 'invite',
  general: 'invite',
};

/**
 * Build the narrative report: by theme, consolidated by article, with numbered recommendations
 * that name their target provision and carry proposed wording. Pure: no I/O, no clock unless
 * `options.date` is absent.
 */
export function buildNarrativeReport(input: ReportInput, options: ReportOptions): NarrativeModel {
  return new NarrativeBuilder(input, options).build();
}
