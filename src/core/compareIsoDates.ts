import type { IsoDate } from './IsoDate.js';
import { parseIsoDate } from './parseIsoDate.js';

/**
 * Compares two dates for sorting.
 *
 * @param left - The first date.
 * @param right - The second date.
 * @returns `-1` when `left` is earlier, `0` when they are the same day, `1` when later.
 * @throws {@link CoCommissioningError} `invalid_iso_date` for a malformed date.
 *
 * @example
 * ```ts
 * import { compareIsoDates } from 'co-commissioning';
 *
 * compareIsoDates('2015-11-06', '2016-04-01'); //=> -1
 * ['2016-04-01', '2015-11-06'].sort(compareIsoDates); //=> ['2015-11-06', '2016-04-01']
 * ```
 * @category Core
 */
export function compareIsoDates(left: IsoDate, right: IsoDate): -1 | 0 | 1 {
  const a = parseIsoDate(left, ['left']);
  const b = parseIsoDate(right, ['right']);
  // Real dates written YYYY-MM-DD with four-digit years sort as text.
  return a < b ? -1 : a > b ? 1 : 0;
}
