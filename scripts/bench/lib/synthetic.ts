import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = [
  'kenya-counter-trafficking-in-persons-act-2010.txt',
  'pakistan-prevention-of-smuggling-of-migrants-act-2018.txt',
  'sri-lanka-saarc-trafficking-prostitution-act-2005.txt',
];

/** Law text of `sections` numbered sections in parts of 40, each heading and sentence taken from real acts, in a fixed order. */
export function syntheticCode(sections: number): string {
  const lines = FIXTURES.flatMap((f) =>
    readFileSync(fileURLToPath(new URL(`../../../tests/fixtures/laws/${f}`, import.meta.url)), 'utf8').split('\n'),
  );
  const headings = lines.flatMap((l) => /^\d+[A-Z]?\.\s+([A-Z][^.—]{4,70})(?:\.|—|$)/.exec(l)?.[1] ?? []);
  const sentences = lines
    .map((l) => l.replace(/^\(?[0-9a-z]{1,4}\)\s*/, '').trim())
    .filter((l) => l.length >= 60 && l.length <= 400 && !/^\d/.test(l) && !/^PART\b/i.test(l));
  const out = ['THE SYNTHETIC PENAL CODE', ''];
  for (let i = 1; i <= sections; i++) {
    if (i % 40 === 1) out.push(`PART ${Math.ceil(i / 40)} – ${headings[i % headings.length]!.toUpperCase()}`, '');
    out.push(`${i}. ${headings[(i * 7) % headings.length]}`);
    out.push(`(1) ${sentences[(i * 13) % sentences.length]}`);
    out.push(`(2) ${sentences[(i * 29 + 5) % sentences.length]}`, '');
  }
  return out.join('\n');
}
