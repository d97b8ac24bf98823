import type { MemberPractice } from 'co-commissioning';
import { frozenCopy } from '../internal/frozen.js';
import { readable } from '../internal/readable.js';

/**
 * Builds a {@link MemberPractice} for a test: by default practice `P001`, "Practice P001", on a
 * GMS contract, with no list size. The IDs match {@link buildBallot}'s electorate and
 * {@link buildCcg}'s practices (`P001`, `P002`, ...). Overrides are not checked.
 *
 * @param overrides - The fields to set instead of the defaults.
 * @returns A new, deeply frozen practice that passes `MemberPracticeSchema` when the overrides
 * do (a list size needs its date, `listSizeOn`).
 * @throws `CoCommissioningError` `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { MemberPracticeSchema } from 'co-commissioning';
 * import { buildMemberPractice } from 'co-commissioning/testing';
 *
 * const practice = buildMemberPractice({ contract: 'PMS', listSize: 8250, listSizeOn: '2015-10-01' });
 * practice.id; //=> 'P001'
 * MemberPracticeSchema.safeParse(practice).success; //=> true
 * ```
 * @category Testing
 */
export function buildMemberPractice(overrides: Partial<MemberPractice> = {}): MemberPractice {
  return readable('buildMemberPractice', () => {
    const id = overrides.id ?? 'P001';
    return frozenCopy({ id, name: `Practice ${id}`, contract: 'GMS' as const, ...overrides });
  });
}
