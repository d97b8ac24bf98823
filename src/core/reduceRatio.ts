import { gcd } from '../_lib/ratioMath.js';
import { checkRatio, type Ratio } from './Ratio.js';

/**
 * Puts a ratio in lowest terms (the same value, smallest integers).
 *
 * @param value - Any ratio.
 * @returns A new frozen ratio whose parts share no common factor; zero is `0/1`.
 * @throws {@link CoCommissioningError} `invalid_ratio` for a malformed ratio.
 *
 * @example
 * ```ts
 * import { reduceRatio } from 'co-commissioning';
 *
 * reduceRatio({ numerator: 62, denominator: 124 }); //=> { numerator: 1, denominator: 2 }
 * ```
 * @category Core
 */
export function reduceRatio(value: Ratio): Ratio {
  const { numerator, denominator } = checkRatio(value);
  if (numerator === 0) return Object.freeze({ numerator: 0, denominator: 1 });
  const divisor = gcd(numerator, denominator);
  return Object.freeze({ numerator: numerator / divisor, denominator: denominator / divisor });
}
