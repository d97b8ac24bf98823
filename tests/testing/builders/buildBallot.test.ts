import { BallotSchema, tallyBallot, VoteSchema } from 'co-commissioning';
import {
  buildBallot,
  buildBallotResult,
  buildVote,
  coCommissioningMatchers,
  deepFreeze,
  isDeepFrozen,
} from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

expect.extend(coCommissioningMatchers);

function thrown(run: () => unknown): { code: string; message: string; path: unknown } {
  try {
    run();
  } catch (error) {
    const { code, issues } = error as {
      code: string;
      issues: { message: string; path: unknown }[];
    };
    return { code, message: issues[0]?.message ?? '', path: issues[0]?.path };
  }
  throw new Error('did not throw');
}

describe('buildBallot', () => {
  describe('when given no figure', () => {
    it('returns the Cambridgeshire & Peterborough ballot: 52 yes, 31 no, 107 eligible (seed 002 §4.3)', () => {
      const { ballot, votes } = buildBallot();
      expect(BallotSchema.safeParse(ballot).success).toBe(true);
      expect(ballot.electorate).toHaveLength(107);
      expect(ballot.electorate[0]).toEqual({ memberId: 'P001' });
      expect(ballot.opens).toBe('2015-09-01');
      expect(ballot.closes).toBe('2015-09-30');
      const result = tallyBallot(ballot, votes);
      expect(result.counts).toEqual({
        eligible: 107,
        cast: 83,
        yes: 52,
        no: 31,
        abstain: 0,
        spoilt: 0,
      });
      expect(result.yesShare).toEqual({ numerator: 52, denominator: 83 });
      expect(result.rejectedVotes).toEqual([]);
      expect(buildBallot()).toCarry();
      expect(buildBallot({ eligible: 107, yes: 52, no: 31 })).toEqual(buildBallot());
    });
  });

  describe('when given some figures', () => {
    it('counts the others as 0 and the electorate as the votes given', () => {
      const { ballot, votes } = buildBallot({ yes: 3, no: 2, abstain: 1, spoilt: 1 });
      expect(ballot.electorate).toHaveLength(7);
      expect(votes.map((vote) => vote.choice)).toEqual([
        'yes',
        'yes',
        'yes',
        'no',
        'no',
        'abstain',
        'spoilt',
      ]);
      expect(votes.every((vote) => vote.castOn === '2015-09-30')).toBe(true);
      expect(buildBallot({ eligible: 20 }).votes).toEqual([]);
      expect(buildBallot({ yes: 0 }).ballot.electorate).toHaveLength(1);
    });

    it('settles the threshold at each edge: exactly half is a tie, not carried', () => {
      expect(buildBallot({ yes: 4, no: 5 })).toHaveBallotOutcome('not-carried');
      expect(buildBallot({ yes: 5, no: 5 })).toHaveBallotOutcome('not-carried');
      expect(buildBallot({ yes: 5, no: 5, rules: { tie: 're-ballot' } })).toHaveBallotOutcome(
        'tied',
      );
      expect(buildBallot({ yes: 6, no: 5 })).toCarry();
    });
  });

  describe('when given rules, dates, IDs and list sizes', () => {
    it('builds a ballot that uses them', () => {
      const { ballot, votes } = buildBallot({
        memberIds: ['Y01', 'Y02', 'Y03'],
        listSizes: [2000, 4000, 1000],
        yes: 1,
        no: 2,
        rules: {
          weighting: {
            kind: 'list-size',
            patientsPerVote: 2000,
            rounding: 'nearest',
            minimumVotes: 1,
          },
        },
        id: 'west-london-2020',
        question: 'Merge into NW London CCG?',
        opens: '2020-09-01',
        closes: '2020-09-30',
        castOn: '2020-09-10',
        constituency: 'West London CCG',
        conductedBy: 'Electoral Reform Services',
        conditions: ['NHS England approval'],
      });
      expect(BallotSchema.safeParse(ballot).success).toBe(true);
      expect(ballot.electorate[1]).toEqual({
        memberId: 'Y02',
        listSize: 4000,
        listSizeOn: '2020-09-01',
      });
      expect(votes[0]).toEqual({ memberId: 'Y01', choice: 'yes', castOn: '2020-09-10' });
      const result = tallyBallot(ballot, votes);
      expect(result.weights).toMatchObject({ eligible: 4, yes: 1, no: 3 });
      expect(result.constituency).toBe('West London CCG');
      expect(result.conditions).toEqual(['NHS England approval']);
    });

    it('keeps a casting vote for a chair-casting-vote tie rule', () => {
      const tie = buildBallot({
        yes: 2,
        no: 2,
        rules: { tie: 'chair-casting-vote' },
        castingVote: 'yes',
      });
      expect(tie).toCarry();
    });
  });

  describe('when the figures do not fit together', () => {
    it('throws invalid_input for each, with its message', () => {
      expect(thrown(() => buildBallot({ yes: -1 }))).toEqual({
        code: 'invalid_input',
        message: 'Give yes as a whole number from 0 to 1,000,000.',
        path: ['yes'],
      });
      // An electorate too large to build is refused before any memory is taken.
      expect(thrown(() => buildBallot({ eligible: Number.MAX_SAFE_INTEGER }))).toEqual({
        code: 'invalid_input',
        message: 'Give eligible as a whole number from 0 to 1,000,000.',
        path: ['eligible'],
      });
      expect(buildBallot({ eligible: 1_000_000, yes: 1 }).ballot.electorate).toHaveLength(
        1_000_000,
      );
      expect(thrown(() => buildBallot({ eligible: 2.5 }))).toMatchObject({ path: ['eligible'] });
      expect(thrown(() => buildBallot({ eligible: 0 }))).toEqual({
        code: 'invalid_input',
        message:
          'A ballot needs at least one member in its electorate: give eligible as 1 or more.',
        path: ['eligible'],
      });
      expect(thrown(() => buildBallot({ eligible: 2, yes: 2, no: 1 }))).toEqual({
        code: 'invalid_input',
        message:
          '3 votes were asked for, but the electorate has only 2 members: raise eligible or give fewer votes.',
        path: ['eligible'],
      });
      expect(thrown(() => buildBallot({ eligible: 3, memberIds: ['A', 'B'] }))).toEqual({
        code: 'invalid_input',
        message: 'memberIds lists 2 members but eligible is 3: give one ID per member.',
        path: ['memberIds'],
      });
      expect(thrown(() => buildBallot({ eligible: 2, listSizes: [100] }))).toEqual({
        code: 'invalid_input',
        message:
          'listSizes has 1 entries but the electorate has 2 members: give one list size per member.',
        path: ['listSizes'],
      });
    });
  });

  it('returns a deeply frozen case and does not mutate its arguments', () => {
    const options = deepFreeze({ memberIds: ['A', 'B'], yes: 1, conditions: ['x'] });
    const built = buildBallot(options);
    expect(isDeepFrozen(built)).toBe(true);
    const conditions = ['subject to due diligence'];
    buildBallot({ conditions });
    expect(Object.isFrozen(conditions)).toBe(false);
  });
});

describe('buildBallotResult', () => {
  it('counts the ballot: Cambridgeshire & Peterborough carried at 62.7% on a 77.6% turnout', () => {
    const result = buildBallotResult();
    expect(result.outcome).toBe('carried');
    expect(result.turnout).toEqual({ numerator: 83, denominator: 107 });
    expect(isDeepFrozen(result)).toBe(true);
    // Staffordshire & Stoke, September 2019: 24 for, 107 against (DOMAIN Part 2 E7).
    expect(buildBallotResult({ yes: 24, no: 107 }).outcome).toBe('not-carried');
  });
});

describe('buildVote', () => {
  it('returns a yes vote from P001 inside the default window, valid by VoteSchema', () => {
    expect(buildVote()).toEqual({ memberId: 'P001', choice: 'yes', castOn: '2015-09-15' });
    expect(VoteSchema.safeParse(buildVote({ choice: 'spoilt' })).success).toBe(true);
    expect(isDeepFrozen(buildVote())).toBe(true);
  });
});
