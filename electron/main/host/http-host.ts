import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch, type HandlerTable } from '../../../shared/api/dispatch';
import type { EventName } from '../../../shared/api/contract';
import { CONTENT_SECURITY_POLICY } from '../security';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const MAX_BODY = 8 * 1024 * 1024;

export interface LoopbackHost {
  /** Address to open in a browser; the token travels in the fragment, never to the server logs. */
  url: string;
  origin: string;
  token: string;
  /** Push an event to every connected page (the preload's `on` in the app). */
  emit(event: EventName, payload: unknown): void;
  close(): Promise<void>;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serve the built renderer and the same handler table the preload exposes, over HTTP on
 * 127.0.0.1 only, for browser tests and for use without Electron. A random port and a random
 * token; requests from any other origin or Host (DNS rebinding) are refused.
 */
export async function startLoopbackHost(options: {
  handlers: HandlerTable;
  rendererDir: string;
  port?: number;
  onInternalError?: (error: unknown, channel: string) => void;
}): Promise<LoopbackHost> {
  const token = randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  let origin = '';

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, JSON.stringify({ error: String(error) }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (`http://${host}` !== origin) return send(res, 421, '{"error":"wrong host"}');
    const url = new URL(req.url ?? '/', origin);

    if (url.pathname.startsWith('/api/')) {
      const fromOrigin = req.headers.origin;
      if (fromOrigin !== undefined && fromOrigin !== origin) return send(res, 403, '{"error":"origin refused"}');
      if (url.pathname === '/api/events' && req.method === 'GET') {
        if (!sameSecret(url.searchParams.get('token') ?? '', token)) return send(res, 401, '{"error":"bad token"}');
        res.writeHead(200, {
          'Content-Type': 'text/event-stream',
          'Cache-Control': 'no-store',
          Connection: 'keep-alive',
        });
        res.write(': connected\n\n');
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }
      if (req.method !== 'POST') return send(res, 405, '{"error":"POST only"}');
      if (!sameSecret(String(req.headers['x-lexgap-token'] ?? ''), token))
        return send(res, 401, '{"error":"bad token"}');
      let payload: unknown;
      try {
        const body = await readBody(req);
        payload = body ? JSON.parse(body) : {};
      } catch (error) {
        return send(
          res,
          200,
          JSON.stringify({
            ok: false,
            error: { code: 'invalid-request', message: `Malformed request: ${(error as Error).message}` },
          }),
        );
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      const envelope = await dispatch(options.handlers, channel, payload, options.onInternalError);
      return send(res, 200, JSON.stringify(envelope));
    }

    if (req.method !== 'GET') return send(res, 405, '{"error":"GET only"}');
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = normalize(join(options.rendererDir, rel));
    if (!file.startsWith(normalize(options.rendererDir) + sep)) return send(res, 403, '{"error":"outside"}');
    try {
      const body = await readFile(file);
      return send(res, 200, body, MIME[extname(file)] ?? 'application/octet-stream');
    } catch {
      return send(res, 404, '{"error":"not found"}');
    }
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    emit(event, payload) {
      const line = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const s of streams) s.write(line);
    },
    close: () =>
      new Promise<void>((done) => {
        for (const s of streams) s.end();
        streams.clear();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
