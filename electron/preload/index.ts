import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { CHANNELS, EVENTS } from '../../shared/api/channels';

const channels = new Set<string>(CHANNELS);
const events = new Set<string>(EVENTS);

/**
 * The only thing the page sees of Electron: `window.lexgap.invoke(channel, payload)` for the
 * channels of the contract, `on(event, listener)` for the allow-listed events, and the path of a
 * dropped file.
 */
contextBridge.exposeInMainWorld('lexgap', {
  invoke(channel: string, payload: unknown): Promise<unknown> {
    if (!channels.has(channel)) return Promise.reject(new Error(`Unknown API channel: ${channel}`));
    return ipcRenderer.invoke(channel, payload);
  },
  on(event: string, listener: (payload: unknown) => void): () => void {
    if (!events.has(event)) throw new Error(`Unknown event: ${event}`);
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
  /** The path of a file dropped on the window, so main can read it (the page never reads files). */
  pathForFile(file: File): string {
    return webUtils.getPathForFile(file);
  },
});
