/**
 * Analysis speed: full analysis (matching, elements, findings, statuses) of synthetic codes of
 * 500, 1,000 and 2,000 sections (each with two or three subsections, grouped in parts, with a
 * definitions section and cross-references) against every instrument of the reference library.
 * Segmentation is done beforehand and not timed; the requirement vectors, computed once per
 * library and language, are warmed up by a first run. The ratios show how time grows with size
 * (about 2 for each doubling means linear scaling).
 */
import { analyze } from '../../shared/analysis/index';
import { sourceFromText } from '../../shared/domain/source';
import { segment } from '../../shared/segment/index';
import { loadReferenceLibrary } from '../../electron/main/reference/load';
import type { BenchFigure } from './types';
import { random } from './lib/random';

const SIZES = [500, 1000, 2000];
const RUNS = 5;
const TARGET_MS_2000 = 2000;

const HEADINGS = [
  'Trafficking in persons',
  'Smuggling of migrants',
  'Offences relating to travel documents',
  'Protection of victims',
  'Compensation of victims',
  'Confiscation of proceeds',
  'Jurisdiction of courts',
  'Liability of bodies corporate',
  'Witness protection',
  'Records and returns',
  'Licensing of recruitment agencies',
  'Powers of inspectors',
];
const SENTENCES = [
  'A person who recruits, transports, transfers, harbours or receives another person by means of threat, force, fraud or deception for the purpose of exploitation commits an offence',
  'Whoever, for a financial or other material benefit, facilitates the illegal entry of a person who is not a national or permanent resident commits an offence',
  'A person who produces, procures or possesses a fraudulent travel or identity document for the purpose of enabling the smuggling of migrants commits an offence',
  'The court may order the confiscation of any property used in or derived from the commission of an offence under section {ref}',
  'The court may order the offender to pay compensation or restitution to the victim for the damage suffered',
  'The Minister shall ensure that victims receive appropriate shelter, medical assistance, counselling and legal information in a language they understand',
  'The courts shall have jurisdiction over offences committed in the territory or on board a vessel flying the flag of the State',
  'Where an offence under this Act is committed by a body corporate, the body corporate is liable to a fine',
  'The identity of a victim or witness shall not be published and proceedings may be held in camera',
  'An officer may at any reasonable time enter premises to inspect records kept under section {ref}',
  'The Registrar shall keep a register of licences and shall publish it annually',
  'A licence may be suspended or revoked where the holder fails to comply with the conditions imposed under section {ref}',
  'The consent of a victim to the intended exploitation is irrelevant where any of the means set out in section {ref} has been used',
  'Any person who attempts to commit, aids or abets, or conspires to commit an offence under this Part is liable to the same penalty',
  'Regulations made under this section shall be laid before Parliament within fourteen days of their publication',
];
const PENALTY =
  'and is liable on conviction to imprisonment for a term not exceeding {years} years or to a fine, or to both.';

/** A code of `sections` sections in parts of fifty, as plain text for the segmenter. */
export function syntheticCode(sections: number, seed = 1): string {
  const rnd = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
  const ref = () => String(1 + Math.floor(rnd() * sections));
  const lines: string[] = ['SYNTHETIC CODE', ''];
  for (let s = 1; s <= sections; s++) {
    if ((s - 1) % 50 === 0)
      lines.push('', `PART ${Math.floor((s - 1) / 50) + 1} – ${pick(HEADINGS).toUpperCase()}`, '');
    if (s === 1) {
      lines.push('1. Interpretation', 'In this Act, unless the context otherwise requires—');
      lines.push('"child" means a person under the age of eighteen years;');
      lines.push(
        '"exploitation" includes forced labour, servitude, slavery, sexual exploitation and the removal of organs;',
      );
      lines.push('"victim" means a person against whom an offence under this Act has been committed.', '');
      continue;
    }
    lines.push(`${s}. ${pick(HEADINGS)}`);
    const subs = 2 + Math.floor(rnd() * 2);
    for (let k = 1; k <= subs; k++) {
      const sentence = pick(SENTENCES).replace('{ref}', ref());
      const penal = sentence.endsWith('commits an offence')
        ? ` ${PENALTY.replace('{years}', String(5 + Math.floor(rnd() * 20)))}`
        : '.';
      lines.push(`(${k}) ${sentence}${penal}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Bench entry point (see scripts/bench.ts). */
export async function run(): Promise<BenchFigure[]> {
  const library = loadReferenceLibrary();
  const instruments = library.instruments.map((i) => i.id);
  const trees = SIZES.map((n) => segment(sourceFromText(syntheticCode(n), `synthetic-${n}.txt`), { language: 'en' }));
  // Warm-up: requirement vectors and pattern indexes are built once per process.
  analyze({ acts: [{ file: 'warm-up', title: 'warm-up', language: 'en', tree: trees[0]! }], library, instruments });
  const figures: BenchFigure[] = [];
  const times: number[] = [];
  const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  SIZES.forEach((n, i) => {
    const runs: number[] = [];
    const cpu: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      analyze({
        acts: [{ file: `synthetic-${n}.txt`, title: `synthetic ${n}`, language: 'en', tree: trees[i]! }],
        library,
        instruments,
      });
      const used = process.cpuUsage(cpuStarted);
      runs.push(performance.now() - started);
      cpu.push((used.user + used.system) / 1000);
    }
    const median = medianOf(runs);
    times.push(median);
    figures.push({
      name: `analysis of ${n.toLocaleString('en')} sections, all instruments`,
      value: median,
      unit: 'ms',
      ...(n === 2000 ? { target: TARGET_MS_2000 } : {}),
      note: `median of ${RUNS}`,
    });
    // CPU time of the process: the analysis is single-threaded, so on a loaded machine this is
    // the figure that says what the analysis costs, whatever else runs beside it.
    figures.push({
      name: `analysis of ${n.toLocaleString('en')} sections, CPU time`,
      value: medianOf(cpu),
      unit: 'ms',
      ...(n === 2000 ? { target: TARGET_MS_2000 } : {}),
      note: `median of ${RUNS}, user + system`,
    });
  });
  figures.push(
    { name: 'time ratio 1,000 / 500 sections', value: times[1]! / times[0]!, unit: '×', note: 'about 2 = linear' },
    { name: 'time ratio 2,000 / 1,000 sections', value: times[2]! / times[1]!, unit: '×', note: 'about 2 = linear' },
  );
  return figures;
}
