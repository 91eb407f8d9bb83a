// Build better-sqlite3 for Electron's ABI into .native/electron/, leaving node_modules' copy
// (Node's ABI, used by tests and the CLI) untouched. The main process loads this copy through
// better-sqlite3's `nativeBinding` option. Skipped when the copy matches the installed versions.
import { createRequire } from 'node:module';
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8')).version;
const outDir = join(root, '.native', 'electron');
const stamp = join(outDir, 'built-for.json');
const wanted = {
  electron: electronVersion,
  betterSqlite3: sqliteVersion,
  platform: process.platform,
  arch: process.arch,
};

if (existsSync(stamp) && JSON.stringify(JSON.parse(readFileSync(stamp, 'utf8'))) === JSON.stringify(wanted))
  process.exit(0);

console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once)…`);
const work = join(root, '.native', 'build');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(sqliteDir, work, { recursive: true, filter: (src) => !src.includes(`${join(sqliteDir, 'build')}`) });
const env = {
  ...process.env,
  npm_config_runtime: 'electron',
  npm_config_target: electronVersion,
  npm_config_disturl: 'https://electronjs.org/headers',
};
try {
  // A prebuilt binary for this Electron when one is published; otherwise compile against Electron's headers.
  execSync(`npx --no-install prebuild-install --runtime electron --target ${electronVersion} --arch ${process.arch}`, {
    cwd: work,
    stdio: 'inherit',
    env,
  });
} catch {
  execSync(
    `npx --no-install node-gyp rebuild --release --runtime=electron --target=${electronVersion} --dist-url=https://electronjs.org/headers`,
    { cwd: work, stdio: 'inherit', env },
  );
}
mkdirSync(outDir, { recursive: true });
copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), join(outDir, 'better_sqlite3.node'));
writeFileSync(stamp, JSON.stringify(wanted));
rmSync(work, { recursive: true, force: true });
console.log(`better-sqlite3 for Electron ready in ${outDir}`);
