import {
  type Ballot,
  type BallotRules,
  type ConcurrentBallot,
  formatPercent,
  safeTallyConcurrentBallots,
  tallyConcurrentBallots,
} from 'co-commissioning';
import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HALF,
  memberIds,
  SIMPLE_MAJORITY,
  THREE_QUARTERS,
  votesFrom,
  withRules,
} from './fixtures.js';

/** One CCG's electorate: `yes` and `no` votes, plus `away` practices that did not vote. */
function ccg(
  id: string,
  constituency: string,
  yes: number,
  no: number,
  away: number,
  rules: BallotRules = SIMPLE_MAJORITY,
): ConcurrentBallot {
  const ids = memberIds(`${id}-`, yes + no + away);
  const ballot: Ballot = {
    id,
    constituency,
    question: 'Should the four Cheshire CCGs merge into one CCG from April 2020?',
    opens: '2019-09-02',
    closes: '2019-09-27',
    electorate: ids.map((memberId) => ({ memberId })),
    rules,
    conductedBy: 'Primary Care Cheshire, verified by Cheshire LMC',
  };
  return { ballot, votes: votesFrom(ids, { yes, no }, '2019-09-16') };
}

// Cheshire, September 2019 (DOMAIN E4): one vote per practice; all four CCGs must approve.
// Eastern Cheshire is reported as 95% in favour with one practice against: 19-1.
const cheshire = () => [
  ccg('south', 'South Cheshire CCG', 13, 1, 1),
  ccg('vale-royal', 'Vale Royal CCG', 7, 4, 1),
  ccg('west', 'West Cheshire CCG', 28, 4, 1),
  ccg('eastern', 'Eastern Cheshire CCG', 19, 1, 1),
];

describe('tallyConcurrentBallots', () => {
  describe('when every electorate carries the proposal', () => {
    it('returns carried for the Cheshire merger, 2019: South 13-1, Vale Royal 7-4, West 28-4, Eastern 19-1', () => {
      const result = tallyConcurrentBallots(cheshire());
      expect(result.outcome).toBe('carried');
      expect(result.results.map((entry) => [entry.ballotId, entry.outcome])).toEqual([
        ['south', 'carried'],
        ['vale-royal', 'carried'],
        ['west', 'carried'],
        ['eastern', 'carried'],
      ]);
      expect(formatPercent(result.results[3]?.yesShare ?? HALF, 0)).toBe('95%');
      const returned = result.results.reduce((sum, entry) => sum + entry.counts.cast, 0);
      const eligible = result.results.reduce((sum, entry) => sum + entry.counts.eligible, 0);
      expect(formatPercent({ numerator: returned, denominator: eligible }, 0)).toBe('95%');
      expect(result.reasons).toEqual([
        {
          id: 'BALLOT-MULTI-CCG-CONCURRENCE',
          verdict: 'pass',
          message:
            'Each of the 4 electorates had to carry the proposal separately. All 4 (South Cheshire CCG, Vale Royal CCG, West Cheshire CCG and Eastern Cheshire CCG) carried it: the proposal is carried.',
          sources: [
            {
              document: 'DOMAIN.md',
              domainId: 'BALLOT-MULTI-CCG-CONCURRENCE',
              section: 'Part 2 §1.7 rule 55',
            },
          ],
          values: {
            south: 'carried',
            'vale-royal': 'carried',
            west: 'carried',
            eastern: 'carried',
          },
        },
      ]);
    });
  });

  describe('when one electorate fails', () => {
    it('returns not carried when a single CCG votes against, as West London did in September 2020 (DOMAIN E8)', () => {
      const votesCast = withRules({
        threshold: { ratio: HALF, comparator: '>=', base: 'votes-cast' },
      });
      const others = Array.from({ length: 7 }, (_, index) =>
        ccg(`nwl-${index + 1}`, `North West London CCG ${index + 1}`, 10, 2, 0, votesCast),
      );
      const westLondon = ccg('west-london', 'West London CCG', 7, 13, 0, votesCast);
      const result = tallyConcurrentBallots([...others, westLondon]);
      expect(result.outcome).toBe('not-carried');
      expect(result.reasons[0]).toMatchObject({
        verdict: 'fail',
        message:
          'Each of the 8 electorates had to carry the proposal separately. West London CCG did not carry it, so the proposal is not carried. The other 7 results were not needed to decide.',
      });
    });

    it('returns inquorate when a CCG misses its quorum, and not carried if another also rejects', () => {
      const quorum = withRules({ quorum: { turnout: THREE_QUARTERS, comparator: '>=' } });
      const surreyDowns = ccg('surrey-downs', 'Surrey Downs CCG', 25, 4, 11, quorum);
      const others = [
        ccg('east-surrey', 'East Surrey CCG', 18, 2, 0, quorum),
        ccg('nw-surrey', 'North West Surrey CCG', 30, 6, 2, quorum),
      ];
      const inquorate = tallyConcurrentBallots([...others, surreyDowns]);
      expect(inquorate.outcome).toBe('inquorate');
      expect(inquorate.reasons[0]).toMatchObject({
        verdict: 'unknown',
        remedy: 'Re-run the ballot in Surrey Downs CCG.',
        message:
          'Each of the 3 electorates had to carry the proposal separately. Surrey Downs CCG was inquorate, so the proposal is not decided until that vote is re-run (an inquorate vote is not a defeat). The other 2 results were not needed to decide.',
      });
      const rejected = tallyConcurrentBallots([
        ...others,
        surreyDowns,
        ccg('guildford', 'Guildford and Waverley CCG', 3, 20, 0, quorum),
      ]);
      expect(rejected.outcome).toBe('not-carried');
    });

    it('returns tied when a CCG is tied and none rejects or is inquorate', () => {
      const reBallot = withRules({ tie: 're-ballot' });
      const result = tallyConcurrentBallots([
        ccg('a', 'Nottingham City CCG', 10, 10, 0, reBallot),
        ccg('b', 'Mansfield and Ashfield CCG', 12, 3, 0, reBallot),
        ccg('c', 'Newark and Sherwood CCG', 6, 6, 0, reBallot),
      ]);
      expect(result.outcome).toBe('tied');
      expect(result.reasons[0]).toMatchObject({
        verdict: 'unknown',
        remedy: 'Settle the tie in Nottingham City CCG and Newark and Sherwood CCG.',
        message:
          'Each of the 3 electorates had to carry the proposal separately. Nottingham City CCG and Newark and Sherwood CCG were tied, so the proposal is not decided until the tie is settled. The other result was not needed to decide.',
      });
    });

    it('names each electorate by its ballot ID when it has no constituency', () => {
      const entry = ccg('solo', 'x', 1, 2, 0);
      const { constituency: _unused, ...ballot } = entry.ballot;
      const result = tallyConcurrentBallots([{ ballot, votes: entry.votes }]);
      expect(result.reasons[0]?.message).toBe(
        'The proposal had to be carried by its only electorate. solo did not carry it, so the proposal is not carried.',
      );
    });
  });

  describe('when the input is malformed', () => {
    it('throws elector_in_several_ballots when a practice is in two electorates', () => {
      const [south, vale] = cheshire() as [ConcurrentBallot, ConcurrentBallot];
      const shared: ConcurrentBallot = {
        ballot: {
          ...vale.ballot,
          electorate: [...vale.ballot.electorate, { memberId: 'south-001' }],
        },
        votes: vale.votes,
      };
      expect(() => tallyConcurrentBallots([south, shared])).toThrowErrorMatchingInlineSnapshot(
        `[CoCommissioningError: [co-commissioning] elector_in_several_ballots: Member south-001 is in the electorate of south and vale-royal: on one decision each member votes in one electorate only.]`,
      );
    });

    it('throws duplicate_ballot_id when two electorates share a ballot ID', () => {
      const [south, vale] = cheshire() as [ConcurrentBallot, ConcurrentBallot];
      const result = safeTallyConcurrentBallots([
        south,
        { ...vale, ballot: { ...vale.ballot, id: 'south' } },
      ]);
      expect(result).toMatchObject({
        success: false,
        issues: [
          {
            code: 'duplicate_ballot_id',
            message:
              'Ballot ID south is used by more than one electorate: give each ballot its own ID.',
            path: [1, 'ballot', 'id'],
            ballotId: 'south',
          },
        ],
      });
    });

    it('returns every electorate’s issues with the entry index first in the path', () => {
      const [south, vale] = cheshire() as [ConcurrentBallot, ConcurrentBallot];
      const result = safeTallyConcurrentBallots([
        { ...south, ballot: { ...south.ballot, opens: '2019-10-01' } },
        { ballot: vale.ballot, votes: 'none' },
        'not an entry',
        { ballot: vale.ballot, votes: [], extra: true },
      ]);
      if (result.success) throw new Error('expected issues');
      expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
        ['ballot_window_reversed', [0, 'ballot', 'closes']],
        ['invalid_input', [1, 'votes']],
        ['invalid_input', [2]],
        ['invalid_input', [3]],
      ]);
      expect(result.issues[2]?.message).toBe(
        'Give entry 2 as { ballot, votes }, not the text "not an entry".',
      );
    });

    it('throws invalid_input for an empty list', () => {
      expect(() => tallyConcurrentBallots([])).toThrowErrorMatchingInlineSnapshot(
        `[CoCommissioningError: [co-commissioning] invalid_input: Give the ballots as a list of at least one { ballot, votes } entry, not a list of 0.]`,
      );
    });

    it('never throws for any JSON at all (fc.anything)', () => {
      fc.assert(
        fc.property(fc.anything(), (input) => {
          const copy = structuredClone(input);
          expect(typeof safeTallyConcurrentBallots(input).success).toBe('boolean');
          expect(input).toEqual(copy);
        }),
      );
      fc.assert(
        fc.property(
          fc.array(fc.record({ ballot: fc.anything(), votes: fc.anything() })),
          (input) => {
            expect(typeof safeTallyConcurrentBallots(input).success).toBe('boolean');
          },
        ),
      );
    });

    it('returns invalid_input when reading an entry raises an error', () => {
      const hostile = new Proxy(
        {},
        {
          ownKeys() {
            throw new Error('unreadable');
          },
        },
      );
      expect(safeTallyConcurrentBallots([hostile])).toMatchObject({
        success: false,
        issues: [{ code: 'invalid_input', message: 'The input could not be read.' }],
      });
    });
  });

  describe('as a pure function', () => {
    it('does not mutate its arguments', () => {
      const input = deepFreeze(structuredClone(cheshire()));
      expect(() => tallyConcurrentBallots(input)).not.toThrow();
      expect(input).toEqual(cheshire());
    });

    it('returns a deeply frozen result', () => {
      expect(isDeepFrozen(tallyConcurrentBallots(cheshire()))).toBe(true);
    });
  });
});

describe('safeTallyConcurrentBallots', () => {
  describe('when the input is well formed', () => {
    it('returns the same result as tallyConcurrentBallots', () => {
      expect(safeTallyConcurrentBallots(cheshire())).toEqual({
        success: true,
        data: tallyConcurrentBallots(cheshire()),
      });
    });
  });
});
