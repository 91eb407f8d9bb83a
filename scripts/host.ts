/**
 * `npm run host`: LexGap in your own browser, without Electron. Serves the built renderer and the
 * API on 127.0.0.1, opens the default browser on it (unless --no-open) and says where new
 * assessments are saved (--work-dir). Ctrl+C stops it.
 */
import { join, resolve } from 'node:path';
import { homedir } from 'node:os';
import open from 'open';
import { startBrowserHost } from '../electron/main/host/browser-host';
import { defaultDataDir } from '../electron/main/paths';
import { UserError, parseArgs } from '../electron/main/cli/io';

const USAGE = `Usage: npm run host -- [--no-open] [--port N] [--work-dir <folder>]
  --no-open   print the address only, do not open the browser
  --port      port on 127.0.0.1 (default: any free port)
  --work-dir  folder for new assessments and reports (default: ~/LexGap)`;

let options;
try {
  options = parseArgs(process.argv.slice(2), { values: ['port', 'work-dir'], booleans: ['no-open', 'help'] });
  if (options.positionals.length) throw new UserError(`unexpected argument "${options.positionals[0]}"`);
  if (options.values.port && !/^\d{1,5}$/.test(options.values.port))
    throw new UserError(`--port must be a port number (got "${options.values.port}")`);
} catch (error) {
  if (!(error instanceof UserError)) throw error;
  console.error(`lexgap host: ${error.message}\n${USAGE}`);
  process.exit(1);
}
if (options.flags.has('help')) {
  console.log(USAGE);
  process.exit(0);
}
const { values, flags } = options;
const workDir = resolve(values['work-dir'] ?? join(homedir(), 'LexGap'));
const dataDir = defaultDataDir();
const running = await startBrowserHost({
  dataDir,
  workDir,
  rendererDir: resolve('out/renderer'),
  port: values.port ? Number(values.port) : undefined,
});
const url = running.host.url;
console.log(`LexGap is running at ${url}`);
console.log(`New assessments and reports are saved in ${workDir}`);
console.log(`Your library and settings are kept in ${dataDir}`);
if (!flags.has('no-open')) {
  try {
    const browser = await open(url);
    browser.on('error', () => console.log(`Could not open a browser; open ${url} yourself.`));
    browser.unref();
  } catch {
    console.log(`Could not open a browser; open ${url} yourself.`);
  }
}
console.log('Press Ctrl+C to stop.');

let stopping = false;
function stop(): void {
  if (stopping) process.exit(130);
  stopping = true;
  console.log('\nStopping LexGap…');
  void running.stop().then(
    () => {
      console.log('Stopped.');
      process.exit(0);
    },
    (error: unknown) => {
      console.error(`lexgap host: could not stop cleanly: ${(error as Error)?.message ?? String(error)}`);
      process.exit(1);
    },
  );
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
