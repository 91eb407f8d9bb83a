import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = existsSync(join(ROOT, 'out', 'renderer', 'index.html'));

describe.skipIf(!BUILT)(
  BUILT ? 'npm run host' : 'npm run host (skipped: out/renderer is not built; npm test builds it)',
  () => {
    const dir = tempDir('lexgap-host-');
    afterAll(() => dir.cleanup());

    it('serves the app, says where files go, and stops cleanly on Ctrl+C', async () => {
      const work = join(dir.path, 'work');
      const data = join(dir.path, 'data');
      const child = spawn(
        process.execPath,
        [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/host.ts', '--no-open', '--work-dir', work],
        { cwd: ROOT, env: { ...process.env, LEXGAP_DATA_DIR: data, LEXGAP_CACHE_DIR: join(dir.path, 'cache') } },
      );
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      const deadline = Date.now() + 90_000;
      while (!out.includes('Press Ctrl+C') && Date.now() < deadline && child.exitCode === null)
        await new Promise((r) => setTimeout(r, 200));
      expect(out).toContain('Press Ctrl+C to stop.');
      const url = /LexGap is running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out)?.[1];
      expect(url, out).toBeDefined();
      expect(out).toContain(`saved in ${work}`);
      expect(out).toContain(`kept in ${data}`);
      expect(existsSync(work)).toBe(true);
      const page = await fetch(new URL('/', url!));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('id="root"');
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(out).toContain('Stopped.');
    }, 120_000);
  },
);
