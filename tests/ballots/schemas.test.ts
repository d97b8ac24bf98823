import {
  BALLOT_ISSUE_CODES,
  BALLOT_OUTCOMES,
  BallotRulesSchema,
  BallotSchema,
  BallotThresholdSchema,
  BallotWeightingSchema,
  ElectorSchema,
  ISSUE_CODES,
  REJECTED_VOTE_CODES,
  ShareSchema,
  safeTallyBallot,
  VOTE_CHOICES,
  VoteSchema,
} from 'co-commissioning';
import { describe, expect, it } from 'vitest';
import { scenario } from './fixtures.js';

const messages = (result: { error?: { issues: readonly { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message);

describe('BallotSchema', () => {
  describe('when a ballot is well formed', () => {
    it('parses it to an equal copy', () => {
      const { ballot } = scenario(3, {});
      const parsed = BallotSchema.parse(ballot);
      expect(parsed).toEqual(ballot);
      expect(parsed).not.toBe(ballot);
    });
  });

  describe('when a ballot breaks a rule beyond its shape', () => {
    it('reports the library code in each issue’s params', () => {
      const { ballot } = scenario(2, {});
      const result = BallotSchema.safeParse({
        ...ballot,
        electorate: [...ballot.electorate, { memberId: 'P001' }],
      });
      expect(result.error?.issues[0]).toMatchObject({
        code: 'custom',
        path: ['electorate', 2, 'memberId'],
        params: { ballotIssue: { code: 'duplicate_elector', memberId: 'P001' } },
      });
    });

    it('checks dates and weights only once the shape is right (no false window issue)', () => {
      const { ballot } = scenario(2, {});
      const result = safeTallyBallot({ ...ballot, opens: 'September' }, []);
      if (result.success) throw new Error('expected issues');
      expect(
        new Set(result.issues.map((issue) => `${issue.code} at ${issue.path.join('.')}`)),
      ).toEqual(new Set(['invalid_input at opens']));
    });
  });

  describe('when optional fields are malformed', () => {
    it('explains each in plain words', () => {
      const { ballot } = scenario(2, {});
      const result = BallotSchema.safeParse({
        ...ballot,
        constituency: '',
        conductedBy: 3,
        conditions: [''],
        castingVote: 'maybe',
        extra: 1,
      });
      expect(messages(result)).toEqual([
        'Give the constituency a name, or leave it out.',
        'Give who conducted the ballot as text.',
        'A condition cannot be empty.',
        "Give the chair's casting vote as yes or no.",
        'Unrecognized key: "extra"',
      ]);
    });
  });
});

describe('ElectorSchema', () => {
  describe('when a list size is not a whole number of patients in range', () => {
    it('says what to give', () => {
      expect(messages(ElectorSchema.safeParse({ memberId: 'P1', listSize: 12.5 }))).toEqual([
        'Give the list size as a whole number of registered patients, from 0 to 10,000,000.',
      ]);
      expect(messages(ElectorSchema.safeParse({ memberId: '', listSize: '12' }))).toEqual([
        'Give each member of the electorate an ID; it cannot be empty.',
        'Give the list size as a whole number of registered patients.',
      ]);
    });
  });
});

describe('BallotRulesSchema', () => {
  describe('when the rules are incomplete or unknown', () => {
    it('names each rule that is missing or wrong', () => {
      expect(
        messages(
          BallotRulesSchema.safeParse({
            weighting: { kind: 'per-practice' },
            threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'all' },
            tie: 'coin-toss',
            changedVotes: 'average',
          }),
        ),
      ).toEqual([
        'Give the weighting kind as per-member or list-size.',
        'Give the base as yes-no, votes-cast or eligible.',
        'Give the tie rule as not-carried, chair-casting-vote or re-ballot.',
        'Give the changed-vote rule as last-counts, first-counts or reject-all.',
      ]);
    });

    it('checks list-size weighting parts', () => {
      expect(
        messages(
          BallotWeightingSchema.safeParse({
            kind: 'list-size',
            patientsPerVote: 0,
            rounding: 'half-even',
            minimumVotes: -1,
          }),
        ),
      ).toEqual([
        'Give the number of patients per vote as a whole number from 1 to 10,000,000.',
        'Give the rounding as floor, ceil or nearest.',
        'Give the minimum number of votes per member as a whole number from 0 to 10,000,000.',
      ]);
    });

    it('checks the comparator of a threshold', () => {
      expect(
        messages(
          BallotThresholdSchema.safeParse({
            ratio: { numerator: 1, denominator: 2 },
            comparator: '=',
            base: 'yes-no',
          }),
        ),
      ).toEqual(['Give the comparator as ">" (more than) or ">=" (at least).']);
    });
  });
});

describe('ShareSchema', () => {
  describe('when a share is not from 0 to 1', () => {
    it('rejects it with a reason', () => {
      expect(messages(ShareSchema.safeParse({ numerator: -1, denominator: 0 }))).toEqual([
        'The numerator of the share must be a whole number, zero or more.',
        'The denominator of the share must be a whole number greater than zero.',
      ]);
      expect(messages(ShareSchema.safeParse({ numerator: 'a', denominator: null }))).toEqual([
        'Give the numerator of the share as a whole number.',
        'Give the denominator of the share as a whole number.',
      ]);
      expect(ShareSchema.safeParse({ numerator: 0, denominator: 4 }).success).toBe(true);
      expect(ShareSchema.safeParse({ numerator: 4, denominator: 4 }).success).toBe(true);
    });
  });
});

describe('VoteSchema', () => {
  describe('when checking votes at a boundary', () => {
    it('accepts a vote and rejects what the tally would reject as malformed', () => {
      expect(
        VoteSchema.safeParse({ memberId: 'P1', choice: 'spoilt', castOn: '2015-09-30' }).success,
      ).toBe(true);
      expect(
        messages(VoteSchema.safeParse({ memberId: '', choice: 'APPROVE', castOn: '2015-02-30' })),
      ).toEqual([
        'Give the member ID of the practice that voted; it cannot be empty.',
        'Give the choice as yes, no, abstain or spoilt.',
        'Give a real calendar date written YYYY-MM-DD, such as 2016-04-01.',
      ]);
    });
  });
});

describe('BALLOT_ISSUE_CODES', () => {
  describe('when listing the codes', () => {
    it('lists every ballot issue code once, and each is in ISSUE_CODES', () => {
      expect(BALLOT_ISSUE_CODES).toEqual([
        'duplicate_elector',
        'ballot_window_reversed',
        'missing_list_size',
        'list_size_after_opening',
        'no_voting_weight',
        'casting_vote_without_rule',
        'duplicate_ballot_id',
        'elector_in_several_ballots',
      ]);
      for (const code of BALLOT_ISSUE_CODES) expect(ISSUE_CODES).toContain(code);
    });

    it('lists the outcomes, choices and rejection codes in report order', () => {
      expect(BALLOT_OUTCOMES).toEqual(['carried', 'not-carried', 'tied', 'inquorate']);
      expect(VOTE_CHOICES).toEqual(['yes', 'no', 'abstain', 'spoilt']);
      expect(REJECTED_VOTE_CODES).toEqual([
        'malformed_vote',
        'unknown_choice',
        'not_a_member',
        'outside_window',
        'duplicate_vote',
        'changed_vote',
      ]);
    });
  });
});
