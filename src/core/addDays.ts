import { civilFromDays, formatCivil, MAX_YEAR, MIN_YEAR } from '../_lib/calendar.js';
import { describeValue } from '../_lib/describe.js';
import { fail } from '../_lib/fail.js';
import { toDayNumber } from '../_lib/toCivil.js';
import type { IsoDate } from './IsoDate.js';

/**
 * Adds a whole number of calendar days to a date (a negative number goes back). Pure
 * calendar arithmetic: no clock, no time zone, no daylight saving.
 *
 * @param date - The starting date.
 * @param days - The number of days to add, a safe integer.
 * @returns The new date.
 * @throws {@link CoCommissioningError} `invalid_iso_date` for a malformed date or a result
 * outside the years 0000–9999; `invalid_day_count` when `days` is not a safe integer.
 *
 * @example
 * ```ts
 * import { addDays } from 'co-commissioning';
 *
 * addDays('2017-09-30', 1); //=> '2017-10-01'
 * addDays('2016-03-01', -1); //=> '2016-02-29'
 * ```
 * @category Core
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const start = toDayNumber(date, ['date']);
  if (!Number.isSafeInteger(days)) {
    return fail({
      code: 'invalid_day_count',
      message: `Expected a whole number of days, but received ${describeValue(days)}.`,
      path: ['days'],
      received: describeValue(days),
    });
  }
  const civil = civilFromDays(start + days);
  if (civil.year < MIN_YEAR || civil.year > MAX_YEAR) {
    return fail({
      code: 'invalid_iso_date',
      message: `Adding ${days} days to ${date} leaves the years 0000–9999.`,
      path: ['days'],
      received: describeValue(days),
    });
  }
  return formatCivil(civil);
}
