import {
  type Ballot,
  type BallotResult,
  BallotResultSchema,
  formatBallotResult,
  tallyBallot,
} from 'co-commissioning';
import { deepFreeze } from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';
import { cambridgeshireBallotReport } from '../../docs/examples/ballot.js';
import { HALF, memberIds, scenario, THREE_QUARTERS, votesFrom, withRules } from './fixtures.js';

describe('formatBallotResult', () => {
  describe('when the ballot was carried', () => {
    it('renders the Cambridgeshire & Peterborough result as a committee paper prints it', () => {
      const { ballot, votes } = scenario(107, { yes: 52, no: 31 }, undefined, {
        constituency: 'Cambridgeshire and Peterborough CCG',
        conditions: ['final assurance on the budgets and resources'],
      });
      expect(formatBallotResult(tallyBallot(ballot, votes))).toMatchInlineSnapshot(`
        "Question: Should the CCG apply for delegated commissioning?
        Electorate: 107 member practices of Cambridgeshire and Peterborough CCG, one vote each; voting from 1 September 2015 to 30 September 2015.
        Votes: 52 yes, 31 no, 0 abstentions, 0 spoilt; 83 of 107 practices voted (turnout 77.6%). No votes were rejected.
        Yes share: 62.7% of votes for or against (52 of 83).
        Rule applied: carried when yes is more than 50% of the votes for or against (abstentions and spoilt ballots left out); no turnout quorum; a tie is not carried; where a member returns different choices, none of them counts.
        Outcome: CARRIED.
        Conditional mandate: the mandate is subject to final assurance on the budgets and resources.
        Reasons:
        1. Each of the 107 member practices had one vote, whatever its list size. [DOMAIN.md BALLOT-UNIT, Part 2 §1.7 rule 52]
        2. All 83 votes received were counted. The window was 2015-09-01 to 2015-09-30, both days included. Where a member returns different choices, none of its votes counts ('reject-all'). [DOMAIN.md BALLOT-ADMIN, Part 2 §1.7 rule 57; DOMAIN.md BALLOT-OPTIONS, Part 2 §1.7 rule 56; DOMAIN.md BALLOT-NO-NATIONAL-RULE, Part 2 §1.7 rule 51]
        3. 83 of 107 eligible practices returned a ballot (turnout 77.6%); no turnout quorum applies. [DOMAIN.md BALLOT-TURNOUT-QUORUM, Part 2 §1.7 rule 53; Cambridgeshire & Peterborough CCG, 2015 (002_4254f9e60152174f.txt), §4.3]
        4. 52 of 83 practices that voted for or against voted yes (62.7%), more than the 50% required. Abstentions and spoilt ballots are left out of the base. The proposal is carried. [DOMAIN.md BALLOT-THRESHOLD, Part 2 §1.7 rule 54; DOMAIN.md, Part 3 Q1; DOMAIN.md, Part 3 Q2; BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Key points for CCG member practices and LMCs]"
      `);
    });
  });

  describe('when the ballot was weighted and inquorate', () => {
    it('renders weights, the quorum, the remedy and the conditions that did not take effect', () => {
      const ids = memberIds('W', 4);
      const ballot: Ballot = {
        id: 'w',
        question: 'Merge?',
        constituency: 'West London CCG',
        conductedBy: 'Electoral Reform Services',
        opens: '2020-09-01',
        closes: '2020-09-29',
        electorate: ids.map((memberId, index) => ({
          memberId,
          listSize: [8000, 4000, 2000, 6000][index] as number,
        })),
        rules: withRules({
          weighting: { kind: 'list-size', patientsPerVote: 2000, rounding: 'floor' },
          threshold: { ratio: HALF, comparator: '>=', base: 'votes-cast' },
          quorum: { turnout: THREE_QUARTERS, comparator: '>' },
          tie: 're-ballot',
          changedVotes: 'last-counts',
          source: { document: 'West London CCG constitution', section: 'Schedule 3' },
        }),
        conditions: ['NHS England approval'],
      };
      const votes = [
        ...votesFrom(ids, { yes: 1, no: 1 }, '2020-09-10'),
        { memberId: 'X', choice: 'yes' as const, castOn: '2020-09-10' },
      ];
      expect(formatBallotResult(tallyBallot(ballot, votes))).toMatchInlineSnapshot(`
        "Question: Merge?
        Electorate: 4 member practices of West London CCG, one vote per 2,000 patients, 10 votes in all; voting from 1 September 2020 to 29 September 2020; conducted by Electoral Reform Services.
        Votes: 1 yes, 1 no, 0 abstentions, 0 spoilt; 2 of 4 practices voted (turnout 60.0%). By weight: 4 yes, 2 no, 0 abstentions, 0 spoilt; practices holding 6 of 10 votes returned a ballot. 1 vote was rejected (see the reasons).
        Yes share: 66.7% of returned ballots (4 of 6 votes).
        Rule applied: carried when yes is at least 50% of all returned ballots (abstentions and spoilt ballots count against); a turnout of more than 75% is needed; a tie is re-balloted; where a member changes its vote, the latest counts. Source of the rules: West London CCG constitution, Schedule 3.
        Outcome: INQUORATE: the ballot decided nothing; this is not a defeat.
        Conditions that a mandate would have carried: subject to NHS England approval.
        Reasons:
        1. Each practice had one vote per 2,000 patients on its registered list, rounded down to a whole vote; the 4 practices held 10 votes between them. No practice gave the date of its list size. [DOMAIN.md BALLOT-UNIT, Part 2 §1.7 rule 52; DOMAIN.md, Part 3 Q8; West London CCG constitution, Schedule 3]
        2. Of 3 votes received, 2 counted and 1 was rejected: 1 came from a non-member. The window was 2020-09-01 to 2020-09-29, both days included. Where a member returns different choices, its latest vote counts ('last-counts'). [DOMAIN.md BALLOT-ADMIN, Part 2 §1.7 rule 57; DOMAIN.md BALLOT-OPTIONS, Part 2 §1.7 rule 56; DOMAIN.md BALLOT-NO-NATIONAL-RULE, Part 2 §1.7 rule 51; West London CCG constitution, Schedule 3]
        3. Practices holding 6 of the 10 votes in the electorate returned a ballot (turnout 60.0%; 2 of 4 practices), less than the 75% quorum (more than 75% is needed): the ballot is inquorate, so it decided nothing. This is not a defeat. Remedy: Run the ballot again: ballots holding at least 2 more votes would have had to be returned. [DOMAIN.md BALLOT-TURNOUT-QUORUM, Part 2 §1.7 rule 53; DOMAIN.md, Part 3 Q13; Cambridgeshire & Peterborough CCG, 2015 (002_4254f9e60152174f.txt), §4.3; West London CCG constitution, Schedule 3]
        4. Not applied: the ballot is inquorate. For information, 4 of the 6 votes returned were yes (66.7%), more than the 50% required (at least 50% is needed). Every returned ballot is in the base, so abstentions and spoilt ballots count against. [DOMAIN.md BALLOT-THRESHOLD, Part 2 §1.7 rule 54; DOMAIN.md, Part 3 Q1; DOMAIN.md, Part 3 Q2; BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Key points for CCG member practices and LMCs; West London CCG constitution, Schedule 3]"
      `);
    });
  });

  describe('when nothing is in the base or the vote is tied', () => {
    it('says there is no yes share, and what a tie rule did', () => {
      const { ballot, votes } = scenario(4, { abstain: 2 });
      const empty = formatBallotResult(tallyBallot(ballot, votes)).split('\n');
      expect(empty[3]).toBe('Yes share: none (no votes for or against to count).');
      expect(empty[5]).toBe('Outcome: NOT CARRIED.');
      const tied = scenario(4, { yes: 2, no: 2 }, withRules({ tie: 'chair-casting-vote' }));
      const lines = formatBallotResult(tallyBallot(tied.ballot, tied.votes)).split('\n');
      expect(lines[4]).toContain("a tie is settled by the chair's casting vote");
      expect(lines[5]).toBe('Outcome: TIED: no decision until the tie is settled.');
      expect(lines.at(-1)).toContain(
        "Remedy: Record the chair's casting vote as castingVote on the ballot and count again.",
      );
    });

    it('states a quorum that needs at least a share, and first-counts', () => {
      const rules = withRules({
        quorum: { turnout: HALF, comparator: '>=' },
        changedVotes: 'first-counts',
      });
      const { ballot, votes } = scenario(4, { yes: 2 }, rules);
      expect(formatBallotResult(tallyBallot(ballot, votes)).split('\n')[4]).toBe(
        'Rule applied: carried when yes is more than 50% of the votes for or against (abstentions and spoilt ballots left out); a turnout of at least 50% is needed; a tie is not carried; where a member changes its vote, the earliest counts.',
      );
    });
  });

  describe('when given something that is not a ballot result', () => {
    it('throws invalid_input', () => {
      expect(() =>
        formatBallotResult({ outcome: 'carried' } as unknown as BallotResult),
      ).toThrowError(/invalid_input/);
    });
  });

  describe('as a pure function', () => {
    it('does not mutate its argument', () => {
      const { ballot, votes } = scenario(5, { yes: 3 });
      const result = tallyBallot(ballot, votes);
      const copy = structuredClone(result);
      formatBallotResult(deepFreeze(result));
      expect(result).toEqual(copy);
    });
  });
});

describe('BallotResultSchema', () => {
  describe('when reading a stored result', () => {
    it('accepts a result from tallyBallot, also after a round trip through JSON', () => {
      const { ballot, votes } = scenario(10, { yes: 4, no: 3, abstain: 1 });
      const result = tallyBallot(ballot, [...votes, 'spoilt' as never]);
      expect(BallotResultSchema.parse(JSON.parse(JSON.stringify(result)))).toEqual(result);
    });

    it('rejects counts that do not add up', () => {
      const { ballot, votes } = scenario(10, { yes: 4, no: 3 });
      const result = tallyBallot(ballot, votes);
      const bad = { ...result, counts: { ...result.counts, cast: 9 } };
      expect(BallotResultSchema.safeParse(bad).error?.issues.map((issue) => issue.message)).toEqual(
        ['The cast count must equal yes + no + abstain + spoilt.'],
      );
      const over = { ...result, counts: { ...result.counts, eligible: 2 } };
      expect(
        BallotResultSchema.safeParse(over).error?.issues.map((issue) => issue.message),
      ).toEqual(['More ballots were counted than there are members in the electorate.']);
    });
  });
});

describe('cambridgeshireBallotReport (docs/examples/ballot.ts)', () => {
  describe('when run', () => {
    it('returns the committee paper text with the figures of seed 002 §4.3 and the conditional mandate', () => {
      const report = cambridgeshireBallotReport();
      expect(report).toContain('62.7%');
      expect(report).toContain('77.6%');
      expect(report).toContain('52 yes, 31 no');
      expect(report).toContain('Outcome: CARRIED.');
      expect(report).toContain('subject to final assurance on the budgets and resources');
      expect(report).toContain('DOMAIN.md BALLOT-THRESHOLD');
    });
  });
});
