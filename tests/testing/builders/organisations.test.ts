import {
  LmcSchema,
  MemberPracticeSchema,
  NhsEnglandRegionSchema,
  PersonSchema,
  parseCcg,
} from 'co-commissioning';
import {
  buildCcg,
  buildLmc,
  buildMemberPractice,
  buildNhsEnglandRegion,
  buildPerson,
  deepFreeze,
  isDeepFrozen,
} from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

describe('buildPerson', () => {
  describe('when given nothing', () => {
    it('returns Mrs R Hughes, a lay member for audit and governance, valid by PersonSchema', () => {
      const person = buildPerson();
      expect(person).toEqual({
        id: 'p-hughes',
        name: 'Mrs R Hughes',
        role: 'lay',
        jobTitle: 'Lay Member for Audit and Governance',
        layFocus: 'audit-and-governance',
      });
      expect(PersonSchema.safeParse(person).success).toBe(true);
    });
  });

  describe('when the role is not lay', () => {
    it('leaves out the lay focus, so the person stays valid', () => {
      const gp = buildPerson({ role: 'ccg-gp', practiceIds: ['P001'] });
      expect(gp.layFocus).toBeUndefined();
      expect(PersonSchema.safeParse(gp).success).toBe(true);
    });
  });

  describe('when an override makes it invalid', () => {
    it('keeps the override, so a test can build invalid data on purpose', () => {
      const person = buildPerson({ role: 'executive', layFocus: 'other' });
      expect(PersonSchema.safeParse(person).success).toBe(false);
    });
  });

  it('returns a deeply frozen result and does not mutate its arguments', () => {
    const overrides = { practiceIds: ['P001'] };
    const person = buildPerson(overrides);
    expect(isDeepFrozen(person)).toBe(true);
    expect(Object.isFrozen(overrides.practiceIds)).toBe(false);
    expect(person.practiceIds).not.toBe(overrides.practiceIds);
    expect(buildPerson(deepFreeze({ name: 'Ms K Shah' })).name).toBe('Ms K Shah');
  });
});

describe('buildMemberPractice', () => {
  it('returns practice P001 on a GMS contract, valid by MemberPracticeSchema', () => {
    expect(buildMemberPractice()).toEqual({ id: 'P001', name: 'Practice P001', contract: 'GMS' });
    expect(MemberPracticeSchema.safeParse(buildMemberPractice()).success).toBe(true);
  });

  it('names the practice after its ID and keeps the overrides', () => {
    expect(buildMemberPractice({ id: 'P042' }).name).toBe('Practice P042');
    const sized = buildMemberPractice({ listSize: 8250, listSizeOn: '2015-10-01' });
    expect(MemberPracticeSchema.safeParse(sized).success).toBe(true);
    expect(isDeepFrozen(sized)).toBe(true);
  });
});

describe('buildCcg', () => {
  describe('when given nothing', () => {
    it('returns Cambridgeshire & Peterborough CCG in Model B with its 107 practices (seed 002 §4.3)', () => {
      const ccg = buildCcg();
      expect(ccg.code).toBe('06H');
      expect(ccg.status).toBe('B');
      expect(ccg.statusSince).toBe('2015-04-01');
      expect(ccg.memberPractices).toHaveLength(107);
      expect(ccg.memberPractices[106]).toEqual({
        id: 'P107',
        name: 'Practice P107',
        contract: 'GMS',
      });
      expect(parseCcg(ccg)).toEqual(ccg);
    });
  });

  describe('when given a number of practices', () => {
    it('builds that many, at every size from 0 to the largest', () => {
      expect(buildCcg({ practices: 0 }).memberPractices).toEqual([]);
      expect(buildCcg({ practices: 1 }).memberPractices.map((practice) => practice.id)).toEqual([
        'P001',
      ]);
      expect(buildCcg({ practices: 10_000 }).memberPractices.at(-1)?.id).toBe('P10000');
    });

    it('throws invalid_input for a count that is not a whole number from 0 to 10,000', () => {
      for (const practices of [-1, 1.5, 10_001, Number.NaN]) {
        expect(() => buildCcg({ practices })).toThrowError(
          expect.objectContaining({
            code: 'invalid_input',
            message:
              '[co-commissioning] invalid_input: Give the number of practices as a whole number from 0 to 10,000.',
          }),
        );
      }
    });
  });

  describe('when given the practices', () => {
    it('uses them, copied', () => {
      const practices = [{ id: 'Y01', name: 'Riverside Surgery', contract: 'PMS' as const }];
      const ccg = buildCcg({ practices, status: 'C', statusSince: '2016-04-01' });
      expect(ccg.memberPractices).toEqual(practices);
      expect(ccg.memberPractices[0]).not.toBe(practices[0]);
      expect(Object.isFrozen(practices[0])).toBe(false);
      expect(isDeepFrozen(ccg)).toBe(true);
    });
  });

  it('returns the same CCG for the same options', () => {
    expect(buildCcg({ practices: 5 })).toEqual(buildCcg({ practices: 5 }));
  });
});

describe('buildLmc', () => {
  it('returns Cambridgeshire LMC, valid by LmcSchema, with any field replaced', () => {
    expect(buildLmc()).toEqual({ id: 'lmc', name: 'Cambridgeshire LMC', area: 'Cambridgeshire' });
    expect(LmcSchema.safeParse(buildLmc()).success).toBe(true);
    expect(buildLmc({ name: 'Somerset LMC' }).name).toBe('Somerset LMC');
    expect(isDeepFrozen(buildLmc())).toBe(true);
  });
});

describe('buildNhsEnglandRegion', () => {
  it('returns NHS England Midlands and East, valid by NhsEnglandRegionSchema', () => {
    expect(buildNhsEnglandRegion()).toEqual({
      id: 'midlands-and-east',
      name: 'NHS England Midlands and East',
    });
    expect(NhsEnglandRegionSchema.safeParse(buildNhsEnglandRegion()).success).toBe(true);
    expect(buildNhsEnglandRegion({ localTeam: 'East Anglia' }).localTeam).toBe('East Anglia');
    expect(isDeepFrozen(buildNhsEnglandRegion())).toBe(true);
  });
});
