import { fail, toSafe } from '../_lib/fail.js';
import { freezeDeep } from '../_lib/freezeDeep.js';
import type { SafeResult } from '../core/SafeResult.js';
import type { Issue } from '../issues.js';
import type { CommissioningStatus } from './CommissioningStatus.js';
import { CCG_ROLE_RANK } from './Holder.js';
import { checkOptions, checkStatus, isIssue } from './inputs.js';
import type { ResponsibilityOptions } from './LocalArrangement.js';
import { PRIMARY_CARE_FUNCTIONS, type PrimaryCareFunctionId } from './PRIMARY_CARE_FUNCTIONS.js';
import type { Responsibility } from './ResponsibilityAnswer.js';
import { MODEL_LABEL, resolve, SHORT_HOLDER_PHRASE } from './resolve.js';

/**
 * One function whose decision-maker changes between two statuses, with both sides in full.
 *
 * @example
 * ```ts
 * import { compareStatuses, type StatusChange } from 'co-commissioning';
 *
 * const [first]: readonly StatusChange[] = compareStatuses('B', 'C');
 * first?.functionId; //=> 'general-practice-commissioning'
 * ```
 * @category Responsibilities
 */
export interface StatusChange {
  /** The function whose holder changes. */
  readonly functionId: PrimaryCareFunctionId;
  /** The function's name. */
  readonly functionName: string;
  /** Who holds it under the status moved from, with its sources. */
  readonly from: Responsibility;
  /** Who holds it under the status moved to, with its sources. */
  readonly to: Responsibility;
  /** Whether the CCG's role grows (`ccg-gains`) or shrinks (`ccg-loses`). */
  readonly direction: 'ccg-gains' | 'ccg-loses';
  /** Whether the sources disagree on either side (see each side's `alternatives`). */
  readonly sourcesDisagree: boolean;
  /** The change in one line, ready to print. */
  readonly summary: string;
}

/**
 * Lists what changes for a CCG moving from one co-commissioning status to another: every
 * function in `PRIMARY_CARE_FUNCTIONS` whose decision-maker (`decidedBy` or `ccgRole`) differs,
 * in catalogue order, with both sides cited in full and a one-line summary. Functions whose
 * holder stays the same are left out, so comparing a status with itself gives an empty list.
 * Local arrangements in `options` apply on both sides, as in `responsibility`. Where the
 * sources disagree on a side, `sourcesDisagree` is set and the summary says so. The answer
 * does not depend on any date.
 *
 * @param from - The status the CCG holds now: `'none'`, `'A'`, `'B'` or `'C'`.
 * @param to - The status it is considering.
 * @param options - The CCG's documented local arrangements, if any.
 * @returns A new, deeply frozen list of {@link StatusChange}s.
 * @throws {@link CoCommissioningError} `unknown_status`, `unknown_function`, `invalid_input` or
 * `invalid_arrangement`, with every issue found.
 *
 * @example
 * ```ts
 * import { compareStatuses } from 'co-commissioning';
 *
 * const changes = compareStatuses('B', 'C');
 * changes.find((change) => change.functionId === 'practice-mergers')?.summary;
 * //=> 'Approving practice mergers: under Model B the CCG and NHS England decide jointly; under Model C the CCG decides alone.'
 * compareStatuses('C', 'C'); //=> []
 * ```
 * @category Responsibilities
 */
export function compareStatuses(
  from: CommissioningStatus,
  to: CommissioningStatus,
  options?: ResponsibilityOptions,
): readonly StatusChange[] {
  const checkedFrom = checkStatus(from, ['from']);
  const checkedTo = checkStatus(to, ['to']);
  const arrangements = checkOptions(options);
  const issues: Issue[] = [];
  if (isIssue(checkedFrom)) issues.push(checkedFrom);
  if (isIssue(checkedTo)) issues.push(checkedTo);
  if (Array.isArray(arrangements)) issues.push(...arrangements);
  const [first, ...rest] = issues;
  if (first !== undefined) return fail(first, ...rest);
  const local = arrangements as Exclude<typeof arrangements, Issue[]>;
  const changes: StatusChange[] = [];
  for (const entry of PRIMARY_CARE_FUNCTIONS) {
    const before = resolve(entry, checkedFrom as CommissioningStatus, local);
    const after = resolve(entry, checkedTo as CommissioningStatus, local);
    if (before.decidedBy === after.decidedBy && before.ccgRole === after.ccgRole) continue;
    const sourcesDisagree = before.sourcesDisagree || after.sourcesDisagree;
    changes.push({
      functionId: entry.id,
      functionName: entry.name,
      from: before,
      to: after,
      direction:
        CCG_ROLE_RANK[after.ccgRole] > CCG_ROLE_RANK[before.ccgRole] ? 'ccg-gains' : 'ccg-loses',
      sourcesDisagree,
      summary: `${entry.name}: ${MODEL_LABEL[before.status]} ${SHORT_HOLDER_PHRASE[before.ccgRole]}; ${MODEL_LABEL[after.status]} ${SHORT_HOLDER_PHRASE[after.ccgRole]}.${sourcesDisagree ? ' The sources disagree: see alternatives.' : ''}`,
    });
  }
  return freezeDeep(changes);
}

/**
 * The safe door of {@link compareStatuses}: returns the changes or the issues, never throws.
 *
 * @param from - The status the CCG holds now, checked against none, A, B and C.
 * @param to - The status it is considering, checked likewise.
 * @param options - The CCG's documented local arrangements, if any.
 * @returns `{ success: true, data }` with the deeply frozen list of changes, or
 * `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeCompareStatuses } from 'co-commissioning';
 *
 * const result = safeCompareStatuses('B', 'Level 3');
 * result.success ? result.data.length : result.issues[0].code;
 * //=> 'unknown_status'
 * ```
 * @category Responsibilities
 */
export function safeCompareStatuses(
  from: unknown,
  to: unknown,
  options?: unknown,
): SafeResult<readonly StatusChange[]> {
  return toSafe(() =>
    compareStatuses(
      from as CommissioningStatus,
      to as CommissioningStatus,
      options as ResponsibilityOptions,
    ),
  );
}
