import { z } from 'zod';
import type { EventName } from './channels';
import { CHANGE_TABLES } from './tables';

const progress = z
  .object({ jobId: z.string().min(1).max(100), fraction: z.number().min(0).max(1), stage: z.string().max(200) })
  .strict();

/**
 * The events main announces to the UI, with the shape of each payload. Every event is checked
 * against its schema where it is sent (Electron IPC and the loopback host's event stream alike).
 */
export const events = {
  /** Something was written: the tables whose readers must refresh. */
  'assessment:changed': z.object({ tables: z.array(z.enum(CHANGE_TABLES)).min(1) }).strict(),
  /** A command of the native File menu (Electron only). */
  'menu:command': z
    .object({ command: z.enum(['new-assessment', 'open-assessment', 'save-as', 'close-assessment']) })
    .strict(),
  /** Progress of an import or a comparison, under the job id the request gave. */
  'import:progress': progress,
  /** Progress of a report export, under the job id the request gave. */
  'export:progress': progress,
} as const satisfies Record<EventName, z.ZodType>;

export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/**
 * The payload checked against its event's schema. A payload that does not match is a bug of the
 * sender, thrown here rather than sent to a UI that would misread it.
 */
export function checkedEvent<E extends EventName>(event: E, payload: EventPayload<E>): EventPayload<E> {
  const parsed = events[event].safeParse(payload);
  if (!parsed.success)
    throw new Error(`Event ${event} has an invalid payload: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data as EventPayload<E>;
}
