import type { NhsEnglandRegion } from 'co-commissioning';
import { frozenCopy } from '../internal/frozen.js';
import { readable } from '../internal/readable.js';

/**
 * Builds an {@link NhsEnglandRegion} for a test: by default NHS England Midlands and East
 * (`midlands-and-east`). Overrides are not checked.
 *
 * @param overrides - The fields to set instead of the defaults.
 * @returns A new, deeply frozen region that passes `NhsEnglandRegionSchema` when the overrides
 * do.
 * @throws `CoCommissioningError` `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { buildNhsEnglandRegion } from 'co-commissioning/testing';
 *
 * buildNhsEnglandRegion({ id: 'london', name: 'NHS England (London Region)' }).id; //=> 'london'
 * ```
 * @category Testing
 */
export function buildNhsEnglandRegion(overrides: Partial<NhsEnglandRegion> = {}): NhsEnglandRegion {
  return readable('buildNhsEnglandRegion', () => {
    return frozenCopy({
      id: 'midlands-and-east',
      name: 'NHS England Midlands and East',
      ...overrides,
    });
  });
}
