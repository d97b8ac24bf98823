import { formatCivil } from '../_lib/calendar.js';
import { fail } from '../_lib/fail.js';
import { toCivil } from '../_lib/toCivil.js';
import type { IsoDate } from './IsoDate.js';

/**
 * The first 1 April on or after a date: the start of the next NHS financial year, and the only
 * day delegated commissioning may start or end (DOMAIN MODEL-C-EFFECTIVE-DATE,
 * MODEL-C-TERMINATION).
 *
 * @param date - Any date.
 * @returns The date itself when it is a 1 April, otherwise the next 1 April.
 * @throws {@link CoCommissioningError} `invalid_iso_date` for a malformed date, or past 9999.
 *
 * @example
 * ```ts
 * import { firstAprilOnOrAfter } from 'co-commissioning';
 *
 * firstAprilOnOrAfter('2015-11-06'); //=> '2016-04-01'
 * firstAprilOnOrAfter('2016-04-01'); //=> '2016-04-01'
 * firstAprilOnOrAfter('2016-04-02'); //=> '2017-04-01'
 * ```
 * @category Core
 */
export function firstAprilOnOrAfter(date: IsoDate): IsoDate {
  const { year, month, day } = toCivil(date, ['date']);
  const onOrBefore = month < 4 || (month === 4 && day === 1);
  const target = onOrBefore ? year : year + 1;
  if (target > 9999) {
    return fail({
      code: 'invalid_iso_date',
      message: `There is no 1 April on or after ${date} before the year 10000.`,
      path: ['date'],
      received: date,
    });
  }
  return formatCivil({ year: target, month: 4, day: 1 });
}
