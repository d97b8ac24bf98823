import {
  compareRatios,
  formatPercent,
  isRatio,
  type Ratio,
  RatioSchema,
  ratio,
  reduceRatio,
} from 'co-commissioning';
import { deepFreeze, isDeepFrozen, ratioArbitrary } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const r = (numerator: number, denominator: number): Ratio => ({ numerator, denominator });

describe('ratio', () => {
  it('keeps the parts as given and freezes the result', () => {
    const share = ratio(52, 83);
    expect(share).toEqual({ numerator: 52, denominator: 83 });
    expect(isDeepFrozen(share)).toBe(true);
  });

  it.each([
    [1, 0],
    [1, -2],
    [0.5, 1],
    [1, 1.5],
    [Number.NaN, 1],
    [1, Number.POSITIVE_INFINITY],
    [2 ** 53, 1],
  ])('rejects %d/%d with invalid_ratio', (numerator, denominator) => {
    expect(() => ratio(numerator, denominator)).toThrowError(
      expect.objectContaining({ code: 'invalid_ratio' }),
    );
  });

  it('says what it received', () => {
    expect(() => ratio(1, 0)).toThrowErrorMatchingInlineSnapshot(
      `[CoCommissioningError: [co-commissioning] invalid_ratio: Expected a ratio of whole numbers with a denominator above zero, but received the number 1 over the number 0.]`,
    );
  });
});

describe('isRatio', () => {
  it('agrees with RatioSchema on anything', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          ratioArbitrary(),
          fc.record({ numerator: fc.double(), denominator: fc.double() }),
          fc.anything(),
        ),
        (value) => {
          expect(RatioSchema.safeParse(value).success).toBe(isRatio(value));
        },
      ),
    );
  });
});

describe('compareRatios', () => {
  it('compares exactly where floating point would not', () => {
    // Cross-products beyond 2^53 are compared with BigInt, so a difference of one part in
    // 10^16 is still seen, and equal values in huge terms are still equal.
    expect(compareRatios(r(4_503_599_627_370_497, 9_007_199_254_740_991), r(1, 2))).toBe(1);
    expect(compareRatios(r(2, 4), r(4_503_599_627_370_495, 9_007_199_254_740_990))).toBe(0);
    expect(compareRatios(r(4_503_599_627_370_495, 9_007_199_254_740_991), r(1, 2))).toBe(-1);
    expect(compareRatios(r(50_000_001, 100_000_000), r(1, 2))).toBe(1);
  });

  it('treats equal values in different terms as equal', () => {
    expect(compareRatios(r(2, 4), r(1, 2))).toBe(0);
    expect(compareRatios(r(0, 7), r(0, 1))).toBe(0);
  });

  it('is antisymmetric: compare(a, b) = -compare(b, a)', () => {
    fc.assert(
      fc.property(ratioArbitrary(), ratioArbitrary(), (a, b) => {
        expect(compareRatios(a, b)).toBe(-compareRatios(b, a) || 0);
      }),
    );
  });

  it('is transitive', () => {
    const small = ratioArbitrary({ maxDenominator: 50, maxNumerator: 100 });
    fc.assert(
      fc.property(small, small, small, (a, b, c) => {
        if (compareRatios(a, b) <= 0 && compareRatios(b, c) <= 0) {
          expect(compareRatios(a, c)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it('agrees with exact BigInt cross-multiplication', () => {
    fc.assert(
      fc.property(ratioArbitrary(), ratioArbitrary(), (a, b) => {
        const left = BigInt(a.numerator) * BigInt(b.denominator);
        const right = BigInt(b.numerator) * BigInt(a.denominator);
        expect(compareRatios(a, b)).toBe(left < right ? -1 : left > right ? 1 : 0);
      }),
    );
  });

  it('does not mutate its arguments', () => {
    const a = deepFreeze(r(1, 3));
    const b = deepFreeze(r(1, 2));
    expect(compareRatios(a, b)).toBe(-1);
  });

  it('names which side is malformed', () => {
    expect(() => compareRatios(r(1, 2), r(1, 0))).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['right'] })] }),
    );
  });
});

describe('reduceRatio', () => {
  it('puts a ratio in lowest terms', () => {
    expect(reduceRatio(r(62, 124))).toEqual(r(1, 2));
    expect(reduceRatio(r(-6, 4))).toEqual(r(-3, 2));
    expect(reduceRatio(r(0, 9))).toEqual(r(0, 1));
  });

  it('keeps the value and leaves no common factor', () => {
    fc.assert(
      fc.property(ratioArbitrary({ maxNumerator: 1_000_000_000 }), (value) => {
        const reduced = reduceRatio(value);
        expect(compareRatios(reduced, value)).toBe(0);
        let a = Math.abs(reduced.numerator);
        let b = reduced.denominator;
        while (b !== 0) [a, b] = [b, a % b];
        expect(a).toBe(reduced.numerator === 0 ? 1 : 1);
        expect(isDeepFrozen(reduced)).toBe(true);
      }),
    );
  });
});

describe('formatPercent', () => {
  it.each([
    [r(52, 83), 1, '62.7%'],
    [r(83, 107), 1, '77.6%'],
    [r(1, 8), 0, '13%'],
    [r(29, 200), 1, '14.5%'],
    [r(24, 131), 1, '18.3%'],
    [r(1, 2), 0, '50%'],
    [r(1, 3), 2, '33.33%'],
    [r(2, 3), 2, '66.67%'],
    [r(0, 5), 1, '0.0%'],
    [r(1, 1), 0, '100%'],
    [r(3, 2), 0, '150%'],
    [r(-1, 8), 0, '-13%'],
    [r(-1, 1000), 0, '0%'],
    [r(1, 200), 0, '1%'],
    [r(1, 400), 1, '0.3%'],
    [r(1, 1), 3, '100.000%'],
  ])('shows %o at %i dp as %s', (value, decimals, expected) => {
    expect(formatPercent(value, decimals)).toBe(expected);
  });

  it('rounds half away from zero exactly, where floating point drifts', () => {
    // 1.005 * 100 in floating point is 100.49999999999999; exactly it is 100.5.
    expect(formatPercent(r(201, 200), 0)).toBe('101%');
    expect(formatPercent(r(1005, 100_000), 1)).toBe('1.0%');
    expect(formatPercent(r(1005, 1000), 1)).toBe('100.5%');
    expect(formatPercent(r(-29, 200), 1)).toBe('-14.5%');
  });

  it('is within half a unit of the exact value', () => {
    fc.assert(
      fc.property(
        ratioArbitrary({ maxNumerator: 10_000_000 }),
        fc.integer({ min: 0, max: 4 }),
        (value, decimals) => {
          const shown = formatPercent(value, decimals);
          const digits = BigInt(shown.replace('%', '').replace('.', ''));
          // exact: |value| * 100 * 10^decimals, compared with the shown units, times 2 * denominator
          const scale = 10n ** BigInt(decimals);
          const exactTimesDen = BigInt(value.numerator) * 100n * scale;
          const den = BigInt(value.denominator);
          const diff = digits * den - exactTimesDen;
          const absDiff = diff < 0n ? -diff : diff;
          expect(absDiff * 2n <= den).toBe(true);
        },
      ),
    );
  });

  it('is monotone: a larger ratio never shows a smaller percentage', () => {
    fc.assert(
      fc.property(
        ratioArbitrary({ proper: true, maxDenominator: 1000 }),
        ratioArbitrary({ proper: true, maxDenominator: 1000 }),
        (a, b) => {
          const [low, high] = compareRatios(a, b) <= 0 ? [a, b] : [b, a];
          expect(Number.parseFloat(formatPercent(low, 1))).toBeLessThanOrEqual(
            Number.parseFloat(formatPercent(high, 1)),
          );
        },
      ),
    );
  });

  it('rejects a precision outside 0–20 with invalid_decimals', () => {
    for (const decimals of [-1, 1.5, 21, Number.NaN]) {
      expect(() => formatPercent(r(1, 2), decimals)).toThrowError(
        expect.objectContaining({ code: 'invalid_decimals' }),
      );
    }
  });

  it('rejects a malformed ratio with invalid_ratio', () => {
    expect(() => formatPercent(r(1, 0), 1)).toThrowError(
      expect.objectContaining({
        code: 'invalid_ratio',
        issues: [expect.objectContaining({ path: ['value'] })],
      }),
    );
  });
});
