import type { Vote } from 'co-commissioning';
import { frozenCopy } from '../internal/frozen.js';
import { readable } from '../internal/readable.js';

/**
 * Builds one {@link Vote} for a test: by default member `P001` votes yes on 15 September 2015,
 * inside {@link buildBallot}'s default window. Overrides are not checked.
 *
 * @param overrides - The fields to set instead of the defaults.
 * @returns A new, deeply frozen vote that passes `VoteSchema` when the overrides do.
 * @throws `CoCommissioningError` `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { buildVote } from 'co-commissioning/testing';
 *
 * buildVote({ memberId: 'P002', choice: 'abstain' }); //=> { memberId: 'P002', choice: 'abstain', castOn: '2015-09-15' }
 * ```
 * @category Testing
 */
export function buildVote(overrides: Partial<Vote> = {}): Vote {
  return readable('buildVote', () => {
    return frozenCopy({
      memberId: 'P001',
      choice: 'yes' as const,
      castOn: '2015-09-15',
      ...overrides,
    });
  });
}
