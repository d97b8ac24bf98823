import type { IsoDate } from '../core/IsoDate.js';
import { parseIsoDate } from '../core/parseIsoDate.js';
import type { Reason } from '../core/Reason.js';
import type { CommissioningState } from './CommissioningState.js';
import { checkState, checkTransitionOptions } from './checkInputs.js';
import { evaluate, type ProbeEvent } from './evaluate.js';
import { EVENT_TYPES, type EventType } from './events.js';
import { deepFreezeOwn } from './freeze.js';
import type { TransitionOptions } from './TransitionOptions.js';

/**
 * One event type's standing on a date: `allowed` when every guard passes whatever the event's
 * details, `refused` when a guard fails whatever they are, `depends` when the verdict turns on
 * details not yet given (the ballot result, the committee, the target model, ...).
 *
 * @example
 * ```ts
 * import type { AvailableTransition } from 'co-commissioning';
 *
 * const next: AvailableTransition = { type: 'CONSULT_LMC', availability: 'allowed', guards: [] };
 * ```
 * @category Commissioning
 */
export interface AvailableTransition {
  /** The event type. */
  readonly type: EventType;
  /** Whether it can be recorded on the date. */
  readonly availability: 'allowed' | 'refused' | 'depends';
  /** Every guard's verdict; guards that need the event's details are `unknown` with `missing`. */
  readonly guards: readonly Reason[];
}

/**
 * Lists each of the thirteen event types with its guards' verdicts on a date: what a CCG can
 * do next, and what stands in the way. Guards that depend on an event's details (a ballot
 * result, a committee, signatories, a target model) are `unknown`, naming what is missing.
 *
 * @param state - The CCG's current state.
 * @param asOf - The date to evaluate on.
 * @param options - The same options as {@link transition}.
 * @returns One deeply frozen entry per event type, in {@link EVENT_TYPES} order.
 * @throws {@link CoCommissioningError} `invalid_state` for a state that is not a well-formed
 * commissioning state; `invalid_iso_date` for a malformed `asOf`; `invalid_input` for malformed
 * options.
 *
 * @example
 * ```ts
 * import { availableTransitions, createCommissioningState } from 'co-commissioning';
 *
 * const start = createCommissioningState({ ccgId: '06H', status: 'B', since: '2015-04-01' });
 * availableTransitions(start, '2015-07-01')
 *   .filter((entry) => entry.availability !== 'refused')
 *   .map((entry) => entry.type);
 * //=> ['PROPOSE']
 * ```
 * @category Commissioning
 */
export function availableTransitions(
  state: CommissioningState,
  asOf: IsoDate,
  options: TransitionOptions = {},
): readonly AvailableTransition[] {
  const current = checkState(state);
  const on = parseIsoDate(asOf, ['asOf']);
  const settings = checkTransitionOptions(options);
  return deepFreezeOwn(
    EVENT_TYPES.map((type): AvailableTransition => {
      const probe = { type, on } as ProbeEvent;
      const evaluation = evaluate(current, probe, settings);
      const verdicts = evaluation.verdicts;
      const availability = verdicts.some((verdict) => verdict.verdict === 'fail')
        ? 'refused'
        : evaluation.apply !== undefined &&
            !verdicts.some(
              (verdict) => verdict.verdict === 'unknown' && verdict.missing !== undefined,
            )
          ? 'allowed'
          : 'depends';
      return { type, availability, guards: [...verdicts] };
    }),
  );
}
