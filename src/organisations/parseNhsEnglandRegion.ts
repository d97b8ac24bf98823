import { toSafe } from '../_lib/fail.js';
import { freezeDeep } from '../_lib/freezeDeep.js';
import { parseWith } from '../_lib/parseWith.js';
import type { SafeResult } from '../core/SafeResult.js';
import { type NhsEnglandRegion, NhsEnglandRegionSchema } from './NhsEnglandRegion.js';

/**
 * Checks an NHS England region record against {@link NhsEnglandRegionSchema} and returns a clean, deeply frozen copy.
 *
 * @param input - The candidate record, for example read from JSON.
 * @returns A new, deeply frozen {@link NhsEnglandRegion}; the input is not changed.
 * @throws {@link CoCommissioningError} `invalid_input` for each field that does not fit.
 *
 * @example
 * ```ts
 * import { parseNhsEnglandRegion } from 'co-commissioning';
 *
 * parseNhsEnglandRegion({ id: 'london', name: 'NHS England (London Region)' }).name;
 * //=> 'NHS England (London Region)'
 * ```
 * @category Organisations
 */
export function parseNhsEnglandRegion(input: unknown): NhsEnglandRegion {
  return freezeDeep(parseWith(NhsEnglandRegionSchema, input));
}

/**
 * The safe door of {@link parseNhsEnglandRegion}: returns the record or the issues, never throws.
 *
 * @param input - The candidate record.
 * @returns `{ success: true, data }` with a deeply frozen {@link NhsEnglandRegion}, or
 * `{ success: false, issues }` with `invalid_input` issues.
 *
 * @example
 * ```ts
 * import { safeParseNhsEnglandRegion } from 'co-commissioning';
 *
 * const result = safeParseNhsEnglandRegion({ id: 'london' });
 * result.success ? result.data.id : result.issues[0].message;
 * //=> 'Give the region name as text. (at name)'
 * ```
 * @category Organisations
 */
export function safeParseNhsEnglandRegion(input: unknown): SafeResult<NhsEnglandRegion> {
  return toSafe(() => parseNhsEnglandRegion(input));
}
