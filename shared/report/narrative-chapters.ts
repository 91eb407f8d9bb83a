import { actionsFor } from './actions';
import type { Paragraph } from '../reference/types';
import { recommendationGrade, type ReportBlock, type ReportCell, type ReportSection } from './model';
import type { ThemeId } from './themes';
import {
  QUOTE_CHARS,
  STATUS_WEIGHT,
  capFirst,
  clip,
  type NarrativeBuilder,
  type NarrativeRecommendation,
  type Pending,
  type Req,
  type TopicGroup,
  type Unit,
} from './narrative';
import { proposedWording, recommendationTarget } from './narrative-drafting';
import { compactTable, para, splitLines } from './blocks';
import { lawKindName } from '../analysis/explain';

/**
 * The thematic chapters of the narrative report: per topic, what the law provides in its words,
 * what the instruments require in theirs, what is missing, and the numbered recommendation.
 */

export function chapter(
  b: NarrativeBuilder,
  no: number,
  theme: ThemeId,
  groups: TopicGroup[],
  pending: Pending[],
  numbers: Map<string, number>,
  recommendations: NarrativeRecommendation[],
): ReportSection {
  const n = b.n;
  const t = b.t;
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: `${no}. ${n.theme[theme]}`, runOn: true }];
  const unreviewed = groups.some((g) => g.reqs.some((r) => !r.req.reviewed));
  if (unreviewed) blocks.push(para(n.chapterProposals, 'note'));
  let sub = 0;
  for (const g of groups.filter((x) => x.outcome === 'open')) {
    sub += 1;
    const p = pending.find((x) => x.group === g)!;
    blocks.push({ kind: 'heading', level: 2, text: `${no}.${sub} ${b.topicTitle(g)}` });
    blocks.push(...finding(b, g, p, numbers.get(g.topic.key) ?? null, recommendations));
  }
  const met = groups.filter((x) => x.outcome === 'met');
  if (met.length > 0) {
    blocks.push(para(n.metTableIntro, 'label'));
    blocks.push(
      compactTable(
        'met',
        [
          [n.topicColumn, 4],
          [n.provisionsColumn, 3.5],
          [n.statusColumn, 1.6],
        ],
        met.map((g): ReportCell[] => {
          const cites = b.citations(g.reqs);
          for (const c of cites) b.cite(c.unit, b.topicTitle(g));
          return [
            { paragraphs: [[{ text: b.topicTitle(g) }]] },
            {
              paragraphs: [[{ text: cites.length ? b.list(cites.map((c) => b.unitRef(c.unit))) : t.notAvailable }]],
            },
            { paragraphs: [[{ text: t.status.compliant, bold: true, tone: 'compliant' }]], tone: 'compliant' },
          ];
        }),
      ),
    );
  }
  const notSupplied = groups.filter((x) => x.outcome === 'not-supplied');
  if (notSupplied.length > 0)
    blocks.push({
      kind: 'bullets',
      items: notSupplied.map((g) => [{ text: n.notSuppliedTopic(b.topicTitle(g), lawKindName(b.homeOf(g), b.lang)) }]),
    });
  return { id: `theme-${theme}`, landscape: false, blocks };
}

export function finding(
  b: NarrativeBuilder,
  g: TopicGroup,
  p: Pending,
  number: number | null,
  recommendations: NarrativeRecommendation[],
): ReportBlock[] {
  const n = b.n;
  const t = b.t;
  const blocks: ReportBlock[] = [];
  const open = g.reqs.filter((r) => r.req.status === 'gap' || r.req.status === 'partial');
  const cites = b.citations(g.reqs);
  const host = cites[0]?.unit.act ?? b.hostAct();

  // What the law provides, in its words.
  if (cites.length === 0) blocks.push(para(n.lawSilent(host ? b.actName(host) : t.notAvailable)));
  else {
    const first = cites[0]!;
    const lead =
      cites.length === 1
        ? n.lawProvides(capFirst(b.unitRef(first.unit)), b.actName(first.unit.act))
        : n.lawProvidesMany(b.list(cites.slice(0, 4).map((c) => b.unitRef(c.unit))));
    blocks.push(para(lead));
    for (const c of cites.slice(0, 2)) {
      b.cite(c.unit, b.topicTitle(g));
      blocks.push({
        kind: 'quote',
        paragraphs: [
          [
            { text: `${c.unit.label}${t.colon}`, bold: true },
            ...b.tagged(`“${quoteOf(c.unit, g.reqs)}”`, c.unit.act.language),
          ],
        ],
      });
    }
    for (const c of cites.slice(2)) b.cite(c.unit, b.topicTitle(g));
  }

  // What the instruments require, in their words.
  const binding = open.filter((r) => recommendationGrade(r.req.obligation) === p.grade);
  const treaty = (binding.length ? binding : open).filter((r) => !r.modelLaw);
  const refs = b.refsOf(treaty.length ? treaty : binding.length ? binding : open);
  const requires =
    treaty.length === 0
      ? n.modelLawOffers
      : p.grade === 'consider'
        ? n.instrumentRequiresConsider
        : n.instrumentRequires;
  blocks.push(para(requires(refs, '')));
  const quote = requirementQuote(b, binding.length ? binding : open);
  if (quote)
    blocks.push({ kind: 'quote', paragraphs: [[{ text: quote.text, ...(quote.lang ? { lang: quote.lang } : {}) }]] });

  // What is missing, and the assessment.
  const missing = b.missing(open);
  blocks.push(para(missing.length ? n.missing(b.list(missing)) : n.missingNothingNamed));
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
  const target = recommendationTarget(b, g, cites);
  const actions = actionsFor(b.actionSources(binding.length ? binding : open), b.lang, (items) => b.list(items));
  const what = n.recWhat(refs, actions.length ? b.list(actions) : null);
  const actTitle = target.act ? b.actName(target.act) : t.notAvailable;
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

  const wording = proposedWording(b, g, binding.length ? binding : open, target, cites);
  if (wording) {
    blocks.push(para(wording.byReviewer ? n.proposedWordingReviewer : n.proposedWording, 'label'));
    const lawLang = target.act?.language ?? b.lang;
    blocks.push({
      kind: 'amendment',
      requirementId: wording.source,
      citation: target.amend ? target.place : null,
      segments: wording.segments,
      ...(lawLang !== b.lang ? { lang: b.lawLocale(lawLang) } : {}),
    });
    if (wording.modelLaw.length > 0) blocks.push(para(n.modelLawSource(b.list(wording.modelLaw)), 'note'));
  } else if (number !== null) blocks.push(para(n.noTemplate, 'note'));

  if (number !== null)
    recommendations.push({
      requirementId: g.reqs[0]!.req.id,
      label: b.topicTitle(g),
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

/** The clause of a provision that carries the evidence of an element, in the law's exact words. */
export function quoteOf(unit: Unit, reqs: Req[]): string {
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

export function requirementQuote(b: NarrativeBuilder, reqs: Req[]): { text: string; lang: string | null } | null {
  const r =
    reqs.find((x) => x.paragraph && (x.req.obligation === 'mandatory' || x.req.obligation === 'definition')) ??
    reqs.find((x) => x.paragraph);
  if (!r?.paragraph) return null;
  const p = r.paragraph;
  const words = (x: Paragraph): { text: string; own: boolean } => {
    const own = b.lang === 'en' ? x.text : x.translations[b.lang];
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
