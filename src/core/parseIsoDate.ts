import { toSafe } from '../_lib/fail.js';
import { checkIssuePath } from '../_lib/issuePath.js';
import { toCivil } from '../_lib/toCivil.js';
import type { IsoDate } from './IsoDate.js';
import type { IssuePath } from './issue.js';
import type { SafeResult } from './SafeResult.js';

/**
 * Checks that a value is a real calendar date written `YYYY-MM-DD` and returns it.
 *
 * @param value - The candidate date, typically text from a form or a spreadsheet.
 * @param path - Where the value sits in a larger input, for the issue's `path`.
 * @returns The same text, typed as an {@link IsoDate}.
 * @throws {@link CoCommissioningError} `invalid_iso_date` for anything else; `invalid_input` for
 * a `path` that is not a list of names and indexes.
 *
 * @example
 * ```ts
 * import { parseIsoDate } from 'co-commissioning';
 *
 * parseIsoDate('2015-11-06'); //=> '2015-11-06'
 * ```
 * @category Core
 */
export function parseIsoDate(value: unknown, path: IssuePath = []): IsoDate {
  toCivil(value, checkIssuePath(path));
  return value as IsoDate;
}

/**
 * The safe door of {@link parseIsoDate}: returns the date or the issue, never throws.
 *
 * @param value - The candidate date.
 * @returns `{ success: true, data }` or `{ success: false, issues }` with `invalid_iso_date`.
 *
 * @example
 * ```ts
 * import { safeParseIsoDate } from 'co-commissioning';
 *
 * safeParseIsoDate('2017-02-30').success; //=> false
 * ```
 * @category Core
 */
export function safeParseIsoDate(value: unknown): SafeResult<IsoDate> {
  return toSafe(() => parseIsoDate(value));
}
