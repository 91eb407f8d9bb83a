/**
 * Whether the analysis scores a provision the same in English, French and Spanish: every
 * paragraph of the TIP and SOM Protocols that has official French and Spanish texts is made a
 * provision of a small law in each language (its neighbours as the other provisions) and scored
 * against its own requirement; prints, per language, the median and lower quartile of its score
 * over the English text's.
 *
 * Run: npx tsx scripts/language-parity.ts
 */
import { analyze } from '../shared/analysis/index';
import { loadReferenceLibrary } from '../electron/main/reference/load';
import { law } from '../tests/unit/analysis/laws';
const library = loadReferenceLibrary();
const ratios: Record<string, number[]> = { fr: [], es: [] };
for (const instId of ['tip-protocol', 'som-protocol']) {
  const inst = library.instruments.find((i) => i.id === instId)!;
  const paras = inst.articles
    .flatMap((a) => a.paragraphs.map((p) => ({ a, p })))
    .filter(({ p }) => p.translations.fr && p.translations.es && p.obligation !== 'general');
  const scores: Record<string, Map<string, number>> = {};
  for (const lang of ['en', 'fr', 'es'] as const) {
    const units = paras.map(({ p }, i) => ({
      number: String(i + 1),
      text: lang === 'en' ? p.text : p.translations[lang]!,
    }));
    const r = analyze({
      acts: [{ file: 'l.txt', title: 'Act', language: lang, tree: law(lang, units) }],
      library,
      instruments: [instId],
      now: new Date('2026-01-01'),
    });
    const m = new Map<string, number>();
    paras.forEach(({ p }, i) => {
      const req = r.requirements.find((q) => q.id === p.id);
      const own = req?.matches.find((x) => x.number === String(i + 1));
      m.set(p.id, own?.score ?? 0);
    });
    scores[lang] = m;
  }
  for (const { p } of paras) {
    const en = scores.en!.get(p.id)!;
    if (en <= 0.05) continue;
    for (const lang of ['fr', 'es']) ratios[lang]!.push(scores[lang]!.get(p.id)! / en);
  }
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const lang of ['fr', 'es'])
  console.log(
    lang,
    'n',
    ratios[lang]!.length,
    'median ratio to en',
    med(ratios[lang]!).toFixed(2),
    'q25',
    [...ratios[lang]!].sort((a, b) => a - b)[Math.floor(ratios[lang]!.length / 4)]!.toFixed(2),
  );
