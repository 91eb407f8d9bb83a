import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { dispatch, type HandlerTable } from '../../../shared/api/dispatch';
import type { EventName } from '../../../shared/api/contract';
import { CONTENT_SECURITY_POLICY } from '../security';
import { withoutPaths } from '../../../shared/api/errors';
import { safeFileName } from '../app/work-folder';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
/** Largest JSON request body: every API request but a file's bytes, which are uploaded. */
export const MAX_BODY = 8 * 1024 * 1024;
/** Largest upload, the import schema's limit for a file's bytes. */
export const MAX_UPLOAD = 280 * 1024 * 1024;
/** A body over its limit is read to its end (so the connection stays usable) up to this much. */
const MAX_DRAIN = MAX_UPLOAD + MAX_BODY;

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

class TooLarge extends Error {
  constructor(
    readonly limit: number,
    /** The rest of the body was read (and dropped): the connection can serve another request. */
    readonly drained: boolean,
  ) {
    super(`The request is larger than ${Math.round(limit / (1024 * 1024))} MB`);
  }
}

/**
 * A request's body as text, up to {@link MAX_BODY}. A longer body is read to its end without
 * being kept (up to {@link MAX_DRAIN}), so the connection stays in step for the next request.
 */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) return void chunks.push(chunk);
      over = true;
      chunks.length = 0;
      if (size > MAX_DRAIN) {
        req.pause();
        reject(new TooLarge(MAX_BODY, false));
      }
    });
    req.on('end', () =>
      over ? reject(new TooLarge(MAX_BODY, true)) : resolveBody(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

/** The message of an error for a response: never a stack, never a folder of this machine. */
function publicMessage(error: unknown): string {
  return withoutPaths(error instanceof Error ? error.message : String(error));
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
  /**
   * Folder for uploaded files (`POST /api/upload`), streamed to disk up to {@link MAX_UPLOAD}; the
   * answer is the path to give as an import source. Without it uploads are refused.
   */
  uploadDir?: string;
  onInternalError?: (error: unknown, channel: string) => void;
}): Promise<LoopbackHost> {
  const token = randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  let origin = '';

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      options.onInternalError?.(error, 'host');
      if (!res.headersSent) send(res, 500, JSON.stringify({ error: publicMessage(error) }));
      else res.end();
    });
  });

  // One page talks to this server, over few connections: keep them open a while. With Node's
  // 5 s default, a connection idle across a long synchronous task (an analysis) can time out just
  // as the page sends its next request on it, which then fails with a reset.
  server.keepAliveTimeout = 65_000;

  /** Answer a request whose body is over its limit, keeping the connection when it can be drained. */
  function refuseTooLarge(req: IncomingMessage, res: ServerResponse, error: TooLarge): void {
    const drained = error.drained;
    if (!drained) res.setHeader('Connection', 'close');
    send(res, 413, JSON.stringify({ ok: false, error: { code: 'invalid-request', message: error.message } }));
    if (!drained) res.on('finish', () => req.socket.destroy());
  }

  /** Files uploaded and not yet used by a request, by path. */
  const uploads = new Set<string>();

  async function upload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!options.uploadDir)
      return send(
        res,
        404,
        JSON.stringify({ ok: false, error: { code: 'invalid-request', message: 'No uploads here' } }),
      );
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_UPLOAD) return refuseTooLarge(req, res, new TooLarge(MAX_UPLOAD, false));
    let name: string;
    try {
      name = decodeURIComponent(String(req.headers['x-lexgap-file-name'] ?? ''));
    } catch {
      name = '';
    }
    const folder = join(options.uploadDir, randomBytes(12).toString('hex'));
    const path = join(folder, safeFileName(name, 'upload'));
    await mkdir(folder, { recursive: true });
    let size = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _enc, next) {
        size += chunk.length;
        if (size > MAX_UPLOAD) next(new TooLarge(MAX_UPLOAD, false));
        else next(null, chunk);
      },
    });
    try {
      await pipeline(req, limit, createWriteStream(path, { flags: 'wx' }));
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      if (error instanceof TooLarge) return refuseTooLarge(req, res, error);
      throw error;
    }
    uploads.add(path);
    return send(res, 200, JSON.stringify({ ok: true, data: { path, size } }));
  }

  /** An upload a request used as its source is done with: its copy is removed. */
  async function releaseUpload(payload: unknown): Promise<void> {
    const path = (payload as { source?: { path?: unknown } } | null)?.source?.path;
    if (typeof path !== 'string' || !uploads.has(path)) return;
    uploads.delete(path);
    await rm(dirname(path), { recursive: true, force: true });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (`http://${host}` !== origin) return send(res, 421, '{"error":"wrong host"}');
    let url: URL;
    let pathname: string;
    try {
      url = new URL(req.url ?? '/', origin);
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, '{"error":"malformed address"}');
    }

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
      if (pathname === '/api/upload') return upload(req, res);
      let payload: unknown;
      try {
        const body = await readBody(req);
        payload = body ? JSON.parse(body) : {};
      } catch (error) {
        if (error instanceof TooLarge) return refuseTooLarge(req, res, error);
        return send(
          res,
          200,
          JSON.stringify({
            ok: false,
            error: { code: 'invalid-request', message: `Malformed request: ${publicMessage(error)}` },
          }),
        );
      }
      const channel = pathname.slice('/api/'.length);
      const envelope = await dispatch(options.handlers, channel, payload, options.onInternalError);
      // An upload is kept until a request using it succeeds, so a failed import can be tried again.
      if (envelope.ok) await releaseUpload(payload);
      return send(res, 200, JSON.stringify(envelope));
    }

    if (req.method !== 'GET') return send(res, 405, '{"error":"GET only"}');
    const rel = pathname === '/' ? 'index.html' : pathname.slice(1);
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
        for (const path of uploads) void rm(dirname(path), { recursive: true, force: true });
        uploads.clear();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
