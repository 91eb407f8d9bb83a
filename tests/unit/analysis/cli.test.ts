import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeCommand } from '../../../electron/main/cli/commands/analyze';
import { UserError } from '../../../electron/main/cli/io';

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
