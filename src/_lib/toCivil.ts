import type { IssuePath } from '../core/issue.js';
import { type CivilDate, daysFromCivil, splitIsoDate } from './calendar.js';
import { describeValue } from './describe.js';
import { fail } from './fail.js';

/** Validates a date and splits it, or throws `invalid_iso_date` naming the path. */
export function toCivil(value: unknown, path: IssuePath): CivilDate {
  const civil = typeof value === 'string' ? splitIsoDate(value) : undefined;
  if (civil !== undefined) return civil;
  return fail({
    code: 'invalid_iso_date',
    message: `Expected a real calendar date written YYYY-MM-DD (such as 2016-04-01), but received ${describeValue(value)}.`,
    path,
    received: describeValue(value),
  });
}

/** Validates a date and returns its day number (days since 1970-01-01). */
export function toDayNumber(value: unknown, path: IssuePath): number {
  return daysFromCivil(toCivil(value, path));
}
