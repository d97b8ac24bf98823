import type { Issues } from '../core/CoCommissioningError.js';
import type { Reason } from '../core/Reason.js';
import type { CommissioningState } from './CommissioningState.js';
import { checkState, checkTransitionOptions } from './checkInputs.js';
import { evaluate } from './evaluate.js';
import type { EventType } from './events.js';
import { deepFreezeOwn } from './freeze.js';
import { parseEvent } from './parseEvent.js';
import type { TransitionOptions } from './TransitionOptions.js';
import { refusals } from './transition.js';

/**
 * Every guard's verdict on an event, without applying it: what {@link transition} would decide
 * and why.
 *
 * @example
 * ```ts
 * import type { TransitionExplanation } from 'co-commissioning';
 *
 * function failing(explanation: TransitionExplanation): string[] {
 *   return explanation.guards.filter((guard) => guard.verdict === 'fail').map((guard) => guard.id);
 * }
 * ```
 * @category Commissioning
 */
export interface TransitionExplanation {
  /** The event's type, or `null` when the event is not an event. */
  readonly type: EventType | null;
  /** Whether {@link transition} would accept the event. */
  readonly allowed: boolean;
  /** Every guard evaluated, with its verdict, reason, sources and, when it fails, the remedy. */
  readonly guards: readonly Reason[];
  /** The issues {@link transition} would return: empty when allowed. */
  readonly issues: readonly Issues[number][];
}

/**
 * Explains what {@link transition} would do with an event: every guard evaluated (none
 * short-circuits), each with its verdict, reason, citation and, for a failure, the remedy
 * ("Consult the LMC first (seed 004, key point 4) ..."). The state is not changed.
 *
 * @param state - The CCG's current state.
 * @param event - The event to explain.
 * @param options - The same options as {@link transition}.
 * @returns A deeply frozen {@link TransitionExplanation}.
 * @throws {@link CoCommissioningError} `invalid_state` when `state` is not a well-formed
 * commissioning state; `invalid_input` for malformed options.
 *
 * @example
 * ```ts
 * import { createCommissioningState, explainTransition, transition } from 'co-commissioning';
 *
 * const start = createCommissioningState({ ccgId: '06H', status: 'B', since: '2015-04-01' });
 * const proposed = transition(start, { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' });
 * if (proposed.ok) {
 *   const why = explainTransition(proposed.state, {
 *     type: 'SUBMIT_APPLICATION', on: '2015-11-06', signedBy: ['accountable-officer', 'audit-committee-chair'],
 *   });
 *   why.guards.find((guard) => guard.id === 'GUARD-LMC-CONSULTED')?.verdict; //=> 'fail'
 * }
 * ```
 * @category Commissioning
 */
export function explainTransition(
  state: CommissioningState,
  event: unknown,
  options: TransitionOptions = {},
): TransitionExplanation {
  const current = checkState(state);
  const settings = checkTransitionOptions(options);
  const parsed = parseEvent(event);
  if (!parsed.ok)
    return deepFreezeOwn({ type: null, allowed: false, guards: [], issues: [...parsed.issues] });
  const evaluation = evaluate(current, parsed.event, settings);
  const allowed = evaluation.apply !== undefined;
  return deepFreezeOwn({
    type: parsed.event.type,
    allowed,
    guards: [...evaluation.verdicts],
    issues: allowed ? [] : [...refusals(evaluation.verdicts)],
  });
}
