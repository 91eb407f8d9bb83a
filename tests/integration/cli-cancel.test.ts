import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { manyPagesPdf } from '../helpers/hostile';
import { tempDir } from '../helpers/temp';

const dir = tempDir('lexgap-cli-cancel-');
afterAll(dir.cleanup);
const BIN = resolve('bin/lexgap.mjs');

describe('lexgap segment interrupted', () => {
  it('stops reading a long PDF on Ctrl+C, says so, and exits with code 130', async () => {
    const path = join(dir.path, 'gazette.pdf');
    writeFileSync(path, manyPagesPdf(4000));
    const child = spawn(process.execPath, [BIN, 'segment', '--progress', path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    let interrupted = false;
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      // Interrupt once pages are being read, as a user would.
      if (!interrupted && /Reading page 20 of 4000/.test(stderr)) {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
    expect(stderr).toMatch(/interrupted; stopping/);
    expect(stderr).toMatch(/The import was cancelled\. Nothing was imported\./);
    expect(stdout).toBe('');
    expect(stderr).not.toMatch(/Reading page 4000 of 4000/);
    expect(code).toBe(130);
  });
});
