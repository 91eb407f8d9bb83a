import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzip } from '../../helpers/zip';
import type { ReportOptions } from '../../../shared/report/input';
import { STATUS_COLOURS, STATUS_ORDER } from '../../../shared/report/chart';
import { buildReportModel } from '../../../shared/report/model';
import { writeReportDocx } from '../../../electron/main/report/docx-writer';
import { exportAssessmentJson, exportMappingCsv, exportReportDocx } from '../../../electron/main/report/index';
import { AMENDED_IDS, LONG_PROVISION, NASTY, makeReportInput } from '../../helpers/report-input';
import { tempDir } from '../../helpers/temp';

const run = promisify(execFile);
const DATE = new Date('2025-03-12T00:00:00Z');
const AUTHOR = 'Dr. Amina Haddad';
const RESULTS = join(process.cwd(), 'test-results', 'report');

function options(extra: Partial<ReportOptions> = {}): ReportOptions {
  return { language: 'en', includeTexts: true, author: AUTHOR, date: DATE, ...extra };
}

function decode(xml: string): string {
  return xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text a reader sees in a piece of WordprocessingML (deleted text included). */
function textOf(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:(t|delText)(?: [^>]*)?>([^<]*)<\/w:\1>|<w:(br|tab)\/>/g)) {
    if (m[3] === 'br') out += '\n';
    else if (m[3] === 'tab') out += '\t';
    else out += decode(m[2]!);
  }
  return out;
}

/** Top-level blocks of the body, in order: paragraphs, tables and the TOC's content control. */
function blocks(document: string): string[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(document)![1]!;
  return [...body.matchAll(/<w:sdt>[\s\S]*?<\/w:sdt>|<w:tbl>[\s\S]*?<\/w:tbl>|<w:p\/>|<w:p[ >][\s\S]*?<\/w:p>/g)].map(
    (m) => m[0],
  );
}

function styleOf(p: string): string | null {
  return /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? null;
}

function headings(document: string, level: 1 | 2 | 3): string[] {
  return blocks(document)
    .filter((b) => b.startsWith('<w:p') && styleOf(b) === `Heading${level}`)
    .map(textOf);
}

/** The first table after the level-1 heading `title`. */
function tableAfter(document: string, title: string): string {
  const all = blocks(document);
  const at = all.findIndex((b) => styleOf(b) === 'Heading1' && textOf(b) === title);
  expect(at, `heading ${title}`).toBeGreaterThanOrEqual(0);
  return all.slice(at).find((b) => b.startsWith('<w:tbl>'))!;
}

function rows(table: string): string[] {
  return [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
}

async function docxParts(extra: Partial<ReportOptions> = {}, input = makeReportInput()) {
  const bytes = await writeReportDocx(buildReportModel(input, options(extra)));
  const parts = await unzip(bytes);
  const text = (name: string) => parts.get(name)!.toString('utf8');
  return { bytes, parts, text, document: text('word/document.xml') };
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => existsSync(join(dir, command)));
}

describe('Word report', () => {
  const input = makeReportInput();
  let en: Awaited<ReturnType<typeof docxParts>>;
  beforeAll(async () => {
    en = await docxParts({}, input);
  });

  it('is well-formed XML throughout, with no character XML forbids', () => {
    for (const [name, data] of en.parts) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const xml = data.toString('utf8');
      expect(XMLValidator.validate(xml), name).toBe(true);
      expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml), name).toBe(false);
      expect(xml.includes('\uFFFD'), name).toBe(false);
    }
  });

  it('draws the coverage chart as shaded table cells, one bar per instrument, without images', () => {
    const model = buildReportModel(input, options());
    const chart = model.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'chart');
    expect(chart && chart.kind === 'chart').toBe(true);
    if (!chart || chart.kind !== 'chart') return;
    expect([...en.parts.keys()].filter((k) => k.startsWith('word/media/'))).toEqual([]);
    expect(en.document).not.toContain('<w:drawing>');
    // Each bar is a one-row table of exact height whose cells are shaded in the status colours.
    const bars = [
      ...en.document.matchAll(
        /<w:tbl>(?:(?!<w:tbl>)[\s\S])*?<w:trHeight w:val="240" w:hRule="exact"\/>[\s\S]*?<\/w:tbl>/g,
      ),
    ].map((m) => m[0]);
    expect(bars).toHaveLength(chart.chart.rows.length);
    chart.chart.rows.forEach((row, i) => {
      const fills = [...bars[i]!.matchAll(/w:fill="([0-9A-F]{6})"/g)].map((m) => m[1]);
      const present = STATUS_ORDER.filter((s) => row.counts[s] > 0).map((s) => STATUS_COLOURS[s].bar);
      expect(fills, row.label).toEqual(present.length ? present : ['E0E0E0']);
    });
  });

  it('uses real headings, a TOC field Word refreshes, and page numbers in the footer', () => {
    const model = buildReportModel(input, options());
    const h1 = headings(en.document, 1);
    expect(h1).toEqual(model.sections.map((s) => (s.blocks[0]!.kind === 'heading' ? s.blocks[0]!.text : '')));
    expect(h1).toContain('1. Executive summary');
    expect(h1).toContain('Annex C. Texts of the instrument provisions cited');
    expect(headings(en.document, 2)).toContain('5.1 Trafficking in Persons Protocol');
    expect(headings(en.document, 3)).toContain('TIP Protocol art. 3(a) — Use of terms');
    expect(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/.test(en.document)).toBe(true);
    expect(en.text('word/settings.xml')).toContain('<w:updateFields');
    const footers = [...en.parts.keys()].filter((k) => /^word\/footer\d+\.xml$/.test(k)).map((k) => en.text(k));
    expect(footers.some((f) => f.includes('PAGE') && f.includes('NUMPAGES'))).toBe(true);
    expect(en.text('docProps/core.xml')).toContain(`<dc:creator>${AUTHOR}</dc:creator>`);
  });

  it('has one summary-table row per requirement in scope, under a repeating header row', () => {
    const table = tableAfter(en.document, '4. Summary table');
    const trs = rows(table);
    expect(trs).toHaveLength(input.requirements.length + 1);
    expect(trs[0]).toContain('<w:tblHeader/>');
    expect(textOf(trs[1]!)).toContain('TIP Protocol art. 3(a)');
    // Status cells are shaded in the status colour.
    expect(/<w:shd [^>]*w:fill="FBE3E3"/.test(table)).toBe(true);

    const filtered = buildReportModel(input, options({ instruments: ['som-protocol'] }));
    expect(filtered.scope.length).toBe(input.requirements.filter((r) => r.instrument === 'som-protocol').length);
  });

  it('writes amendments as tracked changes by the author, and only there', async () => {
    const all = blocks(en.document);
    const amendments = all.filter((b) => b.startsWith('<w:p') && styleOf(b) === 'ReportAmendment');
    expect(amendments).toHaveLength(AMENDED_IDS.length);
    const elsewhere = all.filter((b) => styleOf(b) !== 'ReportAmendment').join('');
    expect(/<w:(ins|del) /.test(elsewhere)).toBe(false);
    const reqs = AMENDED_IDS.map((id) => input.requirements.find((r) => r.id === id)!.amendment!);
    amendments.forEach((p, i) => {
      expect(/<w:ins [^>]*w:author="Dr\. Amina Haddad"[^>]*w:date="2025-03-12T00:00:00Z"/.test(p)).toBe(true);
      const accepted = textOf(p.replace(/<w:del [\s\S]*?<\/w:del>/g, ''));
      const rejected = textOf(p.replace(/<w:ins [\s\S]*?<\/w:ins>/g, ''));
      expect(accepted).toBe(reqs[i]!.proposed);
      expect(rejected).toBe(reqs[i]!.original);
      if (reqs[i]!.original) expect(p.includes('<w:delText')).toBe(true);
    });
    const ids = [...en.document.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has no tracked change at all when no amendment is proposed', async () => {
    const { document } = await docxParts({}, makeReportInput({ amendments: false }));
    expect(/<w:(ins|del)[ >]/.test(document)).toBe(false);
    expect(document.includes('w:delText')).toBe(false);
    expect(headings(document, 1)).not.toContain('7. Proposed amendments');
  });

  it('keeps &, <, quotes, right-to-left text, emoji and a 20,000-character provision intact', () => {
    const text = textOf(en.document);
    for (const s of [
      NASTY.ampersand,
      NASTY.angle,
      NASTY.quotes,
      NASTY.arabic,
      NASTY.hebrew,
      NASTY.emoji,
      'Bell and formfeed',
    ])
      expect(text.includes(s), s).toBe(true);
    for (const line of LONG_PROVISION.split('\n')) expect(text.includes(line.trim()), line).toBe(true);
    // Right-to-left spans are runs of their own, marked for complex-script layout.
    expect(en.document.includes('<w:rtl/></w:rPr><w:t xml:space="preserve">الاتجار بالأشخاص')).toBe(true);
    expect(en.document.includes('<w:rtl/></w:rPr><w:t xml:space="preserve">סחר בבני אדם')).toBe(true);
  });

  it('writes French and Spanish labels when asked', async () => {
    const fr = await docxParts({ language: 'fr' }, input);
    expect(headings(fr.document, 1).slice(0, 4)).toEqual([
      '1. Résumé analytique',
      '2. Méthodologie',
      '3. Bonnes pratiques relevées',
      '4. Tableau récapitulatif',
    ]);
    expect(textOf(rows(tableAfter(fr.document, '4. Tableau récapitulatif'))[0]!)).toBe(
      'ExigenceObligationÉvaluationDispositions nationales',
    );
    expect(fr.text('word/styles.xml')).toContain('w:val="fr-FR"');
    expect(textOf(fr.text('word/footer1.xml')) + textOf(fr.text('word/footer2.xml'))).toContain('sur');

    const es = await docxParts({ language: 'es' }, input);
    expect(headings(es.document, 1)).toContain('6. Recomendaciones por orden de prioridad');
    expect(textOf(es.document).includes('Se insta al Gobierno a')).toBe(true);
    expect(es.text('word/styles.xml')).toContain('w:val="es-ES"');
  });
});

describe('exports', () => {
  const dir = tempDir('lexgap-report-');
  afterAll(() => dir.cleanup());
  const input = makeReportInput();

  it('writes the report atomically, replacing an existing file and leaving no temporary file', async () => {
    const path = join(dir.path, 'report.docx');
    writeFileSync(path, 'old');
    const stages: number[] = [];
    const result = await exportReportDocx(input, options(), path, (f) => stages.push(f));
    expect(result.path).toBe(path);
    expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(readdirSync(dir.path)).toEqual(['report.docx']);
    expect(stages.at(-1)).toBe(1);
    expect(stages).toEqual([...stages].sort((a, b) => a - b));
  });

  it('writes the mapping as CSV Excel opens: BOM, CRLF, RFC 4180 quoting', async () => {
    const path = join(dir.path, 'mapping.csv');
    await exportMappingCsv(input, path, 'fr');
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const records = parseCsv(text);
    const expected = input.requirements.reduce((n, r) => n + Math.max(1, r.citations.length), 0);
    expect(records).toHaveLength(expected + 1);
    expect(records[0]).toContain('Évaluation');
    expect(records.every((r) => r.length === records[0]!.length)).toBe(true);
    expect(records.flat()).toContain('Partiellement conforme');
    // A field holding quotes is quoted, its quotes doubled; it reads back unchanged.
    expect(text).toContain(
      '"Insert the words ""abuse of a position of vulnerability"" and ‘payments’ into art. 224-1 <Penal Code>."',
    );
    expect(records.flat()).toContain(`Insert ${NASTY.quotes} into art. 224-1 <Penal Code>.`);
    // Line breaks outside quoted fields are all CRLF.
    expect(text.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(/(?<!\r)\n/);
  });

  it('writes the assessment as JSON without the bundled reference library', async () => {
    const path = join(dir.path, 'assessment.json');
    await exportAssessmentJson(input, path);
    const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    expect(json.schema).toBe('lexgap.assessment-export/1');
    expect(json.referenceDataVersion).toBe(input.library.dataVersion);
    expect(json.library).toBeUndefined();
    expect((json.requirements as unknown[]).length).toBe(input.requirements.length);
  });
});

/** RFC 4180 reader, for checking what was written. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  return records;
}

const OFFICE_MISSING = !onPath('soffice') || !onPath('pdfinfo');

describe.skipIf(OFFICE_MISSING)(
  OFFICE_MISSING ? 'LibreOffice (skipped: soffice or pdfinfo is not installed)' : 'LibreOffice',
  () => {
    const dir = tempDir('lexgap-report-lo-');
    afterAll(() => dir.cleanup());

    it('converts the report to PDF, with a plausible page count, and renders pages for review', async () => {
      const docx = join(dir.path, 'report.docx');
      await exportReportDocx(makeReportInput(), options({ layout: 'matrix' }), docx);
      // A profile of its own, so a LibreOffice already running for someone else cannot interfere.
      const profile = `file://${join(dir.path, 'profile')}`;
      await run(
        'soffice',
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir.path, docx],
        {
          timeout: 120_000,
        },
      );
      const pdf = join(dir.path, 'report.pdf');
      expect(existsSync(pdf)).toBe(true);
      const info = (await run('pdfinfo', [pdf])).stdout;
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      expect(pages).toBeGreaterThan(25);
      expect(pages).toBeLessThan(150);

      if (!onPath('pdftoppm') || !onPath('pdftotext')) return;
      mkdirSync(RESULTS, { recursive: true });
      const pageOf = async (needle: string): Promise<number> => {
        for (let n = 1; n <= pages; n++) {
          const text = (await run('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'])).stdout;
          if (text.includes(needle)) return n;
        }
        throw new Error(`"${needle}" is on no page`);
      };
      const shots: [string, number][] = [
        ['cover', 1],
        ['findings', await pageOf('Text of the requirement')],
        ['amendments', await pageOf('The amendments below are proposed as tracked changes')],
      ];
      for (const [name, n] of shots)
        await run('pdftoppm', [
          '-png',
          '-r',
          '60',
          '-f',
          String(n),
          '-l',
          String(n),
          '-singlefile',
          pdf,
          join(RESULTS, name),
        ]);
      for (const [name] of shots) expect(existsSync(join(RESULTS, `${name}.png`))).toBe(true);
    }, 180_000);
  },
);
