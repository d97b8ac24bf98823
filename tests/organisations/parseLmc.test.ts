import { parseLmc, safeParseLmc } from 'co-commissioning';
import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Somerset LMC briefed its practices on delegation in September 2016 (seed 003).
const somerset = { id: 'somerset-lmc', name: 'Somerset LMC', area: 'Somerset' };

describe('parseLmc', () => {
  it('returns an equal copy of a well-formed LMC', () => {
    expect(parseLmc(somerset)).toEqual(somerset);
  });

  it('returns invalid_input for an empty name', () => {
    expect(safeParseLmc({ id: 'somerset-lmc', name: '' })).toEqual({
      success: false,
      issues: [
        {
          code: 'invalid_input',
          message: 'Give the LMC name: it cannot be empty. (at name)',
          path: ['name'],
          expected: 'custom',
          received: 'an empty string',
        },
      ],
    });
  });

  it('does not mutate its arguments', () => {
    expect(parseLmc(deepFreeze({ ...somerset }))).toEqual(somerset);
  });

  it('returns a deeply frozen result', () => {
    expect(isDeepFrozen(parseLmc({ ...somerset }))).toBe(true);
  });

  it('the safe door never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => typeof safeParseLmc(input).success === 'boolean'),
    );
  });
});
