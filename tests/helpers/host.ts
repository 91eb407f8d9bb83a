import { join } from 'node:path';
import type { Envelope } from '../../shared/api/errors';
import type { EventName } from '../../shared/api/channels';
import { dispatch } from '../../shared/api/dispatch';
import type { HandlerTable } from '../../shared/api/dispatch';
import { createHandlers } from '../../electron/main/app/handlers';
import { startBrowserHost, type BrowserHost } from '../../electron/main/host/browser-host';
import { tempDir } from './temp';

/** A loopback host in a temporary folder, for tests that call the API without a page. */
export interface TestHost {
  host: BrowserHost;
  /** The temporary folder: `data` (reference data, settings), `work` (the work folder). */
  dir: string;
  /** The work folder, where files are saved and exports written. */
  work: string;
  /** The handlers on the host's context (made anew, as each call of the transports does). */
  handlers(): HandlerTable;
  /** Call a channel through the same dispatch as the transports, answering its envelope. */
  call(channel: string, payload?: unknown): Promise<Envelope<unknown>>;
  /** Every event sent since the host started (or since `events.length = 0`), in order. */
  events: { event: EventName; payload: unknown }[];
  stop(): Promise<void>;
}

/**
 * A loopback host with its folders in `dir`: `data` (reference data, settings) and `work` (the work
 * folder); `dir` itself and the test fixtures readable. Every integration test starts its host so.
 */
export function hostIn(
  dir: string,
  userName: string,
  options: Partial<Parameters<typeof startBrowserHost>[0]> = {},
): Promise<BrowserHost> {
  return startBrowserHost({
    dataDir: join(dir, 'data'),
    workDir: join(dir, 'work'),
    readFolders: [dir, join(process.cwd(), 'tests', 'fixtures')],
    rendererDir: join(dir, 'r'),
    userName,
    ...options,
  });
}

/**
 * Start a loopback host for one test file in a fresh temporary folder (see {@link hostIn}), the
 * events recorded (after their schemas were checked).
 */
export async function startTestHost(userName = 'tester'): Promise<TestHost> {
  const dir = tempDir();
  const host = await hostIn(dir.path, userName);
  const events: TestHost['events'] = [];
  const send = host.context.emit;
  host.context.emit = (event, payload) => {
    send(event, payload);
    events.push({ event, payload });
  };
  const handlers = () => createHandlers(host.context);
  return {
    host,
    dir: dir.path,
    work: join(dir.path, 'work'),
    handlers,
    call: (channel, payload = {}) => dispatch(handlers(), channel, payload),
    events,
    async stop() {
      await host.stop();
      dir.cleanup();
    },
  };
}
