import { toSafe } from '../_lib/fail.js';
import { freezeDeep } from '../_lib/freezeDeep.js';
import { parseWith } from '../_lib/parseWith.js';
import type { SafeResult } from '../core/SafeResult.js';
import { type MemberPractice, MemberPracticeSchema } from './MemberPractice.js';

/**
 * Checks a member practice record against {@link MemberPracticeSchema} and returns a clean, deeply frozen copy.
 *
 * @param input - The candidate record, for example read from JSON.
 * @returns A new, deeply frozen {@link MemberPractice}; the input is not changed.
 * @throws {@link CoCommissioningError} `invalid_input` for each field that does not fit.
 *
 * @example
 * ```ts
 * import { parseMemberPractice } from 'co-commissioning';
 *
 * parseMemberPractice({ id: 'practice-01', name: 'Riverside Surgery', contract: 'PMS', listSize: 8250, listSizeOn: '2015-10-01' }).contract;
 * //=> 'PMS'
 * ```
 * @category Organisations
 */
export function parseMemberPractice(input: unknown): MemberPractice {
  return freezeDeep(parseWith(MemberPracticeSchema, input));
}

/**
 * The safe door of {@link parseMemberPractice}: returns the record or the issues, never throws.
 *
 * @param input - The candidate record.
 * @returns `{ success: true, data }` with a deeply frozen {@link MemberPractice}, or
 * `{ success: false, issues }` with `invalid_input` issues.
 *
 * @example
 * ```ts
 * import { safeParseMemberPractice } from 'co-commissioning';
 *
 * const result = safeParseMemberPractice({ id: 'practice-01', name: 'Riverside Surgery', contract: 'GPS' });
 * result.success ? result.data.id : result.issues[0].message;
 * //=> "Give the practice's contract as GMS, PMS or APMS. (at contract)"
 * ```
 * @category Organisations
 */
export function safeParseMemberPractice(input: unknown): SafeResult<MemberPractice> {
  return toSafe(() => parseMemberPractice(input));
}
