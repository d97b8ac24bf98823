import { fail } from '../_lib/fail.js';
import {
  type CommissioningState,
  createCommissioningState,
  type TransitionRecord,
} from './CommissioningState.js';
import { checkState, checkTransitionOptions } from './checkInputs.js';
import type { TransitionOptions } from './TransitionOptions.js';
import { transition } from './transition.js';
import { markState } from './trusted.js';

/**
 * Rebuilds a state from its origin by applying every recorded event again through
 * {@link transition}: an audit that a stored history really leads to the stored state. Pass the
 * same options the events were recorded with.
 *
 * @param state - The state whose history to replay.
 * @param options - The options the events were recorded with.
 * @returns The rebuilt state, equal to `state` when the history is sound.
 * @throws {@link CoCommissioningError} `invalid_state` when `state` is not a well-formed
 * commissioning state; `invalid_input` for malformed options; `guard_failed` when a recorded
 * event is refused on replay (the history was altered, or other options were used).
 *
 * @example
 * ```ts
 * import { createCommissioningState, replayHistory, serializeState, transition } from 'co-commissioning';
 *
 * const start = createCommissioningState({ ccgId: '06H', status: 'B', since: '2015-04-01' });
 * const result = transition(start, { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' });
 * if (result.ok) serializeState(replayHistory(result.state)) === serializeState(result.state); //=> true
 * ```
 * @category Commissioning
 */
export function replayHistory(
  state: CommissioningState,
  options: TransitionOptions = {},
): CommissioningState {
  const given = checkState(state);
  const settings = checkTransitionOptions(options);
  let current = createCommissioningState({ ccgId: given.ccgId, ...given.origin });
  const records: TransitionRecord[] = [];
  for (const record of given.history) {
    const result = transition(current, record.event, settings);
    if (!result.ok) {
      const [first, ...rest] = result.issues;
      return fail(first, ...rest);
    }
    records.push(result.record);
    // The guards read only the latest record, so the working state keeps just that one: copying
    // the whole history at every step would make a replay take quadratic time.
    current = markState(
      Object.freeze({ ...result.state, history: Object.freeze([result.record]) }),
    );
  }
  return records.length <= 1
    ? current
    : markState(Object.freeze({ ...current, history: Object.freeze(records) }));
}
