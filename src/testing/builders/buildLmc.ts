import type { Lmc } from 'co-commissioning';
import { frozenCopy } from '../internal/frozen.js';
import { readable } from '../internal/readable.js';

/**
 * Builds a Local Medical Committee ({@link Lmc}) for a test: by default Cambridgeshire LMC
 * (`lmc`), covering Cambridgeshire. Overrides are not checked.
 *
 * @param overrides - The fields to set instead of the defaults.
 * @returns A new, deeply frozen LMC that passes `LmcSchema` when the overrides do.
 * @throws `CoCommissioningError` `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { buildLmc } from 'co-commissioning/testing';
 *
 * buildLmc({ id: 'somerset-lmc', name: 'Somerset LMC', area: 'Somerset' }).name; //=> 'Somerset LMC'
 * ```
 * @category Testing
 */
export function buildLmc(overrides: Partial<Lmc> = {}): Lmc {
  return readable('buildLmc', () => {
    return frozenCopy({
      id: 'lmc',
      name: 'Cambridgeshire LMC',
      area: 'Cambridgeshire',
      ...overrides,
    });
  });
}
