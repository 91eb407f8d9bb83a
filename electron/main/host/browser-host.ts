import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { createAppContext, disposeAppContext, type AppContext } from '../app/context';
import { createHandlers } from '../app/handlers';
import { startLoopbackHost, type LoopbackHost } from './http-host';
import { resourcesDir } from '../paths';
import { safeFileName } from '../app/work-folder';

export interface BrowserHost {
  host: LoopbackHost;
  context: AppContext;
  stop(): Promise<void>;
}

/**
 * The app's core behind the loopback host, for a browser instead of an Electron window.
 * Dialogs cannot be shown from here: new files go into `workDir` under their suggested
 * name, files are opened by path (recent files), and every path a request names must stay in
 * `workDir` (or, to be read, in one of `readFolders`); documents from elsewhere are uploaded.
 */
export async function startBrowserHost(options: {
  dataDir: string;
  workDir: string;
  rendererDir?: string;
  port?: number;
  userName?: string;
  /** Folders besides `workDir` whose files may be opened and imported by path (tests: the fixtures). */
  readFolders?: string[];
}): Promise<BrowserHost> {
  mkdirSync(options.workDir, { recursive: true });
  // Files uploaded from the browser wait here until the import that names them has read them.
  const uploadDir = mkdtempSync(join(tmpdir(), 'lexgap-uploads-'));
  let host: LoopbackHost | null = null;
  const context = createAppContext({
    dataDir: options.dataDir,
    emit: (event, payload) => host?.emit(event, payload),
    platform: {
      host: 'browser',
      appVersion: process.env.npm_package_version ?? '0.0.0',
      userName: options.userName ?? userInfo().username,
      chooseSavePath: async (suggested) => join(options.workDir, safeFileName(suggested)),
      chooseOpenPath: async () => null,
      chooseImportPath: async () => null,
      documentsDir: options.workDir,
      workFolder: options.workDir,
      readFolders: [uploadDir, ...(options.readFolders ?? [])],
    },
  });
  host = await startLoopbackHost({
    handlers: createHandlers(context),
    rendererDir: options.rendererDir ?? join(resourcesDir(), '..', 'out', 'renderer'),
    port: options.port,
    uploadDir,
    onInternalError: (error, channel) => console.error(`[api] ${channel}`, error),
  });
  return {
    host,
    context,
    async stop() {
      await host?.close();
      disposeAppContext(context);
      rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}
