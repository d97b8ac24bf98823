import * as z from 'zod';
import { splitIsoDate } from '../_lib/calendar.js';

/**
 * A calendar date written `YYYY-MM-DD` (ISO 8601), such as `'2016-04-01'`. A plain string, so
 * it serialises as itself; every function that takes one checks it is a real date (no
 * `2017-02-30`, no `2017/01/01`). There is no time of day and no time zone.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'co-commissioning';
 *
 * const goLive: IsoDate = '2016-04-01';
 * ```
 * @category Core
 */
export type IsoDate = string;

/**
 * Tells whether a value is a real calendar date written `YYYY-MM-DD`.
 *
 * @param value - Anything.
 * @returns `true` for text such as `'2016-02-29'`; `false` for `'2017-02-30'`, `'2017/01/01'`,
 * `''` and non-text.
 *
 * @example
 * ```ts
 * import { isIsoDate } from 'co-commissioning';
 *
 * isIsoDate('2016-02-29'); //=> true
 * isIsoDate('2017-02-29'); //=> false
 * ```
 * @category Core
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && splitIsoDate(value) !== undefined;
}

/**
 * The zod schema of an {@link IsoDate}, for building entity schemas.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'co-commissioning';
 *
 * IsoDateSchema.safeParse('2017-02-30').success;
 * //=> false
 * ```
 * @category Core
 */
export const IsoDateSchema = z
  .string({ error: 'Give a date as text written YYYY-MM-DD, such as 2016-04-01.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: 'Give a date written YYYY-MM-DD, such as 2016-04-01.',
    abort: true,
  })
  .refine(isIsoDate, {
    error: 'Give a real calendar date written YYYY-MM-DD, such as 2016-04-01.',
  });
