import { describeValue } from '../_lib/describe.js';
import { fail } from '../_lib/fail.js';
import { checkRatio, type Ratio } from './Ratio.js';

/**
 * Shows a ratio as a percentage for display, rounding half away from zero exactly: the
 * rounding is done on integers, so no floating-point drift can turn 14.5 into 14.4999.
 * Decisions are never made on this text; compare ratios with {@link compareRatios}.
 *
 * @param value - The ratio to show.
 * @param decimals - Digits after the decimal point, a whole number from 0 to 20.
 * @returns Text such as `"62.7%"`. A value that rounds to zero is `"0%"`, never `"-0%"`.
 * @throws {@link CoCommissioningError} `invalid_ratio` for a malformed ratio;
 * `invalid_decimals` for a precision outside 0–20.
 *
 * @example
 * ```ts
 * import { formatPercent } from 'co-commissioning';
 *
 * formatPercent({ numerator: 52, denominator: 83 }, 1); //=> '62.7%'
 * formatPercent({ numerator: 1, denominator: 8 }, 0); //=> '13%'
 * formatPercent({ numerator: 29, denominator: 200 }, 1); //=> '14.5%'
 * ```
 * @category Core
 */
export function formatPercent(value: Ratio, decimals: number): string {
  const { numerator, denominator } = checkRatio(value, ['value']);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    return fail({
      code: 'invalid_decimals',
      message: `Expected a number of decimal places from 0 to 20, but received ${describeValue(decimals)}.`,
      path: ['decimals'],
      received: describeValue(decimals),
    });
  }
  const scale = 10n ** BigInt(decimals);
  const scaled = BigInt(Math.abs(numerator)) * 100n * scale;
  const whole = BigInt(denominator);
  let units = scaled / whole;
  if ((scaled % whole) * 2n >= whole) units += 1n;
  const digits = units.toString().padStart(decimals + 1, '0');
  const integerPart = digits.slice(0, digits.length - decimals);
  const fraction = decimals > 0 ? `.${digits.slice(digits.length - decimals)}` : '';
  const sign = numerator < 0 && units !== 0n ? '-' : '';
  return `${sign}${integerPart}${fraction}%`;
}
