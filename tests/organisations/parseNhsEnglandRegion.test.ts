import { parseNhsEnglandRegion, safeParseNhsEnglandRegion } from 'co-commissioning';
import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Southwark's joint arrangements were "with NHS England (London Region)" (seed 001).
const london = { id: 'london', name: 'NHS England (London Region)' };

describe('parseNhsEnglandRegion', () => {
  it('returns an equal copy of a well-formed region', () => {
    expect(parseNhsEnglandRegion(london)).toEqual(london);
    expect(parseNhsEnglandRegion({ ...london, localTeam: 'South London' }).localTeam).toBe(
      'South London',
    );
  });

  it('returns invalid_input for a missing name', () => {
    expect(safeParseNhsEnglandRegion({ id: 'london' })).toEqual({
      success: false,
      issues: [
        {
          code: 'invalid_input',
          message: 'Give the region name as text. (at name)',
          path: ['name'],
          expected: 'string',
          received: 'nothing (undefined)',
        },
      ],
    });
  });

  it('does not mutate its arguments', () => {
    expect(parseNhsEnglandRegion(deepFreeze({ ...london }))).toEqual(london);
  });

  it('returns a deeply frozen result', () => {
    expect(isDeepFrozen(parseNhsEnglandRegion({ ...london }))).toBe(true);
  });

  it('the safe door never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        (input) => typeof safeParseNhsEnglandRegion(input).success === 'boolean',
      ),
    );
  });
});
