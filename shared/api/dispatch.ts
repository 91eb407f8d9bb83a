import { z } from 'zod';
import { AppError, type Envelope } from './errors';
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
    if (error instanceof AppError) {
      return {
        ok: false,
        error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
      };
    }
    onInternalError(error, channel);
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Internal error in ${channel}: ${(error as Error)?.message ?? String(error)}`,
      },
    };
  }
}
