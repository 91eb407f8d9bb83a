import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { tempDir } from '../helpers/temp';

const require = createRequire(import.meta.url);

/** Path of the Electron binary if the package downloaded one (it cannot where installs skip it). */
function electronBinary(): string | null {
  try {
    const pkgDir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const native = existsSync(resolve('.native/electron/better_sqlite3.node'));
const reason = !binary
  ? 'no Electron binary installed (ELECTRON_SKIP_BINARY_DOWNLOAD was set, or the download was not possible)'
  : !native
    ? 'better-sqlite3 has not been built for Electron yet (run "node scripts/native-electron.mjs")'
    : null;

describe.skipIf(reason !== null)(`Electron app${reason ? ` (skipped: ${reason})` : ''}`, () => {
  it('starts a secure window that reaches the ready state and lists the instruments', async () => {
    const data = tempDir();
    const app = await electron.launch({
      executablePath: binary!,
      args: [resolve('.'), `--user-data-dir=${data.path}`],
      env: { ...process.env, LEXGAP_USER: 'smoke' },
    });
    try {
      const page = await app.firstWindow();
      await page.locator('#root[data-app-state="ready"]').waitFor();
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (window as unknown as { lexgap?: unknown }).lexgap)).toBe('object');
      await page.getByTestId('nav-library').click();
      await page.getByTestId('instrument-tip-protocol').waitFor();
      // Navigation away from the app is denied.
      const before = page.url();
      await page.evaluate(() => {
        window.location.href = 'https://example.org/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toBe(before);
    } finally {
      await app.close();
      data.cleanup();
    }
  });
});
