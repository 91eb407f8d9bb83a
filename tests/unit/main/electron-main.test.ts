import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNELS } from '../../../shared/api/channels';

/*
 * The main process with a stand-in for Electron's API, so its security settings and its IPC
 * registration are checked wherever the tests run (the real app is driven in the Electron smoke
 * test where an Electron binary exists).
 */

const dataDir = mkdtempSync(join(tmpdir(), 'lexgap-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

type Listener = (...args: unknown[]) => unknown;
const fake = vi.hoisted(() => {
  const state = {
    windows: [] as {
      options: Record<string, unknown>;
      handlers: Map<string, (...args: unknown[]) => unknown>;
      openHandler: ((d: { url: string }) => unknown) | null;
      loaded: string | null;
    }[],
    ipc: new Map<string, (...args: unknown[]) => unknown>(),
    appListeners: new Map<string, (...args: unknown[]) => unknown>(),
    permission: null as null | ((...args: unknown[]) => unknown),
    headers: null as null | ((...args: unknown[]) => unknown),
    opened: [] as string[],
    sandboxEnabled: false,
    menu: null as unknown,
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: {
      on: (e: string, h: Listener) => void;
      setWindowOpenHandler: (h: (d: { url: string }) => unknown) => void;
      send: () => void;
    };
    private record: (typeof fake.windows)[number];
    constructor(options: Record<string, unknown>) {
      this.record = { options, handlers: new Map(), openHandler: null, loaded: null };
      fake.windows.push(this.record);
      const record = this.record;
      this.webContents = {
        on: (event, handler) => record.handlers.set(event, handler),
        setWindowOpenHandler: (handler) => (record.openHandler = handler),
        send: () => {},
      };
    }
    once() {}
    on() {}
    show() {}
    loadFile(path: string) {
      this.record.loaded = path;
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.record.loaded = url;
      return Promise.resolve();
    }
    static getAllWindows() {
      return fake.windows;
    }
  }
  return {
    app: {
      enableSandbox: () => (fake.sandboxEnabled = true),
      on: (event: string, handler: Listener) => fake.appListeners.set(event, handler),
      whenReady: () => Promise.resolve(),
      getPath: (name: string) => join(dataDir, name),
      getVersion: () => '0.0.0-test',
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, handler: Listener) => fake.ipc.set(channel, handler) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => (fake.permission = h),
        webRequest: { onHeadersReceived: (h: Listener) => (fake.headers = h) },
      },
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (fake.menu = m) },
    dialog: {},
    shell: { openExternal: (url: string) => fake.opened.push(url) },
  };
});

describe('the Electron main process', async () => {
  await import('../../../electron/main/index');
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  const window = fake.windows[0]!;

  it('opens one window with context isolation, the sandbox and no Node integration', () => {
    expect(fake.sandboxEnabled).toBe(true);
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(window.loaded).toMatch(/renderer[\\/]index\.html$/);
  });

  it('denies navigation, new windows, webviews and permission requests', () => {
    const event = { preventDefault: vi.fn() };
    window.handlers.get('will-navigate')!(event, 'https://example.org');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(window.openHandler!({ url: 'https://www.unodc.org/' })).toEqual({ action: 'deny' });
    expect(window.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.opened).toEqual(['https://www.unodc.org/']);
    const contents = { on: vi.fn() };
    fake.appListeners.get('web-contents-created')!({}, contents);
    const [eventName, attach] = contents.on.mock.calls[0]!;
    expect(eventName).toBe('will-attach-webview');
    const webview = { preventDefault: vi.fn() };
    attach(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    const callback = vi.fn();
    fake.permission!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('sends the Content-Security-Policy with every response', () => {
    const callback = vi.fn();
    fake.headers!({ responseHeaders: { 'X-Other': ['1'] } }, callback);
    const headers = callback.mock.calls[0]![0].responseHeaders as Record<string, string[]>;
    expect(headers['X-Other']).toEqual(['1']);
    expect(headers['Content-Security-Policy']![0]).toContain("default-src 'none'");
    expect(headers['Content-Security-Policy']![0]).toContain("script-src 'self'");
  });

  it('registers exactly the contract channels, validating payloads and refusing other pages', async () => {
    expect([...fake.ipc.keys()].sort()).toEqual([...CHANNELS].sort());
    const page = 'file:///opt/lexgap/out/renderer/index.html';
    const fromPage = { senderFrame: { url: page } };
    expect(await fake.ipc.get('app:info')!(fromPage, {})).toMatchObject({
      ok: true,
      data: { host: 'electron', version: '0.0.0-test' },
    });
    expect(await fake.ipc.get('library:search')!(fromPage, { query: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    const elsewhere = { senderFrame: { url: 'https://evil.example/' } };
    expect(await fake.ipc.get('app:info')!(elsewhere, {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await fake.ipc.get('app:info')!({ senderFrame: null }, {})).toMatchObject({ ok: false });
  });

  it('has a File menu with New, Open, Save As and Close', () => {
    const file = (fake.menu as { label: string; submenu: { label?: string }[] }[])[0]!;
    expect(file.submenu.map((i) => i.label).filter(Boolean)).toEqual([
      'New Assessment…',
      'Open…',
      'Save As…',
      'Close Assessment',
    ]);
  });
});
