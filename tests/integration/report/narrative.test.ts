import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/index';
import { segment } from '../../../shared/segment/index';
import { reportInputFromAnalysis } from '../../../shared/report/from-analysis';
import type { ReportInput } from '../../../shared/report/input';
import { buildNarrativeReport, MAX_RECOMMENDATIONS, type NarrativeModel } from '../../../shared/report/narrative';
import { narrativeMessages } from '../../../shared/report/narrative-messages';
import { templateFor } from '../../../shared/report/drafting';
import { articleOf } from '../../../shared/report/themes';
import { THEME_ORDER } from '../../../shared/report/themes';
import type { LanguageCode } from '../../../shared/domain/source';
import { importLawFile } from '../../../electron/main/import/index';
import { loadReferenceLibrary } from '../../../electron/main/reference/load';
import { writeReportDocx } from '../../../electron/main/report/docx-writer';
import { writeMatrixXlsx } from '../../../electron/main/report/xlsx-writer';
import { unzip } from '../../helpers/zip';
import { tempDir } from '../../helpers/temp';

const KENYA = resolve('tests/fixtures/laws/kenya-counter-trafficking-in-persons-act-2010.txt');
const AUTHOR = 'Amina Diallo, UNODC';
const DATE = new Date('2026-03-02T10:00:00Z');

let input: ReportInput;
const models = new Map<LanguageCode, NarrativeModel>();
const documents = new Map<LanguageCode, string>();
const docx = new Map<LanguageCode, Buffer>();

function decode(xml: string): string {
  return xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Text of every run, with the language it is tagged with (null: the report's). */
function runs(xml: string): { text: string; lang: string | null }[] {
  const out: { text: string; lang: string | null }[] = [];
  for (const m of xml.matchAll(/<w:r(?: [^>]*)?>([\s\S]*?)<\/w:r>/g)) {
    const body = m[1]!;
    const lang = /<w:lang w:val="([^"]+)"/.exec(body)?.[1] ?? null;
    const text = [...body.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)]
      .map((t) => decode(t[1]!))
      .join('');
    if (text) out.push({ text, lang });
  }
  return out;
}

function textOf(xml: string): string {
  return runs(xml)
    .map((r) => r.text)
    .join(' ');
}

/** Paragraph texts of a heading level (Heading1 …), in order. */
function headings(xml: string, level: number): string[] {
  return [...xml.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)]
    .filter((m) => m[1]!.includes(`<w:pStyle w:val="Heading${level}"/>`))
    .map((m) => textOf(m[1]!).trim());
}

beforeAll(async () => {
  const library = loadReferenceLibrary();
  const doc = await importLawFile(KENYA);
  const tree = segment(doc);
  const result = analyze({
    acts: [{ file: 'kenya.txt', title: 'Counter-Trafficking in Persons Act', language: tree.language, tree }],
    library,
    instruments: ['tip-protocol', 'untoc', 'model-law-tip'],
  });
  input = reportInputFromAnalysis(result, library, {
    country: 'Kenya',
    title: 'Sample assessment',
    assessor: AUTHOR,
    acts: [{ file: 'kenya.txt', title: 'Counter-Trafficking in Persons Act (No. 8 of 2010)', year: 2010 }],
  });
  for (const language of ['en', 'fr', 'es'] as const) {
    const model = buildNarrativeReport(input, { language, includeTexts: true, author: AUTHOR, date: DATE });
    models.set(language, model);
    const bytes = await writeReportDocx(model, { pageNumbers: language === 'en' });
    docx.set(language, bytes);
    documents.set(language, (await unzip(bytes)).get('word/document.xml')!.toString('utf8'));
  }
}, 120_000);

describe('narrative report of the sample act', () => {
  it('reads in the adviser’s order: summary, scope, framework, then the themes in order, then the annexes', () => {
    const n = narrativeMessages('en');
    const h1 = headings(documents.get('en')!, 1).map((h) => h.replace(/^\d+\. /, ''));
    expect(h1.slice(0, 3)).toEqual([n.chapters.summary, n.chapters.scope, n.chapters.framework]);
    const themes = h1.slice(3).filter((h) => !h.startsWith('Annex'));
    const order = themes.map((h) => THEME_ORDER.findIndex((t) => n.theme[t] === h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(themes).toContain(n.theme.definition);
    expect(themes).toContain(n.theme.victims);
    expect(h1.slice(-2)).toEqual([n.annex('A', n.chapters.annexProvisions), n.annex('B', n.chapters.annexMet)]);
  });

  it('starts a page only before the summary and the annexes; the chapters between them flow on', () => {
    const n = narrativeMessages('en');
    const doc = documents.get('en')!;
    const breaking = [...doc.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)]
      .filter((m) => m[1]!.includes('<w:pStyle w:val="Heading1"/>') && m[1]!.includes('<w:pageBreakBefore/>'))
      .map((m) =>
        textOf(m[1]!)
          .trim()
          .replace(/^\d+\. /, ''),
      );
    expect(breaking).toEqual([
      n.chapters.summary,
      n.annex('A', n.chapters.annexProvisions),
      n.annex('B', n.chapters.annexMet),
    ]);
  });

  it('has one finding per article, not one per sub-paragraph', () => {
    const h2 = headings(documents.get('en')!, 2).filter((h) => /art\. /.test(h));
    const articles = h2.map((h) => /^[\d.]+ (.+? art\. [^ ]+)/.exec(h)?.[1]);
    expect(articles.every((a) => a !== undefined)).toBe(true);
    expect(new Set(articles).size).toBe(articles.length);
    // Art. 5(2)(a)–(c) of the TIP Protocol come together under 5(2), never as 5(2)(a).
    expect(h2.some((h) => /5\(2\)\(a\)/.test(h))).toBe(false);
    // The long chapters of sub-paragraphs (UNTOC art. 18 alone has 45) are consolidated.
    expect(h2.length).toBeLessThan(45);
  });

  it('numbers at most 40 recommendations, each naming the provision to amend or where a new one goes', () => {
    const model = models.get('en')!;
    expect(model.recommendations.length).toBeGreaterThan(5);
    expect(model.recommendations.length).toBeLessThanOrEqual(MAX_RECOMMENDATIONS);
    expect(model.recommendations.map((r) => r.number)).toEqual(model.recommendations.map((_, i) => i + 1));
    for (const r of model.recommendations) {
      expect(r.target).toMatch(/^(section \d+\w*|a new section \d+[A-Z] after section \d+)$/);
      expect(r.text).toContain(r.target);
      expect(r.text).toMatch(/^The Government is (urged|recommended to consider|invited)/);
    }
    // Two new sections never take the same number.
    const inserted = model.recommendations.filter((r) => r.target.startsWith('a new')).map((r) => r.target);
    expect(new Set(inserted).size).toBe(inserted.length);
    const text = textOf(documents.get('en')!);
    for (const r of model.recommendations) expect(text).toContain(`R${r.number}.`);
  });

  it('carries proposed wording as tracked changes by the assessor for every gap that has a template', () => {
    const model = models.get('en')!;
    const withTemplate = model.recommendations.filter((r) => r.requirements.some((id) => templateFor(id) !== null));
    expect(withTemplate.length).toBeGreaterThan(3);
    for (const r of withTemplate) expect(r.wording, r.topic).toBe(true);
    const doc = documents.get('en')!;
    const insertions = [...doc.matchAll(/<w:ins [^>]*w:author="([^"]*)"/g)].map((m) => decode(m[1]!));
    expect(insertions.length).toBeGreaterThanOrEqual(model.recommendations.filter((r) => r.wording).length);
    expect(new Set(insertions)).toEqual(new Set([AUTHOR]));
    // The OS account never signs the report.
    expect(doc).not.toMatch(/w:author="(root|runner|node)"/);
  });

  for (const language of ['en', 'fr', 'es'] as const)
    it(`drafts the wording of every ${language} recommendation for its own article, never a neighbour's`, () => {
      const model = models.get(language)!;
      const article = (id: string) => `${id.slice(0, id.indexOf(':'))}:${articleOf(id.slice(id.indexOf(':') + 1))}`;
      const drafted = model.recommendations.filter((r) => r.wording);
      expect(drafted.length).toBeGreaterThan(5);
      for (const r of drafted) {
        expect(r.wordingFor, `R${r.number}`).not.toBeNull();
        // The wording's source article is one of the articles the recommendation answers.
        expect(r.requirements.map(article), `R${r.number}`).toContain(article(r.wordingFor!));
        const template = templateFor(r.wordingFor!);
        // A model wording's own article is the recommendation's, not a neighbour's of the same topic.
        if (template) expect(template.serves.map(article), `R${r.number}`).toContain(article(r.wordingFor!));
        const amendment = model.sections
          .flatMap((s) => s.blocks)
          .find((b) => b.kind === 'amendment' && b.requirementId === r.wordingFor);
        expect(amendment, `R${r.number}`).toBeDefined();
      }
      // Release pending trial (UNTOC art. 11(3)) is not drafted as aggravating circumstances.
      const release = model.recommendations.find((r) => r.requirements.includes('untoc:11(3)'));
      if (release?.wordingFor) {
        expect(article(release.wordingFor)).toBe('untoc:11');
        const block = model.sections
          .flatMap((s) => s.blocks)
          .find((b) => b.kind === 'amendment' && b.requirementId === release.wordingFor);
        const inserted = block?.kind === 'amendment' ? block.segments.map((x) => x.text).join(' ') : '';
        expect(inserted).not.toMatch(/aggravating|aggravantes|agravantes/i);
      }
    });

  it('says in each recommendation what to change, from the missing elements and the article', () => {
    const en = models.get('en')!;
    const generic = en.recommendations.filter((r) => /to give full effect to/.test(r.text));
    expect(generic.map((r) => r.text)).toEqual([]);
    const attempt = en.recommendations.find((r) => r.topic === 'tip-protocol:5(2)')!;
    expect(attempt.text).toContain('make punishable attempting to commit the offence');
    const release = en.recommendations.find((r) => r.requirements.includes('untoc:11(3)'))!;
    expect(release.text).toMatch(/release pending trial or appeal/);
    expect(models.get('fr')!.recommendations.find((r) => r.number === release.number)!.text).toMatch(
      /mise en liberté dans l’attente du jugement/,
    );
    expect(models.get('es')!.recommendations.find((r) => r.number === release.number)!.text).toMatch(
      /libertad en espera de juicio/,
    );
    for (const language of ['fr', 'es'] as const)
      for (const r of models.get(language)!.recommendations)
        expect(r.text, r.text).not.toMatch(/donner pleinement effet|dar pleno efecto/);
  });

  it('quotes each national provision in full once, in the annex', () => {
    const doc = documents.get('en')!;
    const annex = doc.slice(doc.lastIndexOf('Annex A'));
    const labels = headings(annex, 2);
    expect(labels).toEqual(['Counter-Trafficking in Persons Act (No. 8 of 2010)']);
    // The opening words of s. 3 appear in full in the annex and are only excerpted in the body.
    const s3 = input.acts[0]!.units!.find((u) => u.number === '3')!.text;
    const lastLine = s3.trim().split('\n').pop()!.trim();
    expect(textOf(annex)).toContain(lastLine.slice(0, 60));
  });

  for (const language of ['en', 'fr', 'es'] as const)
    it(`shows no internal id in the ${language} document`, () => {
      const text = textOf(documents.get(language)!);
      expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/); // snake_case
      expect(text).not.toMatch(/\b(tip-protocol|som-protocol|untoc|model-law-tip|model-law-som):/); // requirement ids
      expect(text).not.toMatch(/\b(act|means|purpose|liability|child)\.[a-z]/); // element ids
    });

  for (const language of ['fr', 'es'] as const)
    it(`writes the ${language} report in ${language}, with quoted English law tagged as English`, () => {
      const all = runs(documents.get(language)!);
      const english = all.filter((r) => r.lang === 'en-GB');
      expect(english.length).toBeGreaterThan(10);
      const own = all
        .filter((r) => r.lang === null)
        .map((r) => r.text)
        .join(' ');
      for (const word of [
        ' the ',
        ' shall ',
        ' which ',
        ' provides',
        ' requires',
        'Government',
        ' urged',
        'Protocol ',
        ' of the ',
      ])
        expect(own.slice(Math.max(0, own.indexOf(word) - 150), own.indexOf(word) + 100), word).not.toContain(word);
      const n = narrativeMessages(language);
      expect(own).toContain(n.coverTitle('Kenya'));
    });

  for (const language of ['fr', 'es'] as const)
    it(`titles the ${language} chapters' Model Law articles in ${language}`, () => {
      const article = loadReferenceLibrary()
        .instruments.find((i) => i.id === 'model-law-tip')!
        .modelLawArticles.find((m) => m.number === '10')!;
      const own = runs(documents.get(language)!)
        .filter((r) => r.lang === null)
        .map((r) => r.text)
        .join(' ');
      expect(article.titleTranslations[language]).toBeTruthy();
      expect(own).toContain(article.titleTranslations[language]!);
      expect(own).not.toContain(article.title);
    });

  it('says on the cover and in every chapter that an unreviewed report holds proposals', () => {
    const n = narrativeMessages('en');
    const text = textOf(documents.get('en')!);
    expect(text).toContain(n.coverProposals);
    const chapters = models.get('en')!.sections.filter((s) => s.id.startsWith('theme-'));
    for (const c of chapters)
      expect(c.blocks.some((b) => b.kind === 'paragraph' && b.runs.some((r) => r.text === n.chapterProposals))).toBe(
        true,
      );
  });

  it('puts the reviewer’s own wording in place of the model wording', () => {
    const target = models.get('en')!.recommendations.find((r) => r.wording && r.topic === 'tip-protocol:5(2)')!;
    expect(target).toBeDefined();
    const reviewed: ReportInput = {
      ...input,
      requirements: input.requirements.map((r) =>
        r.id === 'tip-protocol:5(2)(a)'
          ? {
              ...r,
              amendment: { citation: null, original: '', proposed: 'Any attempt to commit trafficking is punishable.' },
            }
          : r,
      ),
    };
    const model = buildNarrativeReport(reviewed, { language: 'en', includeTexts: true, author: AUTHOR, date: DATE });
    const chapter = model.sections.find((s) => s.id === 'theme-ancillary')!;
    const amendment = chapter.blocks.find((b) => b.kind === 'amendment')!;
    expect(amendment).toMatchObject({
      segments: [{ kind: 'insert', text: 'Any attempt to commit trafficking is punishable.' }],
    });
    expect(
      chapter.blocks.some(
        (b) => b.kind === 'paragraph' && b.runs[0]?.text === narrativeMessages('en').proposedWordingReviewer,
      ),
    ).toBe(true);
  });

  it('drafts the wording in the act’s own language and tags it, when the act is not in the report’s', async () => {
    const french: ReportInput = { ...input, acts: input.acts.map((a) => ({ ...a, language: 'fr' as const })) };
    const model = buildNarrativeReport(french, { language: 'en', includeTexts: true, author: AUTHOR, date: DATE });
    const amendments = model.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'amendment');
    expect(amendments.length).toBeGreaterThan(0);
    for (const a of amendments) expect(a).toMatchObject({ lang: 'fr-FR' });
    const inserted = amendments
      .flatMap((a) => a.segments.filter((x) => x.kind === 'insert').map((x) => x.text))
      .join(' ');
    expect(inserted).toContain('la présente loi');
    // A new unit in an act numbered in the civil-law way takes "bis".
    expect(model.recommendations.some((r) => / bis after /.test(r.target))).toBe(true);
  });

  it('reports a body of law with no act as not assessed, without failing', async () => {
    const empty: ReportInput = {
      ...input,
      acts: [],
      requirements: input.requirements.map((r) => ({ ...r, citations: [] })),
    };
    const model = buildNarrativeReport(empty, { language: 'fr', includeTexts: true, author: AUTHOR, date: DATE });
    expect(model.recommendations).toEqual([]);
    const xml = (await unzip(await writeReportDocx(model))).get('word/document.xml')!.toString('utf8');
    expect(textOf(xml)).toContain(narrativeMessages('fr').scopeNoActs);
  });

  it('writes the matrix workbook: one sheet per instrument, one row per requirement, filtered and frozen', async () => {
    const bytes = await writeMatrixXlsx(input, { language: 'en', author: AUTHOR });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['TIP Protocol', 'UNTOC', 'TIP Model Law']);
    for (const [sheet, instrument] of [
      ['TIP Protocol', 'tip-protocol'],
      ['UNTOC', 'untoc'],
      ['TIP Model Law', 'model-law-tip'],
    ] as const) {
      const ws = wb.getWorksheet(sheet)!;
      expect(ws.rowCount - 1).toBe(input.requirements.filter((r) => r.instrument === instrument).length);
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    const tip = wb.getWorksheet('TIP Protocol')!;
    const refs = tip.getColumn(1).values.slice(2).map(String);
    expect(refs).toContain('3(a)');
    const row = tip.getRow(refs.indexOf('3(a)') + 2);
    expect(String(row.getCell(4).value)).toBe('Compliant');
    expect(String(row.getCell(7).value)).toContain('Section 3');
  });
});

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => existsSync(join(dir, command)));
}

const OFFICE_MISSING = !onPath('soffice') || !onPath('pdfinfo');

/** Converts a language's report to PDF with LibreOffice: the PDF's path and its number of pages. */
async function layOut(language: LanguageCode): Promise<{ pdf: string; pages: number }> {
  const dir = tempDir('lexgap-narrative-').path;
  const file = join(dir, 'report.docx');
  writeFileSync(file, docx.get(language)!);
  await promisify(execFile)(
    'soffice',
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
    { timeout: 240_000 },
  );
  const pdf = join(dir, 'report.pdf');
  const info = (await promisify(execFile)('pdfinfo', [pdf])).stdout;
  return { pdf, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

describe.skipIf(OFFICE_MISSING)(
  OFFICE_MISSING ? 'LibreOffice page count (skipped: soffice or pdfinfo is not installed)' : 'LibreOffice page count',
  () => {
    for (const language of ['fr', 'es'] as const)
      it(`lays the ${language} sample report out in at most 60 pages`, async () => {
        const { pages } = await layOut(language);
        expect(pages).toBeGreaterThan(10);
        expect(pages).toBeLessThanOrEqual(60);
      }, 300_000);

    it('lays the sample report out in at most 60 pages, with page numbers in the table of contents', async () => {
      const { pdf, pages } = await layOut('en');
      expect(pages).toBeGreaterThan(10);
      expect(pages).toBeLessThanOrEqual(60);
      const text = (await promisify(execFile)('pdftotext', ['-f', '2', '-l', '3', '-layout', pdf, '-'])).stdout;
      expect(text).toMatch(/Executive summary\.{3,}\s*\d+/);
      expect(readFileSync(pdf).length).toBeGreaterThan(0);
    }, 300_000);
  },
);
