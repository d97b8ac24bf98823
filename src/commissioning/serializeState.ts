import { canonicalCopy, canonicalJson } from '../_lib/canonicalJson.js';
import { describeValue } from '../_lib/describe.js';
import { fail, toSafe } from '../_lib/fail.js';
import { parseWith } from '../_lib/parseWith.js';
import type { SafeResult } from '../core/SafeResult.js';
import { type CommissioningState, SCHEMA_VERSION } from './CommissioningState.js';
import { CommissioningStateSchema } from './CommissioningStateSchema.js';
import { checkState } from './checkInputs.js';
import { deepFreezeOwn } from './freeze.js';
import { markState } from './trusted.js';

/**
 * Writes a commissioning state as JSON text for storage: keys sorted at every depth, so the
 * same state always gives the same bytes. Read it back with {@link loadState}.
 *
 * @param state - The state to store.
 * @returns Canonical JSON text.
 * @throws {@link CoCommissioningError} `invalid_state` when `state` is not a well-formed
 * commissioning state.
 *
 * @example
 * ```ts
 * import { createCommissioningState, loadState, serializeState } from 'co-commissioning';
 *
 * const state = createCommissioningState({ ccgId: '06H', status: 'B', since: '2015-04-01' });
 * const text = serializeState(state);
 * loadState(text).status; //=> 'B'
 * ```
 * @category Commissioning
 */
export function serializeState(state: CommissioningState): string {
  return canonicalJson(checkState(state));
}

/**
 * How each older schema version is brought up to the next. Version 1 is the first; a state of
 * version n is migrated through n→n+1, n+1→n+2, ... to {@link SCHEMA_VERSION}.
 */
const MIGRATIONS: Readonly<
  Record<number, (state: Record<string, unknown>) => Record<string, unknown>>
> = {};

/**
 * Reads a stored commissioning state (JSON text or the parsed object): validates every field
 * with zod, migrates an older `schemaVersion` to the current one, and returns it deeply frozen.
 *
 * @param stored - JSON text from {@link serializeState}, or the object it parses to.
 * @returns The state, ready for {@link transition}.
 * @throws {@link CoCommissioningError} `invalid_input` for text that is not JSON or fields that
 * are malformed (each with its path); `unsupported_schema_version` for a state written by a
 * newer version of the library.
 *
 * @example
 * ```ts
 * import { loadState } from 'co-commissioning';
 *
 * const state = loadState(
 *   '{"ccgId":"06H","history":[],"origin":{"since":"2015-04-01","status":"B"},"schemaVersion":1,"since":"2015-04-01","status":"B"}',
 * );
 * state.since; //=> '2015-04-01'
 * ```
 * @category Commissioning
 */
export function loadState(stored: unknown): CommissioningState {
  let value: unknown = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      return fail({
        code: 'invalid_input',
        message: 'The stored state is not valid JSON text.',
        path: [],
        expected: 'JSON text written by serializeState',
        received: describeValue(stored),
      });
    }
  }
  const version =
    typeof value === 'object' && value !== null
      ? (value as { schemaVersion?: unknown }).schemaVersion
      : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    return fail({
      code: 'unsupported_schema_version',
      message: `This state was written with schema version ${version}; this version of co-commissioning reads versions 1 to ${SCHEMA_VERSION}. Upgrade the library to read it.`,
      path: ['schemaVersion'],
      received: describeValue(version),
    });
  }
  let current = value as Record<string, unknown>;
  if (typeof version === 'number' && Number.isInteger(version) && version >= 1) {
    for (let from = version; from < SCHEMA_VERSION; from += 1) {
      const migrate = MIGRATIONS[from];
      /* v8 ignore next -- every version below SCHEMA_VERSION has a migration */
      if (migrate !== undefined) current = migrate(current);
    }
  }
  const parsed = parseWith(CommissioningStateSchema, current);
  // Sorted keys, as serializeState writes them, whatever order the stored object had.
  return markState(deepFreezeOwn(canonicalCopy(parsed)) as CommissioningState);
}

/**
 * The safe door of {@link loadState}: returns the state or the issues, never throws.
 *
 * @param stored - JSON text or the object it parses to.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeLoadState } from 'co-commissioning';
 *
 * const result = safeLoadState('{"schemaVersion": 99}');
 * result.success ? '' : result.issues[0].code; //=> 'unsupported_schema_version'
 * ```
 * @category Commissioning
 */
export function safeLoadState(stored: unknown): SafeResult<CommissioningState> {
  return toSafe(() => loadState(stored));
}
