// Make sure the Electron binary is there before `npm start` / `npm run dev`. `npm install` does not
// fetch it (package.json denies Electron's install script), so installing, the tests, the command
// line, the demo and `npm run host` never depend on GitHub's release downloads. The first start
// fetches it with Electron's own downloader (@electron/get, shipped with the electron package),
// honouring the same mirror, cache and proxy settings. When the download fails, one paragraph
// says what to do and the script exits with code 1.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const fromElectron = createRequire(join(electronDir, 'package.json'));
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
const platform = process.env.npm_config_platform || process.platform;
const arch = process.env.npm_config_arch || process.arch;

/** Path of the executable inside Electron's dist folder, as Electron's own installer writes it. */
function platformPath() {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');

function installed() {
  try {
    if (!process.env.ELECTRON_OVERRIDE_DIST_PATH) {
      if (readFileSync(join(distDir, 'version'), 'utf8').trim().replace(/^v/, '') !== version) return false;
      if (readFileSync(join(electronDir, 'path.txt'), 'utf8') !== platformPath()) return false;
    }
    return existsSync(join(distDir, platformPath()));
  } catch {
    return false;
  }
}

/** Percentages on one line in a terminal, every 10 % otherwise (logs). */
function progressPrinter() {
  let last = -1;
  return (progress) => {
    const percent = Math.floor((progress.percent ?? 0) * 100);
    if (process.stdout.isTTY) {
      if (percent !== last) process.stdout.write(`\r  ${percent} %`);
    } else if (Math.floor(percent / 10) !== Math.floor(last / 10)) process.stdout.write(`  ${percent} %\n`);
    last = percent;
  };
}

function explain(error) {
  const reason = String(error?.message ?? error)
    .split('\n')[0]
    .trim();
  const text =
    `LexGap could not start: the Electron ${version} binary for ${platform}-${arch} is not installed and ` +
    `downloading it failed (${reason}). Electron is fetched from GitHub's release downloads, which many ` +
    'networks block. Set one of these and run "npm start" again: ELECTRON_MIRROR for a mirror of the ' +
    'releases (e.g. https://npmmirror.com/mirrors/electron/), with ELECTRON_CUSTOM_DIR if the mirror names ' +
    'its folders differently; HTTPS_PROXY or GLOBAL_AGENT_HTTPS_PROXY for a proxy; electron_config_cache ' +
    'for the folder of Electron\'s download cache. Meanwhile "npm run host" opens the same app in your web ' +
    'browser, with nothing to download.';
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 100) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return `\n${lines.join('\n')}\n\n`;
}

if (!installed()) {
  const get = fromElectron('@electron/get');
  if (process.env.HTTPS_PROXY || process.env.https_proxy || process.env.GLOBAL_AGENT_HTTPS_PROXY) get.initializeProxy();
  console.log(`Fetching Electron ${version} for ${platform}-${arch} (once)…`);
  try {
    const zip = await get.downloadArtifact({
      version,
      artifactName: 'electron',
      platform,
      arch,
      cacheRoot: process.env.electron_config_cache,
      force: process.env.force_no_cache === 'true',
      checksums: fromElectron('./checksums.json'),
      downloadOptions: {
        quiet: true,
        getProgressCallback: progressPrinter(),
        timeout: { lookup: 30_000, connect: 30_000, response: 60_000 },
        retry: { limit: 1 },
      },
    });
    if (process.stdout.isTTY) process.stdout.write('\n');
    const extract = fromElectron('extract-zip');
    mkdirSync(distDir, { recursive: true });
    await extract(zip, { dir: distDir });
    writeFileSync(join(electronDir, 'path.txt'), platformPath());
    console.log(`Electron ${version} ready.`);
  } catch (error) {
    if (process.stdout.isTTY) process.stdout.write('\n');
    process.stderr.write(explain(error));
    process.exit(1);
  }
}
