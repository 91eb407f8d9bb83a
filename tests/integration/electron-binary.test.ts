import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp';

const SCRIPT = fileURLToPath(new URL('../../scripts/electron-binary.mjs', import.meta.url));
const run = promisify(execFile);

/** A loopback port nothing listens on: taken from the system, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

describe('npm start when the Electron binary cannot be downloaded', () => {
  const dir = tempDir('lexgap-electron-');
  afterAll(() => dir.cleanup());

  it('prints one paragraph with the settings to try and the browser alternative, and exits 1', async () => {
    const port = await closedPort();
    const dist = join(dir.path, 'dist');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: dir.path,
      // An empty dist folder of our own: the script must download, and must not touch node_modules.
      ELECTRON_OVERRIDE_DIST_PATH: dist,
      ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
      electron_config_cache: join(dir.path, 'cache'),
    };
    const failure = await run(process.execPath, [SCRIPT], { env }).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure, 'the script must fail when the download fails').not.toBeNull();
    expect(failure!.code).toBe(1);
    const message = failure!.stderr.trim();
    expect(message).toContain(`127.0.0.1:${port}`);
    for (const setting of [
      'ELECTRON_MIRROR',
      'ELECTRON_CUSTOM_DIR',
      'HTTPS_PROXY',
      'GLOBAL_AGENT_HTTPS_PROXY',
      'electron_config_cache',
      'npm run host',
    ])
      expect(message).toContain(setting);
    // One paragraph, no stack trace.
    expect(message).not.toMatch(/\n\s*\n/);
    expect(message).not.toMatch(/^\s+at /m);
    expect(failure!.stdout).toMatch(/Fetching Electron \d+\.\d+\.\d+/);
    expect(() => readdirSync(dist)).toThrow();
  });
});
