import { draftWording, templateFor, treatyWording, victimTerm } from './drafting';
import type { ReportCitation, ReportInput } from './input';
import { amendmentSegments, type AmendmentSegment } from './model';
import type { ThemeId } from './themes';
import { capFirst, type NarrativeBuilder, type Req, type TopicGroup, type Unit } from './narrative';
import { splitLines } from './blocks';

/**
 * Where a recommendation's change goes (the provision to amend, or the number and place of a new
 * one) and the wording proposed for it as tracked changes.
 */

/** The provision to amend, or where a new one goes. */
export function recommendationTarget(
  b: NarrativeBuilder,
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
      b.units.find(
        (u) => reviewerAmendment.citation!.includes(u.label) && reviewerAmendment.citation!.startsWith(u.act.title),
      ) ??
      cites[0]?.unit ??
      null;
    if (unit) return { amend: true, place: b.unitRef(unit), unit, act: unit.act };
  }
  const partial = g.reqs.some((r) => r.req.status === 'partial');
  if (cites.length > 0 && partial) {
    const unit = cites[0]!.unit;
    return { amend: true, place: b.unitRef(unit), unit, act: unit.act };
  }
  const after = anchor(b, g.topic.theme);
  if (!after) return { amend: false, place: b.n.afterUnit('—', '—'), unit: null, act: b.hostAct() };
  const number = newNumber(b, after);
  return { amend: false, place: b.n.afterUnit(b.unitRef(after), number), unit: after, act: after.act, number };
}

/** Where a new provision of a theme goes: after the last unit cited in the theme, else before the final provisions. */
export function anchor(b: NarrativeBuilder, theme: ThemeId): Unit | null {
  const act = b.hostAct();
  if (!act) return null;
  const inTheme = b.groups
    .filter((g) => g.topic.theme === theme)
    .flatMap((g) => b.citations(g.reqs).map((c) => c.unit))
    .filter((u) => u.act.key === act.key);
  if (inTheme.length > 0) return inTheme.reduce((a, b) => (b.order > a.order ? b : a));
  const units = b.units.filter((u) => u.act.key === act.key && /^\d/.test(u.number));
  // Final provisions (regulations, amendments, repeals) close an act; new measures go before them.
  const finals =
    /regulation|amendment|repeal|transitional|commencement|r[èe]glement|abrog|modificaci|derogaci|transitori|entrée en vigueur|vigencia/i;
  const operative = units.filter((u) => !finals.test(u.label) && !finals.test(u.text.slice(0, 120)));
  return operative[operative.length - 1] ?? units[units.length - 1] ?? null;
}

export function newNumber(b: NarrativeBuilder, after: Unit): string {
  const style =
    /^(article|art|artículo|articulo)\b/i.test(after.label) || after.act.language !== 'en' ? 'bis' : 'suffix-letter';
  const key = `${after.act.key}|${after.number}`;
  const index = b.inserted.get(key) ?? 0;
  b.inserted.set(key, index + 1);
  const suffix =
    style === 'bis'
      ? (['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies'][index] ?? `${index + 2}`)
      : String.fromCharCode(65 + (index % 26));
  return b.n.newSectionNumber(after.number, suffix, style);
}

/**
 * Proposed wording as tracked changes, for the recommendation's own requirements (`reqs`, the
 * open ones of its grade, in the instrument's order): the reviewer's when written; else the
 * imported Model Law article or the model wording that serves one of those very requirements;
 * else the words of the Protocol or the Convention for it, never a neighbouring paragraph's
 * template. Inserted after the cited provision's last subsection (an amendment) or as a new
 * section (an insertion), in the law's language.
 */
export function proposedWording(
  b: NarrativeBuilder,
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
  const draft = draftFor(b, reqs, target.act);
  if (!draft) return null;
  const { subsections, heading, sources, source } = draft;
  const segments: AmendmentSegment[] = [];
  if (target.amend && target.unit && cites.length > 0) {
    const lines = splitLines(target.unit.text);
    const last = lines[lines.length - 1] ?? '';
    const numbered = lines.map((l) => /^\((\d+)\)/.exec(l)?.[1]).filter((x): x is string => !!x);
    const key = `${target.unit.act.key}|${target.unit.number}`;
    let next = numbered.length ? Number(numbered[numbered.length - 1]) + 1 + (b.added.get(key) ?? 0) : 0;
    if (next > 0) b.added.set(key, (b.added.get(key) ?? 0) + subsections.length);
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
export function draftFor(
  b: NarrativeBuilder,
  reqs: Req[],
  act: ReportInput['acts'][number] | null,
): { subsections: string[]; heading: string; sources: string[]; source: string } | null {
  const lawLang = act?.language ?? b.lang;
  const articleRef = (id: string) =>
    `${b.names(id.slice(0, id.indexOf(':'))).inText}, ${b.t.articleAbbr} ${id.slice(id.indexOf(':') + 1)}`;
  // An imported Model Law text in the law's language is the better template.
  for (const r of reqs) {
    const imported = b.input.library.instruments
      .flatMap((i) => i.modelLawArticles)
      .find(
        (m) =>
          m.text &&
          (m.id === r.req.id || m.implements.includes(r.req.id)) &&
          (b.instrument(m.id.slice(0, m.id.indexOf(':')))?.language ?? 'en') === lawLang,
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
    const lawText = b.units
      .filter((u) => u.act.key === act?.key)
      .map((u) => u.text)
      .join('\n');
    return {
      subsections: draftWording(template, lawLang, victimTerm(lawLang, lawText)),
      heading: template.heading[lawLang],
      sources: template.modelLaw
        .filter((id) => b.input.library.instruments.some((i) => i.modelLawArticles.some((m) => m.id === id)))
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
      sources: [b.t.refPhrase(r.req.ref, b.names(r.req.instrument).of).trim()],
      source: r.req.id,
    };
  }
  return null;
}
