import {
  CcgRoleSchema,
  CommissioningStatusSchema,
  DecidedBySchema,
  LocalArrangementSchema,
  ResponsibilityOptionsSchema,
} from 'co-commissioning';
import { describe, expect, it } from 'vitest';

describe('CommissioningStatusSchema', () => {
  it.each(['none', 'A', 'B', 'C'])('accepts %s', (status) => {
    expect(CommissioningStatusSchema.parse(status)).toBe(status);
  });

  it.each(['a', 'D', 'Level 2', '', null])(
    'rejects %s with a message naming the statuses',
    (status) => {
      const result = CommissioningStatusSchema.safeParse(status);
      expect(result.error?.issues[0]?.message).toBe(
        'Give the co-commissioning status as none (no co-commissioning), A (greater involvement), B (joint commissioning) or C (delegated commissioning).',
      );
    },
  );

  it('describes itself for the JSON Schema export', () => {
    expect(CommissioningStatusSchema.description).toMatch(/Level 2/);
  });
});

describe('DecidedBySchema and CcgRoleSchema', () => {
  it('list the holders and roles in order', () => {
    expect(DecidedBySchema.options).toEqual(['nhs-england', 'joint', 'ccg']);
    expect(CcgRoleSchema.options).toEqual(['none', 'influence', 'joint', 'decides']);
  });

  it('reject anything else with a plain message', () => {
    expect(DecidedBySchema.safeParse('nhse').error?.issues[0]?.message).toBe(
      'Say who decides: nhs-england, joint (the CCG and NHS England together) or ccg.',
    );
    expect(CcgRoleSchema.safeParse('owner').error?.issues[0]?.message).toBe(
      "Give the CCG's role as none, influence, joint or decides.",
    );
  });
});

describe('LocalArrangementSchema', () => {
  const valid = { decidedBy: 'ccg', ccgRole: 'decides', evidence: 'Delegation agreement' };

  it('accepts a documented arrangement', () => {
    expect(LocalArrangementSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['ccg', 'joint'],
    ['ccg', 'influence'],
    ['joint', 'decides'],
    ['nhs-england', 'joint'],
    ['nhs-england', 'decides'],
  ])('rejects decidedBy %s with ccgRole %s', (decidedBy, ccgRole) => {
    expect(LocalArrangementSchema.safeParse({ ...valid, decidedBy, ccgRole }).success).toBe(false);
  });

  it('rejects an empty list of statuses', () => {
    expect(
      LocalArrangementSchema.safeParse({ ...valid, statuses: [] }).error?.issues[0]?.message,
    ).toBe('List at least one status the arrangement applies to, such as ["C"].');
  });

  it('rejects unknown fields', () => {
    expect(LocalArrangementSchema.safeParse({ ...valid, agreedBy: 'PCCC' }).success).toBe(false);
  });
});

describe('ResponsibilityOptionsSchema', () => {
  it('accepts no arrangements', () => {
    expect(ResponsibilityOptionsSchema.parse({})).toEqual({});
  });
});
