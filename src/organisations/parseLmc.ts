import { toSafe } from '../_lib/fail.js';
import { freezeDeep } from '../_lib/freezeDeep.js';
import { parseWith } from '../_lib/parseWith.js';
import type { SafeResult } from '../core/SafeResult.js';
import { type Lmc, LmcSchema } from './Lmc.js';

/**
 * Checks a Local Medical Committee record against {@link LmcSchema} and returns a clean, deeply frozen copy.
 *
 * @param input - The candidate record, for example read from JSON.
 * @returns A new, deeply frozen {@link Lmc}; the input is not changed.
 * @throws {@link CoCommissioningError} `invalid_input` for each field that does not fit.
 *
 * @example
 * ```ts
 * import { parseLmc } from 'co-commissioning';
 *
 * parseLmc({ id: 'somerset-lmc', name: 'Somerset LMC', area: 'Somerset' }).area;
 * //=> 'Somerset'
 * ```
 * @category Organisations
 */
export function parseLmc(input: unknown): Lmc {
  return freezeDeep(parseWith(LmcSchema, input));
}

/**
 * The safe door of {@link parseLmc}: returns the record or the issues, never throws.
 *
 * @param input - The candidate record.
 * @returns `{ success: true, data }` with a deeply frozen {@link Lmc}, or
 * `{ success: false, issues }` with `invalid_input` issues.
 *
 * @example
 * ```ts
 * import { safeParseLmc } from 'co-commissioning';
 *
 * const result = safeParseLmc({ id: 'somerset-lmc', name: '' });
 * result.success ? result.data.id : result.issues[0].message;
 * //=> 'Give the LMC name: it cannot be empty. (at name)'
 * ```
 * @category Organisations
 */
export function safeParseLmc(input: unknown): SafeResult<Lmc> {
  return toSafe(() => parseLmc(input));
}
