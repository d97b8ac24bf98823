import { daysFromCivil, daysInMonth } from '../../../_lib/calendar.js';

const ZERO = 48;
const HYPHEN = 45;
const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9] as const;

/**
 * The day number (days since 1970-01-01) of a real calendar date written YYYY-MM-DD, or NaN for
 * anything else: exactly the dates `IsoDateSchema` and `splitIsoDate` accept, read character by
 * character for the hot path (no regular expression, no allocation).
 */
export function isoDayNumber(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return Number.NaN;
  if (value.charCodeAt(4) !== HYPHEN || value.charCodeAt(7) !== HYPHEN) return Number.NaN;
  for (const index of DIGIT_POSITIONS) {
    const code = value.charCodeAt(index) - ZERO;
    if (code < 0 || code > 9) return Number.NaN;
  }
  const at = (index: number) => value.charCodeAt(index) - ZERO;
  const year = at(0) * 1000 + at(1) * 100 + at(2) * 10 + at(3);
  const month = at(5) * 10 + at(6);
  const day = at(8) * 10 + at(9);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return daysFromCivil({ year, month, day });
}
