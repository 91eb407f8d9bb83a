import { z } from 'zod';
import { AppError, withoutPaths, type Envelope } from './errors';
import { contract, isChannel, type Channel, type ParsedRequestOf, type ResponseOf } from './contract';

/** A handler per channel, given the validated request. */
export type HandlerTable = {
  [C in Channel]: (request: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : 'request'}: ${i.message}`)
    .join('; ');
}

/**
 * Validate a request against the contract, run its handler, and wrap the outcome in an envelope.
 * Both transports (Electron IPC and the loopback HTTP host) go through this one function.
 */
export async function dispatch(
  handlers: HandlerTable,
  channel: unknown,
  payload: unknown,
  onInternalError: (error: unknown, channel: string) => void = () => {},
): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'unknown-channel', message: `Unknown API channel: ${String(channel)}` } };
  }
  const parsed = contract[channel].request.safeParse(payload ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-request', message: `Invalid request for ${channel}: ${describeIssues(parsed.error)}` },
    };
  }
  try {
    const handler = handlers[channel] as (r: unknown) => unknown;
    const data = await handler(parsed.data);
    return { ok: true, data };
  } catch (error) {
    // Messages and details cross to the page: no folder of this machine in them, no stack.
    if (error instanceof AppError) {
      const details = error.details
        ? Object.fromEntries(
            Object.entries(error.details).map(([k, v]) => [k, typeof v === 'string' ? withoutPaths(v) : v]),
          )
        : undefined;
      return {
        ok: false,
        error: { code: error.code, message: withoutPaths(error.message), ...(details ? { details } : {}) },
      };
    }
    onInternalError(error, channel);
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Internal error in ${channel}: ${withoutPaths(String((error as Error)?.message ?? error))}`,
      },
    };
  }
}
