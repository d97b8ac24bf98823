import * as z from 'zod';
import { describeValue } from '../_lib/describe.js';
import { fail } from '../_lib/fail.js';
import { checkIssuePath } from '../_lib/issuePath.js';
import type { IssuePath } from './issue.js';

/**
 * An amount of money in whole pence, a safe integer: £50 is `5000`. Never pounds in floating
 * point.
 *
 * @example
 * ```ts
 * import type { Pence } from 'co-commissioning';
 *
 * const hospitalityLimit: Pence = 7500; // £75
 * ```
 * @category Core
 */
export type Pence = number;

/**
 * Tells whether a value is a whole, safe number of pence (negative amounts allowed).
 *
 * @param value - Anything.
 * @returns `true` for `5000`; `false` for `50.5`, `NaN` or text.
 *
 * @example
 * ```ts
 * import { isPence } from 'co-commissioning';
 *
 * isPence(5000); //=> true
 * isPence(49.99); //=> false
 * ```
 * @category Core
 */
export function isPence(value: unknown): value is Pence {
  return Number.isSafeInteger(value);
}

/**
 * Checks that a value is a whole, safe number of pence and returns it.
 *
 * @param value - The candidate amount.
 * @param path - Where the value sits in a larger input, for the issue's `path`.
 * @returns The amount, typed as {@link Pence}.
 * @throws {@link CoCommissioningError} `invalid_pence` for fractions, `NaN`, unsafe integers or
 * non-numbers; `invalid_input` for a `path` that is not a list of names and indexes.
 *
 * @example
 * ```ts
 * import { pence } from 'co-commissioning';
 *
 * pence(2500); //=> 2500
 * ```
 * @category Core
 */
export function pence(value: unknown, path: IssuePath = []): Pence {
  const at = checkIssuePath(path);
  if (isPence(value)) return value;
  return fail({
    code: 'invalid_pence',
    message: `Expected an amount in whole pence (£50 is 5000), but received ${describeValue(value)}.`,
    path: at,
    received: describeValue(value),
  });
}

/**
 * Shows an amount of pence as pounds, for display: `5000` is `"£50.00"`.
 *
 * @param value - The amount in pence.
 * @returns Text with a pound sign, thousands separators and two decimal places.
 * @throws {@link CoCommissioningError} `invalid_pence` for a malformed amount.
 *
 * @example
 * ```ts
 * import { formatPence } from 'co-commissioning';
 *
 * formatPence(600); //=> '£6.00'
 * formatPence(123456789); //=> '£1,234,567.89'
 * formatPence(-150); //=> '-£1.50'
 * ```
 * @category Core
 */
export function formatPence(value: Pence): string {
  const amount = pence(value);
  const absolute = Math.abs(amount);
  const pounds = Math.floor(absolute / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = String(absolute % 100).padStart(2, '0');
  return `${amount < 0 ? '-' : ''}£${pounds}.${rest}`;
}

/**
 * The zod schema of an amount in {@link Pence}.
 *
 * @example
 * ```ts
 * import { PenceSchema } from 'co-commissioning';
 *
 * PenceSchema.safeParse(5000).success; //=> true
 * ```
 * @category Core
 */
export const PenceSchema = z
  .number({ error: 'Give the amount in whole pence, such as 5000 for £50.' })
  .int({ error: 'Give the amount in whole pence, such as 5000 for £50.' });
