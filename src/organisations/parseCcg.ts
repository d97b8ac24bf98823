import { fail, toSafe } from '../_lib/fail.js';
import { freezeDeep } from '../_lib/freezeDeep.js';
import { parseWith } from '../_lib/parseWith.js';
import type { SafeResult } from '../core/SafeResult.js';
import { type Ccg, CcgSchema } from './Ccg.js';
import { duplicateIdIssues } from './duplicateIds.js';

/**
 * Checks a CCG record and returns a clean, deeply frozen copy: every field against
 * {@link CcgSchema}, then that no member practice is listed twice.
 *
 * @param input - The candidate CCG record, for example read from JSON.
 * @returns A new, deeply frozen {@link Ccg}; the input is not changed.
 * @throws {@link CoCommissioningError} `invalid_input` for a field that does not fit (every one
 * found), or `duplicate_id` for each repeated practice ID.
 *
 * @example
 * ```ts
 * import { parseCcg } from 'co-commissioning';
 *
 * const ccg = parseCcg({
 *   code: '06H',
 *   name: 'NHS Cambridgeshire and Peterborough CCG',
 *   status: 'C',
 *   statusSince: '2016-04-01',
 *   memberPractices: [{ id: 'practice-01', name: 'Riverside Surgery', contract: 'GMS' }],
 * });
 * ccg.memberPractices.length; //=> 1
 * Object.isFrozen(ccg.memberPractices[0]); //=> true
 * ```
 * @category Organisations
 */
export function parseCcg(input: unknown): Ccg {
  const ccg = parseWith(CcgSchema, input);
  const [first, ...rest] = duplicateIdIssues(
    ccg.memberPractices.map((practice) => practice.id),
    ['memberPractices'],
    'Member practice',
  );
  if (first !== undefined) return fail(first, ...rest);
  return freezeDeep(ccg);
}

/**
 * The safe door of {@link parseCcg}: returns the CCG or the issues, never throws.
 *
 * @param input - The candidate CCG record.
 * @returns `{ success: true, data }` with a deeply frozen {@link Ccg}, or
 * `{ success: false, issues }` with `invalid_input` or `duplicate_id` issues.
 *
 * @example
 * ```ts
 * import { safeParseCcg } from 'co-commissioning';
 *
 * const practice = { id: 'practice-01', name: 'Riverside Surgery', contract: 'GMS' };
 * const result = safeParseCcg({
 *   code: '06H', name: 'NHS Cambridgeshire and Peterborough CCG', status: 'C',
 *   memberPractices: [practice, practice],
 * });
 * result.success ? result.data.code : result.issues[0].message;
 * //=> 'Member practice ID "practice-01" appears more than once: entries 1 and 2 of the list. List each one once.'
 * ```
 * @category Organisations
 */
export function safeParseCcg(input: unknown): SafeResult<Ccg> {
  return toSafe(() => parseCcg(input));
}
