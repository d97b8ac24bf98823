import type { CommitteeMember } from 'co-commissioning';
import { frozenCopy } from '../internal/frozen.js';
import { readable } from '../internal/readable.js';

/**
 * Builds a {@link CommitteeMember} for a test: by default Ms F Osei (`p-osei`), a voting lay
 * member. Overrides are not checked.
 *
 * @param overrides - The fields to set instead of the defaults.
 * @returns A new, deeply frozen member that passes `CommitteeMemberSchema` when the overrides
 * do.
 * @throws `CoCommissioningError` `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { buildCommittee, buildCommitteeMember } from 'co-commissioning/testing';
 *
 * const gp = buildCommitteeMember({ personId: 'p-okafor', name: 'Dr B Okafor', role: 'ccg-gp' });
 * gp.voting; //=> true
 * buildCommittee({ addMembers: [gp] }).members.length; //=> 10
 * ```
 * @category Testing
 */
export function buildCommitteeMember(overrides: Partial<CommitteeMember> = {}): CommitteeMember {
  return readable('buildCommitteeMember', () => {
    return frozenCopy({
      personId: 'p-osei',
      name: 'Ms F Osei',
      role: 'lay' as const,
      voting: true,
      ...overrides,
    });
  });
}
