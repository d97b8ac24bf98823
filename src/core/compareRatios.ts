import { compareFractions } from '../_lib/ratioMath.js';
import { checkRatio, type Ratio } from './Ratio.js';

/**
 * Compares two ratios exactly, by cross-multiplication (never through floating point), so
 * 1/2 and 2/4 are equal and 50,000,001/100,000,000 is above 1/2.
 *
 * @param left - The first ratio.
 * @param right - The second ratio.
 * @returns `-1` when `left` is smaller, `0` when equal in value, `1` when larger.
 * @throws {@link CoCommissioningError} `invalid_ratio` for a malformed ratio.
 *
 * @example
 * ```ts
 * import { compareRatios } from 'co-commissioning';
 *
 * compareRatios({ numerator: 52, denominator: 83 }, { numerator: 1, denominator: 2 }); //=> 1
 * compareRatios({ numerator: 2, denominator: 4 }, { numerator: 1, denominator: 2 }); //=> 0
 * ```
 * @category Core
 */
export function compareRatios(left: Ratio, right: Ratio): -1 | 0 | 1 {
  const a = checkRatio(left, ['left']);
  const b = checkRatio(right, ['right']);
  return compareFractions(a.numerator, a.denominator, b.numerator, b.denominator);
}
