import type { Citation } from './citation.js';
import type { Ratio } from './Ratio.js';

/**
 * How a reason's rule came out: `pass` (satisfied), `fail` (not satisfied), `not-applicable`
 * (the rule does not bear on this case) or `unknown` (data needed to decide is missing; see
 * {@link Reason.missing}).
 *
 * @example
 * ```ts
 * import type { Verdict } from 'co-commissioning';
 *
 * const verdict: Verdict = 'pass';
 * ```
 * @category Core
 */
export type Verdict = 'pass' | 'fail' | 'not-applicable' | 'unknown';

/**
 * A comparison a reason made between two values.
 *
 * @example
 * ```ts
 * import type { Comparator } from 'co-commissioning';
 *
 * const strictMajority: Comparator = '>';
 * ```
 * @category Core
 */
export type Comparator = '>' | '>=' | '<' | '<=' | '=' | '!=';

/**
 * A value a reason quotes: text, a number, a flag, an exact ratio, or null for "none".
 *
 * @example
 * ```ts
 * import type { ReasonValue } from 'co-commissioning';
 *
 * const share: ReasonValue = { numerator: 52, denominator: 83 };
 * ```
 * @category Core
 */
export type ReasonValue = string | number | boolean | null | Ratio;

/**
 * One step in the explanation of a verdict, in a form a committee paper can quote: which rule,
 * how it came out and why, the values compared and how, the source, and what would remedy a
 * failure. Every guard, rule check and tally in the library returns its reasons.
 *
 * @example
 * ```ts
 * import type { Reason } from 'co-commissioning';
 *
 * const reason: Reason = {
 *   id: 'BALLOT-THRESHOLD',
 *   verdict: 'pass',
 *   message: 'Yes votes were 52 of 83 votes for or against (62.7%), more than the 50% required.',
 *   sources: [{ document: 'DOMAIN.md', domainId: 'BALLOT-THRESHOLD' }],
 *   values: { yesShare: { numerator: 52, denominator: 83 }, threshold: { numerator: 1, denominator: 2 } },
 *   comparator: '>',
 * };
 * ```
 * @category Core
 */
export interface Reason {
  /** The rule or guard this reason is about: a DOMAIN.md ID or a guard ID. */
  readonly id: string;
  /** How the rule came out. */
  readonly verdict: Verdict;
  /** One or two sentences a person can read aloud. */
  readonly message: string;
  /** Where the rule comes from. */
  readonly sources: readonly Citation[];
  /** The values the rule looked at, by name. */
  readonly values?: Readonly<Record<string, ReasonValue>>;
  /** How the values were compared, where they were. */
  readonly comparator?: Comparator;
  /** What would turn a `fail` or `unknown` into a `pass`. */
  readonly remedy?: string;
  /** The data that was missing, for an `unknown` verdict. */
  readonly missing?: readonly string[];
}

/**
 * An outcome with the reasons that led to it.
 *
 * @typeParam O - The outcome's type, usually a union of string literals.
 * @example
 * ```ts
 * import type { Decision } from 'co-commissioning';
 *
 * const decision: Decision<'carried' | 'not-carried'> = { outcome: 'carried', reasons: [] };
 * ```
 * @category Core
 */
export interface Decision<O> {
  /** What was decided. */
  readonly outcome: O;
  /** Why, in the order the rules were applied. */
  readonly reasons: readonly Reason[];
}
