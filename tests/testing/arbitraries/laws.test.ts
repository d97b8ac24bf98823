import {
  CommitteeSchema,
  checkCommittee,
  createCommissioningState,
  loadState,
  parseCcg,
  parseCommittee,
  safeCheckDeclarations,
  serializeState,
  tallyBallot,
  transition,
  VoteSchema,
} from 'co-commissioning';
import {
  ballotCaseArbitrary,
  ccgArbitrary,
  commissioningEventArbitrary,
  commissioningStateArbitrary,
  committeeArbitrary,
  invalidArbitrary,
  isDeepFrozen,
  nearValidArbitrary,
  registerArbitrary,
} from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';

describe('committeeArbitrary', () => {
  it('generates committees parseCommittee accepts: unique person IDs', () => {
    fc.assert(
      fc.property(committeeArbitrary(), (committee) => {
        parseCommittee(committee);
      }),
      { numRuns: 60 },
    );
  });

  it('is compliant on any date for every kind when compliant: true', () => {
    for (const kind of ['pccc', 'joint-committee', 'governing-body', 'other'] as const) {
      fc.assert(
        fc.property(
          committeeArbitrary({ kind, compliant: true }),
          fc.constantFrom('2014-12-01', '2016-06-28', '2017-06-16', '2022-06-30'),
          (committee, asOf) => {
            expect(committee.kind).toBe(kind);
            expect(checkCommittee(committee, { asOf }).compliant).toBe(true);
          },
        ),
        { numRuns: 40 },
      );
    }
  });
});

describe('ccgArbitrary', () => {
  it('generates CCGs parseCcg accepts: no practice twice', () => {
    fc.assert(
      fc.property(ccgArbitrary(), (ccg) => {
        parseCcg(ccg);
      }),
      { numRuns: 40 },
    );
  });
});

describe('ballotCaseArbitrary', () => {
  it('generates ballots whose every vote is counted', () => {
    fc.assert(
      fc.property(ballotCaseArbitrary({ maxMembers: 10 }), ({ ballot, votes }) => {
        const result = tallyBallot(ballot, votes);
        expect(result.rejectedVotes).toEqual([]);
        expect(result.counts.cast).toBe(votes.length);
      }),
      { numRuns: 80 },
    );
  });

  it('uses 15 members at most by default', () => {
    fc.assert(
      fc.property(ballotCaseArbitrary(), ({ ballot }) => ballot.electorate.length <= 15),
      { numRuns: 30 },
    );
  });
});

describe('registerArbitrary', () => {
  it('generates registers checkDeclarations accepts on any date', () => {
    fc.assert(
      fc.property(
        registerArbitrary(),
        (register) => safeCheckDeclarations(register, { asOf: '2018-01-01' }).success,
      ),
      { numRuns: 40 },
    );
  });
});

describe('commissioningEventArbitrary', () => {
  it('generates events transition never throws on; a refused event leaves the state as it was', () => {
    const start = createCommissioningState({ ccgId: '06H', status: 'B', since: '2014-04-01' });
    fc.assert(
      fc.property(commissioningEventArbitrary(), (event) => {
        const result = transition(start, event);
        expect(result.ok || result.state === start).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('generates only the types asked for', () => {
    fc.assert(
      fc.property(
        commissioningEventArbitrary({ types: ['CONSULT_LMC', 'GO_LIVE'] }),
        (event) => event.type === 'CONSULT_LMC' || event.type === 'GO_LIVE',
      ),
      { numRuns: 30 },
    );
  });
});

describe('commissioningStateArbitrary', () => {
  it('generates deeply frozen states that survive serializeState and loadState', () => {
    fc.assert(
      fc.property(commissioningStateArbitrary(), (state) => {
        expect(isDeepFrozen(state)).toBe(true);
        expect(loadState(serializeState(state))).toEqual(state);
      }),
      { numRuns: 25 },
    );
  });
});

describe('nearValidArbitrary', () => {
  it('changes exactly one field of a value of any schema', () => {
    const Schema = z
      .object({ id: z.string(), count: z.number(), tags: z.array(z.string()) })
      .strict();
    const valid = fc.record({ id: fc.string(), count: fc.integer(), tags: fc.array(fc.string()) });
    fc.assert(
      fc.property(nearValidArbitrary(valid, Schema), (value) => {
        return Schema.safeParse(value).error?.issues.length === 1;
      }),
      { numRuns: 60 },
    );
  });

  it('gives back a value with nothing to change, when the schema refuses it with one issue', () => {
    const Positive = z.number().positive();
    fc.assert(
      fc.property(nearValidArbitrary(fc.constant(-1), Positive), (value) => value === -1),
      { numRuns: 5 },
    );
  });

  it('breaks a value with a null, a list or a nested object', () => {
    const Schema = z
      .object({ when: z.null(), parts: z.array(z.object({ n: z.number() }).strict()) })
      .strict();
    fc.assert(
      fc.property(
        nearValidArbitrary(fc.constant({ when: null, parts: [{ n: 1 }] }), Schema),
        (value) => {
          return Schema.safeParse(value).error?.issues.length === 1;
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('invalidArbitrary', () => {
  it('generates values the schema refuses, several fields wrong or another shape', () => {
    fc.assert(
      fc.property(
        invalidArbitrary(
          fc.record({
            memberId: fc.constant('P001'),
            choice: fc.constant('yes'),
            castOn: fc.constant('2015-09-15'),
          }),
          VoteSchema,
        ),
        (vote) => !VoteSchema.safeParse(vote).success,
      ),
      { numRuns: 40 },
    );
    fc.assert(
      fc.property(
        invalidArbitrary(committeeArbitrary({ maxMembers: 6 }), CommitteeSchema),
        (value) => {
          return !CommitteeSchema.safeParse(value).success;
        },
      ),
      { numRuns: 20 },
    );
  });
});
