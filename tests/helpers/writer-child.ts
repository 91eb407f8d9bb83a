/**
 * A second LexGap process for the one-writer and kill tests, run under plain Node with tsx:
 *
 *   node --import tsx tests/helpers/writer-child.ts <mode> <args…>
 *
 * Every line it prints is JSON; a write is announced ("ack") only after its transaction committed.
 *
 * - `api <file> <dataDir> <signals> <tag> <count> <requirementId>…` — opens the file through the API
 *   handlers (taking its write lock, or read-only when another process holds it), waits for the file
 *   `<signals>/start`, sets `count` findings, then waits for `<signals>/release` before closing.
 * - `raw <file> <tag> <count> <requirementId>…` — opens the file as a plain SQLite connection (no lock
 *   file: two writers at the SQLite level) and sets `count` findings, each a read-then-write.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createAppContext, disposeAppContext } from '../../electron/main/app/context';
import { createHandlers } from '../../electron/main/app/handlers';
import { dispatch } from '../../shared/api/dispatch';
import { setAssessment } from '../../electron/main/db/review-repo';
import { openDatabase } from '../../electron/main/db/sqlite';

const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
const [mode, ...args] = process.argv.slice(2);

async function waitFor(path: string) {
  while (!existsSync(path)) await new Promise((r) => setTimeout(r, 20));
}

async function api(file: string, dataDir: string, signals: string, tag: string, count: number, requirements: string[]) {
  const ctx = createAppContext({
    dataDir,
    platform: {
      host: 'browser',
      appVersion: 'test',
      userName: tag,
      chooseSavePath: async () => null,
      chooseOpenPath: async () => null,
      chooseImportPath: async () => null,
      documentsDir: dataDir,
    },
  });
  const h = createHandlers(ctx);
  const opened = await dispatch(h, 'assessment:open', { path: file });
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  say({ opened: true, readOnly: (opened.data as { readOnly: boolean }).readOnly });
  await waitFor(join(signals, 'start'));
  for (let i = 0; i < count; i++) {
    const r = await dispatch(h, 'review:set-assessment', {
      requirementId: requirements[i % requirements.length]!,
      finding: `${tag} ${i}`,
    });
    say(r.ok ? { ack: i } : { refused: i, code: r.error.code, message: r.error.message });
  }
  say({ finished: true });
  await waitFor(join(signals, 'release'));
  disposeAppContext(ctx);
}

function raw(file: string, tag: string, count: number, requirements: string[]) {
  const db = openDatabase(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = FULL');
  say({ opened: true });
  for (let i = 0; i < count; i++) {
    try {
      setAssessment(db, { requirementId: requirements[i % requirements.length]!, finding: `${tag} ${i}` }, tag);
      say({ ack: i });
    } catch (error) {
      say({ refused: i, code: (error as { code?: string }).code ?? 'error', message: (error as Error).message });
    }
  }
  db.close();
}

const numbers = (s: string | undefined) => Number(s ?? '0');
if (mode === 'api') await api(args[0]!, args[1]!, args[2]!, args[3]!, numbers(args[4]), args.slice(5));
else if (mode === 'raw') raw(args[0]!, args[1]!, numbers(args[2]), args.slice(3));
else throw new Error(`unknown mode ${mode}`);
