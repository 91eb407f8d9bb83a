/**
 * Lists, per fixture law, the requirements the first candidate gets wrong (gold vs the first three
 * proposed, with their scores) and the gaps proposed where the gold cites provisions, with the
 * reason given: the material to study a class of error before changing the engine.
 *
 * Run: npx tsx scripts/eval-misses.ts [<law-name-substring>]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../shared/analysis/index';
import { sourceFromText, type LanguageCode } from '../shared/domain/source';
import { segment } from '../shared/segment/index';
import { loadReferenceLibrary } from '../electron/main/reference/load';
import { citationKey, citedNumber } from './eval';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const GOLD = join(ROOT, 'tests/fixtures/gold');
const LAWS = join(ROOT, 'tests/fixtures/laws');
const filter = process.argv[2];
const library = loadReferenceLibrary();

for (const file of readdirSync(GOLD)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()) {
  const gold = JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as {
    law: string;
    language: LanguageCode;
    instruments: string[];
    requirements: Record<string, string[] | null>;
  };
  if (filter && !gold.law.includes(filter)) continue;
  const tree = segment(sourceFromText(readFileSync(join(LAWS, gold.law), 'utf8'), gold.law), {
    language: gold.language,
  });
  const result = analyze({
    acts: [{ file: gold.law, title: gold.law, language: gold.language, tree }],
    library,
    instruments: gold.instruments,
  });
  console.log(`== ${gold.law}`);
  for (const r of result.requirements) {
    const g = gold.requirements[r.id];
    // Unscored (null) and genuine gaps ([]) have no provision to find.
    if (!g || g.length === 0) continue;
    const expected = g.map(citationKey);
    const top = r.matches.slice(0, 3).map((m) => `${citedNumber(m)}(${m.score.toFixed(2)})`);
    const first = r.matches[0] ? citationKey(citedNumber(r.matches[0])) : '';
    const falseGap = r.status === 'gap' || r.reasonCode === 'not-supplied';
    if (!expected.includes(first) || falseGap)
      console.log(
        `  ${falseGap ? 'GAP ' : 'R@1 '} ${r.id.padEnd(24)} gold ${g.join(',').padEnd(16)} top ${top.join(' ').padEnd(36)} ${r.status} ${r.confidence} ${r.reason}`,
      );
  }
}
