import { compareFractions } from '../../_lib/ratioMath.js';
import { formatPercent } from '../../core/formatPercent.js';
import type { Ratio } from '../../core/Ratio.js';

// Display helpers for reasons and reports. Display only: no decision is made on this text.

/** The largest list size or vote count a schema accepts: far above any real practice. */
export const MAX_LIST_SIZE = 10_000_000;

/** Writes a whole number with thousands separators: 1234567 is "1,234,567". */
export function groupDigits(value: number): string {
  const text = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 ? `-${text}` : text;
}

/** "1 practice", "2 practices". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${groupDigits(count)} ${count === 1 ? singular : pluralForm}`;
}

/**
 * A threshold or quorum as a percentage with as few decimals as show it exactly (50%, 66.7%
 * for two thirds at one decimal when it is not exact at 0 to 3 decimals).
 */
export function formatRule(share: Ratio): string {
  for (let decimals = 0; decimals <= 3; decimals += 1) {
    const scale = 100n * 10n ** BigInt(decimals);
    if ((BigInt(share.numerator) * scale) % BigInt(share.denominator) === 0n) {
      return formatPercent(share, decimals);
    }
  }
  return formatPercent(share, 1);
}

/**
 * A measured share (a yes share or a turnout) at one decimal, with more decimals only when one
 * decimal would make it look equal to the rule it is compared with although it is not.
 */
export function formatMeasured(share: Ratio, rule?: Ratio): string {
  if (rule === undefined) return formatPercent(share, 1);
  const equal =
    compareFractions(share.numerator, share.denominator, rule.numerator, rule.denominator) === 0;
  let decimals = 1;
  while (
    !equal &&
    decimals < 12 &&
    formatPercent(share, decimals) === formatPercent(rule, decimals)
  ) {
    decimals += 1;
  }
  return formatPercent(share, decimals);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A valid ISO date as a committee paper writes it: "2015-09-30" is "30 September 2015". */
export function formatLongDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** "P1, P2 and P3"; long lists end "and 12 more". */
export function listNames(names: readonly string[], shown = 5): string {
  if (names.length === 0) return '';
  if (names.length === 1) return names[0] as string;
  if (names.length <= shown) {
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  }
  return `${names.slice(0, shown).join(', ')} and ${groupDigits(names.length - shown)} more`;
}
