import { fail, toSafe } from '../_lib/fail.js';
import { freezeDeep } from '../_lib/freezeDeep.js';
import type { SafeResult } from '../core/SafeResult.js';
import type { Issue } from '../issues.js';
import type { CommissioningStatus } from './CommissioningStatus.js';
import { checkFunctionId, checkOptions, checkStatus, isIssue } from './inputs.js';
import type { ResponsibilityOptions } from './LocalArrangement.js';
import type { PrimaryCareFunctionId } from './PRIMARY_CARE_FUNCTIONS.js';
import type { Responsibility } from './ResponsibilityAnswer.js';
import { resolve } from './resolve.js';

/**
 * Says who holds a primary care function under a co-commissioning status: who decides
 * (`nhs-england`, `joint` or `ccg`), the CCG's role (`none`, `influence`, `joint` or
 * `decides`), and the sources, with a plain summary and Southwark's cell text where its table
 * has one (seed 001 "Responsibilities at each level").
 *
 * The answer is the national baseline from `RESPONSIBILITY_MATRIX`: status `none` means NHS
 * England decides everything (DOMAIN MODEL-ENUM); Model A gives the CCG influence but no
 * decision (seed 004 "Model A"); pharmacy, eye health and dental commissioning and individual
 * GP performance stay with NHS England in every model (DOMAIN SEED-NEVER). Where the sources
 * disagree (complaints: DOMAIN SEED-CONFLICT-COMPLAINTS) the answer never picks silently: it
 * gives the baseline, sets `sourcesDisagree`, and lists each other reading with its citation in
 * `alternatives`. A documented local arrangement in `options.arrangements` replaces the
 * baseline for the statuses it applies to, citing its evidence and keeping the baseline in
 * `nationalBaseline`. The answer does not depend on any date.
 *
 * @param functionId - The function, an ID from `PRIMARY_CARE_FUNCTIONS` such as `'practice-mergers'`.
 * @param status - The CCG's co-commissioning status: `'none'`, `'A'`, `'B'` or `'C'`.
 * @param options - The CCG's documented local arrangements, if any.
 * @returns A new, deeply frozen {@link Responsibility}.
 * @throws {@link CoCommissioningError} `unknown_function`, `unknown_status`, `invalid_input`
 * (malformed options) or `invalid_arrangement` (an arrangement the sources rule out), with every
 * issue found.
 *
 * @example
 * ```ts
 * import { responsibility } from 'co-commissioning';
 *
 * const mergers = responsibility('practice-mergers', 'B');
 * mergers.decidedBy; //=> 'joint'
 * mergers.sources[0];
 * //=> { document: '004_e95f1a032380c329.txt', section: 'Model B: Joint commissioning, "The functions joint committees cover are"' }
 *
 * const complaints = responsibility('complaints', 'C');
 * complaints.decidedBy; //=> 'nhs-england'
 * complaints.sourcesDisagree; //=> true
 * complaints.alternatives[0]?.decidedBy; //=> 'ccg'
 *
 * const local = responsibility('complaints', 'C', {
 *   arrangements: {
 *     complaints: { decidedBy: 'ccg', ccgRole: 'decides', evidence: 'Delegation agreement, schedule 2' },
 *   },
 * });
 * local.basis; //=> 'local-arrangement'
 * local.nationalBaseline?.decidedBy; //=> 'nhs-england'
 * ```
 * @category Responsibilities
 */
export function responsibility(
  functionId: PrimaryCareFunctionId,
  status: CommissioningStatus,
  options?: ResponsibilityOptions,
): Responsibility {
  const entry = checkFunctionId(functionId, ['functionId']);
  const checkedStatus = checkStatus(status, ['status']);
  const arrangements = checkOptions(options);
  const issues: Issue[] = [];
  if (isIssue(entry)) issues.push(entry);
  if (isIssue(checkedStatus)) issues.push(checkedStatus);
  if (Array.isArray(arrangements)) issues.push(...arrangements);
  const [first, ...rest] = issues;
  if (first !== undefined) return fail(first, ...rest);
  return freezeDeep(
    resolve(
      entry as Exclude<typeof entry, Issue>,
      checkedStatus as CommissioningStatus,
      arrangements as Exclude<typeof arrangements, Issue[]>,
    ),
  );
}

/**
 * The safe door of {@link responsibility}: returns the answer or the issues, never throws.
 *
 * @param functionId - The function ID, checked against `PRIMARY_CARE_FUNCTIONS`.
 * @param status - The co-commissioning status, checked against none, A, B and C.
 * @param options - The CCG's documented local arrangements, if any.
 * @returns `{ success: true, data }` with a deeply frozen {@link Responsibility}, or
 * `{ success: false, issues }` with `unknown_function`, `unknown_status`, `invalid_input` or
 * `invalid_arrangement` issues.
 *
 * @example
 * ```ts
 * import { safeResponsibility } from 'co-commissioning';
 *
 * const result = safeResponsibility('practice-mergers', 'D');
 * result.success ? result.data.decidedBy : result.issues[0].code;
 * //=> 'unknown_status'
 * ```
 * @category Responsibilities
 */
export function safeResponsibility(
  functionId: unknown,
  status: unknown,
  options?: unknown,
): SafeResult<Responsibility> {
  return toSafe(() =>
    responsibility(
      functionId as PrimaryCareFunctionId,
      status as CommissioningStatus,
      options as ResponsibilityOptions,
    ),
  );
}
