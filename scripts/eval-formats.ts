/**
 * Robustness across file forms: every fixture law is turned into the forms a user is handed
 * (a PDF, a Word file and a web page made from the text by LibreOffice; text copied from a web
 * page or out of a PDF viewer; Windows line endings; a Windows-1252 file), each is imported
 * through importLawFile, segmented and analysed as scripts/eval.ts does, and its figures are
 * printed beside those of the .txt. A form scoring below the .txt on any figure is flagged.
 *
 * The forms are kept in a cache folder under the system's temporary folder, named by the text's
 * hash, so a second run only imports and analyses. A form whose tool is missing is skipped.
 *
 * Run: npm run eval:formats [-- <law-name-substring>]
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { analyze } from '../shared/analysis/index';
import type { LanguageCode } from '../shared/domain/source';
import { segment } from '../shared/segment/index';
import { loadReferenceLibrary } from '../electron/main/reference/load';
import { importLawFile } from '../electron/main/import/index';
import { compare, type LawEval } from './eval';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const LAWS = join(ROOT, 'tests/fixtures/laws');
const GOLD = join(ROOT, 'tests/fixtures/gold');
const CACHE = join(tmpdir(), 'lexgap-eval-formats');

type Gold = Parameters<typeof compare>[0] & { law: string; language: LanguageCode; instruments: string[] };
type Figures = Omit<LawEval, 'law' | 'millis'>;

/** A form of a law: the file extension it is saved with and how it is made from the .txt. */
interface Form {
  name: string;
  ext: string;
  /** Made by `soffice --convert-to <filter>` from the .txt. */
  office?: string;
  /** Made from the text (and the path of the LibreOffice PDF, for forms derived from it). */
  make?: (text: string, pdfPath: string) => string | Buffer | null;
}

/** Each paragraph (a line of the .txt) re-wrapped at 80 columns, continuations flush left. */
function hardWrap(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(/(?<=\S)\s+/)) {
        if (current && current.length + 1 + word.length > 80) {
          out.push(current);
          current = word.trimStart();
        } else current = current ? `${current} ${word}` : word;
      }
      return [...out, current].join('\n');
    })
    .join('\n');
}

/** A web page of the law: a paragraph per line, its indentation as a left margin, no blank lines. */
function webPage(text: string): string {
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const indent = /^\s*/.exec(line)![0].length;
      const style = indent ? ` style="margin-left: ${indent / 2}em"` : '';
      return `<p${style}>${escape(line.trim())}</p>`;
    });
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Law</title></head><body>\n${paragraphs.join('\n')}\n</body></html>\n`;
}

const FORMS: Form[] = [
  { name: 'txt', ext: 'txt', make: (text) => text },
  { name: 'pdf', ext: 'pdf', office: 'pdf' },
  { name: 'docx', ext: 'docx', office: 'docx:MS Word 2007 XML' },
  // LibreOffice puts a text in one <pre> block; a legal portal prints paragraphs, indented by style.
  { name: 'html-pre', ext: 'html', office: 'html:HTML (StarWriter)' },
  { name: 'html', ext: 'html', make: webPage },
  { name: 'flat', ext: 'txt', make: (text) => text.replace(/^[ \t]+/gm, '') },
  { name: 'wrapped', ext: 'txt', make: hardWrap },
  {
    name: 'pdftotext',
    ext: 'txt',
    make: (_text, pdf) =>
      existsSync(pdf) && tool('pdftotext')
        ? execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 1 << 30 })
        : null,
  },
  { name: 'crlf', ext: 'txt', make: (text) => text.replace(/\n/g, '\r\n') },
  { name: 'cp1252', ext: 'txt', make: (text) => iconv.encode(text, 'windows-1252') },
];

function tool(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Makes, once per text, every form of the laws in the cache; returns the forms skipped and why. */
function makeForms(laws: { stem: string; text: string }[]): Map<string, string> {
  const skipped = new Map<string, string>();
  const hasOffice = tool('soffice');
  for (const form of FORMS.filter((f) => f.office)) {
    if (!hasOffice) {
      skipped.set(form.name, 'soffice (LibreOffice) not found');
      continue;
    }
    const missing = laws.filter((l) => !existsSync(formPath(l.stem, form))).map((l) => formPath(l.stem, FORMS[0]!));
    if (missing.length === 0) continue;
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(CACHE, 'profile')}`,
        '--headless',
        '--infilter=Text (encoded):UTF8,LF,,,',
        '--convert-to',
        form.office!,
        '--outdir',
        CACHE,
        ...missing,
      ],
      { stdio: 'ignore' },
    );
  }
  for (const law of laws) {
    for (const form of FORMS.filter((f) => f.make && f.name !== 'txt')) {
      const path = formPath(law.stem, form);
      if (existsSync(path)) continue;
      const made = form.make!(
        law.text,
        formPath(
          law.stem,
          FORMS.find((f) => f.name === 'pdf')!,
        ),
      );
      if (made === null)
        skipped.set(form.name, `${form.name === 'pdftotext' ? 'pdftotext or the PDF' : 'its source'} missing`);
      else writeFileSync(path, made);
    }
  }
  return skipped;
}

/** Where a law's form is kept: LibreOffice names its output after its input, in a folder per source. */
function formPath(stem: string, form: Form): string {
  return join(CACHE, form.office || form.name === 'txt' ? `${stem}.${form.ext}` : `${stem}.${form.name}.${form.ext}`);
}

const KEYS = ['recallAt3', 'recallAt1', 'gapPrecision', 'elementF1'] as const;

/** Whether a form scores below the .txt on any figure. */
function isBelow(f: Figures | undefined, base: Figures | undefined): boolean {
  return !!f && !!base && KEYS.some((k) => f[k] < base[k] - 1e-9);
}

/** Hits at 3 and at 1, gaps right/proposed, element F1; "!" when below the .txt. */
function cell(f: Figures | undefined, base: Figures | undefined): string {
  if (!f) return '-'.padEnd(WIDTH);
  const text = `${f.hitsAt3} ${f.hitsAt1} ${f.gapsCorrect}/${f.gapsProposed} ${f.elementF1.toFixed(3)}`;
  return (isBelow(f, base) ? `${text}!` : text).padEnd(WIDTH);
}

const WIDTH = 21;

function pool(all: Figures[]): Figures {
  const sum = (
    k: 'mapped' | 'hitsAt1' | 'hitsAt3' | 'gapsProposed' | 'gapsCorrect' | 'elementTP' | 'elementFP' | 'elementFN',
  ) => all.reduce((s, f) => s + f[k], 0);
  const [tp, fp, fn] = [sum('elementTP'), sum('elementFP'), sum('elementFN')];
  const r = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const p = r(tp, tp + fp);
  const rc = r(tp, tp + fn);
  return {
    ...all[0]!,
    mapped: sum('mapped'),
    hitsAt1: sum('hitsAt1'),
    hitsAt3: sum('hitsAt3'),
    gapsProposed: sum('gapsProposed'),
    gapsCorrect: sum('gapsCorrect'),
    recallAt3: r(sum('hitsAt3'), sum('mapped')),
    recallAt1: r(sum('hitsAt1'), sum('mapped')),
    gapPrecision: r(sum('gapsCorrect'), sum('gapsProposed')),
    elementF1: p + rc === 0 ? 0 : (2 * p * rc) / (p + rc),
  };
}

async function main(filter: string | undefined): Promise<boolean> {
  const golds = readdirSync(GOLD)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as Gold)
    .filter((g) => !filter || g.law.includes(filter));
  mkdirSync(CACHE, { recursive: true });
  const laws = golds.map((gold) => {
    const text = readFileSync(join(LAWS, gold.law), 'utf8');
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
    const stem = `${gold.law.replace(/\.txt$/, '')}.${hash}`;
    if (!existsSync(join(CACHE, `${stem}.txt`))) writeFileSync(join(CACHE, `${stem}.txt`), text);
    return { gold, text, stem };
  });
  const skipped = makeForms(laws);
  for (const [form, why] of skipped) console.log(`skipped form ${form}: ${why}`);
  const forms = FORMS.filter((f) => !skipped.has(f.name));
  const library = loadReferenceLibrary();
  const results = new Map<string, Figures[]>(forms.map((f) => [f.name, []]));
  console.log('each cell: hits at 3, hits at 1 (of the requirements mapped), gaps right/proposed, element F1;');
  console.log('"!" marks a form scoring below the .txt on one of them');
  console.log(['law (requirements mapped)'.padEnd(50), ...forms.map((f) => f.name.padEnd(WIDTH))].join(' '));
  let below = false;
  for (const { gold, stem } of laws) {
    const row = new Map<string, Figures>();
    for (const form of forms) {
      const path = formPath(stem, form);
      if (!existsSync(path)) continue;
      let figures: Figures;
      try {
        const doc = await importLawFile(path);
        const tree = segment(doc, { language: gold.language });
        const result = analyze({
          acts: [{ file: gold.law, title: gold.law, language: gold.language, tree }],
          library,
          instruments: gold.instruments,
        });
        figures = compare(gold, result);
      } catch (error) {
        console.log(`  ${gold.law} as ${form.name}: import failed: ${(error as Error).message}`);
        continue;
      }
      row.set(form.name, figures);
      results.get(form.name)!.push(figures);
    }
    const base = row.get('txt');
    below ||= forms.some((f) => isBelow(row.get(f.name), base));
    const name = `${gold.law.replace(/\.txt$/, '').slice(0, 44)} (${base?.mapped ?? '?'})`;
    console.log([name.padEnd(50), ...forms.map((f) => cell(row.get(f.name), base))].join(' '));
  }
  const pooled = new Map([...results].filter(([, all]) => all.length > 0).map(([name, all]) => [name, pool(all)]));
  console.log(['POOLED'.padEnd(50), ...forms.map((f) => cell(pooled.get(f.name), pooled.get('txt')))].join(' '));
  console.log('POOLED ratios:');
  for (const [name, f] of pooled)
    console.log(
      `  ${name.padEnd(10)} r@3 ${f.recallAt3.toFixed(3)}  r@1 ${f.recallAt1.toFixed(3)}  gapP ${f.gapPrecision.toFixed(3)}  elF1 ${f.elementF1.toFixed(3)}`,
    );
  console.log(below ? 'SOME FORMS SCORE BELOW THE .TXT (marked !)' : 'every form scores as the .txt does or better');
  return !below;
}

main(process.argv[2]).then(
  (ok) => (process.exitCode = ok ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
