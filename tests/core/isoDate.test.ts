import {
  addDays,
  compareIsoDates,
  daysBetween,
  firstAprilOnOrAfter,
  IsoDateSchema,
  isCoCommissioningError,
  isIsoDate,
  parseIsoDate,
  safeParseIsoDate,
} from 'co-commissioning';
import { isoDateArbitrary } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const anyDate = isoDateArbitrary({ min: '1900-01-01', max: '2199-12-31' });

describe('isIsoDate', () => {
  it.each([['2016-04-01'], ['2016-02-29'], ['2000-02-29'], ['0000-01-01'], ['9999-12-31']])(
    'accepts the real date %s',
    (text) => {
      expect(isIsoDate(text)).toBe(true);
    },
  );

  it.each([
    ['2017-02-30'],
    ['2017-02-29'],
    ['1900-02-29'],
    ['2017/01/01'],
    [''],
    ['2017-1-01'],
    ['2017-13-01'],
    ['2017-00-10'],
    ['2017-04-31'],
    ['2017-04-00'],
    [' 2017-04-01'],
    ['2017-04-01T00:00:00Z'],
    ['+2017-04-01'],
  ])('rejects %j', (text) => {
    expect(isIsoDate(text)).toBe(false);
  });

  it('rejects values that are not text', () => {
    for (const value of [20170401, null, undefined, {}, [], new Date(0)]) {
      expect(isIsoDate(value)).toBe(false);
    }
  });

  it('the default arbitrary keeps to the life of CCGs', () => {
    fc.assert(
      fc.property(isoDateArbitrary(), (date) => {
        expect(date >= '2013-04-01' && date <= '2022-06-30').toBe(true);
      }),
    );
  });

  it('agrees with IsoDateSchema', () => {
    fc.assert(
      fc.property(fc.oneof(anyDate, fc.string()), (text) => {
        expect(IsoDateSchema.safeParse(text).success).toBe(isIsoDate(text));
      }),
    );
  });
});

describe('parseIsoDate', () => {
  it('returns a valid date unchanged', () => {
    expect(parseIsoDate('2015-11-06')).toBe('2015-11-06');
  });

  it('throws invalid_iso_date with the path and a message a person can act on', () => {
    expect.assertions(4);
    try {
      parseIsoDate('2017-02-30', ['ballot', 'opens']);
    } catch (error) {
      expect(isCoCommissioningError(error)).toBe(true);
      if (!isCoCommissioningError(error)) return;
      expect(error.code).toBe('invalid_iso_date');
      expect(error.issues[0].path).toEqual(['ballot', 'opens']);
      expect(error.message).toMatchInlineSnapshot(
        `"[co-commissioning] invalid_iso_date: Expected a real calendar date written YYYY-MM-DD (such as 2016-04-01), but received the text "2017-02-30"."`,
      );
    }
  });
});

describe('safeParseIsoDate', () => {
  it('returns the date on success', () => {
    expect(safeParseIsoDate('2016-04-01')).toEqual({ success: true, data: '2016-04-01' });
  });

  it('returns the issue and never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = safeParseIsoDate(value);
        expect(result.success).toBe(isIsoDate(value));
        if (!result.success) expect(result.issues[0].code).toBe('invalid_iso_date');
      }),
    );
  });

  it('describes an empty string plainly', () => {
    const result = safeParseIsoDate('');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0].message).toContain('an empty string');
  });
});

describe('addDays', () => {
  it.each([
    ['2017-09-30', 1, '2017-10-01'],
    ['2016-02-28', 1, '2016-02-29'],
    ['2017-02-28', 1, '2017-03-01'],
    ['2016-03-01', -1, '2016-02-29'],
    ['2015-12-31', 1, '2016-01-01'],
    ['2017-01-01', 28, '2017-01-29'],
    ['2016-04-01', 0, '2016-04-01'],
    ['2000-01-01', 366, '2001-01-01'],
  ])('adds to %s %i days giving %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('is undone by adding the opposite number of days', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -20_000, max: 20_000 }), (date, days) => {
        expect(addDays(addDays(date, days), -days)).toBe(date);
      }),
    );
  });

  it('agrees with daysBetween', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -20_000, max: 20_000 }), (date, days) => {
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });

  it('rejects a fractional or non-finite day count with invalid_day_count', () => {
    for (const days of [1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => addDays('2016-04-01', days)).toThrowError(
        expect.objectContaining({ code: 'invalid_day_count' }),
      );
    }
  });

  it('rejects a malformed date and a result outside years 0000–9999', () => {
    expect(() => addDays('2016-13-01', 1)).toThrowError(
      expect.objectContaining({ code: 'invalid_iso_date' }),
    );
    expect(() => addDays('9999-12-31', 1)).toThrowError(
      expect.objectContaining({ code: 'invalid_iso_date' }),
    );
    expect(() => addDays('0000-01-01', -1)).toThrowError(
      expect.objectContaining({ code: 'invalid_iso_date' }),
    );
  });
});

describe('compareIsoDates', () => {
  it('orders dates', () => {
    expect(compareIsoDates('2015-11-06', '2016-04-01')).toBe(-1);
    expect(compareIsoDates('2016-04-01', '2016-04-01')).toBe(0);
    expect(compareIsoDates('2016-04-02', '2016-04-01')).toBe(1);
  });

  it('is antisymmetric and agrees with daysBetween', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(compareIsoDates(a, b)).toBe(-compareIsoDates(b, a) || 0);
        expect(compareIsoDates(a, b)).toBe(Math.sign(daysBetween(b, a)) || 0);
      }),
    );
  });

  it('names which side is malformed', () => {
    expect(() => compareIsoDates('2016-04-01', '1/4/2016')).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['right'] })] }),
    );
  });
});

describe('daysBetween', () => {
  it('counts the 28-day declaration window exactly (DOMAIN COI-DECLARE-28D)', () => {
    expect(daysBetween('2017-01-01', '2017-01-29')).toBe(28);
    expect(daysBetween('2016-02-01', '2016-02-29')).toBe(28);
    expect(daysBetween('2017-01-29', '2017-01-01')).toBe(-28);
  });

  it('counts across leap years and centuries', () => {
    expect(daysBetween('2015-04-01', '2016-04-01')).toBe(366);
    expect(daysBetween('1900-01-01', '2000-01-01')).toBe(36_524);
    expect(daysBetween('1970-01-01', '2000-03-01')).toBe(11_017);
  });
});

describe('firstAprilOnOrAfter', () => {
  it.each([
    ['2015-11-06', '2016-04-01'],
    ['2016-03-31', '2016-04-01'],
    ['2016-04-01', '2016-04-01'],
    ['2016-04-02', '2017-04-01'],
    ['2016-12-31', '2017-04-01'],
    ['2017-01-01', '2017-04-01'],
  ])('after %s is %s', (date, expected) => {
    expect(firstAprilOnOrAfter(date)).toBe(expected);
  });

  it('is a 1 April on or after the date, and less than a year after it', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const april = firstAprilOnOrAfter(date);
        expect(april.endsWith('-04-01')).toBe(true);
        const gap = daysBetween(date, april);
        expect(gap).toBeGreaterThanOrEqual(0);
        expect(gap).toBeLessThan(366);
      }),
    );
  });

  it('refuses a date with no 1 April left before the year 10000', () => {
    expect(() => firstAprilOnOrAfter('9999-05-01')).toThrowError(
      expect.objectContaining({ code: 'invalid_iso_date' }),
    );
  });
});
