import { formatPence, isPence, PenceSchema, pence } from 'co-commissioning';
import { penceArbitrary } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('pence', () => {
  it('accepts whole pence, including zero and negative adjustments', () => {
    expect(pence(5000)).toBe(5000);
    expect(pence(0)).toBe(0);
    expect(pence(-150)).toBe(-150);
  });

  it.each([[49.99], [Number.NaN], [2 ** 53], ['5000'], [null]])(
    'rejects %j with invalid_pence',
    (value) => {
      expect(() => pence(value)).toThrowError(expect.objectContaining({ code: 'invalid_pence' }));
    },
  );

  it('pins its message', () => {
    expect(() => pence(49.99, ['valuePence'])).toThrowErrorMatchingInlineSnapshot(
      `[CoCommissioningError: [co-commissioning] invalid_pence: Expected an amount in whole pence (£50 is 5000), but received the number 49.99.]`,
    );
  });

  it('agrees with isPence and PenceSchema on anything', () => {
    fc.assert(
      fc.property(fc.oneof(penceArbitrary(), fc.double(), fc.anything()), (value) => {
        expect(PenceSchema.safeParse(value).success).toBe(isPence(value));
      }),
    );
  });
});

describe('formatPence', () => {
  it.each([
    [0, '£0.00'],
    [5, '£0.05'],
    [600, '£6.00'],
    [2500, '£25.00'],
    [7501, '£75.01'],
    [123_456_789, '£1,234,567.89'],
    [-150, '-£1.50'],
  ])('shows %i as %s', (amount, expected) => {
    expect(formatPence(amount)).toBe(expected);
  });

  it('round-trips to the same number of pence', () => {
    fc.assert(
      fc.property(penceArbitrary(), (amount) => {
        const text = formatPence(amount).replace(/[£,]/g, '');
        expect(Math.round(Number(text) * 100)).toBe(amount);
      }),
    );
  });
});
