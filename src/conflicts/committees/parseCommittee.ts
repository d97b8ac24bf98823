import { fail, toSafe } from '../../_lib/fail.js';
import { freezeDeep } from '../../_lib/freezeDeep.js';
import { checkIssuePath } from '../../_lib/issuePath.js';
import { parseWith } from '../../_lib/parseWith.js';
import type { IssuePath } from '../../core/issue.js';
import type { SafeResult } from '../../core/SafeResult.js';
import { type Committee, CommitteeSchema } from './Committee.js';
import { duplicateIssues } from './internal/checkUnique.js';
import { markParsed } from './internal/parsed.js';
import { hasRepeatedPerson, readCommittee } from './internal/readCommittee.js';

/**
 * Checks that a value is a well-formed {@link Committee} (its schema, and no person listed twice)
 * and returns a deeply frozen copy. Parse a committee once, then pass the copy to
 * {@link checkParsedCommittee} as often as needed without paying for validation again.
 *
 * @param input - The committee, typically read from a spreadsheet or a JSON file.
 * @param path - Where the committee sits in a larger input, for the issues' `path`.
 * @returns A new, deeply frozen committee; the input is not changed.
 * @throws {@link CoCommissioningError} `invalid_input` when the shape is wrong; `duplicate_id`
 * when a person appears twice in the member list.
 *
 * @example
 * ```ts
 * import { parseCommittee } from 'co-commissioning';
 *
 * const committee = parseCommittee({
 *   id: 'pccc', name: 'PCCC', kind: 'pccc', chairId: 'p-hughes',
 *   members: [{ personId: 'p-hughes', name: 'Mrs R Hughes', role: 'lay', voting: true }],
 * });
 * Object.isFrozen(committee.members[0]); //=> true
 * ```
 * @category Conflicts of interest
 */
export function parseCommittee(input: unknown, path: IssuePath = ['committee']): Committee {
  // The fast path reads a well-formed committee by hand; anything else is parsed by the schema,
  // which words every issue.
  const fast = readCommittee(input);
  if (fast !== undefined && !hasRepeatedPerson(fast.members)) return markParsed(fast);
  const at = checkIssuePath(path);
  const committee = parseWith(CommitteeSchema, input, at);
  const [first, ...rest] = duplicateIssues(
    committee.members.map((member) => member.personId),
    [...at, 'members'],
    'Person',
    "the committee's member list",
  );
  if (first !== undefined) fail(first, ...rest);
  return markParsed(freezeDeep(committee));
}

/**
 * The safe door of {@link parseCommittee}: returns the committee or the issues, never throws.
 *
 * @param input - The committee to check.
 * @returns `{ success: true, data }` with a deeply frozen copy, or `{ success: false, issues }`
 * with `invalid_input` or `duplicate_id` issues.
 *
 * @example
 * ```ts
 * import { safeParseCommittee } from 'co-commissioning';
 *
 * const result = safeParseCommittee({ id: 'pccc', name: 'PCCC', kind: 'board', chairId: 'p-1', members: [] });
 * result.success ? 'ok' : result.issues[0].path;
 * //=> ['committee', 'kind']
 * ```
 * @category Conflicts of interest
 */
export function safeParseCommittee(input: unknown): SafeResult<Committee> {
  return toSafe(() => parseCommittee(input));
}
