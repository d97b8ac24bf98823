import {
  type CommissioningState,
  type CreateCommissioningStateInput,
  createCommissioningState,
} from 'co-commissioning';
import { readable } from '../internal/readable.js';

/**
 * Builds a CCG's {@link CommissioningState} at a given model, with no change in progress and an
 * empty history: by default Cambridgeshire & Peterborough CCG (`06H`) in joint commissioning
 * (Model B) since 1 April 2015 (seed 002). For a state with a proposal under way, see
 * {@link buildDelegationProposal}.
 *
 * @param input - The CCG's ID, its model and the day it began, each optional.
 * @returns A deeply frozen state from `createCommissioningState`.
 * @throws `CoCommissioningError` `invalid_input` for an unknown model or a malformed date.
 *
 * @example
 * ```ts
 * import { buildCommissioningState } from 'co-commissioning/testing';
 *
 * const delegated = buildCommissioningState({ status: 'C', since: '2016-04-01' });
 * delegated.status; //=> 'C'
 * delegated.ccgId; //=> '06H'
 * ```
 * @category Testing
 */
export function buildCommissioningState(
  input: Partial<CreateCommissioningStateInput> = {},
): CommissioningState {
  return readable('buildCommissioningState', () => {
    return createCommissioningState({ ccgId: '06H', status: 'B', since: '2015-04-01', ...input });
  });
}
