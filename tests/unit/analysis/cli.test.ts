import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeCommand } from '../../../electron/main/cli/commands/analyze';
import { UserError } from '../../../electron/main/cli/io';
import { analysisResultSchema } from '../../../shared/analysis/schema';

/* `lexgap analyze`: options, summary and JSON output. */

const KENYA = join(__dirname, '../../fixtures/laws/kenya-counter-trafficking-in-persons-act-2010.txt');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

describe('lexgap analyze', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexgap-analyze-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints status counts per instrument and the gaps', { timeout: 60_000 }, async () => {
    const { io, out } = capture();
    expect(await analyzeCommand.run([KENYA, '--instruments', 'tip-protocol,untoc'], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/tip-protocol\s+compliant \d+ {2}partial \d+ {2}gap \d+/);
    expect(text).toMatch(/untoc\s+compliant/);
    expect(text).toContain('tip-protocol:5(2)(a)');
    expect(text).not.toMatch(/^som-protocol/m);
  });

  it('writes the full result with --json', { timeout: 60_000 }, async () => {
    const { io } = capture();
    const file = join(dir, 'out.json');
    expect(await analyzeCommand.run([KENYA, '--instruments=tip-protocol', '--lang', 'en', '--json', file], io)).toBe(0);
    const result = JSON.parse(readFileSync(file, 'utf8'));
    expect(result.schema).toBe('lexgap.analysis/1');
    expect(result.acts[0].language).toBe('en');
    expect(result.requirements.every((r: { instrument: string }) => r.instrument === 'tip-protocol')).toBe(true);
  });

  it('refuses an unknown instrument, listing the valid ids', async () => {
    const { io } = capture();
    await expect(analyzeCommand.run([KENYA, '--instruments', 'tip,untoc'], io)).rejects.toThrow(UserError);
    await expect(analyzeCommand.run([KENYA, '--instruments', 'tip'], io)).rejects.toThrow(
      /tip-protocol, som-protocol, untoc/,
    );
  });

  it('refuses other options, a bad language and a missing file', async () => {
    const { io } = capture();
    await expect(analyzeCommand.run([KENYA, '--save'], io)).rejects.toThrow(UserError);
    await expect(analyzeCommand.run([KENYA, '--lang', 'de'], io)).rejects.toThrow(/--lang/);
    await expect(analyzeCommand.run([], io)).rejects.toThrow(/at least one law file/);
    await expect(analyzeCommand.run([join(dir, 'missing.txt')], io)).rejects.toThrow(UserError);
  });
});

describe('the lexgap.analysis/1 contract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexgap-contract-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds for the JSON of a fixture law, with spans inside the listed units', { timeout: 60_000 }, async () => {
    const file = join(dir, 'kenya.json');
    expect(await analyzeCommand.run([KENYA, '--json', file], capture().io)).toBe(0);
    const parsed = analysisResultSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    const result = parsed.data!;
    expect(result.instruments).toEqual(['tip-protocol', 'som-protocol', 'untoc', 'model-law-tip', 'model-law-som']);
    const units = new Map(result.acts[0]!.provisions.map((p) => [p.id, p]));
    expect([...units.values()].map((p) => p.number).slice(0, 3)).toEqual(['1', '2', '3']);
    for (const r of result.requirements) {
      if (r.status === 'compliant') expect(r.matches.length, r.id).toBeGreaterThan(0);
      for (const m of r.matches)
        for (const e of m.evidence) expect(units.get(m.unit)!.text.slice(e.start, e.end)).toBe(e.text);
      for (const e of r.elements)
        if (e.present && e.span && e.unit) expect(units.get(e.unit)!.text.length).toBeGreaterThanOrEqual(e.span[1]);
    }
  });
});
