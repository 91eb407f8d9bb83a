import type { Channel, EventName, RequestOf, ResponseOf } from '../../../shared/api/contract';
import type { EventPayload } from '../../../shared/api/events';
import type { ApiError, Envelope } from '../../../shared/api/errors';

/** What the preload exposes as `window.lexgap` (and what the HTTP transport imitates). */
export interface Bridge {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** Electron only: the path of a dropped file. */
  pathForFile?: (file: File) => string;
  /** Loopback host only: send a file's bytes to the host, answering the path to import it from. */
  upload?: (file: File) => Promise<string>;
}

declare global {
  interface Window {
    lexgap?: Bridge;
  }
}

/** An API error on the UI side, keeping the code so the message can be translated. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

const TOKEN_KEY = 'lexgap.hostToken';

/**
 * Transport for the loopback host (browser tests, use without Electron): the same channels
 * over HTTP, the token taken from the URL fragment once and kept for the tab's lifetime.
 */
function httpBridge(): Bridge {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', location.pathname);
  }
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  let source: EventSource | null = null;
  return {
    async invoke(channel, payload) {
      const body = JSON.stringify(payload ?? {});
      const res = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-LexGap-Token': token },
        body,
        // A save sent as the page unloads (a reload while a finding is being typed) still arrives;
        // browsers allow keepalive only for small bodies.
        keepalive: body.length < 60_000,
      });
      if (!res.ok) return { ok: false, error: { code: 'internal', message: `Host answered ${res.status}` } };
      return res.json();
    },
    async upload(file) {
      // Streamed to a file on the host, so files beyond a request body's limit can be imported.
      const res = await fetch('/api/upload', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/octet-stream',
          'X-LexGap-Token': token,
          'X-LexGap-File-Name': encodeURIComponent(file.name),
        },
        body: file,
      });
      const envelope = (await res.json().catch(() => null)) as Envelope<{ path: string }> | null;
      if (!envelope) throw new ApiCallError({ code: 'internal', message: `Host answered ${res.status}` });
      if (!envelope.ok) throw new ApiCallError(envelope.error);
      return envelope.data.path;
    },
    on(event, listener) {
      source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      const handler = (e: MessageEvent<string>) => listener(JSON.parse(e.data));
      source.addEventListener(event, handler as EventListener);
      return () => source?.removeEventListener(event, handler as EventListener);
    },
  };
}

const bridge: Bridge = window.lexgap ?? httpBridge();

/** Call a channel of the contract; resolves with its typed response or throws ApiCallError. */
export async function call<C extends Channel>(channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>> {
  const envelope = (await bridge.invoke(channel, payload)) as Envelope<ResponseOf<C>>;
  if (!envelope.ok) throw new ApiCallError(envelope.error);
  return envelope.data;
}

/** True inside the Electron app (native dialogs, file paths); false in a browser via the loopback host. */
export const isDesktop = Boolean(window.lexgap);

/** The path of a dropped file in the desktop app, or null in a browser (upload its bytes instead). */
export function pathForFile(file: File): string | null {
  return bridge.pathForFile ? bridge.pathForFile(file) || null : null;
}

/** In a browser: the file uploaded to the loopback host, as the path to import it from; null in the app. */
export async function uploadFile(file: File): Promise<string | null> {
  return bridge.upload ? bridge.upload(file) : null;
}

/** Listen to an event of main; its payload was checked against the event's schema when sent. */
export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return bridge.on(event, listener as (payload: unknown) => void);
}
