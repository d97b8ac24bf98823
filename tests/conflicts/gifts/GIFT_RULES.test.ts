import { addDays, COI_RULES, type GiftRuleId } from 'co-commissioning';
import { isDeepFrozen } from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

// The gift, register and procurement entries of the catalogue (DOMAIN Part 2 §1.5–§1.6).

const OURS = {
  'GIFT-SUPPLIER-2016': ['gift', '2016'],
  'GIFT-OTHER-2016': ['gift', '2016'],
  'HOSP-2016': ['gift', '2016'],
  'GH-REGISTER': ['gift', 'open'],
  'GIFT-SUPPLIER-2017': ['gift', '2017'],
  'GIFT-OTHER-2017': ['gift', '2017'],
  'HOSP-2017': ['gift', '2017'],
  'COI-DECLARE-28D': ['register', 'open'],
  'COI-REGISTER-FIELDS': ['register', 'open'],
  'SEED-COI-MEASURES': ['register', 'open'],
  'COI-REGISTER-2017': ['register', '2017'],
  'COI-REGISTER-RETENTION': ['register', 'open'],
  'COI-PROCUREMENT-REGISTER': ['procurement', 'open'],
} as const;

const ours = COI_RULES.filter((rule) => Object.hasOwn(OURS, rule.id));

describe('COI_RULES (gift, register and procurement rules)', () => {
  it('holds each rule once, with its subject', () => {
    expect(ours.map((rule) => rule.id).sort()).toEqual(Object.keys(OURS).sort());
    for (const rule of ours) expect(rule.subject).toBe(OURS[rule.id as keyof typeof OURS][0]);
  });

  it('runs the 2016 regime from 28 June 2016 to the day before the 2017 regime (16 June 2017)', () => {
    for (const rule of ours) {
      const regime = OURS[rule.id as keyof typeof OURS][1];
      if (regime === '2016') expect(rule.inForce).toEqual({ from: '2016-06-28', to: '2017-06-15' });
      if (regime === '2017') expect(rule.inForce).toEqual({ from: '2017-06-16' });
      if (regime === 'open') expect(rule.inForce.to).toBeUndefined();
      if (rule.inForce.to !== undefined) expect(addDays(rule.inForce.to, 1)).toBe('2017-06-16');
    }
  });

  it('grades rules the sources do not verify as warning or advice, so they can be switched', () => {
    for (const rule of ours) {
      if (rule.confidence !== 'V') expect(['warning', 'advice']).toContain(rule.severity);
    }
    expect(ours.find((rule) => rule.id === 'GIFT-OTHER-2016')).toMatchObject({
      confidence: 'I',
      severity: 'warning',
    });
    expect(ours.find((rule) => rule.id === 'COI-REGISTER-RETENTION')).toMatchObject({
      confidence: 'S',
      severity: 'advice',
    });
  });

  it('cites DOMAIN.md for every rule, by the rule’s own ID where DOMAIN has one', () => {
    for (const rule of ours) {
      expect(rule.sources.length).toBeGreaterThan(0);
      const domainIds = rule.sources.map((source) => source.domainId);
      if (rule.id !== 'GIFT-OTHER-2016') expect(domainIds).toContain(rule.id);
    }
    expect(ours.find((rule) => rule.id === 'GIFT-OTHER-2016')?.sources[0]?.domainId).toBe(
      'GIFT-OTHER-2017',
    );
  });

  it('holds deeply frozen entries', () => {
    expect(ours.every((rule) => isDeepFrozen(rule))).toBe(true);
  });
});

describe('GiftRuleId', () => {
  it('names every gift rule in the catalogue', () => {
    const ids: readonly GiftRuleId[] = [
      'GIFT-SUPPLIER-2016',
      'GIFT-OTHER-2016',
      'HOSP-2016',
      'GH-REGISTER',
      'GIFT-SUPPLIER-2017',
      'GIFT-OTHER-2017',
      'HOSP-2017',
    ];
    expect(COI_RULES.filter((rule) => rule.subject === 'gift').map((rule) => rule.id)).toEqual(ids);
  });
});
