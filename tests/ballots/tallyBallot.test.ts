import {
  type Ballot,
  type BallotRules,
  CoCommissioningError,
  formatPercent,
  safeTallyBallot,
  tallyBallot,
  type Vote,
} from 'co-commissioning';
import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';
import {
  HALF,
  memberIds,
  SIMPLE_MAJORITY,
  scenario,
  THREE_QUARTERS,
  votesFrom,
  withRules,
} from './fixtures.js';

const reason = (result: ReturnType<typeof tallyBallot>, id: string) =>
  result.reasons.find((entry) => entry.id === id);

describe('tallyBallot', () => {
  describe('when counting real ballots from the sources', () => {
    it('returns carried for Cambridgeshire & Peterborough 2015: 52 yes, 31 no, 83 of 107 voted (seed 002 §4.3)', () => {
      const { ballot, votes } = scenario(107, { yes: 52, no: 31 });
      const result = tallyBallot(ballot, votes);
      expect(result.outcome).toBe('carried');
      expect(result.counts).toEqual({
        eligible: 107,
        cast: 83,
        yes: 52,
        no: 31,
        abstain: 0,
        spoilt: 0,
      });
      expect(result.yesShare).toEqual({ numerator: 52, denominator: 83 });
      expect(result.turnout).toEqual({ numerator: 83, denominator: 107 });
      expect(formatPercent(result.yesShare, 1)).toBe('62.7%');
      expect(formatPercent(result.turnout, 1)).toBe('77.6%');
      expect(reason(result, 'BALLOT-THRESHOLD')?.message).toBe(
        '52 of 83 practices that voted for or against voted yes (62.7%), more than the 50% required. Abstentions and spoilt ballots are left out of the base. The proposal is carried.',
      );
      expect(reason(result, 'BALLOT-TURNOUT-QUORUM')?.message).toBe(
        '83 of 107 eligible practices returned a ballot (turnout 77.6%); no turnout quorum applies.',
      );
    });

    it('returns not carried for Staffordshire 2019: 24 for, 107 against, 18.3% (DOMAIN E7)', () => {
      const { ballot, votes } = scenario(131, { yes: 24, no: 107 });
      const result = tallyBallot(ballot, votes);
      expect(result.outcome).toBe('not-carried');
      expect(result.yesShare).toEqual({ numerator: 24, denominator: 131 });
      expect(formatPercent(result.yesShare, 1)).toBe('18.3%');
      expect(reason(result, 'BALLOT-THRESHOLD')).toMatchObject({
        verdict: 'fail',
        message:
          '24 of 131 practices that voted for or against voted yes (18.3%), less than the 50% required (more than 50% is needed). Abstentions and spoilt ballots are left out of the base. The proposal is not carried.',
      });
    });

    it('returns inquorate, not a defeat, when a Surrey Downs-style 75% turnout quorum is just missed although the vote was supportive (DOMAIN E5)', () => {
      const rules = withRules({ quorum: { turnout: THREE_QUARTERS, comparator: '>=' } });
      const { ballot, votes } = scenario(100, { yes: 59, no: 15 }, rules);
      const result = tallyBallot(ballot, votes);
      expect(result.outcome).toBe('inquorate');
      expect(result.quorate).toBe(false);
      expect(formatPercent(result.yesShare, 1)).toBe('79.7%');
      expect(reason(result, 'BALLOT-TURNOUT-QUORUM')).toMatchObject({
        verdict: 'fail',
        comparator: '>=',
        message:
          '74 of 100 eligible practices returned a ballot (turnout 74.0%), less than the 75% quorum (at least 75% is needed): the ballot is inquorate, so it decided nothing. This is not a defeat.',
        remedy: 'Run the ballot again: at least 1 more practice would have had to return a ballot.',
      });
      expect(reason(result, 'BALLOT-THRESHOLD')).toMatchObject({
        verdict: 'not-applicable',
        message:
          'Not applied: the ballot is inquorate. For information, 59 of 74 practices that voted for or against voted yes (79.7%), more than the 50% required. Abstentions and spoilt ballots are left out of the base.',
      });
    });

    it('returns not carried for West London, September 2020: 35% in favour against a 50% bar (DOMAIN E8)', () => {
      for (const comparator of ['>', '>='] as const) {
        for (const base of ['yes-no', 'votes-cast'] as const) {
          const rules = withRules({ threshold: { ratio: HALF, comparator, base } });
          const { ballot, votes } = scenario(20, { yes: 7, no: 13 }, rules);
          const result = tallyBallot(ballot, votes);
          expect(result.yesShare).toEqual({ numerator: 7, denominator: 20 });
          expect(formatPercent(result.yesShare, 1)).toBe('35.0%');
          expect(result.outcome).toBe('not-carried');
        }
      }
    });

    it('returns carried for the West London re-ballot, October 2020: 73.5% in favour (DOMAIN E9)', () => {
      const { ballot, votes } = scenario(200, { yes: 147, no: 53 });
      const result = tallyBallot(ballot, votes);
      expect(result.yesShare).toEqual({ numerator: 147, denominator: 200 });
      expect(formatPercent(result.yesShare, 1)).toBe('73.5%');
      expect(result.outcome).toBe('carried');
    });

    it('returns carried for the West London re-ballot counted one vote per 2,000 patients (DOMAIN BALLOT-UNIT)', () => {
      // Each list is half a vote short of a whole number, so 'nearest' rounds it up to w votes.
      const yesWeights = [40, 30, 27, 20, 30];
      const noWeights = [20, 13, 10, 5, 5];
      const weights = [...yesWeights, ...noWeights];
      const ids = memberIds('WL', weights.length);
      const ballot: Ballot = {
        id: 'west-london-2020-10',
        question: 'Should West London CCG merge into one North West London CCG?',
        opens: '2020-10-15',
        closes: '2020-10-29',
        electorate: ids.map((memberId, index) => ({
          memberId,
          listSize: (weights[index] as number) * 2000 - 1000,
          listSizeOn: '2020-10-01',
        })),
        rules: withRules({
          weighting: { kind: 'list-size', patientsPerVote: 2000, rounding: 'nearest' },
          threshold: { ratio: HALF, comparator: '>=', base: 'votes-cast' },
        }),
      };
      const votes = votesFrom(ids, { yes: 5, no: 5 }, '2020-10-20');
      const result = tallyBallot(ballot, votes);
      expect(result.weights).toEqual({
        eligible: 200,
        cast: 200,
        yes: 147,
        no: 53,
        abstain: 0,
        spoilt: 0,
      });
      expect(result.counts).toMatchObject({ eligible: 10, cast: 10, yes: 5, no: 5 });
      expect(result.yesShare).toEqual({ numerator: 147, denominator: 200 });
      expect(formatPercent(result.yesShare, 1)).toBe('73.5%');
      expect(result.outcome).toBe('carried');
      expect(reason(result, 'BALLOT-UNIT')?.message).toBe(
        'Each practice had one vote per 2,000 patients on its registered list, rounded to the nearest whole vote (an exact half rounds up); the 10 practices held 200 votes between them. List sizes were taken as at 2020-10-01.',
      );
      expect(reason(result, 'BALLOT-THRESHOLD')?.message).toBe(
        '147 of the 200 votes returned were yes (73.5%), more than the 50% required (at least 50% is needed). Every returned ballot is in the base, so abstentions and spoilt ballots count against. The proposal is carried.',
      );
    });
  });

  describe('when the yes share is at the threshold', () => {
    const tally = (yes: number, no: number, comparator: '>' | '>=') => {
      const { ballot, votes } = scenario(
        20,
        { yes, no },
        withRules({ threshold: { ratio: HALF, comparator, base: 'yes-no' } }),
      );
      return tallyBallot(ballot, votes);
    };

    it('returns not carried for exactly 50% under ">" (exactly half is not a simple majority)', () => {
      const result = tally(5, 5, '>');
      expect(result.outcome).toBe('not-carried');
      expect(result.tie).toBe(true);
      expect(reason(result, 'BALLOT-THRESHOLD')?.message).toContain(
        '(50.0%), equal to but not more than the 50% required.',
      );
    });

    it('returns carried for exactly 50% under ">="', () => {
      const result = tally(5, 5, '>=');
      expect(result.outcome).toBe('carried');
      expect(result.tie).toBe(false);
      expect(reason(result, 'BALLOT-THRESHOLD')?.message).toContain(
        '(50.0%), equal to the 50% required, which is enough.',
      );
    });

    it('returns carried just above 50% and not carried just below, under both comparators', () => {
      for (const comparator of ['>', '>='] as const) {
        expect(tally(6, 5, comparator).outcome).toBe('carried');
        expect(tally(5, 6, comparator).outcome).toBe('not-carried');
      }
    });

    it('compares exactly, without floating point, at a two-thirds threshold', () => {
      const twoThirds = { numerator: 2, denominator: 3 };
      const run = (yes: number, no: number, comparator: '>' | '>=') => {
        const { ballot, votes } = scenario(
          400,
          { yes, no },
          withRules({ threshold: { ratio: twoThirds, comparator, base: 'yes-no' } }),
        );
        return tallyBallot(ballot, votes);
      };
      expect(run(200, 100, '>=').outcome).toBe('carried');
      expect(run(200, 100, '>').outcome).toBe('not-carried');
      expect(run(200, 100, '>').tie).toBe(true);
      expect(run(201, 100, '>').outcome).toBe('carried');
      expect(run(199, 100, '>=').outcome).toBe('not-carried');
      expect(reason(run(199, 100, '>='), 'BALLOT-THRESHOLD')?.message).toContain(
        '199 of 299 practices that voted for or against voted yes (66.6%), less than the 66.7% required (at least 66.7% is needed).',
      );
    });

    it('shows more decimals only where one decimal would hide the difference from the rule', () => {
      const twoThirds = { numerator: 2, denominator: 3 };
      const { ballot, votes } = scenario(
        3001,
        { yes: 2001, no: 1000 },
        withRules({ threshold: { ratio: twoThirds, comparator: '>', base: 'yes-no' } }),
      );
      const result = tallyBallot(ballot, votes);
      expect(result.outcome).toBe('carried');
      expect(reason(result, 'BALLOT-THRESHOLD')?.message).toContain(
        '2,001 of 3,001 practices that voted for or against voted yes (66.68%), more than the 66.7% required.',
      );
    });
  });

  describe('when a turnout quorum applies', () => {
    const run = (returned: number, comparator: '>' | '>=') => {
      const rules = withRules({ quorum: { turnout: THREE_QUARTERS, comparator } });
      const { ballot, votes } = scenario(100, { yes: returned - 10, no: 10 }, rules);
      return tallyBallot(ballot, votes);
    };

    it('returns inquorate just below the quorum, quorate exactly at ">=" and just above', () => {
      expect(run(74, '>=').outcome).toBe('inquorate');
      expect(run(75, '>=').outcome).toBe('carried');
      expect(run(75, '>=').quorate).toBe(true);
      expect(run(76, '>=').outcome).toBe('carried');
    });

    it('returns inquorate exactly at a strict ">" quorum', () => {
      expect(run(75, '>').outcome).toBe('inquorate');
      expect(run(76, '>').outcome).toBe('carried');
      expect(reason(run(75, '>'), 'BALLOT-TURNOUT-QUORUM')).toMatchObject({
        message:
          '75 of 100 eligible practices returned a ballot (turnout 75.0%), equal to but not more than the 75% quorum: the ballot is inquorate, so it decided nothing. This is not a defeat.',
        remedy: 'Run the ballot again: at least 1 more practice would have had to return a ballot.',
      });
    });

    it('counts abstentions and spoilt ballots towards turnout', () => {
      const rules = withRules({ quorum: { turnout: THREE_QUARTERS, comparator: '>=' } });
      const { ballot, votes } = scenario(8, { yes: 3, no: 1, abstain: 1, spoilt: 1 }, rules);
      const result = tallyBallot(ballot, votes);
      expect(result.turnout).toEqual({ numerator: 6, denominator: 8 });
      expect(result.outcome).toBe('carried');
      expect(reason(result, 'BALLOT-TURNOUT-QUORUM')?.message).toBe(
        '6 of 8 eligible practices returned a ballot (turnout 75.0%), equal to the 75% quorum, which is enough: the ballot is quorate.',
      );
    });

    it('says when no turnout could ever meet the quorum', () => {
      const rules = withRules({
        quorum: { turnout: { numerator: 1, denominator: 1 }, comparator: '>' },
      });
      const { ballot, votes } = scenario(4, { yes: 4 }, rules);
      const result = tallyBallot(ballot, votes);
      expect(result.outcome).toBe('inquorate');
      expect(reason(result, 'BALLOT-TURNOUT-QUORUM')?.remedy).toBe(
        'No turnout can meet this quorum: review the quorum rule.',
      );
    });

    it('never reports a tie for an inquorate ballot', () => {
      const rules = withRules({ quorum: { turnout: THREE_QUARTERS, comparator: '>=' } });
      const { ballot, votes } = scenario(100, { yes: 5, no: 5 }, rules);
      const result = tallyBallot(ballot, votes);
      expect(result.outcome).toBe('inquorate');
      expect(result.tie).toBe(false);
      expect(reason(result, 'BALLOT-TIE')).toBeUndefined();
    });
  });

  describe('when the threshold base and comparator vary (table)', () => {
    // yes 6, no 4 throughout; the threshold is one half.
    const table = [
      ['yes-no', '>', 0, 0, 10, 'carried', [6, 10]],
      ['yes-no', '>=', 0, 0, 10, 'carried', [6, 10]],
      ['yes-no', '>', 2, 1, 14, 'carried', [6, 10]],
      ['yes-no', '>=', 2, 1, 14, 'carried', [6, 10]],
      ['votes-cast', '>', 0, 0, 10, 'carried', [6, 10]],
      ['votes-cast', '>=', 0, 0, 10, 'carried', [6, 10]],
      ['votes-cast', '>', 2, 0, 12, 'not-carried', [6, 12]],
      ['votes-cast', '>=', 2, 0, 12, 'carried', [6, 12]],
      ['votes-cast', '>', 2, 1, 14, 'not-carried', [6, 13]],
      ['votes-cast', '>=', 2, 1, 14, 'not-carried', [6, 13]],
      ['eligible', '>', 0, 0, 10, 'carried', [6, 10]],
      ['eligible', '>=', 0, 0, 12, 'carried', [6, 12]],
      ['eligible', '>', 0, 0, 12, 'not-carried', [6, 12]],
      ['eligible', '>', 2, 1, 14, 'not-carried', [6, 14]],
      ['eligible', '>=', 2, 1, 14, 'not-carried', [6, 14]],
    ] as const;

    it.each(table)(
      'returns the expected outcome on base %s with %s, %i abstentions, %i spoilt, %i eligible',
      (base, comparator, abstain, spoilt, eligible, outcome, [numerator, denominator]) => {
        const rules = withRules({ threshold: { ratio: HALF, comparator, base } });
        const { ballot, votes } = scenario(eligible, { yes: 6, no: 4, abstain, spoilt }, rules);
        const result = tallyBallot(ballot, votes);
        expect(result.outcome).toBe(outcome);
        expect(result.yesShare).toEqual({ numerator, denominator });
        expect(result.counts).toMatchObject({ abstain, spoilt, cast: 10 + abstain + spoilt });
      },
    );

    it('explains each base in words', () => {
      const messages = (['yes-no', 'votes-cast', 'eligible'] as const).map((base) => {
        const rules = withRules({ threshold: { ratio: HALF, comparator: '>', base } });
        const { ballot, votes } = scenario(14, { yes: 6, no: 4, abstain: 2, spoilt: 1 }, rules);
        return reason(tallyBallot(ballot, votes), 'BALLOT-THRESHOLD')?.message;
      });
      expect(messages).toEqual([
        '6 of 10 practices that voted for or against voted yes (60.0%), more than the 50% required. Abstentions and spoilt ballots are left out of the base. The proposal is carried.',
        '6 of 13 practices that returned a ballot voted yes (46.2%), less than the 50% required (more than 50% is needed). Every returned ballot is in the base, so abstentions and spoilt ballots count against. The proposal is not carried.',
        '6 of 14 eligible practices voted yes (42.9%), less than the 50% required (more than 50% is needed). The whole electorate is the base, so not voting counts against. The proposal is not carried.',
      ]);
    });
  });

  describe('when nothing is in the base', () => {
    it('returns not carried with a 0/1 yes share when every returned ballot abstained', () => {
      const { ballot, votes } = scenario(5, { abstain: 3 });
      const result = tallyBallot(ballot, votes);
      expect(result.outcome).toBe('not-carried');
      expect(result.yesShare).toEqual({ numerator: 0, denominator: 1 });
      expect(result.turnout).toEqual({ numerator: 3, denominator: 5 });
      expect(reason(result, 'BALLOT-THRESHOLD')).toMatchObject({
        verdict: 'fail',
        message:
          'No vote was cast for or against, so there is no yes share to compare with the 50% required. Abstentions and spoilt ballots are left out of the base. The proposal is not carried.',
      });
    });

    it('returns not carried when no votes were received at all', () => {
      const rules = withRules({ threshold: { ratio: HALF, comparator: '>=', base: 'votes-cast' } });
      const { ballot } = scenario(5, {}, rules);
      const result = tallyBallot(ballot, []);
      expect(result.outcome).toBe('not-carried');
      expect(result.turnout).toEqual({ numerator: 0, denominator: 5 });
      expect(reason(result, 'BALLOT-VOTE-VALIDITY')?.message).toBe(
        "No votes were received. The window was 2015-09-01 to 2015-09-30, both days included. Where a member returns different choices, none of its votes counts ('reject-all').",
      );
    });

    it('marks the threshold not applied when the empty ballot is also inquorate', () => {
      const rules = withRules({ quorum: { turnout: HALF, comparator: '>=' } });
      const { ballot, votes } = scenario(5, { abstain: 1 }, rules);
      const result = tallyBallot(ballot, votes);
      expect(result.outcome).toBe('inquorate');
      expect(reason(result, 'BALLOT-THRESHOLD')).toMatchObject({
        verdict: 'not-applicable',
        message:
          'Not applied: the ballot is inquorate. No vote was cast for or against, so there is no yes share to compare with the 50% required. Abstentions and spoilt ballots are left out of the base.',
      });
    });
  });

  describe('when the vote is tied', () => {
    const tied = (tie: BallotRules['tie'], extra: Partial<Ballot> = {}) => {
      const { ballot, votes } = scenario(12, { yes: 5, no: 5 }, withRules({ tie }), extra);
      return tallyBallot(ballot, votes);
    };

    it("returns not carried under the tie rule 'not-carried'", () => {
      const result = tied('not-carried');
      expect(result.outcome).toBe('not-carried');
      expect(reason(result, 'BALLOT-TIE')).toMatchObject({
        verdict: 'fail',
        message:
          'The yes share is exactly the 50% threshold, which a "more than" rule does not carry: a tie. Under the tie rule \'not-carried\' the proposal is not carried.',
      });
    });

    it("returns tied under the tie rule 're-ballot'", () => {
      const result = tied('re-ballot');
      expect(result.outcome).toBe('tied');
      expect(reason(result, 'BALLOT-TIE')).toMatchObject({
        verdict: 'fail',
        remedy: 'Run the ballot again.',
      });
      expect(reason(result, 'BALLOT-THRESHOLD')?.message).toContain(
        'That is a tie: the tie rule decides.',
      );
    });

    it("returns tied under 'chair-casting-vote' until the casting vote is given", () => {
      const result = tied('chair-casting-vote');
      expect(result.outcome).toBe('tied');
      expect(reason(result, 'BALLOT-TIE')).toMatchObject({
        verdict: 'unknown',
        missing: ['castingVote'],
        remedy: "Record the chair's casting vote as castingVote on the ballot and count again.",
      });
    });

    it("returns the chair's casting vote's outcome once it is given", () => {
      expect(tied('chair-casting-vote', { castingVote: 'yes' }).outcome).toBe('carried');
      expect(tied('chair-casting-vote', { castingVote: 'no' }).outcome).toBe('not-carried');
      expect(
        reason(tied('chair-casting-vote', { castingVote: 'yes' }), 'BALLOT-TIE')?.message,
      ).toBe(
        "The yes share is exactly the 50% threshold, which a \"more than\" rule does not carry: a tie. Under the tie rule 'chair-casting-vote' the chair's casting vote (yes) decides: the proposal is carried.",
      );
    });

    it('ignores a casting vote when there is no tie, and says so', () => {
      const rules = withRules({ tie: 'chair-casting-vote' });
      const { ballot, votes } = scenario(12, { yes: 4, no: 6 }, rules, { castingVote: 'yes' });
      const result = tallyBallot(ballot, votes);
      expect(result.outcome).toBe('not-carried');
      expect(result.castingVote).toBe('yes');
      expect(reason(result, 'BALLOT-TIE')).toMatchObject({
        verdict: 'not-applicable',
        message: "The chair's casting vote (yes) was not used: the ballot was not tied.",
      });
    });

    it('treats a yes share exactly at the threshold on the votes-cast base as a tie', () => {
      const rules = withRules({
        threshold: { ratio: HALF, comparator: '>', base: 'votes-cast' },
        tie: 're-ballot',
      });
      const { ballot, votes } = scenario(12, { yes: 5, no: 3, abstain: 2 }, rules);
      expect(tallyBallot(ballot, votes).outcome).toBe('tied');
    });

    it("never ties under '>='", () => {
      const rules = withRules({
        threshold: { ratio: HALF, comparator: '>=', base: 'yes-no' },
        tie: 're-ballot',
      });
      const { ballot, votes } = scenario(12, { yes: 5, no: 5 }, rules);
      const result = tallyBallot(ballot, votes);
      expect(result.outcome).toBe('carried');
      expect(result.tie).toBe(false);
    });
  });

  describe('when votes are weighted by list size', () => {
    const weighted = (
      rounding: 'floor' | 'ceil' | 'nearest',
      listSizes: number[],
      minimumVotes?: number,
    ) => {
      const ids = memberIds('W', listSizes.length);
      const ballot: Ballot = {
        id: 'weighted',
        question: 'Merge?',
        opens: '2020-09-01',
        closes: '2020-09-29',
        electorate: ids.map((memberId, index) => ({
          memberId,
          listSize: listSizes[index] as number,
        })),
        rules: withRules({
          weighting:
            minimumVotes === undefined
              ? { kind: 'list-size', patientsPerVote: 2000, rounding }
              : { kind: 'list-size', patientsPerVote: 2000, rounding, minimumVotes },
        }),
      };
      return { ballot, ids };
    };
    const sizes = [3999, 4000, 3000, 2999, 2001, 1000];

    it('rounds down with floor, up with ceil, and an exact half up with nearest', () => {
      const expected = {
        floor: 1 + 2 + 1 + 1 + 1 + 0,
        ceil: 2 + 2 + 2 + 2 + 2 + 1,
        nearest: 2 + 2 + 2 + 1 + 1 + 1,
      };
      for (const rounding of ['floor', 'ceil', 'nearest'] as const) {
        const { ballot, ids } = weighted(rounding, sizes);
        const result = tallyBallot(ballot, votesFrom(ids, { yes: 6 }, '2020-09-10'));
        expect(result.weights.eligible).toBe(expected[rounding]);
        expect(result.weights.yes).toBe(expected[rounding]);
        expect(result.counts.yes).toBe(6);
      }
    });

    it('raises a member to minimumVotes', () => {
      const { ballot, ids } = weighted('floor', sizes, 1);
      const result = tallyBallot(ballot, votesFrom(ids, { yes: 1, no: 5 }, '2020-09-10'));
      expect(result.weights).toEqual({
        eligible: 7,
        cast: 7,
        yes: 1,
        no: 6,
        abstain: 0,
        spoilt: 0,
      });
      expect(reason(result, 'BALLOT-UNIT')?.message).toBe(
        'Each practice had one vote per 2,000 patients on its registered list, rounded down to a whole vote, with at least 1 vote each; the 6 practices held 7 votes between them. No practice gave the date of its list size.',
      );
    });

    it('decides on weight, not on the number of practices', () => {
      const { ballot, ids } = weighted('floor', [20000, 2000, 2000, 2000]);
      const result = tallyBallot(ballot, votesFrom(ids, { yes: 1, no: 3 }, '2020-09-10'));
      expect(result.counts).toMatchObject({ yes: 1, no: 3 });
      expect(result.weights).toMatchObject({ yes: 10, no: 3 });
      expect(result.outcome).toBe('carried');
    });

    it('says which practices hold no vote and which dates the list sizes are from', () => {
      const { ballot, ids } = weighted('floor', [4000, 1000, 1999]);
      const dated: Ballot = {
        ...ballot,
        electorate: [
          { memberId: ids[0] as string, listSize: 4000, listSizeOn: '2020-06-30' },
          { memberId: ids[1] as string, listSize: 1000, listSizeOn: '2020-09-01' },
          { memberId: ids[2] as string, listSize: 1999 },
        ],
      };
      const result = tallyBallot(dated, votesFrom(ids, { yes: 3 }, '2020-09-10'));
      expect(reason(result, 'BALLOT-UNIT')?.message).toBe(
        'Each practice had one vote per 2,000 patients on its registered list, rounded down to a whole vote; the 3 practices held 2 votes between them. List sizes were taken as at dates from 2020-06-30 to 2020-09-01. 1 practice gave the date of its list size. 2 practices held no vote under this weighting.',
      );
      expect(result.counts.yes).toBe(3);
      expect(result.weights.yes).toBe(2);
    });

    it('reports turnout by weight and by practice', () => {
      const { ballot, ids } = weighted('floor', [20000, 2000, 2000, 2000]);
      const result = tallyBallot(ballot, votesFrom(ids, { no: 2 }, '2020-09-10'));
      expect(result.turnout).toEqual({ numerator: 11, denominator: 13 });
      expect(reason(result, 'BALLOT-TURNOUT-QUORUM')?.message).toBe(
        'Practices holding 11 of the 13 votes in the electorate returned a ballot (turnout 84.6%; 2 of 4 practices); no turnout quorum applies.',
      );
    });

    it('counts list sizes as votes when one patient is one vote', () => {
      const ids = memberIds('W', 3);
      const ballot: Ballot = {
        ...scenario(3, {}).ballot,
        electorate: ids.map((memberId, index) => ({
          memberId,
          listSize: [8412, 3021, 15877][index] as number,
        })),
        rules: withRules({
          weighting: { kind: 'list-size', patientsPerVote: 1, rounding: 'floor' },
        }),
      };
      const result = tallyBallot(ballot, votesFrom(ids, { yes: 1, no: 2 }));
      expect(result.weights).toEqual({
        eligible: 27310,
        cast: 27310,
        yes: 8412,
        no: 18898,
        abstain: 0,
        spoilt: 0,
      });
    });
  });

  describe('when some votes are invalid', () => {
    const { ballot, ids } = scenario(6, {});
    const valid = (
      memberId: string,
      choice: Vote['choice'] = 'yes',
      castOn = '2015-09-10',
    ): Vote => ({
      memberId,
      choice,
      castOn,
    });
    const rejectedOf = (votes: unknown[], rules: Partial<BallotRules> = {}) => {
      const result = safeTallyBallot({ ...ballot, rules: withRules(rules) }, votes);
      if (!result.success) throw new Error('expected a result');
      return result.data;
    };

    it('rejects malformed votes with a reason naming the problem, and keeps counting', () => {
      const result = rejectedOf([
        'yes',
        { memberId: '', choice: 'yes', castOn: '2015-09-10' },
        { memberId: ids[0], choice: 1, castOn: '2015-09-10' },
        { memberId: ids[0], choice: 'yes', castOn: '2015-02-30' },
        { memberId: ids[0], choice: 'yes', castOn: '2015-09-10', proxy: true },
        [ids[0], 'yes'],
        null,
        valid(ids[1] as string),
      ]);
      expect(result.rejectedVotes.map((vote) => vote.message)).toEqual([
        'The vote at index 0 could not be read: it is the text "yes", not a record. A vote needs memberId (text), choice (yes, no, abstain or spoilt) and castOn (a date written YYYY-MM-DD), and nothing else.',
        'The vote at index 1 could not be read: its memberId is an empty string, not a member ID as text. A vote needs memberId (text), choice (yes, no, abstain or spoilt) and castOn (a date written YYYY-MM-DD), and nothing else.',
        'The vote at index 2 could not be read: its choice is the number 1, not text. A vote needs memberId (text), choice (yes, no, abstain or spoilt) and castOn (a date written YYYY-MM-DD), and nothing else.',
        'The vote at index 3 could not be read: its castOn is the text "2015-02-30", not a real date written YYYY-MM-DD. A vote needs memberId (text), choice (yes, no, abstain or spoilt) and castOn (a date written YYYY-MM-DD), and nothing else.',
        'The vote at index 4 could not be read: it has a field a vote does not have ("proxy"). A vote needs memberId (text), choice (yes, no, abstain or spoilt) and castOn (a date written YYYY-MM-DD), and nothing else.',
        'The vote at index 5 could not be read: it is a list of 2, not a record. A vote needs memberId (text), choice (yes, no, abstain or spoilt) and castOn (a date written YYYY-MM-DD), and nothing else.',
        'The vote at index 6 could not be read: it is null, not a record. A vote needs memberId (text), choice (yes, no, abstain or spoilt) and castOn (a date written YYYY-MM-DD), and nothing else.',
      ]);
      expect(new Set(result.rejectedVotes.map((vote) => vote.code))).toEqual(
        new Set(['malformed_vote']),
      );
      expect(result.rejectedVotes[2]).toMatchObject({
        memberId: ids[0],
        choice: null,
        castOn: '2015-09-10',
      });
      expect(result.counts.cast).toBe(1);
    });

    it('names up to three unknown fields of a malformed vote', () => {
      const result = rejectedOf([
        { memberId: ids[0], choice: 'yes', castOn: '2015-09-10', a: 1, b: 2, c: 3, d: 4 },
      ]);
      expect(result.rejectedVotes[0]?.message).toContain(
        'it has fields a vote does not have ("a", "b", "c", ...)',
      );
    });

    it('rejects a vote whose fields raise an error when read', () => {
      const hostile = {
        memberId: ids[0],
        castOn: '2015-09-10',
        get choice(): string {
          throw new Error('unreadable');
        },
      };
      const result = rejectedOf([hostile, valid(ids[1] as string)]);
      expect(result.rejectedVotes[0]).toMatchObject({ code: 'malformed_vote', index: 0 });
      expect(result.counts.yes).toBe(1);
    });

    it('rejects a vote whose keys cannot be listed', () => {
      const vote = new Proxy(valid(ids[0] as string), {
        ownKeys() {
          throw new Error('no keys');
        },
      });
      const result = rejectedOf([vote]);
      expect(result.rejectedVotes[0]).toMatchObject({
        code: 'malformed_vote',
        message:
          'The vote at index 0 could not be read: reading it raised an error. A vote needs memberId (text), choice (yes, no, abstain or spoilt) and castOn (a date written YYYY-MM-DD), and nothing else.',
      });
    });

    it('rejects an unknown choice, a non-member and a vote outside the window', () => {
      const result = rejectedOf([
        valid(ids[0] as string, 'APPROVE' as Vote['choice']),
        valid('Z999'),
        valid(ids[1] as string, 'yes', '2015-08-31'),
        valid(ids[2] as string, 'yes', '2015-10-01'),
        valid(ids[3] as string, 'yes', '2015-09-01'),
        valid(ids[4] as string, 'no', '2015-09-30'),
      ]);
      expect(result.rejectedVotes).toEqual([
        {
          index: 0,
          code: 'unknown_choice',
          memberId: 'P001',
          choice: 'APPROVE',
          castOn: '2015-09-10',
          message:
            'The vote at index 0 (member P001) has the choice "APPROVE", which is not one of yes, no, abstain or spoilt.',
        },
        {
          index: 1,
          code: 'not_a_member',
          memberId: 'Z999',
          choice: 'yes',
          castOn: '2015-09-10',
          message:
            'The vote at index 1 is from Z999, who is not in the electorate of ballot ballot.',
        },
        {
          index: 2,
          code: 'outside_window',
          memberId: 'P002',
          choice: 'yes',
          castOn: '2015-08-31',
          message:
            "Member P002's vote (index 2) was cast on 2015-08-31, outside the ballot window 2015-09-01 to 2015-09-30 (both days included).",
        },
        {
          index: 3,
          code: 'outside_window',
          memberId: 'P003',
          choice: 'yes',
          castOn: '2015-10-01',
          message:
            "Member P003's vote (index 3) was cast on 2015-10-01, outside the ballot window 2015-09-01 to 2015-09-30 (both days included).",
        },
      ]);
      expect(result.counts).toMatchObject({ yes: 1, no: 1, cast: 2 });
      expect(reason(result, 'BALLOT-VOTE-VALIDITY')?.message).toBe(
        "Of 6 votes received, 2 counted and 4 were rejected: 1 had an unknown choice; 1 came from a non-member; 2 were cast outside the window. The window was 2015-09-01 to 2015-09-30, both days included. Where a member returns different choices, none of its votes counts ('reject-all').",
      );
    });

    it('counts one of several identical votes and rejects the repeats as duplicates', () => {
      const result = rejectedOf([
        valid(ids[0] as string, 'yes', '2015-09-10'),
        valid(ids[0] as string, 'yes', '2015-09-12'),
        valid(ids[1] as string, 'no'),
      ]);
      expect(result.counts).toMatchObject({ yes: 1, no: 1 });
      expect(result.rejectedVotes).toEqual([
        {
          index: 1,
          code: 'duplicate_vote',
          memberId: 'P001',
          choice: 'yes',
          castOn: '2015-09-12',
          message:
            'Member P001 voted yes more than once; one of these identical votes counts (yes on 2015-09-10, index 0), so this repeat does not.',
        },
      ]);
    });

    it("rejects every changed vote of a member under 'reject-all' (the default)", () => {
      const result = rejectedOf([
        valid(ids[0] as string, 'yes', '2015-09-10'),
        valid(ids[1] as string, 'no'),
        valid(ids[0] as string, 'no', '2015-09-11'),
      ]);
      expect(result.rules.changedVotes).toBe('reject-all');
      expect(result.counts).toMatchObject({ yes: 0, no: 1, cast: 1 });
      expect(result.rejectedVotes.map((vote) => [vote.index, vote.code])).toEqual([
        [0, 'changed_vote'],
        [2, 'changed_vote'],
      ]);
      expect(result.rejectedVotes[0]?.message).toBe(
        "Member P001 returned votes with different choices; under the changed-vote rule 'reject-all' none of them counts (this one, index 0, was yes on 2015-09-10).",
      );
    });

    it("counts the latest vote under 'last-counts' and the earliest under 'first-counts'", () => {
      const votes = [
        valid(ids[0] as string, 'yes', '2015-09-12'),
        valid(ids[0] as string, 'no', '2015-09-10'),
        valid(ids[0] as string, 'abstain', '2015-09-11'),
      ];
      const last = rejectedOf(votes, { changedVotes: 'last-counts' });
      expect(last.counts).toMatchObject({ yes: 1, no: 0, abstain: 0 });
      expect(last.rejectedVotes.map((vote) => vote.index)).toEqual([1, 2]);
      expect(last.rejectedVotes[0]?.message).toBe(
        "Member P001 changed its vote; under the changed-vote rule 'last-counts' only its latest vote (yes on 2015-09-12, index 0) counts, not this one (no on 2015-09-10).",
      );
      const first = rejectedOf(votes, { changedVotes: 'first-counts' });
      expect(first.counts).toMatchObject({ yes: 0, no: 1, abstain: 0 });
      expect(first.rejectedVotes.map((vote) => vote.index)).toEqual([0, 2]);
      expect(reason(first, 'BALLOT-VOTE-VALIDITY')?.message).toContain(
        "Where a member returns different choices, its earliest vote counts ('first-counts').",
      );
    });

    it('breaks a same-day change by list order', () => {
      const votes = [valid(ids[0] as string, 'yes'), valid(ids[0] as string, 'no')];
      expect(rejectedOf(votes, { changedVotes: 'last-counts' }).counts.no).toBe(1);
      expect(rejectedOf(votes, { changedVotes: 'first-counts' }).counts.yes).toBe(1);
    });

    it('keeps the latest identical repeat under last-counts', () => {
      const votes = [
        valid(ids[0] as string, 'yes', '2015-09-10'),
        valid(ids[0] as string, 'yes', '2015-09-12'),
      ];
      const result = rejectedOf(votes, { changedVotes: 'last-counts' });
      expect(result.rejectedVotes.map((vote) => [vote.index, vote.code])).toEqual([
        [0, 'duplicate_vote'],
      ]);
    });
  });

  describe('when the ballot is malformed', () => {
    it('throws duplicate_elector for a member listed twice', () => {
      const { ballot } = scenario(3, {});
      const twice = { ...ballot, electorate: [...ballot.electorate, { memberId: 'P002' }] };
      expect(() => tallyBallot(twice, [])).toThrowErrorMatchingInlineSnapshot(
        `[CoCommissioningError: [co-commissioning] duplicate_elector: Member P002 appears more than once in the electorate: list each member once.]`,
      );
    });

    it('throws ballot_window_reversed when the ballot closes before it opens', () => {
      const { ballot } = scenario(3, {}, SIMPLE_MAJORITY, {
        opens: '2015-09-30',
        closes: '2015-09-01',
      });
      const result = safeTallyBallot(ballot, []);
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.issues).toEqual([
          {
            code: 'ballot_window_reversed',
            message:
              'The ballot closes on 2015-09-01, before it opens on 2015-09-30: give the closing date on or after the opening date.',
            path: ['closes'],
            opens: '2015-09-30',
            closes: '2015-09-01',
          },
        ]);
      }
    });

    it('throws missing_list_size and list_size_after_opening for weighted votes', () => {
      const ballot: Ballot = {
        ...scenario(2, {}).ballot,
        electorate: [
          { memberId: 'A' },
          { memberId: 'B', listSize: 5000, listSizeOn: '2015-09-02' },
          { memberId: 'C', listSize: 5000, listSizeOn: '2015-09-01' },
        ],
        rules: withRules({
          weighting: { kind: 'list-size', patientsPerVote: 2000, rounding: 'floor' },
        }),
      };
      const result = safeTallyBallot(ballot, []);
      if (result.success) throw new Error('expected issues');
      expect(result.issues).toEqual([
        {
          code: 'missing_list_size',
          message:
            'Votes are weighted by list size, but member A has no listSize: give its registered list size.',
          path: ['electorate', 0, 'listSize'],
          memberId: 'A',
        },
        {
          code: 'list_size_after_opening',
          message:
            "Member B's list size is dated 2015-09-02, after the ballot opened on 2015-09-01: weights must be fixed before voting starts, so give the list size as at a date on or before 2015-09-01.",
          path: ['electorate', 1, 'listSizeOn'],
          memberId: 'B',
          listSizeOn: '2015-09-02',
          opens: '2015-09-01',
        },
      ]);
    });

    it('throws no_voting_weight when every list rounds down to no vote', () => {
      const ballot: Ballot = {
        ...scenario(2, {}).ballot,
        electorate: [
          { memberId: 'A', listSize: 1999 },
          { memberId: 'B', listSize: 0 },
        ],
        rules: withRules({
          weighting: { kind: 'list-size', patientsPerVote: 2000, rounding: 'floor' },
        }),
      };
      expect(() => tallyBallot(ballot, [])).toThrowErrorMatchingInlineSnapshot(
        `[CoCommissioningError: [co-commissioning] no_voting_weight: Under this weighting none of the 2 members holds a vote, so no turnout or share can be formed: lower patientsPerVote, round up, or set minimumVotes.]`,
      );
    });

    it('throws casting_vote_without_rule for a casting vote under another tie rule', () => {
      const { ballot } = scenario(2, {}, SIMPLE_MAJORITY, { castingVote: 'yes' });
      expect(() => tallyBallot(ballot, [])).toThrowErrorMatchingInlineSnapshot(
        `[CoCommissioningError: [co-commissioning] casting_vote_without_rule: A chair's casting vote is given, but the tie rule is 'not-carried': set rules.tie to 'chair-casting-vote' or remove castingVote.]`,
      );
    });

    it('throws invalid_input with a plain message for a shape problem', () => {
      const { ballot } = scenario(2, {});
      const zero = withRules({
        threshold: { ratio: { numerator: 0, denominator: 2 }, comparator: '>', base: 'yes-no' },
      });
      expect(() => tallyBallot({ ...ballot, rules: zero }, [])).toThrowErrorMatchingInlineSnapshot(
        `[CoCommissioningError: [co-commissioning] invalid_input: A threshold of zero would carry a proposal nobody supported: give a share above zero, such as 1/2. (at rules.threshold.ratio)]`,
      );
      const tooBig = withRules({
        quorum: { turnout: { numerator: 5, denominator: 4 }, comparator: '>=' },
      });
      expect(() =>
        tallyBallot({ ...ballot, rules: tooBig }, []),
      ).toThrowErrorMatchingInlineSnapshot(
        `[CoCommissioningError: [co-commissioning] invalid_input: A share cannot be more than the whole: give a numerator no larger than the denominator. (at rules.quorum.turnout)]`,
      );
    });

    it('throws invalid_input naming a member record with an unknown field or a bad date', () => {
      const { ballot } = scenario(2, {});
      const extra = { ...ballot, electorate: [{ memberId: 'A', practiceCode: 'Y0001' }] };
      expect(() => tallyBallot(extra, [])).toThrowErrorMatchingInlineSnapshot(
        `[CoCommissioningError: [co-commissioning] invalid_input: Remove the field "practiceCode" at electorate.0: not part of this record.]`,
      );
      const badDate = safeTallyBallot(
        { ...ballot, electorate: [{ memberId: 'A', listSizeOn: '2015-13-01' }] },
        [],
      );
      expect(badDate.success ? [] : badDate.issues.map((issue) => issue.path.join('.'))).toContain(
        'electorate.0.listSizeOn',
      );
    });

    it('throws invalid_input when the votes are not a list', () => {
      const { ballot } = scenario(2, {});
      expect(() => tallyBallot(ballot, {} as Vote[])).toThrowError(CoCommissioningError);
      const result = safeTallyBallot(ballot, 'votes');
      if (result.success) throw new Error('expected issues');
      expect(result.issues[0]).toEqual({
        code: 'invalid_input',
        message:
          'Give the votes as a list (an empty list when none were returned), not the text "votes".',
        path: ['votes'],
        expected: 'a list of votes',
        received: 'the text "votes"',
      });
    });
  });

  describe('when explaining', () => {
    it('cites the rule sources in every reason, and the local constitution where given', () => {
      const source = { document: 'Surrey Downs CCG constitution', section: 'member voting' };
      const rules = withRules({ quorum: { turnout: THREE_QUARTERS, comparator: '>=' }, source });
      const { ballot, votes } = scenario(100, { yes: 59, no: 15 }, rules);
      const result = tallyBallot(ballot, votes);
      expect(result.reasons.map((entry) => entry.id)).toEqual([
        'BALLOT-UNIT',
        'BALLOT-VOTE-VALIDITY',
        'BALLOT-TURNOUT-QUORUM',
        'BALLOT-THRESHOLD',
      ]);
      for (const entry of result.reasons) {
        expect(entry.sources.length).toBeGreaterThan(0);
        expect(entry.sources).toContainEqual(source);
      }
      expect(reason(result, 'BALLOT-TURNOUT-QUORUM')?.sources).toContainEqual({
        document: 'DOMAIN.md',
        domainId: 'BALLOT-TURNOUT-QUORUM',
        section: 'Part 2 §1.7 rule 53',
      });
      expect(reason(result, 'BALLOT-THRESHOLD')?.values).toMatchObject({
        yesShare: { numerator: 59, denominator: 74 },
        threshold: { numerator: 1, denominator: 2 },
        baseKind: 'yes-no',
      });
    });

    it('copies the optional ballot fields into the result', () => {
      const { ballot, votes } = scenario(3, { yes: 2 }, SIMPLE_MAJORITY, {
        constituency: 'Vale Royal CCG',
        conductedBy: 'Primary Care Cheshire, verified by Cheshire LMC',
        conditions: ['NHS England approval'],
      });
      const result = tallyBallot(ballot, votes);
      expect(result).toMatchObject({
        ballotId: 'ballot',
        constituency: 'Vale Royal CCG',
        conductedBy: 'Primary Care Cheshire, verified by Cheshire LMC',
        conditions: ['NHS England approval'],
        castingVote: null,
        quorate: null,
      });
    });
  });

  describe('as a pure function', () => {
    it('does not mutate its arguments', () => {
      const { ballot, votes } = scenario(10, { yes: 4, no: 3, abstain: 1 });
      const frozenBallot = deepFreeze(structuredClone(ballot));
      const frozenVotes = deepFreeze<Vote[]>([
        ...structuredClone(votes),
        { memberId: 'P001', choice: 'no', castOn: '2015-09-20' },
      ]);
      expect(() => tallyBallot(frozenBallot, frozenVotes)).not.toThrow();
      expect(frozenBallot).toEqual(ballot);
    });

    it('returns a deeply frozen result', () => {
      const { ballot, votes } = scenario(10, { yes: 4, no: 3 });
      expect(isDeepFrozen(tallyBallot(ballot, [...votes, 'bad' as unknown as Vote]))).toBe(true);
    });

    it('returns the same result for the same input', () => {
      const { ballot, votes } = scenario(10, { yes: 4, no: 3 });
      expect(tallyBallot(ballot, votes)).toEqual(tallyBallot(ballot, votes));
    });
  });
});

describe('safeTallyBallot', () => {
  describe('when the input is well formed', () => {
    it('returns the same result as tallyBallot', () => {
      const { ballot, votes } = scenario(107, { yes: 52, no: 31 });
      expect(safeTallyBallot(ballot, votes)).toEqual({
        success: true,
        data: tallyBallot(ballot, votes),
      });
    });
  });

  describe('when the input is malformed', () => {
    it('returns every issue instead of throwing', () => {
      const result = safeTallyBallot({ id: '', question: 'Q' }, []);
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
          ['invalid_input', 'id'],
          ['invalid_input', 'opens'],
          ['invalid_input', 'closes'],
          ['invalid_input', 'electorate'],
          ['invalid_input', 'rules'],
        ]);
        expect(result.issues[0]?.message).toBe(
          'Give the ballot an ID; it cannot be empty. (at id)',
        );
      }
    });

    it('returns invalid_input when reading the ballot raises an error', () => {
      const hostile = new Proxy(
        {},
        {
          get() {
            throw new Error('unreadable');
          },
          ownKeys() {
            throw new Error('unreadable');
          },
        },
      );
      const result = safeTallyBallot(hostile, []);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.issues[0]?.code).toBe('invalid_input');
    });

    it('does not mutate its arguments and returns frozen issues', () => {
      const ballot = deepFreeze({ id: 'x', electorate: [{ memberId: 'A' }, { memberId: 'A' }] });
      const result = safeTallyBallot(ballot, deepFreeze([1, 2]));
      expect(result.success).toBe(false);
      if (!result.success) expect(Object.isFrozen(result.issues)).toBe(true);
    });
  });
});
