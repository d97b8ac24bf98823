import {
  type CommitteeKind,
  CommitteeMemberSchema,
  checkCommittee,
  evaluateQuorum,
  parseCommittee,
} from 'co-commissioning';
import {
  buildCommittee,
  buildCommitteeMember,
  coCommissioningMatchers,
  deepFreeze,
  isDeepFrozen,
} from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

expect.extend(coCommissioningMatchers);

const KINDS: readonly CommitteeKind[] = ['pccc', 'joint-committee', 'governing-body', 'other'];
// Before and after every rule's start: CCGs, Dec 2014, Jun 2016, Nov 2016, and the last CCG day.
const DATES = ['2013-04-01', '2014-12-01', '2016-06-28', '2016-11-01', '2022-06-30'];

describe('buildCommittee', () => {
  describe('when given nothing', () => {
    it('returns the model PCCC: a lay chair and five votes, three of them lay', () => {
      const committee = buildCommittee();
      expect(committee.id).toBe('pccc');
      expect(committee.kind).toBe('pccc');
      expect(committee.chairId).toBe('p-hughes');
      expect(committee.viceChairId).toBe('p-bell');
      expect(committee.meetsInPublic).toBe(true);
      expect(
        committee.members.filter((member) => member.voting).map((member) => member.role),
      ).toEqual(['lay', 'lay', 'lay', 'executive', 'executive']);
      expect(parseCommittee(committee)).toEqual(committee);
    });
  });

  describe('when an override names a property every object has', () => {
    it('reads it as unknown text, never as the object prototype', () => {
      const options = { chair: '__proto__', kind: '__proto__' } as unknown as Parameters<
        typeof buildCommittee
      >[0];
      const committee = buildCommittee(options);
      expect(committee.members.find((member) => member.personId === 'p-okafor')?.name).toBe(
        'Ms B Okafor',
      );
      expect(committee.id).toBe('pccc');
    });
  });

  describe.each(KINDS)('when the kind is %s', (kind) => {
    it('returns a committee checkCommittee finds nothing wrong with on any date', () => {
      const committee = buildCommittee({ kind });
      expect(parseCommittee(committee)).toEqual(committee);
      for (const asOf of DATES) {
        expect(checkCommittee(committee, { asOf }).findings).toEqual([]);
      }
    });

    it('returns a committee that is quorate when every member attends', () => {
      const committee = buildCommittee({ kind });
      const present = committee.members.map((member) => member.personId);
      expect(evaluateQuorum(committee, present).quorate).toBe(true);
    });
  });

  describe('when the chair is a CCG GP', () => {
    it('seats Dr B Okafor as a voting chair and breaches the lay-chair rule about them', () => {
      const committee = buildCommittee({ chair: 'ccg-gp' });
      expect(committee.chairId).toBe('p-okafor');
      expect(committee.members.at(-1)).toEqual({
        personId: 'p-okafor',
        name: 'Dr B Okafor',
        role: 'ccg-gp',
        voting: true,
      });
      expect(committee).toBreach('COI-PCCC-LAY-CHAIR', {
        asOf: '2017-06-01',
        subjectId: 'p-okafor',
      });
      expect(committee).not.toBreach('COI-PCCC-LAY-EXEC-MAJORITY', { asOf: '2017-06-01' });
    });
  });

  describe('when the chair has another role', () => {
    it('titles the new chair by role', () => {
      expect(buildCommittee({ chair: 'executive' }).members.at(-1)?.name).toBe('Ms B Okafor');
      expect(buildCommittee({ chair: 'local-authority' }).members.at(-1)?.name).toBe(
        'Cllr B Okafor',
      );
      expect(buildCommittee({ chair: 'lay' })).toEqual(buildCommittee());
    });
  });

  describe('when fields are given', () => {
    it('uses them, and null leaves an optional field out', () => {
      const committee = buildCommittee({
        id: 'c-1',
        name: 'Committee in common',
        viceChairId: null,
        quorum: null,
        meetsInPublic: null,
        chairId: 'p-bell',
      });
      expect(committee).toMatchObject({
        id: 'c-1',
        name: 'Committee in common',
        chairId: 'p-bell',
      });
      expect('viceChairId' in committee).toBe(false);
      expect('quorum' in committee).toBe(false);
      expect('meetsInPublic' in committee).toBe(false);
      expect(buildCommittee({ meetsInPublic: false })).toFlag('COI-PCCC-PUBLIC', {
        asOf: '2017-06-01',
        severity: 'advice',
      });
    });

    it('replaces or adds members', () => {
      const observer = buildCommitteeMember({
        personId: 'p-la',
        name: 'Cllr A Jones',
        role: 'local-authority',
      });
      expect(buildCommittee({ addMembers: [observer] })).toBreach('COI-PCCC-OBSERVERS', {
        asOf: '2017-06-01',
        subjectId: 'p-la',
      });
      const members = [buildCommitteeMember({ personId: 'p-hughes', name: 'Mrs R Hughes' })];
      expect(buildCommittee({ members }).members).toEqual(members);
    });
  });

  it('returns a deeply frozen copy and does not mutate its arguments', () => {
    const members = deepFreeze([buildCommitteeMember()]);
    const extra = [{ personId: 'p-x', name: 'Mr X', role: 'nurse' as const, voting: false }];
    const committee = buildCommittee({ members, addMembers: extra });
    expect(isDeepFrozen(committee)).toBe(true);
    expect(Object.isFrozen(extra[0])).toBe(false);
    expect(committee.members[1]).not.toBe(extra[0]);
  });

  it('returns the same committee for the same options', () => {
    expect(buildCommittee({ chair: 'nurse' })).toEqual(buildCommittee({ chair: 'nurse' }));
  });
});

describe('buildCommitteeMember', () => {
  it('returns Ms F Osei, a voting lay member, valid by CommitteeMemberSchema', () => {
    expect(buildCommitteeMember()).toEqual({
      personId: 'p-osei',
      name: 'Ms F Osei',
      role: 'lay',
      voting: true,
    });
    expect(
      CommitteeMemberSchema.safeParse(buildCommitteeMember({ post: 'chief-officer' })).success,
    ).toBe(true);
    expect(isDeepFrozen(buildCommitteeMember())).toBe(true);
  });
});
