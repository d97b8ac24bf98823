// Internal: the arguments every commissioning function shares, validated once at the boundary.
import * as z from 'zod';
import { canonicalCopy } from '../_lib/canonicalJson.js';
import { describeValue } from '../_lib/describe.js';
import { fail } from '../_lib/fail.js';
import { fromZodIssues, parseWith } from '../_lib/parseWith.js';
import { safeParse } from '../_lib/safeParse.js';
import { ApplicationWaveSchema } from './APPLICATION_CALENDAR.js';
import { assertState, type CommissioningState } from './CommissioningState.js';
import { CommissioningStateSchema } from './CommissioningStateSchema.js';
import { deepFreezeOwn } from './freeze.js';
import { GUARDS } from './GUARDS.js';
import type { TransitionOptions } from './TransitionOptions.js';
import { isTrustedState, markState } from './trusted.js';

/**
 * The state to work on. A state the library built is used as it is; any other value (a copy,
 * a state rebuilt by hand) is validated like a stored state and a deeply frozen copy is used,
 * so a malformed state is refused with `invalid_state` instead of failing deep inside, and the
 * caller's objects are never frozen or kept. The copy's keys are sorted, as in a stored state,
 * so the order the caller wrote them in leaves no trace.
 */
export function checkState(value: unknown): CommissioningState {
  if (isTrustedState(value)) return value as CommissioningState;
  assertState(value);
  const result = safeParse(CommissioningStateSchema, value, ['state']);
  if (!result.success) {
    return fail(
      {
        code: 'invalid_state',
        message:
          'The commissioning state is malformed (see the issues that follow): use a state made by createCommissioningState, transition or loadState.',
        path: ['state'],
        received: describeValue(value),
      },
      ...fromZodIssues(result.error.issues, ['state']),
    );
  }
  return markState(deepFreezeOwn(canonicalCopy(result.data)) as CommissioningState);
}

const GUARD_IDS: ReadonlySet<string> = new Set(GUARDS.map((guard) => guard.id));

const TransitionOptionsSchema = z
  .object({
    calendar: z
      .array(ApplicationWaveSchema, { error: 'Give the calendar as a list of application waves.' })
      .optional(),
    guards: z
      .record(
        z.string().refine((id) => GUARD_IDS.has(id), {
          error: 'Name a guard from GUARDS (such as GUARD-DUE-DILIGENCE).',
        }),
        z
          .object({
            enabled: z.boolean({ error: 'Give enabled as true or false.' }).optional(),
          })
          .strict(),
        { error: 'Give the guards as an object keyed by guard ID.' },
      )
      .optional(),
    committeeRules: z
      .record(z.string(), z.unknown(), {
        error: 'Give the committee rules as the options of checkCommittee, without asOf.',
      })
      .optional(),
  })
  .strict();

const NO_OPTIONS: TransitionOptions = Object.freeze({});

/** Validated transition options; throws `invalid_input` naming the offending option. */
export function checkTransitionOptions(options: unknown): TransitionOptions {
  if (options === undefined || options === NO_OPTIONS) return NO_OPTIONS;
  const kind = objectKind(options);
  // A Map or a class instance would pass an object schema with none of its entries read.
  if (kind === 'instance') {
    return fail({
      code: 'invalid_input',
      message:
        'Give the transition options as a plain object, such as { calendar: [...] }, not a map or an instance of a class.',
      path: ['options'],
      expected: 'a plain object',
      received: describeValue(options),
    });
  }
  if (kind === 'empty') return NO_OPTIONS;
  return parseWith(TransitionOptionsSchema, options, ['options']) as TransitionOptions;
}

/**
 * What kind of value options are: an object literal (or one with no prototype) with no fields,
 * one with fields, an object of another kind (a map, a class instance), or anything else (a list,
 * a primitive, an object that cannot be read), which the schema words.
 */
function objectKind(value: unknown): 'empty' | 'record' | 'instance' | 'other' {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'other';
  try {
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return 'instance';
    for (const _ in value) return 'record';
    return 'empty';
  } catch {
    return 'other';
  }
}
