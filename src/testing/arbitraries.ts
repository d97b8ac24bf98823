import { type IsoDate, IsoDateSchema, type Pence, type Ratio } from 'co-commissioning';
import * as fc from 'fast-check';
import * as z from 'zod';
import { civilFromDays, daysFromCivil, formatCivil } from '../_lib/calendar.js';
import { describeValue } from '../_lib/describe.js';
import { invalidInput, parseOrThrow } from './internal/fail.js';

/**
 * Options for {@link isoDateArbitrary}.
 *
 * @example
 * ```ts
 * import type { IsoDateArbitraryOptions } from 'co-commissioning/testing';
 *
 * const waves: IsoDateArbitraryOptions = { min: '2014-05-01', max: '2022-06-30' };
 * ```
 * @category Testing
 */
export interface IsoDateArbitraryOptions {
  /** The earliest date to generate (default `'2013-04-01'`, when CCGs began). */
  readonly min?: IsoDate;
  /** The latest date to generate (default `'2022-06-30'`, the day before ICBs replaced CCGs). */
  readonly max?: IsoDate;
}

/**
 * A fast-check arbitrary of real calendar dates written `YYYY-MM-DD`, shrinking towards `min`.
 *
 * @param options - The range of dates, both ends inclusive.
 * @returns An arbitrary of {@link IsoDate} text.
 * @throws `CoCommissioningError` `invalid_input` for options that are not dates, or a min after
 * the max.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { isIsoDate } from 'co-commissioning';
 * import { isoDateArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(fc.property(isoDateArbitrary(), (date) => isIsoDate(date)));
 * ```
 * @category Testing
 */
export function isoDateArbitrary(options: IsoDateArbitraryOptions = {}): fc.Arbitrary<IsoDate> {
  const checked = parseOrThrow(IsoDateArbitraryOptionsSchema, options, ['options']);
  const min = toDays(checked.min ?? '2013-04-01');
  const max = toDays(checked.max ?? '2022-06-30');
  if (min > max)
    invalidInput(
      `Give a min no later than the max (${checked.min ?? '2013-04-01'} is after ${checked.max ?? '2022-06-30'}).`,
      ['options', 'min'],
      'min on or before max',
      checked.min,
    );
  return fc.integer({ min, max }).map((day) => formatCivil(civilFromDays(day)));
}

function toDays(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number);
  return daysFromCivil({ year: year ?? 0, month: month ?? 1, day: day ?? 1 });
}

/**
 * Options for {@link ratioArbitrary}.
 *
 * @example
 * ```ts
 * import type { RatioArbitraryOptions } from 'co-commissioning/testing';
 *
 * const shares: RatioArbitraryOptions = { maxDenominator: 200, proper: true };
 * ```
 * @category Testing
 */
export interface RatioArbitraryOptions {
  /** The largest denominator (default 1,000,000). */
  readonly maxDenominator?: number;
  /** The largest absolute numerator when not `proper` (default `Number.MAX_SAFE_INTEGER`). */
  readonly maxNumerator?: number;
  /** Only ratios from 0 to 1 inclusive, like shares and thresholds (default `false`). */
  readonly proper?: boolean;
}

/**
 * A fast-check arbitrary of valid {@link Ratio} values: safe integers over a positive
 * denominator, not necessarily in lowest terms.
 *
 * @param options - Bounds on the parts, and whether to keep to shares from 0 to 1.
 * @returns An arbitrary of ratios.
 * @throws `CoCommissioningError` `invalid_input` for bounds that are not whole numbers.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { isRatio } from 'co-commissioning';
 * import { ratioArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(fc.property(ratioArbitrary({ proper: true }), (share) => isRatio(share)));
 * ```
 * @category Testing
 */
export function ratioArbitrary(options: RatioArbitraryOptions = {}): fc.Arbitrary<Ratio> {
  const checked = parseOrThrow(RatioArbitraryOptionsSchema, options, ['options']);
  const maxDenominator = checked.maxDenominator ?? 1_000_000;
  const denominator = fc.integer({ min: 1, max: maxDenominator });
  if (checked.proper === true) {
    return denominator.chain((whole) =>
      fc.integer({ min: 0, max: whole }).map((part) => ({ numerator: part, denominator: whole })),
    );
  }
  const maxNumerator = checked.maxNumerator ?? Number.MAX_SAFE_INTEGER;
  return fc
    .tuple(fc.integer({ min: -maxNumerator, max: maxNumerator }), denominator)
    .map(([numerator, whole]) => ({ numerator, denominator: whole }));
}

/**
 * A fast-check arbitrary of amounts in whole pence.
 *
 * @param max - The largest amount (default 10,000,000: £100,000); the smallest is 0.
 * @returns An arbitrary of {@link Pence}.
 * @throws `CoCommissioningError` `invalid_input` for a largest amount that is not whole pence.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { isPence } from 'co-commissioning';
 * import { penceArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(fc.property(penceArbitrary(10_000), (amount) => isPence(amount)));
 * ```
 * @category Testing
 */
export function penceArbitrary(max = 10_000_000): fc.Arbitrary<Pence> {
  if (!Number.isSafeInteger(max) || max < 0)
    invalidInput(
      `Give the largest amount as a whole number of pence, zero or more, not ${describeValue(max)}.`,
      ['max'],
      'a whole number of pence',
      max,
    );
  return fc.integer({ min: 0, max });
}

const whole = (what: string, min: number) =>
  z
    .number({ error: `Give ${what} as a whole number.` })
    .refine((value) => Number.isSafeInteger(value) && value >= min, {
      error: `Give ${what} as a whole number, ${min} or more.`,
    });

const IsoDateArbitraryOptionsSchema = z
  .object(
    { min: IsoDateSchema.optional(), max: IsoDateSchema.optional() },
    { error: 'Give the options as an object, such as { min: "2015-01-01" }.' },
  )
  .strict();

const RatioArbitraryOptionsSchema = z
  .object(
    {
      maxDenominator: whole('maxDenominator', 1).optional(),
      maxNumerator: whole('maxNumerator', 0).optional(),
      proper: z.boolean({ error: 'Give proper as true or false.' }).optional(),
    },
    { error: 'Give the options as an object, such as { proper: true }.' },
  )
  .strict();
