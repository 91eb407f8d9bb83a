import type { Envelope } from '../../shared/api/errors';

/** The data of a successful API envelope; a failed one fails the test with its error. */
export async function ok<T>(call: Promise<Envelope<unknown>>): Promise<T> {
  const r = await call;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data as T;
}
