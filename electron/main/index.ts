import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, type MenuItemConstructorOptions } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { userInfo } from 'node:os';
import { CHANNELS, type EventName } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { checkedEvent, type EventPayload } from '../../shared/api/events';
import { SAVE_FILTERS, createAppContext, disposeAppContext, type AppContext } from './app/context';
import { createHandlers } from './app/handlers';
import { CONTENT_SECURITY_POLICY } from './security';

let mainWindow: BrowserWindow | null = null;
let context: AppContext | null = null;

const here = dirname(fileURLToPath(import.meta.url));
// better-sqlite3 built for Electron's ABI by scripts/native-electron.mjs (see db/sqlite.ts).
process.env.LEXGAP_NATIVE_DIR ??= join(here, '../../.native/electron');
const rendererFile = join(here, '../renderer/index.html');
const devServerUrl = process.env.ELECTRON_RENDERER_URL;

function emit(event: EventName, payload: unknown): void {
  mainWindow?.webContents.send(event, payload);
}

/** Only our own page may call the API: the packaged file, or the dev server in development. */
function isTrustedSender(url: string): boolean {
  if (devServerUrl) return url.startsWith(devServerUrl);
  return url.startsWith('file://') && decodeURIComponent(new URL(url).pathname).endsWith('/renderer/index.html');
}

function registerApi(ctx: AppContext): void {
  const handlers = createHandlers(ctx);
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!event.senderFrame || !isTrustedSender(event.senderFrame.url)) {
        return { ok: false, error: { code: 'invalid-request', message: 'Request from an untrusted page refused' } };
      }
      return dispatch(handlers, channel, payload, (error, ch) => console.error(`[api] ${ch}`, error));
    });
  }
}

function buildMenu(): void {
  const command = (name: EventPayload<'menu:command'>['command']) => () =>
    emit('menu:command', checkedEvent('menu:command', { command: name }));
  const template: MenuItemConstructorOptions[] = [
    {
      label: '&File',
      submenu: [
        { label: 'New Assessment…', accelerator: 'CmdOrCtrl+N', click: command('new-assessment') },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: command('open-assessment') },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: command('save-as') },
        { label: 'Close Assessment', accelerator: 'CmdOrCtrl+W', click: command('close-assessment') },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'LexGap',
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: true,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  // No navigation away from the app, no new windows; https links open in the system browser.
  mainWindow.webContents.on('will-navigate', (event) => event.preventDefault());
  mainWindow.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  if (devServerUrl) void mainWindow.loadURL(devServerUrl);
  else void mainWindow.loadFile(rendererFile);
  mainWindow.on('closed', () => (mainWindow = null));
}

app.enableSandbox();

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  context = createAppContext({
    dataDir: app.getPath('userData'),
    emit,
    platform: {
      host: 'electron',
      appVersion: app.getVersion(),
      userName: process.env.LEXGAP_USER ?? userInfo().username,
      chooseSavePath: async (suggestedName, kind = 'assessment') => {
        const r = await dialog.showSaveDialog(mainWindow!, {
          defaultPath: join(app.getPath('documents'), suggestedName),
          filters: [SAVE_FILTERS[kind]],
        });
        return r.canceled || !r.filePath ? null : r.filePath;
      },
      chooseOpenPath: async () => {
        const r = await dialog.showOpenDialog(mainWindow!, {
          properties: ['openFile'],
          filters: [{ name: 'LexGap assessment', extensions: ['lexgap'] }],
        });
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
      documentsDir: app.getPath('documents'),
      chooseImportPath: async () => {
        const r = await dialog.showOpenDialog(mainWindow!, {
          properties: ['openFile'],
          filters: [
            { name: 'Laws (PDF, Word, text, web page)', extensions: ['pdf', 'docx', 'txt', 'html', 'htm'] },
            { name: 'All files', extensions: ['*'] },
          ],
        });
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
    },
  });
  registerApi(context);
  buildMenu();
  createWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  if (context) disposeAppContext(context);
});
