// Make sure better-sqlite3's own binary matches this Node (tests and the CLI run on Node's ABI).
// The Electron build lives apart in .native/electron (scripts/native-electron.mjs), so running
// the app never breaks the tests and running the tests never breaks the app.
import { createRequire } from 'node:module';
import { execSync } from 'node:child_process';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
try {
  const Database = require('better-sqlite3');
  new Database(':memory:').close();
} catch (error) {
  if (!/NODE_MODULE_VERSION|was compiled against|invalid ELF|cannot open shared object/.test(String(error)))
    throw error;
  console.log('better-sqlite3 was built for another runtime; rebuilding it for Node', process.version);
  const dir = dirname(require.resolve('better-sqlite3/package.json'));
  execSync('npx --no-install node-gyp rebuild --release', { cwd: dir, stdio: 'inherit' });
}
