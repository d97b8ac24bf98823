import { fail } from '../_lib/fail.js';
import {
  assertState,
  type CommissioningState,
  createCommissioningState,
} from './CommissioningState.js';
import type { TransitionOptions } from './TransitionOptions.js';
import { transition } from './transition.js';

/**
 * Rebuilds a state from its origin by applying every recorded event again through
 * {@link transition}: an audit that a stored history really leads to the stored state. Pass the
 * same options the events were recorded with.
 *
 * @param state - The state whose history to replay.
 * @param options - The options the events were recorded with.
 * @returns The rebuilt state, equal to `state` when the history is sound.
 * @throws {@link CoCommissioningError} `invalid_state` when `state` is not a commissioning state;
 * `guard_failed` when a recorded event is refused on replay (the history was altered, or other
 * options were used).
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
  assertState(state);
  let current = createCommissioningState({ ccgId: state.ccgId, ...state.origin });
  for (const record of state.history) {
    const result = transition(current, record.event, options);
    if (!result.ok) {
      const [first, ...rest] = result.issues;
      return fail(first, ...rest);
    }
    current = result.state;
  }
  return current;
}
