import { COI_GUIDANCE_EDITIONS, guidanceRegimeOn, isIsoDate } from 'co-commissioning';
import { isDeepFrozen, isoDateArbitrary } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Sources: DOMAIN.md Part 2 §3 timeline (Dec 2014; 28 Jun 2016; Feb 2017 in force 1 Jun 2017;
// 16 Jun 2017).

describe('guidanceRegimeOn', () => {
  describe('when the 2017 regime starts on 16 June 2017 (the default)', () => {
    it.each([
      ['2014-12-31', 'before-2016'],
      ['2016-06-27', 'before-2016'],
      ['2016-06-28', '2016'],
      ['2017-05-31', '2016'],
      ['2017-06-01', '2016'],
      ['2017-06-15', '2016'],
      ['2017-06-16', '2017'],
      ['2022-06-30', '2017'],
    ] as const)('on %s returns %s', (date, regime) => {
      expect(guidanceRegimeOn(date)).toBe(regime);
    });
  });

  describe('when the 2017 regime starts on 1 June 2017 (NHS-wide guidance in force)', () => {
    it.each([
      ['2017-05-31', '2016'],
      ['2017-06-01', '2017'],
      ['2017-06-15', '2017'],
    ] as const)('on %s returns %s', (date, regime) => {
      expect(guidanceRegimeOn(date, { regime2017From: '2017-06-01' })).toBe(regime);
    });
  });

  describe('when the input is malformed', () => {
    it('throws invalid_input for a bad date or option', () => {
      expect(() => guidanceRegimeOn('2017-06-31')).toThrowErrorMatchingInlineSnapshot(
        `[CoCommissioningError: [co-commissioning] invalid_input: Give a real calendar date written YYYY-MM-DD, such as 2016-04-01. (at date)]`,
      );
      expect(() =>
        guidanceRegimeOn('2017-06-01', { regime2017From: '2017-06-02' as '2017-06-01' }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[CoCommissioningError: [co-commissioning] invalid_input: Choose when the 2017 rules start: "2017-06-16" (revised CCG statutory guidance, the default) or "2017-06-01" (NHS-wide guidance in force). (at options.regime2017From)]`,
      );
    });
  });

  describe('laws (property-based)', () => {
    it('never goes back to an earlier regime as the date advances', () => {
      const order = { 'before-2016': 0, '2016': 1, '2017': 2 } as const;
      fc.assert(
        fc.property(
          isoDateArbitrary(),
          isoDateArbitrary(),
          fc.constantFrom('2017-06-16', '2017-06-01' as const),
          (a, b, start) => {
            const [early, late] = a <= b ? [a, b] : [b, a];
            const options = { regime2017From: start as '2017-06-16' | '2017-06-01' };
            expect(order[guidanceRegimeOn(late, options)]).toBeGreaterThanOrEqual(
              order[guidanceRegimeOn(early, options)],
            );
          },
        ),
      );
    });

    it('does not mutate its options', () => {
      const options = Object.freeze({ regime2017From: '2017-06-01' as const });
      expect(guidanceRegimeOn('2017-06-05', options)).toBe('2017');
    });
  });
});

describe('COI_GUIDANCE_EDITIONS', () => {
  it('lists the editions in date order, each with a source and a valid in-force date', () => {
    expect(COI_GUIDANCE_EDITIONS.map((edition) => edition.id)).toEqual([
      'ccg-statutory-2014',
      'ccg-statutory-2016',
      'nhs-wide-2017',
      'ccg-statutory-2017',
    ]);
    for (const edition of COI_GUIDANCE_EDITIONS) {
      expect(edition.sources.length).toBeGreaterThan(0);
      if (edition.inForceFrom !== undefined) expect(isIsoDate(edition.inForceFrom)).toBe(true);
    }
    expect(COI_GUIDANCE_EDITIONS[0]?.inForceFrom).toBeUndefined();
  });

  it('is deeply frozen', () => {
    expect(isDeepFrozen(COI_GUIDANCE_EDITIONS)).toBe(true);
  });
});
