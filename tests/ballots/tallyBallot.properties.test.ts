import {
  type Ballot,
  type BallotOutcome,
  type BallotResult,
  safeTallyBallot,
  tallyBallot,
  type Vote,
  type VoteChoice,
} from 'co-commissioning';
import { isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BallotCase, ballotCaseArbitrary, OPENS } from './arbitraries.js';
import { scenario } from './fixtures.js';

const CHOICES: readonly VoteChoice[] = ['yes', 'no', 'abstain', 'spoilt'];

/** Tallies a case, or returns undefined when the random ballot is not countable. */
function tryTally(testCase: BallotCase, votes: readonly Vote[] = testCase.votes) {
  const result = safeTallyBallot(testCase.ballot, votes);
  return result.success ? result.data : undefined;
}

/** An independent reference: member weights by plain integer formulas. */
function referenceWeight(ballot: Ballot, listSize: number): number {
  const weighting = ballot.rules.weighting;
  if (weighting.kind === 'per-member') return 1;
  const per = weighting.patientsPerVote;
  const votes =
    weighting.rounding === 'floor'
      ? Math.floor(listSize / per)
      : weighting.rounding === 'ceil'
        ? Math.ceil(listSize / per)
        : Math.floor((2 * listSize + per) / (2 * per));
  return Math.max(votes, weighting.minimumVotes ?? 0);
}

/** An independent reference count and decision, with BigInt comparisons. */
function reference(ballot: Ballot, votes: readonly Vote[]) {
  const members = new Map(ballot.electorate.map((elector) => [elector.memberId, elector]));
  const byMember = new Map<string, { index: number; vote: Vote }[]>();
  votes.forEach((vote, index) => {
    if (!members.has(vote.memberId)) return;
    if (vote.castOn < ballot.opens || vote.castOn > ballot.closes) return;
    byMember.set(vote.memberId, [...(byMember.get(vote.memberId) ?? []), { index, vote }]);
  });
  const totals = { yes: 0, no: 0, abstain: 0, spoilt: 0 };
  const counts = { yes: 0, no: 0, abstain: 0, spoilt: 0 };
  const rule = ballot.rules.changedVotes ?? 'reject-all';
  for (const [memberId, list] of byMember) {
    const same = list.every((entry) => entry.vote.choice === list[0]?.vote.choice);
    let counted: VoteChoice | undefined;
    if (same) counted = list[0]?.vote.choice;
    else if (rule !== 'reject-all') {
      const sorted = [...list].sort((a, b) =>
        a.vote.castOn === b.vote.castOn
          ? a.index - b.index
          : a.vote.castOn < b.vote.castOn
            ? -1
            : 1,
      );
      counted = (rule === 'last-counts' ? sorted[sorted.length - 1] : sorted[0])?.vote.choice;
    }
    if (counted === undefined) continue;
    counts[counted] += 1;
    totals[counted] += referenceWeight(ballot, members.get(memberId)?.listSize ?? 0);
  }
  const eligible = ballot.electorate.reduce(
    (sum, elector) => sum + referenceWeight(ballot, elector.listSize ?? 0),
    0,
  );
  const cast = totals.yes + totals.no + totals.abstain + totals.spoilt;
  const { threshold, quorum, tie } = ballot.rules;
  let outcome: BallotOutcome;
  const big = BigInt;
  const quorate =
    quorum === undefined
      ? true
      : quorum.comparator === '>'
        ? big(cast) * big(quorum.turnout.denominator) >
          big(quorum.turnout.numerator) * big(eligible)
        : big(cast) * big(quorum.turnout.denominator) >=
          big(quorum.turnout.numerator) * big(eligible);
  const base =
    threshold.base === 'yes-no'
      ? totals.yes + totals.no
      : threshold.base === 'votes-cast'
        ? cast
        : eligible;
  const left = big(totals.yes) * big(threshold.ratio.denominator);
  const right = big(threshold.ratio.numerator) * big(base);
  if (!quorate) outcome = 'inquorate';
  else if (base === 0) outcome = 'not-carried';
  else if (left > right || (left === right && threshold.comparator === '>=')) outcome = 'carried';
  else if (left < right) outcome = 'not-carried';
  else if (tie === 'not-carried') outcome = 'not-carried';
  else if (tie === 're-ballot' || ballot.castingVote === undefined) outcome = 'tied';
  else outcome = ballot.castingVote === 'yes' ? 'carried' : 'not-carried';
  return { outcome, totals, counts, eligible, cast };
}

/** Members who have no vote at all in the list. */
function nonVoters(testCase: BallotCase): string[] {
  const voted = new Set(testCase.votes.map((vote) => vote.memberId));
  return testCase.ids.filter((id) => !voted.has(id));
}

const summary = (result: BallotResult) => ({
  outcome: result.outcome,
  counts: result.counts,
  weights: result.weights,
  turnout: result.turnout,
  yesShare: result.yesShare,
  codes: result.rejectedVotes.map((vote) => vote.code).sort(),
});

describe('tallyBallot (properties)', () => {
  it('agrees with an independent reference count and decision on every random ballot', () => {
    fc.assert(
      fc.property(ballotCaseArbitrary(), (testCase) => {
        const result = tryTally(testCase);
        fc.pre(result !== undefined);
        const expected = reference(testCase.ballot, testCase.votes);
        expect(result?.outcome).toBe(expected.outcome);
        expect(result?.weights).toMatchObject({ ...expected.totals, eligible: expected.eligible });
        expect(result?.counts).toMatchObject(expected.counts);
      }),
      { numRuns: 300 },
    );
  });

  it('adds up: cast is yes + no + abstain + spoilt, counted plus rejected is received, and turnout never exceeds 1', () => {
    fc.assert(
      fc.property(ballotCaseArbitrary(), (testCase) => {
        const result = tryTally(testCase);
        fc.pre(result !== undefined);
        if (result === undefined) return;
        for (const counts of [result.counts, result.weights]) {
          expect(counts.cast).toBe(counts.yes + counts.no + counts.abstain + counts.spoilt);
          expect(counts.cast).toBeLessThanOrEqual(counts.eligible);
        }
        expect(result.counts.cast + result.rejectedVotes.length).toBe(testCase.votes.length);
        expect(result.counts.eligible).toBe(testCase.ids.length);
        expect(result.turnout).toEqual({
          numerator: result.weights.cast,
          denominator: result.weights.eligible,
        });
        expect(result.turnout.numerator).toBeLessThanOrEqual(result.turnout.denominator);
        expect(result.yesShare.numerator).toBeLessThanOrEqual(result.yesShare.denominator);
        expect(isDeepFrozen(result)).toBe(true);
      }),
    );
  });

  it('is monotone: adding a yes vote from a member who has not voted never turns carried into anything else', () => {
    fc.assert(
      fc.property(ballotCaseArbitrary({ weightFloor: true }), fc.nat(), (testCase, pick) => {
        const result = tryTally(testCase);
        const candidates = nonVoters(testCase);
        fc.pre(result !== undefined && result.outcome === 'carried' && candidates.length > 0);
        const memberId = candidates[pick % candidates.length] as string;
        const after = tryTally(testCase, [
          ...testCase.votes,
          { memberId, choice: 'yes', castOn: OPENS },
        ]);
        expect(after?.outcome).toBe('carried');
      }),
    );
  });

  it('is monotone: adding a no vote from a member who has not voted never turns not-carried into carried', () => {
    fc.assert(
      fc.property(ballotCaseArbitrary({ weightFloor: true }), fc.nat(), (testCase, pick) => {
        const result = tryTally(testCase);
        const candidates = nonVoters(testCase);
        fc.pre(result !== undefined && result.outcome === 'not-carried' && candidates.length > 0);
        const memberId = candidates[pick % candidates.length] as string;
        const after = tryTally(testCase, [
          ...testCase.votes,
          { memberId, choice: 'no', castOn: OPENS },
        ]);
        expect(after?.outcome).not.toBe('carried');
      }),
    );
  });

  it('is independent of vote order, except where the changed-vote rule looks at order (same-day changes)', () => {
    fc.assert(
      fc.property(ballotCaseArbitrary(), fc.infiniteStream(fc.nat()), (testCase, stream) => {
        const rule = testCase.ballot.rules.changedVotes ?? 'reject-all';
        const sameDayChange = testCase.votes.some((vote, index) =>
          testCase.votes.some(
            (other, otherIndex) =>
              otherIndex !== index &&
              other.memberId === vote.memberId &&
              other.castOn === vote.castOn &&
              other.choice !== vote.choice,
          ),
        );
        fc.pre(rule === 'reject-all' || !sameDayChange);
        const shuffled = [...testCase.votes];
        const random = stream[Symbol.iterator]();
        for (let index = shuffled.length - 1; index > 0; index -= 1) {
          const swap = (random.next().value as number) % (index + 1);
          [shuffled[index], shuffled[swap]] = [shuffled[swap] as Vote, shuffled[index] as Vote];
        }
        const before = tryTally(testCase);
        fc.pre(before !== undefined);
        const after = tryTally(testCase, shuffled);
        expect(after && summary(after)).toEqual(before && summary(before));
      }),
    );
  });

  it('counts list sizes as votes when one patient is one vote, whatever the rounding', () => {
    fc.assert(
      fc.property(
        ballotCaseArbitrary(),
        fc.constantFrom('floor' as const, 'ceil' as const, 'nearest' as const),
        (testCase, rounding) => {
          const ballot: Ballot = {
            ...testCase.ballot,
            electorate: testCase.ballot.electorate.map((elector) => ({
              ...elector,
              listSize: (elector.listSize ?? 0) + 1,
            })),
            rules: {
              ...testCase.ballot.rules,
              weighting: { kind: 'list-size', patientsPerVote: 1, rounding },
            },
          };
          ballot.castingVote = undefined;
          delete ballot.castingVote;
          const result = safeTallyBallot(ballot, testCase.votes);
          fc.pre(result.success);
          if (!result.success) return;
          const sizes = new Map(
            ballot.electorate.map((elector) => [elector.memberId, elector.listSize ?? 0]),
          );
          expect(result.data.weights.eligible).toBe([...sizes.values()].reduce((a, b) => a + b, 0));
          const expected = reference(ballot, testCase.votes);
          expect(result.data.weights).toMatchObject(expected.totals);
        },
      ),
    );
  });

  it('orders the roundings: floor <= nearest <= ceil <= floor + one vote per member', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 20000 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 5000 }),
        (listSizes, patientsPerVote) => {
          const eligible = (rounding: 'floor' | 'ceil' | 'nearest') => {
            const { ballot } = scenario(listSizes.length, {});
            const result = safeTallyBallot(
              {
                ...ballot,
                electorate: ballot.electorate.map((elector, index) => ({
                  ...elector,
                  listSize: listSizes[index],
                })),
                rules: {
                  ...ballot.rules,
                  weighting: { kind: 'list-size', patientsPerVote, rounding, minimumVotes: 1 },
                },
              },
              [],
            );
            if (!result.success) throw new Error('expected a result');
            return result.data.weights.eligible;
          };
          const floor = eligible('floor');
          const nearest = eligible('nearest');
          const ceil = eligible('ceil');
          expect(floor).toBeLessThanOrEqual(nearest);
          expect(nearest).toBeLessThanOrEqual(ceil);
          expect(ceil).toBeLessThanOrEqual(floor + listSizes.length);
        },
      ),
    );
  });

  it('never throws and never changes its arguments, for any votes on a valid ballot', () => {
    const { ballot } = scenario(5, {});
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.anything(),
            fc.record({
              memberId: fc.constantFrom('P001', 'P002', 'P009', ''),
              choice: fc.constantFrom(...CHOICES, 'YES', 'approve'),
              castOn: fc.constantFrom('2015-09-01', '2015-09-30', '2015-10-01', '2015-02-30', 'x'),
            }),
          ),
          { maxLength: 30 },
        ),
        (votes) => {
          const copy = structuredClone(votes);
          const result = safeTallyBallot(ballot, votes);
          expect(result.success).toBe(true);
          if (result.success) {
            expect(result.data.counts.cast + result.data.rejectedVotes.length).toBe(votes.length);
          }
          expect(votes).toEqual(copy);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws and never changes its arguments, for any JSON at all (fc.anything)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (ballot, votes) => {
        const ballotCopy = structuredClone(ballot);
        const votesCopy = structuredClone(votes);
        const result = safeTallyBallot(ballot, votes);
        expect(typeof result.success).toBe('boolean');
        if (!result.success) expect(result.issues.length).toBeGreaterThan(0);
        expect(ballot).toEqual(ballotCopy);
        expect(votes).toEqual(votesCopy);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when any one part of a valid ballot is replaced by anything', () => {
    const { ballot, votes } = scenario(6, { yes: 3, no: 2 });
    const paths: readonly (readonly (string | number)[])[] = [
      ['id'],
      ['question'],
      ['opens'],
      ['closes'],
      ['electorate'],
      ['electorate', 0],
      ['electorate', 1, 'memberId'],
      ['electorate', 2, 'listSize'],
      ['rules'],
      ['rules', 'weighting'],
      ['rules', 'threshold'],
      ['rules', 'threshold', 'ratio'],
      ['rules', 'threshold', 'comparator'],
      ['rules', 'quorum'],
      ['rules', 'tie'],
      ['rules', 'changedVotes'],
      ['rules', 'source'],
      ['castingVote'],
      ['conditions'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (path, value) => {
        const copy = structuredClone(ballot) as unknown as Record<string | number, unknown>;
        let target = copy;
        for (const key of path.slice(0, -1))
          target = target[key] as Record<string | number, unknown>;
        target[path[path.length - 1] as string | number] = value;
        const result = safeTallyBallot(copy, votes);
        if (result.success)
          expect(tallyBallot(copy as unknown as Ballot, votes)).toEqual(result.data);
        else expect(() => tallyBallot(copy as unknown as Ballot, votes)).toThrow();
      }),
      { numRuns: 400 },
    );
  });
});
