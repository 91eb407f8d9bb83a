import { UNNAMED_VERSION } from './from-analysis';
import type { ReportBlock, ReportSection } from './model';
import { PRIORITY_SHOWN, type NarrativeBuilder, type NarrativeRecommendation, type TopicGroup } from './narrative';
import { compactTable, para } from './blocks';
import { lawKindName } from '../analysis/explain';
import { cap } from './phrasing';

/** The front of the narrative report: executive summary, scope and method, legal framework (see `narrative.ts`). */

export function summary(b: NarrativeBuilder, recs: NarrativeRecommendation[]): ReportSection {
  const t = b.t;
  const n = b.n;
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: `1. ${n.chapters.summary}` }];
  if (!b.reviewed) blocks.push({ kind: 'paragraph', style: 'body', runs: [{ text: n.proposalsWarning, bold: true }] });
  const acts = b.input.acts.map((a) => a.title);
  blocks.push(
    para(
      n.summaryOpening(
        b.input.assessment.country,
        acts.length ? b.list(acts) : t.notAvailable,
        b.list(b.instrumentIds.map((id) => b.names(id).inText)),
      ),
    ),
  );
  const live = b.groups.filter((g) => g.outcome !== 'not-applicable');
  const count = (o: TopicGroup['outcome']) => live.filter((g) => g.outcome === o).length;
  blocks.push(para(n.summaryCounts(live.length, count('met'), count('open'), count('not-supplied'))));

  blocks.push({ kind: 'heading', level: 2, text: `1.1 ${n.wellHeading}` });
  const well = live.filter(
    (g) =>
      g.outcome === 'met' ||
      (g.outcome === 'open' && b.citations(g.reqs).length > 0 && g.reqs.some((r) => r.req.status === 'compliant')),
  );
  const good = live.filter((g) => g.outcome === 'met');
  if (good.length === 0 && well.length === 0) blocks.push(para(n.nothingWell));
  else
    blocks.push({
      kind: 'bullets',
      items: (good.length ? good : well).slice(0, 12).map((g) => {
        const cites = b.citations(g.reqs).slice(0, 3);
        return [
          {
            text: n.wellItem(
              b.topicTitle(g),
              cites.length ? b.list(cites.map((c) => b.unitRef(c.unit))) : t.notAvailable,
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
    blocks.push(
      compactTable(
        'priority',
        [
          ['', 0.6],
          [n.recommendationsColumn, 7],
          [t.priorityColumn, 1.6],
        ],
        top.map((r) => [
          { paragraphs: [[{ text: n.recNumber(r.number), bold: true }]] },
          { paragraphs: [[{ text: r.text }]] },
          { paragraphs: [[{ text: t.priority[r.priority] }]] },
        ]),
      ),
    );
  }
  return { id: 'summary', landscape: false, blocks };
}

export function scope(b: NarrativeBuilder, dateLabel: string): ReportSection {
  const t = b.t;
  const n = b.n;
  // Scope, framework and the thematic chapters flow on; only the summary and the annexes start a page.
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: `2. ${n.chapters.scope}`, runOn: true }];
  if (b.input.acts.length === 0) blocks.push(para(n.scopeNoActs));
  else {
    blocks.push(para(n.scopeActs(b.input.acts.length)));
    blocks.push({
      kind: 'bullets',
      items: b.input.acts.map((a) => [
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
    para(n.scopeInstruments(b.list(b.instrumentIds.map((id) => `${b.names(id).inText} (${b.names(id).citation})`)))),
  );
  blocks.push(para(n.obligationLevels));
  blocks.push({
    kind: 'bullets',
    items: (['urge', 'consider', 'invite'] as const).map((g) => [{ text: n.gradeExplain[g] }]),
  });
  blocks.push(para(n.methodAnalysis(b.formatDate(b.input.analysis.generatedAt))));
  const total = b.input.analysis.totalCount;
  const reviewed = b.input.analysis.reviewedCount;
  blocks.push(
    para(reviewed > 0 ? n.methodReviewed(reviewed, total, b.author || t.notAvailable) : n.methodUnreviewed(total)),
  );
  const languages = [...new Set(b.input.acts.map((a) => a.language))];
  if (languages.length > 0) blocks.push(para(n.languageNote(b.list(languages.map((l) => t.languageName[l])))));
  blocks.push(para(n.workbookNote));
  blocks.push(para(t.assessedBy(b.author || t.notAvailable, dateLabel), 'note'));

  blocks.push({ kind: 'heading', level: 2, text: `2.1 ${n.notSuppliedHeading}` });
  const missing = b.notSuppliedKinds();
  if (missing.length === 0) blocks.push(para(n.allSupplied));
  else {
    blocks.push(para(n.notSuppliedIntro));
    blocks.push({
      kind: 'bullets',
      items: missing.map((kind) => {
        const topics = b.groups.filter((g) => g.outcome === 'not-supplied' && b.homeOf(g) === kind);
        return [
          { text: n.notSuppliedItem(cap(lawKindName(kind, b.lang)), b.list(topics.map((g) => b.topicTitle(g)))) },
        ];
      }),
    });
  }
  return { id: 'scope', landscape: false, blocks };
}

export function framework(b: NarrativeBuilder): ReportSection {
  const t = b.t;
  const n = b.n;
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: `3. ${n.chapters.framework}`, runOn: true }];
  if (b.input.acts.length === 0) {
    blocks.push(para(n.scopeNoActs));
    return { id: 'framework', landscape: false, blocks };
  }
  for (const a of b.input.acts) {
    const units = b.units.filter((u) => u.act.key === a.key).length;
    blocks.push(para(n.frameworkAct(a.title, a.year ? String(a.year) : '', t.actStatus[a.versionStatus], units)));
  }
  // Laws the acts name ("the Penal Code", "Children Act", "Code pénal"): part of the framework.
  const named = new Set<string>();
  const titles = b.input.acts.map((a) => a.title.toLowerCase());
  const lawName =
    /\b((?:[A-Z][a-z]+ ){0,4}(?:Act|Code)(?:, \d{4})?)\b|\b(Code (?:pénal|de procédure pénale|du travail|civil)|Código (?:Penal|Procesal Penal|del Trabajo|Civil)|Ley (?:de|sobre) [A-ZÁÉÍÓÚ][\wáéíóú ]{3,40})/g;
  for (const u of b.units)
    for (const m of u.text.matchAll(lawName)) {
      const name = (m[1] ?? m[2] ?? '').trim();
      if (name.split(' ').length < 2 || /^(This|The|That|Such|An?) /.test(name) || /^(b|the) (Act|Code)$/i.test(name))
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
            { text: n.frameworkReferences(b.list(list)).replace(/: .*$/, ': ') },
            ...b.tagged(b.list(list), b.input.acts[0]!.language),
            { text: '.' },
          ],
        }
      : para(n.frameworkNoReferences),
  );
  return { id: 'framework', landscape: false, blocks };
}
