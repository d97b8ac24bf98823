import type { Ballot, BallotRules, Vote } from 'co-commissioning';
import { isoDateArbitrary } from 'co-commissioning/testing';
import * as fc from 'fast-check';

// fast-check arbitraries for small random ballots. Dates: the window is 2019-09-02 to
// 2019-09-27; votes fall from 2019-08-30 to 2019-09-30, so some are outside.

export const OPENS = '2019-09-02';
export const CLOSES = '2019-09-27';

/** A date from 2019-08-30 to 2019-09-30: mostly inside the window, some outside. */
export const castOnArbitrary = isoDateArbitrary({ min: '2019-08-30', max: '2019-09-30' });

export const shareArbitrary = (positive: boolean) =>
  fc
    .integer({ min: 1, max: 12 })
    .chain((denominator) =>
      fc
        .integer({ min: positive ? 1 : 0, max: denominator })
        .map((numerator) => ({ numerator, denominator })),
    );

export const rulesArbitrary: fc.Arbitrary<BallotRules> = fc
  .record(
    {
      weighting: fc.oneof(
        fc.constant({ kind: 'per-member' as const }),
        fc.record(
          {
            kind: fc.constant('list-size' as const),
            patientsPerVote: fc.integer({ min: 1, max: 3000 }),
            rounding: fc.constantFrom('floor' as const, 'ceil' as const, 'nearest' as const),
            minimumVotes: fc.integer({ min: 0, max: 2 }),
          },
          { requiredKeys: ['kind', 'patientsPerVote', 'rounding'] },
        ),
      ),
      threshold: fc.record({
        ratio: shareArbitrary(true),
        comparator: fc.constantFrom('>' as const, '>=' as const),
        base: fc.constantFrom('yes-no' as const, 'votes-cast' as const, 'eligible' as const),
      }),
      quorum: fc.record({
        turnout: shareArbitrary(false),
        comparator: fc.constantFrom('>' as const, '>=' as const),
      }),
      tie: fc.constantFrom(
        'not-carried' as const,
        'chair-casting-vote' as const,
        're-ballot' as const,
      ),
      changedVotes: fc.constantFrom(
        'last-counts' as const,
        'first-counts' as const,
        'reject-all' as const,
      ),
    },
    { requiredKeys: ['weighting', 'threshold', 'tie'] },
  )
  .map((rules) => rules as BallotRules);

export interface BallotCase {
  readonly ballot: Ballot;
  readonly votes: Vote[];
  readonly ids: string[];
}

/** A valid ballot of 1 to `maxMembers` members with up to `maxVotes` well-formed votes. */
export function ballotCaseArbitrary(
  options: {
    maxMembers?: number;
    maxVotes?: number;
    inWindow?: boolean;
    weightFloor?: boolean;
  } = {},
): fc.Arbitrary<BallotCase> {
  const maxMembers = options.maxMembers ?? 12;
  return fc
    .tuple(
      fc.integer({ min: 1, max: maxMembers }),
      rulesArbitrary,
      fc.option(fc.constantFrom('yes' as const, 'no' as const), { nil: undefined }),
    )
    .chain(([size, rules, castingVote]) => {
      const ids = Array.from({ length: size }, (_, index) => `M${index}`);
      const castOn =
        options.inWindow === true
          ? fc.constantFrom('2019-09-02', '2019-09-15', '2019-09-27')
          : castOnArbitrary;
      return fc
        .record({
          listSizes: fc.array(fc.integer({ min: 0, max: 9000 }), {
            minLength: size,
            maxLength: size,
          }),
          votes: fc.array(
            fc.record({
              memberId: fc.constantFrom(...ids, 'OUTSIDER'),
              choice: fc.constantFrom(
                'yes' as const,
                'no' as const,
                'abstain' as const,
                'spoilt' as const,
              ),
              castOn,
            }),
            { maxLength: options.maxVotes ?? 20 },
          ),
        })
        .map(({ listSizes, votes }) => {
          const weighting =
            rules.weighting.kind === 'list-size' && options.weightFloor === true
              ? { ...rules.weighting, minimumVotes: 1 }
              : rules.weighting;
          const ballot: Ballot = {
            id: 'random',
            question: 'Random question?',
            opens: OPENS,
            closes: CLOSES,
            electorate: ids.map((memberId, index) => ({
              memberId,
              listSize: listSizes[index] as number,
              listSizeOn: '2019-09-01',
            })),
            rules: { ...rules, weighting },
          };
          if (rules.tie === 'chair-casting-vote' && castingVote !== undefined) {
            ballot.castingVote = castingVote;
          }
          return { ballot, votes, ids };
        });
    });
}
