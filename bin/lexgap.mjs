#!/usr/bin/env node
// The `lexgap` command: runs the command line built into out/cli by `npm install` (prepare) and
// every `npm run build`. Built once here when missing (e.g. a checkout installed with --ignore-scripts).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const built = new URL('../out/cli/lexgap.mjs', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('Building the lexgap command line (once)…\n');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error', '-c', 'cli.vite.config.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    process.stderr.write('lexgap: could not build the command line; run "npm run build:cli" to see why.\n');
    process.exit(2);
  }
}
const { runFromProcess } = await import(built.href);
await runFromProcess();
