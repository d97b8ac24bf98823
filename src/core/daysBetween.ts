import { toDayNumber } from '../_lib/toCivil.js';
import type { IsoDate } from './IsoDate.js';

/**
 * Counts the calendar days from one date to another: positive when `to` is later, negative when
 * earlier, zero on the same day.
 *
 * @param from - The earlier date, usually.
 * @param to - The later date, usually.
 * @returns `to` minus `from`, in whole days.
 * @throws {@link CoCommissioningError} `invalid_iso_date` for a malformed date.
 *
 * @example
 * ```ts
 * import { daysBetween } from 'co-commissioning';
 *
 * // A declaration made 28 days after the interest arose is on time (DOMAIN COI-DECLARE-28D).
 * daysBetween('2017-01-01', '2017-01-29'); //=> 28
 * daysBetween('2016-02-28', '2016-03-01'); //=> 2
 * ```
 * @category Core
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to, ['to']) - toDayNumber(from, ['from']);
}
