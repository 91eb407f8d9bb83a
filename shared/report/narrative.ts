import type { LanguageCode } from '../domain/source';
import type { ElementResult, RequirementStatus } from '../analysis/types';
import { actionsFor, callsForChange, type ActionSource } from './actions';
import { listRequirements } from '../reference/library';
import type { Article, Instrument, ModelLawArticle, Obligation, Paragraph } from '../reference/types';
import { emptyCounts } from './chart';
import { draftWording, templateFor, treatyWording, victimTerm } from './drafting';
import { UNNAMED_VERSION } from './from-analysis';
import type { ReportCitation, ReportInput, ReportOptions, ReportRequirement } from './input';
import { messages, type InstrumentNames, type Messages, type RecommendationGrade } from './messages';
import {
  amendmentSegments,
  recommendationGrade,
  recommendationPriority,
  type AmendmentSegment,
  type ReportBlock,
  type ReportCell,
  type ReportModel,
  type ReportRecommendation,
  type ReportRun,
  type ReportSection,
  type ReportStats,
} from './model';
import { findInstrument, formatReportDate, instrumentNames, locateRequirement } from './lookup';
import { narrativeMessages, type NarrativeMessages } from './narrative-messages';
import { THEME_ORDER, lawKindsOfTitle, topicOf, type LawKind, type ThemeId, type Topic } from './themes';

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
 */

/** Recommendations numbered in the body; beyond this, good-practice topics are listed unnumbered. */
export const MAX_RECOMMENDATIONS = 40;
/** Recommendations repeated in the executive summary. */
export const PRIORITY_SHOWN = 15;
/** Longest quotation from a provision or an instrument inside a chapter (the annex has the rest). */
const QUOTE_CHARS = 420;
/**
 * A proposed match at least this strong shows that a supplied act deals with a measure that
 * usually lives elsewhere, so the topic is assessed rather than asked for.
 */
const STRONG_MATCH = 0.5;

const STATUS_WEIGHT: Record<RequirementStatus, number> = {
  gap: 4,
  partial: 3,
  not_assessed: 2,
  compliant: 1,
  not_applicable: 0,
};

const GRADE_WEIGHT: Record<RecommendationGrade, number> = { urge: 3, consider: 2, invite: 1 };

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

interface Req {
  req: ReportRequirement;
  paragraph: Paragraph | null;
  article: Article | null;
  modelLaw: ModelLawArticle | null;
}

interface TopicGroup {
  topic: Topic;
  reqs: Req[];
  outcome: 'met' | 'open' | 'not-supplied' | 'not-applicable';
}

interface Unit {
  act: ReportInput['acts'][number];
  number: string;
  label: string;
  text: string;
  order: number;
}

/** A recommendation before numbering. */
interface Pending {
  group: TopicGroup;
  grade: RecommendationGrade;
  priority: 1 | 2 | 3 | 4;
  status: 'gap' | 'partial';
}

function splitLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

function para(text: string, style: 'body' | 'note' | 'label' = 'body'): ReportBlock {
  return { kind: 'paragraph', runs: [{ text }], style };
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const stop = Math.max(cut.lastIndexOf('; '), cut.lastIndexOf('. '), cut.lastIndexOf(', '));
  return `${(stop > max * 0.5 ? cut.slice(0, stop) : cut.slice(0, cut.lastIndexOf(' '))).trim()} …`;
}

/** "Section 3" → "section 3" in running text; "Article 3" → "article 3". */
function inText(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

class NarrativeBuilder {
  private readonly t: Messages;
  private readonly n: NarrativeMessages;
  private readonly lang: LanguageCode;
  private readonly date: Date;
  private readonly listFormat: Intl.ListFormat;
  private readonly instrumentIds: string[];
  private readonly groups: TopicGroup[];
  private readonly units: Unit[];
  private readonly suppliedKinds: Set<LawKind>;
  private readonly reviewed: boolean;
  private readonly author: string;
  /** Units cited in the body, quoted in the annex: key `act|number`. */
  private readonly cited = new Map<string, { unit: Unit; topics: Set<string> }>();

  constructor(
    private readonly input: ReportInput,
    private readonly options: ReportOptions,
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

  private collectUnits(): Unit[] {
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

  private instrument(id: string): Instrument | null {
    return findInstrument(this.input.library, id);
  }

  private names(id: string): InstrumentNames {
    return instrumentNames(this.t, this.input.library, id);
  }

  private resolve(req: ReportRequirement): Req {
    return { req, ...locateRequirement(this.instrument(req.instrument), req.id) };
  }

  /** The topic of a requirement: its own, or for a Model Law article the topic of what it implements. */
  private topicFor(r: Req): Topic | null {
    if (!r.modelLaw) return topicOf(r.req.instrument, r.req.ref);
    if (r.modelLaw.title.toLowerCase().includes('non-punishment') || /non-liability/i.test(r.modelLaw.title))
      return { key: r.req.id, instrument: r.req.instrument, ref: r.req.ref, theme: 'non-punishment', home: 'special' };
    for (const id of r.modelLaw.implements) {
      const sep = id.indexOf(':');
      const t = topicOf(id.slice(0, sep), id.slice(sep + 1));
      if (t) return t;
    }
    return null;
  }

  private group(): TopicGroup[] {
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

  private outcome(g: TopicGroup): TopicGroup['outcome'] {
    const live = g.reqs.filter((r) => r.req.status !== 'not_applicable');
    if (live.length === 0) return 'not-applicable';
    const anyReviewed = live.some((r) => r.req.reviewed);
    const anyAccepted = live.some((r) => r.req.citations.some((c) => c.accepted || c.origin === 'manual'));
    // A measure that lives in a law nobody supplied is asked for, not called a gap; a reviewer's word stands.
    if (!this.suppliedKinds.has(g.topic.home) && !anyReviewed && !anyAccepted) {
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

  private list(items: string[]): string {
    return this.listFormat.format(items);
  }

  private formatDate(value: string | Date): string {
    return formatReportDate(this.t.locale, value);
  }

  private topicTitle(g: TopicGroup): string {
    const names = this.names(g.topic.instrument);
    const first = g.reqs.find((r) => !r.modelLaw);
    const article = first?.article;
    const title = article ? (article.titleTranslations[this.lang] ?? (this.lang === 'en' ? article.title : '')) : '';
    const ref = g.topic.ref;
    const label = `${names.abbr} ${this.t.articleAbbr} ${ref}`;
    if (title) return `${label} — ${title}`;
    if (first?.modelLaw || g.reqs[0]?.modelLaw) {
      const ml = g.reqs[0]!.modelLaw!;
      return this.lang === 'en' ? `${label} — ${ml.title}` : label;
    }
    return label;
  }

  /**
   * The references of the open requirements with their instruments: "article 6(2) and (5) of the
   * Trafficking in Persons Protocol", sub-paragraphs under their paragraph; Model Law articles last.
   */
  private refsOf(reqs: Req[]): string {
    const byInstrument = new Map<string, Req[]>();
    for (const r of reqs) {
      if (!byInstrument.has(r.req.instrument)) byInstrument.set(r.req.instrument, []);
      byInstrument.get(r.req.instrument)!.push(r);
    }
    const parts = [...byInstrument].map(([id, rs]) => `${this.refs(rs)} ${this.names(id).of}`);
    return this.list(parts);
  }

  private refs(reqs: Req[]): string {
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
  private elementLabel(r: Req, e: ElementResult): string | null {
    const own = this.input.library.checklists.find((c) => c.requirementId === r.req.id);
    for (const checklist of [own, ...this.input.library.checklists])
      for (const g of checklist?.groups ?? []) {
        const def = g.elements.find((x) => x.id === e.id);
        if (def) return def.label[this.lang];
      }
    return null;
  }

  private missing(reqs: Req[]): string[] {
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
  private actionSources(reqs: Req[]): ActionSource[] {
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
  private citations(reqs: Req[]): { unit: Unit; citation: ReportCitation }[] {
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

  private cite(unit: Unit, topic: string): void {
    const key = `${unit.act.key}|${unit.number}`;
    if (!this.cited.has(key)) this.cited.set(key, { unit, topics: new Set() });
    this.cited.get(key)!.topics.add(topic);
  }

  /** "section 3 of the Counter-Trafficking in Persons Act" pieces: the unit in running text. */
  private unitRef(u: Unit): string {
    return inText(u.label || u.number);
  }

  /** The clause of a provision that carries the evidence of an element, in the law's exact words. */
  private quoteOf(unit: Unit, reqs: Req[]): string {
    const text = unit.text;
    for (const r of reqs)
      for (const e of r.req.elements) {
        if (!e.present || !e.span || e.number !== unit.number) continue;
        const [start] = e.span;
        if (start < 0 || start >= text.length) continue;
        const before = Math.max(text.lastIndexOf('\n', start), text.lastIndexOf('. ', start));
        const from = before < 0 ? 0 : before + 1;
        const nl = text.indexOf('\n', start);
        const to = nl < 0 ? text.length : nl;
        const clause = text.slice(from, to).trim();
        if (clause.length > 20) return clip(clause, QUOTE_CHARS);
      }
    const lines = splitLines(text);
    const start = Math.max(
      0,
      lines.findIndex((l, i) => i > 0 || !/^(section|article|art\.|artículo)\b/i.test(l)),
    );
    // A chapeau ("… by means of—", "… requires:") reads only with what it leads into.
    let body = lines[start] ?? '';
    for (let i = start + 1; i < lines.length && /[—:–-]\s*$/.test(body) && body.length < QUOTE_CHARS; i++)
      body += ` ${lines[i]}`;
    return clip(body, QUOTE_CHARS);
  }

  private requirementQuote(reqs: Req[]): { text: string; lang: string | null } | null {
    const r =
      reqs.find((x) => x.paragraph && (x.req.obligation === 'mandatory' || x.req.obligation === 'definition')) ??
      reqs.find((x) => x.paragraph);
    if (!r?.paragraph) return null;
    const p = r.paragraph;
    const words = (x: Paragraph): { text: string; own: boolean } => {
      const own = this.lang === 'en' ? x.text : x.translations[this.lang];
      return { text: own ?? x.text, own: own !== undefined };
    };
    let { text, own } = words(p);
    // A chapeau ("… criminal offences, when committed intentionally:") is quoted with its items.
    if (/:\s*$/.test(text))
      for (const item of r.article?.paragraphs.filter((x) => x.ref.startsWith(`${p.ref}(`)) ?? []) {
        const w = words(item);
        own &&= w.own;
        text += ` ${item.ref.slice(p.ref.length)} ${w.text}`;
        if (text.length > 2 * QUOTE_CHARS) break;
      }
    return { text: `${p.ref} ${clip(text, 2 * QUOTE_CHARS)}`, lang: own ? null : 'en-GB' };
  }

  private lawLocale(lang: LanguageCode): string {
    return messages(lang).locale;
  }

  /* ---------------------------------------------------------------- recommendations */

  private pending(): Pending[] {
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
  private hostAct(): ReportInput['acts'][number] | null {
    return this.input.acts.find((a) => lawKindsOfTitle(a.title).includes('special')) ?? this.input.acts[0] ?? null;
  }

  /** Where a new provision of a theme goes: after the last unit cited in the theme, else before the final provisions. */
  private anchor(theme: ThemeId): Unit | null {
    const act = this.hostAct();
    if (!act) return null;
    const inTheme = this.groups
      .filter((g) => g.topic.theme === theme)
      .flatMap((g) => this.citations(g.reqs).map((c) => c.unit))
      .filter((u) => u.act.key === act.key);
    if (inTheme.length > 0) return inTheme.reduce((a, b) => (b.order > a.order ? b : a));
    const units = this.units.filter((u) => u.act.key === act.key && /^\d/.test(u.number));
    // Final provisions (regulations, amendments, repeals) close an act; new measures go before them.
    const finals =
      /regulation|amendment|repeal|transitional|commencement|r[èe]glement|abrog|modificaci|derogaci|transitori|entrée en vigueur|vigencia/i;
    const operative = units.filter((u) => !finals.test(u.label) && !finals.test(u.text.slice(0, 120)));
    return operative[operative.length - 1] ?? units[units.length - 1] ?? null;
  }

  /** New units placed after a unit so far, so two insertions after one unit get 14A and 14B (14 bis, 14 ter). */
  private readonly inserted = new Map<string, number>();
  /** Subsections added to a unit so far, so two amendments of one section add (7) then (8). */
  private readonly added = new Map<string, number>();

  private newNumber(after: Unit): string {
    const style =
      /^(article|art|artículo|articulo)\b/i.test(after.label) || after.act.language !== 'en' ? 'bis' : 'suffix-letter';
    const key = `${after.act.key}|${after.number}`;
    const index = this.inserted.get(key) ?? 0;
    this.inserted.set(key, index + 1);
    const suffix =
      style === 'bis'
        ? (['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies'][index] ?? `${index + 2}`)
        : String.fromCharCode(65 + (index % 26));
    return this.n.newSectionNumber(after.number, suffix, style);
  }

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
      chapters.push(this.chapter(chapterNo, theme, groups, pending, numbers, recommendations));
    }
    recommendations.sort((a, b) => a.number - b.number);

    const annexes = [this.provisionsAnnex(), this.metAnnex()];
    const sections: ReportSection[] = [
      this.summary(recommendations),
      this.scope(dateLabel),
      this.framework(),
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

  private notSuppliedKinds(): LawKind[] {
    return [...new Set(this.groups.filter((g) => g.outcome === 'not-supplied').map((g) => g.topic.home))];
  }

  private stats(amendments: number): ReportStats {
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

  private summary(recs: NarrativeRecommendation[]): ReportSection {
    const t = this.t;
    const n = this.n;
    const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: `1. ${n.chapters.summary}` }];
    if (!this.reviewed)
      blocks.push({ kind: 'paragraph', style: 'body', runs: [{ text: n.proposalsWarning, bold: true }] });
    const acts = this.input.acts.map((a) => a.title);
    blocks.push(
      para(
        n.summaryOpening(
          this.input.assessment.country,
          acts.length ? this.list(acts) : t.notAvailable,
          this.list(this.instrumentIds.map((id) => this.names(id).inText)),
        ),
      ),
    );
    const live = this.groups.filter((g) => g.outcome !== 'not-applicable');
    const count = (o: TopicGroup['outcome']) => live.filter((g) => g.outcome === o).length;
    blocks.push(para(n.summaryCounts(live.length, count('met'), count('open'), count('not-supplied'))));

    blocks.push({ kind: 'heading', level: 2, text: `1.1 ${n.wellHeading}` });
    const well = live.filter(
      (g) =>
        g.outcome === 'met' ||
        (g.outcome === 'open' && this.citations(g.reqs).length > 0 && g.reqs.some((r) => r.req.status === 'compliant')),
    );
    const good = live.filter((g) => g.outcome === 'met');
    if (good.length === 0 && well.length === 0) blocks.push(para(n.nothingWell));
    else
      blocks.push({
        kind: 'bullets',
        items: (good.length ? good : well).slice(0, 12).map((g) => {
          const cites = this.citations(g.reqs).slice(0, 3);
          return [
            {
              text: n.wellItem(
                this.topicTitle(g),
                cites.length ? this.list(cites.map((c) => this.unitRef(c.unit))) : t.notAvailable,
              ),
            },
          ];
        }),
      });

    blocks.push({ kind: 'heading', level: 2, text: `1.2 ${n.priorityHeading}` });
    if (recs.length === 0) blocks.push(para(t.noRecommendation));
    else {
      const top = [...recs].sort((a, b) => a.priority - b.priority || a.number - b.number).slice(0, PRIORITY_SHOWN);
      top.sort((a, b) => a.number - b.number);
      blocks.push(para(n.priorityIntro(top.length, recs.length)));
      blocks.push({
        kind: 'table',
        table: {
          role: 'priority',
          compact: true,
          columns: [
            { header: '', width: 0.6 },
            { header: n.recommendationsColumn, width: 7 },
            { header: t.priorityColumn, width: 1.6 },
          ],
          rows: top.map((r) => [
            { paragraphs: [[{ text: n.recNumber(r.number), bold: true }]] },
            { paragraphs: [[{ text: r.text }]] },
            { paragraphs: [[{ text: t.priority[r.priority] }]] },
          ]),
        },
      });
    }
    return { id: 'summary', landscape: false, blocks };
  }

  private scope(dateLabel: string): ReportSection {
    const t = this.t;
    const n = this.n;
    // Scope, framework and the thematic chapters flow on; only the summary and the annexes start a page.
    const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: `2. ${n.chapters.scope}`, runOn: true }];
    if (this.input.acts.length === 0) blocks.push(para(n.scopeNoActs));
    else {
      blocks.push(para(n.scopeActs(this.input.acts.length)));
      blocks.push({
        kind: 'bullets',
        items: this.input.acts.map((a) => [
          { text: a.title, bold: true },
          {
            text: ` — ${
              a.versionLabel && a.versionLabel !== UNNAMED_VERSION
                ? t.coverVersion(a.versionLabel, t.actStatus[a.versionStatus])
                : t.actStatus[a.versionStatus]
            } — ${t.languageName[a.language]}`,
          },
        ]),
      });
    }
    blocks.push(
      para(
        n.scopeInstruments(
          this.list(this.instrumentIds.map((id) => `${this.names(id).inText} (${this.names(id).citation})`)),
        ),
      ),
    );
    blocks.push(para(n.obligationLevels));
    blocks.push({
      kind: 'bullets',
      items: (['urge', 'consider', 'invite'] as const).map((g) => [{ text: n.gradeExplain[g] }]),
    });
    blocks.push(para(n.methodAnalysis(this.formatDate(this.input.analysis.generatedAt))));
    const total = this.input.analysis.totalCount;
    const reviewed = this.input.analysis.reviewedCount;
    blocks.push(
      para(reviewed > 0 ? n.methodReviewed(reviewed, total, this.author || t.notAvailable) : n.methodUnreviewed(total)),
    );
    const languages = [...new Set(this.input.acts.map((a) => a.language))];
    if (languages.length > 0) blocks.push(para(n.languageNote(this.list(languages.map((l) => t.languageName[l])))));
    blocks.push(para(n.workbookNote));
    blocks.push(para(t.assessedBy(this.author || t.notAvailable, dateLabel), 'note'));

    blocks.push({ kind: 'heading', level: 2, text: `2.1 ${n.notSuppliedHeading}` });
    const missing = this.notSuppliedKinds();
    if (missing.length === 0) blocks.push(para(n.allSupplied));
    else {
      blocks.push(para(n.notSuppliedIntro));
      blocks.push({
        kind: 'bullets',
        items: missing.map((kind) => {
          const topics = this.groups.filter((g) => g.outcome === 'not-supplied' && g.topic.home === kind);
          return [{ text: n.notSuppliedItem(n.lawKind[kind], this.list(topics.map((g) => this.topicTitle(g)))) }];
        }),
      });
    }
    return { id: 'scope', landscape: false, blocks };
  }

  private framework(): ReportSection {
    const t = this.t;
    const n = this.n;
    const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: `3. ${n.chapters.framework}`, runOn: true }];
    if (this.input.acts.length === 0) {
      blocks.push(para(n.scopeNoActs));
      return { id: 'framework', landscape: false, blocks };
    }
    for (const a of this.input.acts) {
      const units = this.units.filter((u) => u.act.key === a.key).length;
      blocks.push(para(n.frameworkAct(a.title, a.year ? String(a.year) : '', t.actStatus[a.versionStatus], units)));
    }
    // Laws the acts name ("the Penal Code", "Children Act", "Code pénal"): part of the framework.
    const named = new Set<string>();
    const titles = this.input.acts.map((a) => a.title.toLowerCase());
    const lawName =
      /\b((?:[A-Z][a-z]+ ){0,4}(?:Act|Code)(?:, \d{4})?)\b|\b(Code (?:pénal|de procédure pénale|du travail|civil)|Código (?:Penal|Procesal Penal|del Trabajo|Civil)|Ley (?:de|sobre) [A-ZÁÉÍÓÚ][\wáéíóú ]{3,40})/g;
    for (const u of this.units)
      for (const m of u.text.matchAll(lawName)) {
        const name = (m[1] ?? m[2] ?? '').trim();
        if (
          name.split(' ').length < 2 ||
          /^(This|The|That|Such|An?) /.test(name) ||
          /^(this|the) (Act|Code)$/i.test(name)
        )
          continue;
        // "Persons Act" out of "Counter-Trafficking in Persons Act" is the act itself.
        if (titles.some((title) => title.includes(name.toLowerCase()))) continue;
        named.add(name);
      }
    const list = [...named].slice(0, 15);
    blocks.push(
      list.length
        ? {
            kind: 'paragraph',
            style: 'body',
            runs: [
              { text: n.frameworkReferences(this.list(list)).replace(/: .*$/, ': ') },
              ...this.tagged(this.list(list), this.input.acts[0]!.language),
              { text: '.' },
            ],
          }
        : para(n.frameworkNoReferences),
    );
    return { id: 'framework', landscape: false, blocks };
  }

  /** An act in running text: its title without the trailing number in brackets, with "the" in English. */
  private actName(act: ReportInput['acts'][number]): string {
    const short = act.title.replace(/\s*\([^()]*\)\s*$/, '').trim() || act.title;
    return this.lang === 'en' && !/^the /i.test(short) ? `the ${short}` : short;
  }

  /** Runs for text in the law's language, tagged when it is not the report's. */
  private tagged(text: string, language: LanguageCode, extra: Partial<ReportRun> = {}): ReportRun[] {
    return [{ text, ...extra, ...(language !== this.lang ? { lang: this.lawLocale(language) } : {}) }];
  }

  private chapter(
    no: number,
    theme: ThemeId,
    groups: TopicGroup[],
    pending: Pending[],
    numbers: Map<string, number>,
    recommendations: NarrativeRecommendation[],
  ): ReportSection {
    const n = this.n;
    const t = this.t;
    const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: `${no}. ${n.theme[theme]}`, runOn: true }];
    const unreviewed = groups.some((g) => g.reqs.some((r) => !r.req.reviewed));
    if (unreviewed) blocks.push(para(n.chapterProposals, 'note'));
    let sub = 0;
    for (const g of groups.filter((x) => x.outcome === 'open')) {
      sub += 1;
      const p = pending.find((x) => x.group === g)!;
      blocks.push({ kind: 'heading', level: 2, text: `${no}.${sub} ${this.topicTitle(g)}` });
      blocks.push(...this.finding(g, p, numbers.get(g.topic.key) ?? null, recommendations));
    }
    const met = groups.filter((x) => x.outcome === 'met');
    if (met.length > 0) {
      blocks.push(para(n.metTableIntro, 'label'));
      blocks.push({
        kind: 'table',
        table: {
          role: 'met',
          compact: true,
          columns: [
            { header: n.topicColumn, width: 4 },
            { header: n.provisionsColumn, width: 3.5 },
            { header: n.statusColumn, width: 1.6 },
          ],
          rows: met.map((g): ReportCell[] => {
            const cites = this.citations(g.reqs);
            for (const c of cites) this.cite(c.unit, this.topicTitle(g));
            return [
              { paragraphs: [[{ text: this.topicTitle(g) }]] },
              {
                paragraphs: [
                  [{ text: cites.length ? this.list(cites.map((c) => this.unitRef(c.unit))) : t.notAvailable }],
                ],
              },
              { paragraphs: [[{ text: t.status.compliant, bold: true, tone: 'compliant' }]], tone: 'compliant' },
            ];
          }),
        },
      });
    }
    const notSupplied = groups.filter((x) => x.outcome === 'not-supplied');
    if (notSupplied.length > 0)
      blocks.push({
        kind: 'bullets',
        items: notSupplied.map((g) => [
          { text: n.notSuppliedTopic(this.topicTitle(g), n.lawKindInText[g.topic.home]) },
        ]),
      });
    return { id: `theme-${theme}`, landscape: false, blocks };
  }

  private finding(
    g: TopicGroup,
    p: Pending,
    number: number | null,
    recommendations: NarrativeRecommendation[],
  ): ReportBlock[] {
    const n = this.n;
    const t = this.t;
    const blocks: ReportBlock[] = [];
    const open = g.reqs.filter((r) => r.req.status === 'gap' || r.req.status === 'partial');
    const cites = this.citations(g.reqs);
    const host = cites[0]?.unit.act ?? this.hostAct();

    // What the law provides, in its words.
    if (cites.length === 0) blocks.push(para(n.lawSilent(host ? this.actName(host) : t.notAvailable)));
    else {
      const first = cites[0]!;
      const lead =
        cites.length === 1
          ? n.lawProvides(capFirst(this.unitRef(first.unit)), this.actName(first.unit.act))
          : n.lawProvidesMany(this.list(cites.slice(0, 4).map((c) => this.unitRef(c.unit))));
      blocks.push(para(lead));
      for (const c of cites.slice(0, 2)) {
        this.cite(c.unit, this.topicTitle(g));
        blocks.push({
          kind: 'quote',
          paragraphs: [
            [
              { text: `${c.unit.label}${t.colon}`, bold: true },
              ...this.tagged(`“${this.quoteOf(c.unit, g.reqs)}”`, c.unit.act.language),
            ],
          ],
        });
      }
      for (const c of cites.slice(2)) this.cite(c.unit, this.topicTitle(g));
    }

    // What the instruments require, in their words.
    const binding = open.filter((r) => recommendationGrade(r.req.obligation) === p.grade);
    const treaty = (binding.length ? binding : open).filter((r) => !r.modelLaw);
    const refs = this.refsOf(treaty.length ? treaty : binding.length ? binding : open);
    const requires =
      treaty.length === 0
        ? n.modelLawOffers
        : p.grade === 'consider'
          ? n.instrumentRequiresConsider
          : n.instrumentRequires;
    blocks.push(para(requires(refs, '')));
    const quote = this.requirementQuote(binding.length ? binding : open);
    if (quote)
      blocks.push({ kind: 'quote', paragraphs: [[{ text: quote.text, ...(quote.lang ? { lang: quote.lang } : {}) }]] });

    // What is missing, and the assessment.
    const missing = this.missing(open);
    blocks.push(para(missing.length ? n.missing(this.list(missing)) : n.missingNothingNamed));
    const status =
      STATUS_WEIGHT.gap === Math.max(...open.map((r) => STATUS_WEIGHT[r.req.status])) && cites.length === 0
        ? 'gap'
        : 'partial';
    const reviewed = open.every((r) => r.req.reviewed);
    blocks.push({
      kind: 'paragraph',
      style: 'body',
      runs: [{ text: (reviewed ? n.assessment : n.assessmentProposal)(t.status[status]), bold: true, tone: status }],
    });
    for (const r of g.reqs) {
      const finding = r.req.finding?.trim();
      if (finding)
        blocks.push({
          kind: 'paragraph',
          style: 'body',
          runs: [{ text: `${n.reviewerFinding} `, italic: true }, { text: finding }],
        });
    }

    // The recommendation: where, what, and the wording.
    const target = this.target(g, cites);
    const actions = actionsFor(this.actionSources(binding.length ? binding : open), this.lang, (items) =>
      this.list(items),
    );
    const what = n.recWhat(refs, actions.length ? this.list(actions) : null);
    const actTitle = target.act ? this.actName(target.act) : t.notAvailable;
    const text = target.amend
      ? n.recAmend(p.grade, target.place, actTitle, what)
      : n.recInsert(p.grade, target.place, actTitle, what);
    const reviewerAction = g.reqs.map((r) => r.req.recommendation?.trim()).find((x) => x) ?? null;
    if (number !== null) {
      blocks.push({
        kind: 'paragraph',
        style: 'body',
        runs: [
          { text: `${n.recNumber(number)} `, bold: true },
          { text, bold: true },
        ],
      });
    } else blocks.push({ kind: 'paragraph', style: 'body', runs: [{ text }] });
    if (reviewerAction)
      blocks.push({
        kind: 'paragraph',
        style: 'body',
        runs: [{ text: `${t.recommendedAction}${t.colon}`, bold: true }, { text: reviewerAction }],
      });

    const wording = this.wording(g, binding.length ? binding : open, target, cites);
    if (wording) {
      blocks.push(para(wording.byReviewer ? n.proposedWordingReviewer : n.proposedWording, 'label'));
      const lawLang = target.act?.language ?? this.lang;
      blocks.push({
        kind: 'amendment',
        requirementId: wording.source,
        citation: target.amend ? target.place : null,
        segments: wording.segments,
        ...(lawLang !== this.lang ? { lang: this.lawLocale(lawLang) } : {}),
      });
      if (wording.modelLaw.length > 0) blocks.push(para(n.modelLawSource(this.list(wording.modelLaw)), 'note'));
    } else if (number !== null) blocks.push(para(n.noTemplate, 'note'));

    if (number !== null)
      recommendations.push({
        requirementId: g.reqs[0]!.req.id,
        label: this.topicTitle(g),
        priority: p.priority,
        grade: p.grade,
        status: p.status,
        text,
        action: reviewerAction,
        number,
        topic: g.topic.key,
        theme: g.topic.theme,
        target: target.place,
        act: target.act?.title ?? null,
        wording: wording !== null,
        requirements: (binding.length ? binding : open).map((r) => r.req.id),
        wordingFor: wording?.source ?? null,
      });
    return blocks;
  }

  /** The provision to amend, or where a new one goes. */
  private target(
    g: TopicGroup,
    cites: { unit: Unit; citation: ReportCitation }[],
  ): {
    amend: boolean;
    place: string;
    unit: Unit | null;
    act: ReportInput['acts'][number] | null;
    /** The number a new unit takes ("section 14A"). */
    number?: string;
  } {
    const reviewerAmendment = g.reqs.find((r) => r.req.amendment)?.req.amendment;
    if (reviewerAmendment?.citation) {
      const unit =
        this.units.find(
          (u) => reviewerAmendment.citation!.includes(u.label) && reviewerAmendment.citation!.startsWith(u.act.title),
        ) ??
        cites[0]?.unit ??
        null;
      if (unit) return { amend: true, place: this.unitRef(unit), unit, act: unit.act };
    }
    const partial = g.reqs.some((r) => r.req.status === 'partial');
    if (cites.length > 0 && partial) {
      const unit = cites[0]!.unit;
      return { amend: true, place: this.unitRef(unit), unit, act: unit.act };
    }
    const after = this.anchor(g.topic.theme);
    if (!after) return { amend: false, place: this.n.afterUnit('—', '—'), unit: null, act: this.hostAct() };
    const number = this.newNumber(after);
    return { amend: false, place: this.n.afterUnit(this.unitRef(after), number), unit: after, act: after.act, number };
  }

  /**
   * Proposed wording as tracked changes, for the recommendation's own requirements (`reqs`, the
   * open ones of its grade, in the instrument's order): the reviewer's when written; else the
   * imported Model Law article or the model wording that serves one of those very requirements;
   * else the words of the Protocol or the Convention for it, never a neighbouring paragraph's
   * template. Inserted after the cited provision's last subsection (an amendment) or as a new
   * section (an insertion), in the law's language.
   */
  private wording(
    g: TopicGroup,
    reqs: Req[],
    target: { amend: boolean; unit: Unit | null; act: ReportInput['acts'][number] | null; number?: string },
    cites: { unit: Unit }[],
  ): { segments: AmendmentSegment[]; modelLaw: string[]; byReviewer: boolean; source: string } | null {
    const reviewed = g.reqs.find((r) => r.req.amendment);
    const own = reviewed?.req.amendment;
    if (reviewed && own)
      return {
        segments: amendmentSegments(own.original.replace(/\r\n?/g, '\n'), own.proposed.replace(/\r\n?/g, '\n')),
        modelLaw: [],
        byReviewer: true,
        source: reviewed.req.id,
      };
    const draft = this.draft(reqs, target.act);
    if (!draft) return null;
    const { subsections, heading, sources, source } = draft;
    const segments: AmendmentSegment[] = [];
    if (target.amend && target.unit && cites.length > 0) {
      const lines = splitLines(target.unit.text);
      const last = lines[lines.length - 1] ?? '';
      const numbered = lines.map((l) => /^\((\d+)\)/.exec(l)?.[1]).filter((x): x is string => !!x);
      const key = `${target.unit.act.key}|${target.unit.number}`;
      let next = numbered.length ? Number(numbered[numbered.length - 1]) + 1 + (this.added.get(key) ?? 0) : 0;
      if (next > 0) this.added.set(key, (this.added.get(key) ?? 0) + subsections.length);
      segments.push({ kind: 'equal', text: last });
      const added = subsections.map((s) => (next > 0 ? `(${next++}) ${s}` : s)).join('\n');
      segments.push({ kind: 'insert', text: `\n${added}` });
    } else {
      const number = target.number ?? '';
      const label = number ? capFirst(number.replace(/^(section|article|artículo) /i, (w) => w)) : '';
      const body = subsections.map((s, i) => (subsections.length > 1 ? `(${i + 1}) ${s}` : s)).join('\n');
      segments.push({ kind: 'insert', text: `${label}${label ? '. ' : ''}${heading}\n${body}` });
    }
    return { segments, modelLaw: sources, byReviewer: false, source };
  }

  /** The wording drafted for the first of `reqs` that has one, and the requirement it serves. */
  private draft(
    reqs: Req[],
    act: ReportInput['acts'][number] | null,
  ): { subsections: string[]; heading: string; sources: string[]; source: string } | null {
    const lawLang = act?.language ?? this.lang;
    const articleRef = (id: string) =>
      `${this.names(id.slice(0, id.indexOf(':'))).inText}, ${this.t.articleAbbr} ${id.slice(id.indexOf(':') + 1)}`;
    // An imported Model Law text in the law's language is the better template.
    for (const r of reqs) {
      const imported = this.input.library.instruments
        .flatMap((i) => i.modelLawArticles)
        .find(
          (m) =>
            m.text &&
            (m.id === r.req.id || m.implements.includes(r.req.id)) &&
            (this.instrument(m.id.slice(0, m.id.indexOf(':')))?.language ?? 'en') === lawLang,
        );
      if (imported)
        return {
          subsections: splitLines(imported.text!),
          heading: imported.title,
          sources: [articleRef(imported.id.slice(0, imported.id.indexOf(':')) + ':' + imported.number)],
          source: r.req.id,
        };
    }
    for (const r of reqs) {
      const template = templateFor(r.req.id);
      if (!template) continue;
      const lawText = this.units
        .filter((u) => u.act.key === act?.key)
        .map((u) => u.text)
        .join('\n');
      return {
        subsections: draftWording(template, lawLang, victimTerm(lawLang, lawText)),
        heading: template.heading[lawLang],
        sources: template.modelLaw
          .filter((id) => this.input.library.instruments.some((i) => i.modelLawArticles.some((m) => m.id === id)))
          .map(articleRef),
        source: r.req.id,
      };
    }
    // No model wording serves these requirements: the treaty's own words for the first that has them.
    for (const r of reqs) {
      if (r.modelLaw || !r.paragraph) continue;
      const words = lawLang === 'en' ? r.paragraph.text : r.paragraph.translations[lawLang];
      const text = words ? treatyWording(words, lawLang) : null;
      if (!text) continue;
      const title = r.article ? (lawLang === 'en' ? r.article.title : r.article.titleTranslations[lawLang]) : null;
      return {
        subsections: [text],
        heading: title ?? '',
        sources: [this.t.refPhrase(r.req.ref, this.names(r.req.instrument).of).trim()],
        source: r.req.id,
      };
    }
    return null;
  }

  /* ------------------------------------------------------------------------ annexes */

  private provisionsAnnex(): ReportSection {
    const n = this.n;
    const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: n.annex('A', n.chapters.annexProvisions) }];
    blocks.push(para(n.annexProvisionsIntro));
    const cited = [...this.cited.values()].sort((a, b) => a.unit.order - b.unit.order);
    if (cited.length === 0) blocks.push(para(this.t.noProvision));
    let act: string | null = null;
    for (const { unit, topics } of cited) {
      if (unit.act.key !== act) {
        act = unit.act.key;
        blocks.push({ kind: 'heading', level: 2, text: unit.act.title });
      }
      blocks.push({ kind: 'paragraph', style: 'label', runs: [{ text: unit.label, bold: true }] });
      // Without texts (a shorter report on request) the annex lists the provisions cited.
      if (this.options.includeTexts)
        blocks.push({ kind: 'quote', paragraphs: splitLines(unit.text).map((l) => this.tagged(l, unit.act.language)) });
      blocks.push(para(n.citedIn(this.list([...topics])), 'note'));
    }
    return { id: 'annex-provisions', landscape: false, blocks };
  }

  private metAnnex(): ReportSection {
    const n = this.n;
    const t = this.t;
    const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: n.annex('B', n.chapters.annexMet) }];
    blocks.push(para(n.annexMetIntro));
    const rows: ReportCell[][] = [];
    for (const theme of THEME_ORDER)
      for (const g of this.groups.filter((x) => x.topic.theme === theme)) {
        const met = g.reqs.filter((r) => r.req.status === 'compliant' && !r.modelLaw);
        if (met.length === 0) continue;
        const cites = this.citations(met);
        rows.push([
          { paragraphs: [[{ text: n.theme[theme] }]] },
          {
            paragraphs: [
              [
                {
                  text: `${this.names(g.topic.instrument).abbr} ${t.articleAbbr} ${this.list(met.map((r) => r.req.ref))}`,
                },
              ],
            ],
          },
          {
            paragraphs: [[{ text: cites.length ? this.list(cites.map((c) => this.unitRef(c.unit))) : t.notAvailable }]],
          },
        ]);
      }
    if (rows.length === 0) blocks.push(para(n.nothingWell));
    else
      blocks.push({
        kind: 'table',
        table: {
          role: 'met',
          compact: true,
          columns: [
            { header: n.chapters.annexMet, width: 3 },
            { header: n.topicColumn, width: 3.5 },
            { header: n.provisionsColumn, width: 3 },
          ],
          rows,
        },
      });
    return { id: 'annex-met', landscape: false, blocks };
  }
}

function capFirst(s: string): string {
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
