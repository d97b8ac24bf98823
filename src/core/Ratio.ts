import * as z from 'zod';
import { describeValue } from '../_lib/describe.js';
import { fail } from '../_lib/fail.js';
import type { IssuePath } from './issue.js';

/**
 * An exact ratio of two integers, such as a vote share (52 of 83) or a threshold (1 of 2).
 * Never a floating-point number: compare with {@link compareRatios}, show with
 * {@link formatPercent}. The denominator is positive; both parts are safe integers.
 *
 * @example
 * ```ts
 * import type { Ratio } from 'co-commissioning';
 *
 * const yesShare: Ratio = { numerator: 52, denominator: 83 };
 * ```
 * @category Core
 */
export interface Ratio {
  /** The part: a safe integer. */
  readonly numerator: number;
  /** The whole: a positive safe integer. */
  readonly denominator: number;
}

/**
 * Tells whether a value is a {@link Ratio}: safe integers with a positive denominator.
 *
 * @param value - Anything.
 * @returns `true` for `{ numerator: 1, denominator: 2 }`; `false` for a zero or negative
 * denominator, fractions, `NaN` or missing parts.
 *
 * @example
 * ```ts
 * import { isRatio } from 'co-commissioning';
 *
 * isRatio({ numerator: 3, denominator: 4 }); //=> true
 * isRatio({ numerator: 1, denominator: 0 }); //=> false
 * ```
 * @category Core
 */
export function isRatio(value: unknown): value is Ratio {
  if (typeof value !== 'object' || value === null) return false;
  const { numerator, denominator } = value as { numerator?: unknown; denominator?: unknown };
  return (
    Number.isSafeInteger(numerator) &&
    Number.isSafeInteger(denominator) &&
    (denominator as number) > 0
  );
}

/**
 * The zod schema of a {@link Ratio}.
 *
 * @example
 * ```ts
 * import { RatioSchema } from 'co-commissioning';
 *
 * RatioSchema.safeParse({ numerator: 1, denominator: 2 }).success; //=> true
 * RatioSchema.safeParse({ numerator: 0.5, denominator: 1 }).success; //=> false
 * ```
 * @category Core
 */
export const RatioSchema = z
  .object({
    numerator: z
      .number({ error: 'Give the numerator as a whole number.' })
      .int({ error: 'The numerator must be a whole number.' }),
    denominator: z
      .number({ error: 'Give the denominator as a whole number.' })
      .int({ error: 'The denominator must be a whole number greater than zero.' })
      .positive({ error: 'The denominator must be a whole number greater than zero.' }),
  })
  .strict();

/**
 * Makes an exact {@link Ratio}, kept as given (52 of 83 stays 52/83 so a paper can quote it;
 * use {@link reduceRatio} for lowest terms).
 *
 * @param numerator - The part, a safe integer.
 * @param denominator - The whole, a positive safe integer.
 * @returns A frozen ratio.
 * @throws {@link CoCommissioningError} `invalid_ratio` when either part is not a safe integer
 * or the denominator is not positive.
 *
 * @example
 * ```ts
 * import { ratio } from 'co-commissioning';
 *
 * ratio(52, 83); //=> { numerator: 52, denominator: 83 }
 * ```
 * @category Core
 */
export function ratio(numerator: number, denominator: number): Ratio {
  return checkRatio({ numerator, denominator });
}

/** Internal: validates a ratio-shaped value and returns a frozen copy. */
export function checkRatio(value: unknown, path: IssuePath = []): Ratio {
  if (isRatio(value)) {
    return Object.freeze({ numerator: value.numerator, denominator: value.denominator });
  }
  const shown =
    typeof value === 'object' && value !== null
      ? `${describeValue((value as { numerator?: unknown }).numerator)} over ${describeValue((value as { denominator?: unknown }).denominator)}`
      : describeValue(value);
  return fail({
    code: 'invalid_ratio',
    message: `Expected a ratio of whole numbers with a denominator above zero, but received ${shown}.`,
    path,
    received: shown,
  });
}
