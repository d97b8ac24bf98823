import { daysInMonth, formatCivil, MAX_YEAR, MIN_YEAR } from '../../_lib/calendar.js';
import { toCivil } from '../../_lib/toCivil.js';
import type { IsoDate } from '../../core/IsoDate.js';

// Internal calendar-month arithmetic for windows and retention periods. Inputs are validated
// dates; results outside the years 0000–9999 are held at the first or last representable day
// so they still compare correctly as text.

const FIRST_DAY = `${String(MIN_YEAR).padStart(4, '0')}-01-01`;
const LAST_DAY = `${MAX_YEAR}-12-31`;

/** Adds calendar months, keeping the day of the month or the month's last day (31 Aug + 6 → 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = toCivil(date, ['date']);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  if (targetYear > MAX_YEAR) return LAST_DAY;
  if (targetYear < MIN_YEAR) return FIRST_DAY;
  const targetMonth = index - targetYear * 12 + 1;
  return formatCivil({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/** The 1 April that starts the NHS financial year containing a date. */
export function financialYearStart(date: IsoDate): IsoDate {
  const { year, month } = toCivil(date, ['date']);
  const startYear = month >= 4 ? year : year - 1;
  return startYear < MIN_YEAR ? FIRST_DAY : formatCivil({ year: startYear, month: 4, day: 1 });
}
