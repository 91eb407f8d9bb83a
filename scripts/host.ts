/**
 * `npm run host`: LexGap in your own browser, without Electron. Serves the built renderer and the
 * API on 127.0.0.1 and prints the address to open. New assessments are saved in --work-dir.
 */
import { join, resolve } from 'node:path';
import { homedir } from 'node:os';
import { startBrowserHost } from '../electron/main/host/browser-host';
import { defaultDataDir } from '../electron/main/paths';
import { parseArgs } from '../electron/main/cli/io';

const { values } = parseArgs(process.argv.slice(2), { values: ['port', 'work-dir'] });
const workDir = resolve(values['work-dir'] ?? join(homedir(), 'LexGap'));
const running = await startBrowserHost({
  dataDir: defaultDataDir(),
  workDir,
  rendererDir: resolve('out/renderer'),
  port: values.port ? Number(values.port) : undefined,
});
console.log(`LexGap is running at ${running.host.url}`);
console.log(`New assessments are saved in ${workDir}. Press Ctrl+C to stop.`);
process.on('SIGINT', () => void running.stop().then(() => process.exit(0)));
