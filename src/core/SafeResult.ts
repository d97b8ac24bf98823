import type { Issues } from './CoCommissioningError.js';

/**
 * What a safe door returns: the value on success, or the issues that stopped it. Safe doors
 * never throw.
 *
 * @typeParam T - The value returned on success.
 * @example
 * ```ts
 * import { safeParseIsoDate, type SafeResult } from 'co-commissioning';
 *
 * const result: SafeResult<string> = safeParseIsoDate('2016-04-01');
 * result.success ? result.data : result.issues[0].message;
 * //=> '2016-04-01'
 * ```
 * @category Core
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: Issues };
