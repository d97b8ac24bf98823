import {
  type Ballot,
  type BallotOutcome,
  safeTallyBallot,
  safeVotesToFlip,
  tallyBallot,
  type Vote,
  type VoteChoice,
  votesToFlip,
} from 'co-commissioning';
import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BallotCase, ballotCaseArbitrary, OPENS } from './arbitraries.js';
import { HALF, memberIds, scenario, THREE_QUARTERS, votesFrom, withRules } from './fixtures.js';

type Extra = VoteChoice | undefined;
const OPTIONS: readonly Extra[] = [undefined, 'yes', 'no', 'abstain', 'spoilt'];

/** Every way the members who did not vote could vote (or not), with the outcome of each. */
function everyMix(testCase: BallotCase, candidates: readonly string[]) {
  const mixes: { added: Vote[]; outcome: BallotOutcome; quorate: boolean | null }[] = [];
  const total = OPTIONS.length ** candidates.length;
  for (let code = 0; code < total; code += 1) {
    const added: Vote[] = [];
    let rest = code;
    for (const memberId of candidates) {
      const choice = OPTIONS[rest % OPTIONS.length];
      rest = Math.floor(rest / OPTIONS.length);
      if (choice !== undefined) added.push({ memberId, choice, castOn: OPENS });
    }
    const result = tallyBallot(testCase.ballot, [...testCase.votes, ...added]);
    mixes.push({ added, outcome: result.outcome, quorate: result.quorate });
  }
  return mixes;
}

/** Members with no vote inside the window (the only ones whose extra vote would count as cast). */
function openMembers(testCase: BallotCase): string[] {
  const { opens, closes } = testCase.ballot;
  const voted = new Set(
    testCase.votes
      .filter((vote) => vote.castOn >= opens && vote.castOn <= closes)
      .map((vote) => vote.memberId),
  );
  return testCase.ids.filter((id) => !voted.has(id));
}

describe('votesToFlip', () => {
  describe('when the ballot was carried', () => {
    it('returns the fewest extra no votes that would have defeated Cambridgeshire & Peterborough 2015', () => {
      const { ballot, votes } = scenario(107, { yes: 52, no: 31 });
      const margins = votesToFlip(ballot, votes);
      expect(margins.outcome).toBe('carried');
      expect(margins.nonVoters).toBe(24);
      expect(margins.toChangeOutcome).toMatchObject({
        choice: 'no',
        votes: 21,
        weight: 21,
        weightNeeded: 21,
        outcome: 'not-carried',
      });
      expect(margins.toChangeOutcome?.members).toHaveLength(21);
      expect(margins.toChangeOutcome?.message).toBe(
        'If 21 more practices that did not vote (P084, P085, P086, P087, P088 and 16 more) voted no, the ballot would be not carried instead of carried.',
      );
      expect(margins.toReachQuorum).toBeNull();
      expect(margins.quorate).toBeNull();
    });

    it('returns null when extra votes cannot lower the yes share (the eligible base)', () => {
      const rules = withRules({ threshold: { ratio: HALF, comparator: '>', base: 'eligible' } });
      const { ballot, votes } = scenario(10, { yes: 6 }, rules);
      expect(votesToFlip(ballot, votes).toChangeOutcome).toBeNull();
    });
  });

  describe('when the ballot was not carried', () => {
    it('returns the fewest extra yes votes that would have carried it', () => {
      const { ballot, votes } = scenario(20, { yes: 4, no: 6 });
      const margins = votesToFlip(ballot, votes);
      expect(margins.toChangeOutcome).toMatchObject({
        choice: 'yes',
        votes: 3,
        outcome: 'carried',
      });
    });

    it('counts a tie as a change of outcome when the tie rule makes it tied', () => {
      const rules = withRules({ tie: 're-ballot' });
      const { ballot, votes } = scenario(20, { yes: 4, no: 6 }, rules);
      expect(votesToFlip(ballot, votes).toChangeOutcome).toMatchObject({
        choice: 'yes',
        votes: 2,
        outcome: 'tied',
      });
    });
  });

  describe('when the ballot was inquorate', () => {
    it('returns the fewest extra returned ballots to reach the quorum, with each outcome', () => {
      const rules = withRules({ quorum: { turnout: THREE_QUARTERS, comparator: '>=' } });
      const { ballot, votes } = scenario(100, { yes: 59, no: 15 }, rules);
      const margins = votesToFlip(ballot, votes);
      expect(margins.quorate).toBe(false);
      expect(margins.toReachQuorum).toEqual({
        votes: 1,
        weight: 1,
        weightNeeded: 1,
        members: ['P075'],
        outcomes: { yes: 'carried', no: 'carried', abstain: 'carried', spoilt: 'carried' },
        message:
          'If one more practice (P075) returned a ballot, turnout would meet the 75% quorum. The ballot would then be carried if they all voted yes, carried if they all voted no, carried if they all voted abstain, carried if they all voted spoilt.',
      });
      expect(margins.toChangeOutcome).toMatchObject({
        choice: 'yes',
        votes: 1,
        outcome: 'carried',
      });
    });

    it('returns null for the quorum when the members who did not vote could not reach it', () => {
      const rules = withRules({
        quorum: { turnout: { numerator: 1, denominator: 1 }, comparator: '>' },
      });
      const { ballot, votes } = scenario(4, { yes: 2 }, rules);
      const margins = votesToFlip(ballot, votes);
      expect(margins.toReachQuorum).toBeNull();
      expect(margins.toChangeOutcome).toBeNull();
    });
  });

  describe('when votes are weighted by list size', () => {
    it('takes the heaviest members first and gives the least weight needed', () => {
      const sizes = [2000, 2000, 2000, 2000, 20000, 6000, 2000];
      const ids = memberIds('W', sizes.length);
      const ballot: Ballot = {
        ...scenario(1, {}).ballot,
        electorate: ids.map((memberId, index) => ({ memberId, listSize: sizes[index] as number })),
        rules: withRules({
          weighting: { kind: 'list-size', patientsPerVote: 2000, rounding: 'floor' },
        }),
      };
      const votes = votesFrom(ids, { yes: 2, no: 2 });
      const margins = votesToFlip(ballot, votes);
      expect(margins.nonVoterWeight).toBe(14);
      expect(margins.toChangeOutcome).toEqual({
        choice: 'yes',
        votes: 1,
        weight: 10,
        weightNeeded: 1,
        members: ['W005'],
        outcome: 'carried',
        message:
          'If one more practice that did not vote (W005) voted yes, the ballot would be carried instead of not carried. They hold 10 votes; at least 1 more yes vote would be needed, whoever cast them.',
      });
    });

    it('ignores members who hold no vote', () => {
      const ids = memberIds('W', 3);
      const ballot: Ballot = {
        ...scenario(1, {}).ballot,
        electorate: [
          { memberId: ids[0] as string, listSize: 4000 },
          { memberId: ids[1] as string, listSize: 4000 },
          { memberId: ids[2] as string, listSize: 100 },
        ],
        rules: withRules({
          weighting: { kind: 'list-size', patientsPerVote: 2000, rounding: 'floor' },
        }),
      };
      const margins = votesToFlip(ballot, votesFrom(ids, { yes: 1, no: 1 }));
      expect(margins.nonVoters).toBe(0);
      expect(margins.toChangeOutcome).toBeNull();
    });

    it('reports the weight held by the members who would reach the quorum', () => {
      const sizes = [4000, 2000, 2000, 8000];
      const ids = memberIds('W', sizes.length);
      const ballot: Ballot = {
        ...scenario(1, {}).ballot,
        electorate: ids.map((memberId, index) => ({ memberId, listSize: sizes[index] as number })),
        rules: withRules({
          weighting: { kind: 'list-size', patientsPerVote: 2000, rounding: 'floor' },
          quorum: { turnout: HALF, comparator: '>' },
        }),
      };
      const margins = votesToFlip(ballot, votesFrom(ids, { yes: 2 }));
      expect(margins.toReachQuorum).toMatchObject({
        votes: 1,
        weight: 4,
        weightNeeded: 2,
        members: ['W004'],
      });
      expect(margins.toReachQuorum?.message).toBe(
        'If one more practice (W004), holding 4 votes, returned a ballot, turnout would meet the 50% quorum. The ballot would then be carried if they all voted yes, not carried if they all voted no, carried if they all voted abstain, carried if they all voted spoilt.',
      );
    });
  });

  describe('when checked against a brute-force count of every way the non-voters could vote', () => {
    it('returns the fewest extra votes that change the outcome, and that set does change it', () => {
      fc.assert(
        fc.property(ballotCaseArbitrary({ maxMembers: 6, maxVotes: 6 }), (testCase) => {
          const counted = safeTallyBallot(testCase.ballot, testCase.votes);
          fc.pre(counted.success);
          if (!counted.success) return;
          const candidates = openMembers(testCase);
          fc.pre(candidates.length <= 4);
          const current = counted.data.outcome;
          const mixes = everyMix(testCase, candidates);
          const changing = mixes.filter((mix) => mix.outcome !== current);
          const fewest =
            changing.length === 0 ? null : Math.min(...changing.map((mix) => mix.added.length));
          const margins = votesToFlip(testCase.ballot, testCase.votes);
          expect(margins.outcome).toBe(current);
          expect(margins.toChangeOutcome?.votes ?? null).toBe(fewest);
          if (margins.toChangeOutcome !== null) {
            const { members, choice, outcome } = margins.toChangeOutcome;
            const added = members.map((memberId) => ({ memberId, choice, castOn: OPENS }));
            const after = tallyBallot(testCase.ballot, [...testCase.votes, ...added]);
            expect(after.outcome).toBe(outcome);
            expect(outcome).not.toBe(current);
            expect(margins.toChangeOutcome.weight).toBeGreaterThanOrEqual(
              margins.toChangeOutcome.weightNeeded,
            );
          }
        }),
        { numRuns: 150 },
      );
    });

    it('returns the fewest extra returned ballots that make the ballot quorate', () => {
      fc.assert(
        fc.property(ballotCaseArbitrary({ maxMembers: 6, maxVotes: 6 }), (testCase) => {
          const counted = safeTallyBallot(testCase.ballot, testCase.votes);
          fc.pre(counted.success);
          if (!counted.success) return;
          const candidates = openMembers(testCase);
          fc.pre(candidates.length <= 4);
          const margins = votesToFlip(testCase.ballot, testCase.votes);
          if (counted.data.quorate !== false) {
            expect(margins.toReachQuorum).toBeNull();
            return;
          }
          const quorate = everyMix(testCase, candidates).filter((mix) => mix.quorate === true);
          const fewest =
            quorate.length === 0 ? null : Math.min(...quorate.map((mix) => mix.added.length));
          expect(margins.toReachQuorum?.votes ?? null).toBe(fewest);
          if (margins.toReachQuorum !== null) {
            for (const choice of ['yes', 'no', 'abstain', 'spoilt'] as const) {
              const added = margins.toReachQuorum.members.map((memberId) => ({
                memberId,
                choice,
                castOn: OPENS,
              }));
              const after = tallyBallot(testCase.ballot, [...testCase.votes, ...added]);
              expect(after.quorate).toBe(true);
              expect(after.outcome).toBe(margins.toReachQuorum.outcomes[choice]);
            }
          }
        }),
        { numRuns: 150 },
      );
    });
  });

  describe('as a pure function', () => {
    it('does not mutate its arguments', () => {
      const { ballot, votes } = scenario(10, { yes: 4, no: 3 });
      expect(() =>
        votesToFlip(deepFreeze(structuredClone(ballot)), deepFreeze(structuredClone(votes))),
      ).not.toThrow();
    });

    it('returns a deeply frozen result', () => {
      const rules = withRules({ quorum: { turnout: THREE_QUARTERS, comparator: '>=' } });
      const { ballot, votes } = scenario(10, { yes: 4, no: 3 }, rules);
      expect(isDeepFrozen(votesToFlip(ballot, votes))).toBe(true);
    });
  });
});

describe('safeVotesToFlip', () => {
  describe('when the input is malformed', () => {
    it('returns the issues instead of throwing', () => {
      const result = safeVotesToFlip({ ...scenario(2, {}).ballot, electorate: [] }, []);
      expect(result).toMatchObject({
        success: false,
        issues: [
          {
            code: 'invalid_input',
            message: 'Give at least one member in the electorate. (at electorate)',
          },
        ],
      });
      expect(() => votesToFlip(null as unknown as Ballot, [])).toThrow();
    });

    it('never throws for any JSON at all (fc.anything)', () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (ballot, votes) => {
          expect(typeof safeVotesToFlip(ballot, votes).success).toBe('boolean');
        }),
      );
    });
  });

  describe('when the input is well formed', () => {
    it('returns the same margins as votesToFlip', () => {
      const { ballot, votes } = scenario(10, { yes: 4, no: 3 });
      expect(safeVotesToFlip(ballot, votes)).toEqual({
        success: true,
        data: votesToFlip(ballot, votes),
      });
    });
  });
});
