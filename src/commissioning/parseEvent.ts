// Internal: turns an unknown event into a validated, detached, frozen event or the issues.
import { clonePlain } from '../_lib/clonePlain.js';
import { describeValue } from '../_lib/describe.js';
import { fromZodIssues } from '../_lib/parseWith.js';
import type { Issues } from '../core/CoCommissioningError.js';
import { type CommissioningEvent, CommissioningEventSchema, EVENT_TYPES } from './events.js';
import { deepFreezeOwn } from './freeze.js';

export type ParsedEvent =
  | { readonly ok: true; readonly event: CommissioningEvent }
  | { readonly ok: false; readonly issues: Issues };

export function parseEvent(value: unknown): ParsedEvent {
  let type: unknown;
  try {
    type =
      typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  } catch {
    type = undefined;
  }
  if (typeof type !== 'string' || !(EVENT_TYPES as readonly string[]).includes(type)) {
    return {
      ok: false,
      issues: [
        {
          code: 'unknown_event',
          message: `Expected an event whose type is one of ${EVENT_TYPES.join(', ')}, but received ${typeof value === 'object' && value !== null ? `an event of type ${describeValue(type)}` : describeValue(value)}.`,
          path: ['event', 'type'],
          received: describeValue(type),
        },
      ],
    };
  }
  let result: ReturnType<typeof CommissioningEventSchema.safeParse>;
  try {
    result = CommissioningEventSchema.safeParse(value, { reportInput: true });
  } catch {
    return {
      ok: false,
      issues: [
        {
          code: 'invalid_input',
          message: 'The event could not be read.',
          path: ['event'],
          expected: 'a plain event object',
          received: 'a value that raised an error while being read',
        },
      ],
    };
  }
  if (!result.success) return { ok: false, issues: fromZodIssues(result.error.issues, ['event']) };
  // Detach from the caller's objects (nested ballot results and committees included) and freeze.
  return { ok: true, event: deepFreezeOwn(clonePlain(result.data) as CommissioningEvent) };
}
