/**
 * Segmentation speed: a synthetic 1 MB code of 2,000 sections (parts, chapters, headings,
 * subsections, paragraphs, sub-paragraphs, definitions, cross-references, inserted
 * sections and a table of contents) and the United States Code Title 8 fixture.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sourceFromText } from '../../shared/domain/source';
import { primaryUnits, segment } from '../../shared/segment/index';
import type { BenchFigure } from './types';
import { random } from './lib/random';

const USC_FIXTURE = fileURLToPath(
  new URL('../../tests/fixtures/laws/usa-usc-title-8-aliens-nationality.txt', import.meta.url),
);
const RUNS = 7;
const TARGET_MS = 300;

const SUBJECTS = [
  'A person who',
  'Any public officer who',
  'Whoever',
  'A body corporate which',
  'Any carrier who',
  'An employer who',
];
const ACTS = [
  'recruits, transports, transfers, harbours or receives another person for the purpose of exploitation',
  'knowingly facilitates the illegal entry of a person into the country for a financial or other material benefit',
  'produces, procures or possesses a fraudulent travel or identity document',
  'withholds, conceals or destroys the identity documents of another person',
  'enables a person who is not a citizen to remain in the country without complying with the requirements of the law',
  'publishes any material promoting the commission of an offence under this Act',
];
const PENALTIES = [
  'commits an offence and is liable on conviction to imprisonment for a term not exceeding fifteen years or to a fine, or to both',
  'commits an offence and is liable to imprisonment for a term of not less than five years and not more than twenty years',
  'shall be guilty of an offence and shall be liable to a fine not exceeding one million shillings',
];
const DUTIES = [
  'The Minister shall, in consultation with the Advisory Committee, prescribe the procedure to be followed',
  'The court may order the confiscation of any property used in or derived from the commission of the offence',
  'The competent authority shall ensure that victims receive appropriate assistance, shelter and legal information',
  'Proceedings under this section shall be held in camera where the court considers it in the interest of the victim',
  'The Registrar shall keep a record of all orders made under this Part and shall make it available to the public',
];
const HEADINGS = [
  'Offence of trafficking',
  'Smuggling of migrants',
  'Document fraud',
  'Protection of victims',
  'Powers of the court',
  'Confiscation',
  'Jurisdiction',
  'Mutual assistance',
  'Records',
  'Regulations',
];
const DEFINITIONS: Array<[string, string]> = [
  ['child', 'means a person under the age of eighteen years'],
  [
    'exploitation',
    'includes forced labour, servitude, slavery or practices similar to slavery and the removal of organs',
  ],
  ['victim', 'means a person against whom an offence under this Act has been committed'],
  ['smuggled migrant', 'means a person who has been the object of conduct set forth in section 3'],
  ['travel document', 'means a passport or any other document used for crossing a border'],
  ['financial or other material benefit', 'includes any payment, reward, favour or service'],
];
const ITEMS = [
  'threat or use of force',
  'abduction',
  'fraud or deception',
  'abuse of power or of a position of vulnerability',
  'the giving or receiving of payments or benefits',
  'debt bondage',
];

/** Build the synthetic code: about 1 MB of text in `units` sections. */
export function syntheticCode(units = 2000, seed = 42): string {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const body: string[] = [];
  const toc: string[] = ['ARRANGEMENT OF SECTIONS', ''];
  const numbers: string[] = [];
  for (let n = 1; n <= units; n++) numbers.push(n % 97 === 0 ? `${n - 1}A` : String(n));
  numbers.forEach((num, k) => {
    if (k % 200 === 0) {
      const part = `PART ${toRoman(k / 200 + 1)} – ${pick(HEADINGS).toUpperCase()}`;
      body.push('', part, '');
      toc.push(part);
    }
    if (k % 40 === 0) {
      body.push(`CHAPTER ${k / 40 + 1}`, pick(HEADINGS).toUpperCase(), '');
    }
    const heading = k === 1 ? 'Interpretation' : `${pick(HEADINGS)} ${k % 7 === 0 ? 'and related matters' : ''}`.trim();
    toc.push(`${num}. ${heading}`);
    body.push(`${num}. ${heading}`);
    if (k === 1) {
      body.push('In this Act, unless the context otherwise requires—');
      for (const [term, meaning] of DEFINITIONS) body.push(`"${term}" ${meaning};`);
      body.push('');
      return;
    }
    const subsections = 1 + Math.floor(rnd() * 3);
    for (let s = 1; s <= subsections; s++) {
      const subject = pick(SUBJECTS);
      const lead =
        k > 3 && rnd() < 0.5
          ? `Subject to section ${numbers[Math.floor(rnd() * k)]}(1), ${subject.toLowerCase()}`
          : subject;
      if (s === 2 && rnd() < 0.6) {
        body.push(`(${s}) ${lead} ${pick(ACTS)} by means of—`);
        const count = 2 + Math.floor(rnd() * 4);
        for (let p = 0; p < count; p++) {
          body.push(`(${String.fromCharCode(97 + p)}) ${pick(ITEMS)}${p === count - 1 ? ',' : ';'}`);
          if (p === 0 && rnd() < 0.3) body.push(`(i) ${pick(ITEMS)}; or`, `(ii) ${pick(ITEMS)},`);
        }
        body.push(`${pick(PENALTIES)}.`);
      } else if (s % 2 === 1) body.push(`(${s}) ${lead} ${pick(ACTS)} ${pick(PENALTIES)}.`);
      else
        body.push(
          `(${s}) ${pick(DUTIES)}, and the provisions of subsection (1) shall apply with the necessary modifications.`,
        );
    }
    body.push('');
  });
  body.push(
    'FIRST SCHEDULE',
    'MATTERS TO BE PRESCRIBED',
    '',
    '1. Forms of application',
    'The forms to be used under this Act.',
    '',
  );
  return [
    'THE COUNTER-TRAFFICKING AND SMUGGLING CODE',
    '',
    ...toc,
    '',
    'AN ACT of Parliament to consolidate the law on trafficking in persons and the smuggling of migrants',
    '',
    'ENACTED by the Parliament as follows:—',
    ...body,
  ].join('\n');
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

/** Median time of `runs` segmentations of a text, after one warm-up run. */
function timeSegment(text: string, name: string, runs: number): { median: number; units: number } {
  const doc = sourceFromText(text, name);
  const units = primaryUnits(segment(doc).children).length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    segment(doc);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10, units };
}

/** Bench figures: segmentation time of the synthetic code (target 300 ms) and of the USC fixture. */
export async function run(): Promise<BenchFigure[]> {
  const code = syntheticCode();
  const bytes = new TextEncoder().encode(code).length;
  const synthetic = timeSegment(code, 'synthetic-code.txt', RUNS);
  const usc = readFileSync(USC_FIXTURE, 'utf8');
  const uscTime = timeSegment(usc, 'usa-usc-title-8-aliens-nationality.txt', RUNS);
  return [
    {
      name: 'segment: synthetic code, 2,000 sections',
      value: synthetic.median,
      unit: 'ms',
      target: TARGET_MS,
      note: `${(bytes / 1_048_576).toFixed(2)} MB, ${synthetic.units} primary units found; median of ${RUNS} runs`,
    },
    {
      name: 'segment: USC Title 8 fixture',
      value: uscTime.median,
      unit: 'ms',
      note: `${(usc.length / 1_048_576).toFixed(2)} MB, ${uscTime.units} primary units found; median of ${RUNS} runs`,
    },
  ];
}
