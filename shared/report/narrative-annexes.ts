import type { ReportBlock, ReportCell, ReportSection } from './model';
import { THEME_ORDER } from './themes';
import { type NarrativeBuilder } from './narrative';
import { compactTable, para, splitLines } from './blocks';

/** The annexes of the narrative report: the provisions cited, quoted in full, and the obligations met. */

export function provisionsAnnex(b: NarrativeBuilder): ReportSection {
  const n = b.n;
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: n.annex('A', n.chapters.annexProvisions) }];
  blocks.push(para(n.annexProvisionsIntro));
  const cited = [...b.cited.values()].sort((a, b) => a.unit.order - b.unit.order);
  if (cited.length === 0) blocks.push(para(b.t.noProvision));
  let act: string | null = null;
  for (const { unit, topics } of cited) {
    if (unit.act.key !== act) {
      act = unit.act.key;
      blocks.push({ kind: 'heading', level: 2, text: unit.act.title });
    }
    blocks.push({ kind: 'paragraph', style: 'label', runs: [{ text: unit.label, bold: true }] });
    // Without texts (a shorter report on request) the annex lists the provisions cited.
    if (b.options.includeTexts)
      blocks.push({ kind: 'quote', paragraphs: splitLines(unit.text).map((l) => b.tagged(l, unit.act.language)) });
    blocks.push(para(n.citedIn(b.list([...topics])), 'note'));
  }
  return { id: 'annex-provisions', landscape: false, blocks };
}

export function metAnnex(b: NarrativeBuilder): ReportSection {
  const n = b.n;
  const t = b.t;
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: n.annex('B', n.chapters.annexMet) }];
  blocks.push(para(n.annexMetIntro));
  const rows: ReportCell[][] = [];
  for (const theme of THEME_ORDER)
    for (const g of b.groups.filter((x) => x.topic.theme === theme)) {
      const met = g.reqs.filter((r) => r.req.status === 'compliant' && !r.modelLaw);
      if (met.length === 0) continue;
      const cites = b.citations(met);
      rows.push([
        { paragraphs: [[{ text: n.theme[theme] }]] },
        {
          paragraphs: [
            [
              {
                text: `${b.names(g.topic.instrument).abbr} ${t.articleAbbr} ${b.list(met.map((r) => r.req.ref))}`,
              },
            ],
          ],
        },
        {
          paragraphs: [[{ text: cites.length ? b.list(cites.map((c) => b.unitRef(c.unit))) : t.notAvailable }]],
        },
      ]);
    }
  if (rows.length === 0) blocks.push(para(n.nothingWell));
  else
    blocks.push(
      compactTable(
        'met',
        [
          [n.chapters.annexMet, 3],
          [n.topicColumn, 3.5],
          [n.provisionsColumn, 3],
        ],
        rows,
      ),
    );
  return { id: 'annex-met', landscape: false, blocks };
}
