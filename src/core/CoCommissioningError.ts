import { clonePlain } from '../_lib/clonePlain.js';
import { describeValue } from '../_lib/describe.js';
import { freezeDeep } from '../_lib/freezeDeep.js';
import { isIssuePath } from '../_lib/isIssuePath.js';
import type { Issue, IssueCode } from '../issues.js';

/**
 * A non-empty list of issues.
 *
 * @example
 * ```ts
 * import type { Issues } from 'co-commissioning';
 *
 * const issues: Issues = [{ code: 'invalid_pence', message: 'Whole pence only.', path: [], received: '1.5' }];
 * ```
 * @category Core
 */
export type Issues = readonly [Issue, ...Issue[]];

/**
 * The one error class the library throws, from the throwing door of each fallible function
 * (`tallyBallot`, `parseIsoDate`, ...) when its input is malformed. Its `issues` say what is
 * wrong and where; `code` is the first issue's code. The safe doors (`safeTallyBallot`, ...)
 * return the same issues instead of throwing.
 *
 * @example
 * ```ts
 * import { CoCommissioningError, parseIsoDate } from 'co-commissioning';
 *
 * try {
 *   parseIsoDate('2017-02-30');
 * } catch (error) {
 *   if (error instanceof CoCommissioningError) error.code;
 *   //=> 'invalid_iso_date'
 * }
 * ```
 * @category Core
 */
export class CoCommissioningError extends Error {
  /** The code of the first issue: the main reason the call failed. */
  readonly code: IssueCode;
  /** Every issue found, in input order. */
  readonly issues: Issues;

  /**
   * Creates the error from a non-empty list of issues.
   *
   * @param issues - What is wrong, at least one issue.
   * @throws {@link CoCommissioningError} invalid_input when `issues` is not a non-empty list of
   * issues (each with a `code`, a `message` and a `path`).
   */
  constructor(issues: Issues) {
    if (!isIssueList(issues)) {
      throw new CoCommissioningError([
        {
          code: 'invalid_input',
          message:
            'Give CoCommissioningError a non-empty list of issues, each with a code, a message and a path.',
          path: ['issues'],
          expected: 'a non-empty list of issues',
          received: describeValue(issues),
        },
      ]);
    }
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`[co-commissioning] ${first.code}: ${first.message}${more}`);
    this.name = 'CoCommissioningError';
    this.code = first.code;
    // A frozen copy: the error never shares (or freezes) the objects it was given.
    this.issues = freezeDeep(clonePlain([...issues])) as unknown as Issues;
  }
}

/**
 * Tells whether a value is a {@link CoCommissioningError}, also across bundle copies of the
 * library (where `instanceof` would fail) by checking its name, code and issues.
 *
 * @param value - Anything caught.
 * @returns `true` when the value is the library's error.
 *
 * @example
 * ```ts
 * import { isCoCommissioningError, parseIsoDate } from 'co-commissioning';
 *
 * try {
 *   parseIsoDate('');
 * } catch (error) {
 *   isCoCommissioningError(error);
 *   //=> true
 * }
 * ```
 * @category Core
 */
export function isCoCommissioningError(value: unknown): value is CoCommissioningError {
  if (value instanceof CoCommissioningError) return true;
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown; issues?: unknown };
  return (
    candidate.name === 'CoCommissioningError' &&
    typeof candidate.code === 'string' &&
    Array.isArray(candidate.issues) &&
    candidate.issues.length > 0
  );
}

/** Whether a value has the shape of a non-empty issue list: codes and messages as text, paths. */
function isIssueList(value: unknown): value is Issues {
  if (!Array.isArray(value) || value.length === 0) return false;
  for (let index = 0; index < value.length; index += 1) {
    const issue = value[index] as { code?: unknown; message?: unknown; path?: unknown } | null;
    if (
      typeof issue !== 'object' ||
      issue === null ||
      typeof issue.code !== 'string' ||
      typeof issue.message !== 'string' ||
      !isIssuePath(issue.path)
    )
      return false;
  }
  return true;
}
