// The ballot's hand-written fast path (src/ballots/internal/parseBallot.ts) and the mark on
// results the library counted (src/ballots/internal/tallied.ts) decide only how fast a tally is,
// never its answer: the fast path must take every well-formed ballot (or a large electorate is
// parsed member by member by the schema) and must never take what BallotSchema refuses; only the
// library's own results may skip validation when recorded as an event.
import { BallotSchema, tallyBallot } from 'co-commissioning';
import { ballotArbitrary, buildBallot } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexElectorate } from '../../src/ballots/internal/ballotIssues.js';
import { parseFast } from '../../src/ballots/internal/parseBallot.js';
import { isTalliedResult } from '../../src/ballots/internal/tallied.js';

describe('the fast path of a ballot parse', () => {
  it('takes every ballot BallotSchema accepts, and reads it exactly as the schema does (property)', () => {
    fc.assert(
      fc.property(ballotArbitrary({ maxMembers: 12 }), (ballot) => {
        const fast = parseFast(ballot);
        const parsed = BallotSchema.parse(ballot);
        expect(fast).toBeDefined();
        expect(JSON.stringify(fast?.ballot)).toBe(JSON.stringify(parsed));
        expect(fast?.index).toEqual(indexElectorate(parsed));
      }),
      { numRuns: 300 },
    );
  });

  it('takes the real ballots, per member and weighted by list size', () => {
    const perMember = buildBallot().ballot;
    const weighted = buildBallot({
      eligible: 3,
      yes: 2,
      no: 1,
      listSizes: [4200, 8100, 2600],
      rules: { weighting: { kind: 'list-size', patientsPerVote: 2000, rounding: 'nearest' } },
    }).ballot;
    for (const ballot of [perMember, weighted]) {
      expect(JSON.stringify(parseFast(ballot)?.ballot)).toBe(
        JSON.stringify(BallotSchema.parse(ballot)),
      );
    }
  });

  it('never takes a ballot BallotSchema refuses (property)', () => {
    fc.assert(
      fc.property(ballotArbitrary({ validity: 'near-valid', maxMembers: 12 }), (ballot) => {
        const fast = parseFast(ballot);
        if (BallotSchema.safeParse(ballot).success) return;
        expect(fast).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('leaves to the schema each kind of malformed member, and a ballot with problems', () => {
    const { ballot } = buildBallot({ eligible: 2, yes: 1, no: 1 });
    const member = ballot.electorate[0];
    const variants: unknown[] = [
      { ...ballot, electorate: [] },
      { ...ballot, electorate: [null, ballot.electorate[1]] },
      { ...ballot, electorate: [[], ballot.electorate[1]] },
      { ...ballot, electorate: [{ ...member, extra: 1 }] },
      { ...ballot, electorate: [{ memberId: '' }] },
      { ...ballot, electorate: [{ memberId: 7 }] },
      { ...ballot, electorate: [{ memberId: 'P1', listSize: -1 }] },
      { ...ballot, electorate: [{ memberId: 'P1', listSize: 1.5 }] },
      { ...ballot, electorate: [{ memberId: 'P1', listSize: 10, listSizeOn: '2015-02-30' }] },
      { ...ballot, electorate: [{ memberId: 'P1', listSize: 10, listSizeOn: 20150901 }] },
      { ...ballot, electorate: [{ memberId: 'P1' }, { memberId: 'P1' }] },
      { ...ballot, closes: '2015-08-01' },
    ];
    for (const variant of variants) {
      expect(parseFast(variant)).toBeUndefined();
      expect(BallotSchema.safeParse(variant).success).toBe(false);
    }
  });

  it('checks each list-size date, even when the one before it was the same valid date', () => {
    const { ballot } = buildBallot({ eligible: 3, yes: 1 });
    const electorate = [
      { memberId: 'P1', listSize: 10, listSizeOn: '2015-08-01' },
      { memberId: 'P2', listSize: 10, listSizeOn: '2015-08-01' },
      { memberId: 'P3', listSize: 10, listSizeOn: '2015-13-01' },
    ];
    expect(parseFast({ ...ballot, electorate })).toBeUndefined();
    expect(parseFast({ ...ballot, electorate: electorate.slice(0, 2) })?.ballot.electorate).toEqual(
      electorate.slice(0, 2),
    );
  });
});

describe('the mark on results the library counted', () => {
  it('is on every result tallyBallot returns, and on no copy of one', () => {
    const { ballot, votes } = buildBallot();
    const result = tallyBallot(ballot, votes);
    expect(isTalliedResult(result)).toBe(true);
    expect(isTalliedResult({ ...result })).toBe(false);
    expect(isTalliedResult(JSON.parse(JSON.stringify(result)))).toBe(false);
    expect(isTalliedResult(null)).toBe(false);
    expect(isTalliedResult('carried')).toBe(false);
  });
});

describe('the words for a vote with fields a vote does not have', () => {
  it('name them in one order, whatever order they were written in', () => {
    const { ballot } = buildBallot({ eligible: 1 });
    const message = (vote: object) =>
      tallyBallot(ballot, [vote] as unknown as Parameters<typeof tallyBallot>[1]).rejectedVotes[0]
        ?.message;
    const base = { memberId: 'P001', choice: 'yes', castOn: '2015-09-15' };
    expect(message({ ...base, zeta: 1, alpha: 2 })).toBe(message({ ...base, alpha: 2, zeta: 1 }));
    expect(message({ ...base, zeta: 1, alpha: 2 })).toContain('("alpha", "zeta")');
  });
});
