import { MemberRoleSchema } from 'co-commissioning';
import { describe, expect, it } from 'vitest';

describe('MemberRoleSchema', () => {
  it('lists exactly the twelve committee member roles, in order', () => {
    expect(MemberRoleSchema.options).toEqual([
      'lay',
      'executive',
      'ccg-gp',
      'other-area-gp',
      'secondary-care-doctor',
      'nurse',
      'practice-manager',
      'lmc',
      'healthwatch',
      'health-and-wellbeing-board',
      'local-authority',
      'nhs-england',
    ]);
  });

  it('rejects a role outside the list with a message naming all twelve', () => {
    expect(MemberRoleSchema.safeParse('chair').error?.issues[0]?.message).toBe(
      'Give the member role as one of: lay, executive, ccg-gp, other-area-gp, secondary-care-doctor, nurse, practice-manager, lmc, healthwatch, health-and-wellbeing-board, local-authority, nhs-england.',
    );
  });
});
