// The hand-written fast paths behind the benchmarks (committee, options and event validation,
// the parsed-committee check, patches without immer) must give exactly the answers of the zod
// schemas and the general paths they stand in for, and must never let unvalidated data through.
import {
  type CommissioningEvent,
  CommissioningEventSchema,
  type Committee,
  CommitteeSchema,
  checkCommittee,
  checkParsedCommittee,
  createCommissioningState,
  isCoCommissioningError,
  isIsoDate,
  MemberRoleSchema,
  parseCommittee,
  safeCheckCommittee,
  safeParseCommittee,
  tallyBallot,
  transition,
} from 'co-commissioning';
import { isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carriedBallot, cycleCommittee, cycleEvents } from './data.js';

const ROLES = MemberRoleSchema.options;

/** A value that is sometimes right and sometimes wrong for a field. */
const wrong = fc.oneof(
  fc.constant(''),
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.string(),
);
const maybe = <T>(right: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: right }, wrong);

const text = fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/);
const member = fc.record(
  {
    personId: maybe(fc.constantFrom('p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6')),
    name: maybe(text),
    role: maybe(fc.constantFrom(...ROLES)),
    voting: maybe(fc.boolean()),
    post: maybe(text),
    extra: fc.string(),
  },
  { requiredKeys: [] },
);
const matcher = fc.record(
  {
    roles: maybe(fc.array(maybe(fc.constantFrom(...ROLES)), { maxLength: 3 })),
    posts: maybe(fc.array(maybe(text), { maxLength: 2 })),
    personIds: maybe(fc.array(maybe(text), { maxLength: 2 })),
    offices: maybe(fc.array(maybe(fc.constantFrom('chair', 'vice-chair')), { maxLength: 2 })),
  },
  { requiredKeys: [] },
);
const ratio = fc.record({
  numerator: maybe(fc.integer({ min: -3, max: 9 })),
  denominator: maybe(fc.integer({ min: -1, max: 9 })),
});
const clause: fc.Arbitrary<unknown> = fc.letrec<{ clause: unknown }>((tie) => ({
  clause: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record(
      {
        kind: maybe(fc.constant('at-least')),
        count: maybe(fc.integer({ min: -1, max: 5 })),
        of: maybe(matcher),
        label: maybe(text),
      },
      { requiredKeys: ['kind'] },
    ),
    fc.record(
      {
        kind: maybe(fc.constant('share')),
        ratio: maybe(ratio),
        comparator: maybe(fc.constantFrom('>', '>=')),
        of: maybe(matcher),
        label: maybe(text),
      },
      { requiredKeys: ['kind'] },
    ),
    fc.record(
      {
        kind: maybe(fc.constantFrom('all-of', 'any-of')),
        rules: maybe(fc.array(tie('clause'), { maxLength: 3 })),
        label: maybe(text),
      },
      { requiredKeys: ['kind'] },
    ),
  ),
})).clause;
const quorum = fc.record(
  {
    rule: maybe(clause),
    countsNonVotingMembers: maybe(fc.boolean()),
    countsDiscussionOnlyMembers: maybe(fc.boolean()),
    source: maybe(
      fc.record(
        { document: maybe(text), section: maybe(fc.string()), domainId: maybe(fc.string()) },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);
/** Committee-shaped values: mostly valid, some with one or more fields wrong or missing. */
const committeeLike = fc
  .record(
    {
      id: maybe(text),
      name: maybe(text),
      kind: maybe(fc.constantFrom('pccc', 'joint-committee', 'governing-body', 'other')),
      chairId: maybe(fc.constantFrom('p-1', 'p-2', 'p-9')),
      members: maybe(fc.array(member, { maxLength: 6 })),
      viceChairId: maybe(fc.constantFrom('p-2', 'p-3')),
      quorum: maybe(quorum),
      meetsInPublic: maybe(fc.boolean()),
      unexpected: fc.string(),
    },
    { requiredKeys: [] },
  )
  .chain((committee) =>
    fc.constantFrom(
      committee,
      Object.assign(Object.create(null) as object, committee),
      JSON.parse(JSON.stringify(committee)) as unknown,
    ),
  );

const json = (value: unknown) => JSON.stringify(value);

describe('parseCommittee', () => {
  describe('when read by its hand-written fast path', () => {
    it('accepts exactly what CommitteeSchema accepts without a repeated person, and returns the same value with its fields in the same order (property)', () => {
      fc.assert(
        fc.property(committeeLike, (input) => {
          const schema = CommitteeSchema.safeParse(input);
          const ids = schema.success ? schema.data.members.map((m) => m.personId) : [];
          const unique = new Set(ids).size === ids.length;
          const result = safeParseCommittee(input);
          expect(result.success).toBe(schema.success && unique);
          if (result.success && schema.success) {
            expect(json(result.data)).toBe(json(schema.data));
            expect(isDeepFrozen(result.data)).toBe(true);
          }
        }),
        { numRuns: 1500 },
      );
    });

    it('finds a person listed twice in a large committee as in a small one', () => {
      const members = Array.from({ length: 30 }, (_, index) => ({
        personId: `p-${index}`,
        name: `Member ${index}`,
        role: 'lay' as const,
        voting: true,
      }));
      const committee = { id: 'c', name: 'C', kind: 'pccc' as const, chairId: 'p-0', members };
      expect(safeParseCommittee(committee).success).toBe(true);
      const twice = { ...committee, members: [...members, { ...members[7], name: 'Again' }] };
      const result = safeParseCommittee(twice);
      expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
        ['duplicate_id', ['committee', 'members', 30]],
      ]);
    });

    it('words a malformed committee exactly as the schema does', () => {
      const result = safeParseCommittee({ ...cycleCommittee('pccc'), kind: 'board' });
      expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual([
        ['committee', 'kind'],
      ]);
    });
  });
});

describe('checkParsedCommittee', () => {
  const asOf = '2017-07-01';

  describe('when given a committee that parseCommittee did not return', () => {
    it('validates it first, so a committee with a person listed twice is refused with duplicate_id', () => {
      const committee = CommitteeSchema.parse({
        ...cycleCommittee('pccc'),
        members: [...cycleCommittee('pccc').members, cycleCommittee('pccc').members[0]],
      });
      expect(() => checkParsedCommittee(committee, { asOf })).toThrowError(
        expect.objectContaining({ code: 'duplicate_id' }),
      );
    });

    it('refuses a malformed committee with invalid_input instead of checking it', () => {
      const malformed = { ...cycleCommittee('pccc'), members: 'everyone' } as unknown as Committee;
      expect(() => checkParsedCommittee(malformed, { asOf })).toThrowError(
        expect.objectContaining({ code: 'invalid_input' }),
      );
    });

    it('returns the same deeply frozen check as for the parsed committee (property)', () => {
      fc.assert(
        fc.property(committeeLike, (input) => {
          const parsed = safeParseCommittee(input);
          if (!parsed.success) return;
          const copy = CommitteeSchema.parse(input);
          const check = checkParsedCommittee(parsed.data, { asOf });
          expect(json(checkParsedCommittee(copy, { asOf }))).toBe(json(check));
          expect(isDeepFrozen(check)).toBe(true);
        }),
        { numRuns: 400 },
      );
    });
  });

  describe('when the options are more than asOf', () => {
    it('validates them, so an override of an unknown rule is refused', () => {
      const committee = parseCommittee(cycleCommittee('pccc'));
      expect(() =>
        checkParsedCommittee(committee, {
          asOf,
          overrides: { 'NO-SUCH-RULE': { enabled: false } },
        }),
      ).toThrowError(expect.objectContaining({ code: 'unknown_rule_override' }));
    });

    it('refuses options that are not a record with invalid_input', () => {
      const committee = parseCommittee(cycleCommittee('pccc'));
      expect(() =>
        checkParsedCommittee(committee, undefined as unknown as { asOf: string }),
      ).toThrowError(expect.objectContaining({ code: 'invalid_input' }));
    });

    it('refuses options whose fields cannot be read with a coded error', () => {
      const committee = parseCommittee(cycleCommittee('pccc'));
      const unreadable = new Proxy(
        { asOf: '2017-07-01' },
        {
          get() {
            throw new Error('unreadable');
          },
        },
      );
      expect(() => checkParsedCommittee(committee, unreadable)).toThrowError(
        expect.objectContaining({ code: 'invalid_input' }),
      );
      expect(safeCheckCommittee(committee, unreadable).success).toBe(false);
    });

    it('reports a malformed asOf as checkCommittee does, with any other options', () => {
      const committee = parseCommittee(cycleCommittee('pccc'));
      for (const options of [
        { asOf: '2017-13-01', nhsEnglandCountsAsExecutive: true },
        { asOf: '2017-13-01', overrides: {} },
      ]) {
        expect(safeCheckCommittee(committee, options)).toEqual({
          success: false,
          issues: [expect.objectContaining({ code: 'invalid_input', path: ['options', 'asOf'] })],
        });
        expect(() => checkParsedCommittee(committee, options)).toThrowError(
          expect.objectContaining({ code: 'invalid_input' }),
        );
      }
    });
  });
});

describe('checkCommittee', () => {
  describe('when asOf is read by hand', () => {
    it('accepts exactly the real calendar dates written YYYY-MM-DD (property)', () => {
      const committee = parseCommittee(cycleCommittee('pccc'));
      const digits = fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/);
      fc.assert(
        fc.property(
          fc.oneof(
            digits,
            fc.string(),
            fc.constantFrom('2016-02-29', '2017-02-29', '0000-01-01', '٢٠١٧-٠١-٠١'),
          ),
          (asOf) => {
            const result = safeCheckCommittee(committee, { asOf });
            expect(result.success).toBe(isIsoDate(asOf));
          },
        ),
        { numRuns: 2000 },
      );
    });

    it('gives the same check whether the options are read by hand or parsed', () => {
      const committee = parseCommittee(cycleCommittee('joint-committee'));
      const byHand = checkCommittee(committee, {
        asOf: '2017-07-01',
        nhsEnglandCountsAsExecutive: false,
      });
      const parsed = checkCommittee(committee, {
        asOf: '2017-07-01',
        nhsEnglandCountsAsExecutive: false,
        overrides: {},
      });
      expect(json(byHand)).toBe(json(parsed));
    });
  });
});

/** A copy the fast path leaves to the schema (its prototype is an empty object, not Object.prototype). */
function unusual<T extends object>(value: T): T {
  return Object.assign(Object.create({}) as T, value);
}

describe('transition', () => {
  const start = createCommissioningState({ ccgId: 'X', status: 'A', since: '2014-04-01' });
  const events = cycleEvents(0);

  describe('when each event is read by its hand-written fast path', () => {
    it('gives the same results as the schema, step by step through a whole cycle', () => {
      let fast = start;
      let slow = start;
      for (const event of events) {
        const a = transition(fast, event);
        const b = transition(slow, unusual(structuredClone(event)));
        expect(a.ok && b.ok).toBe(true);
        if (!a.ok || !b.ok) return;
        expect(a.record).toEqual(b.record);
        expect(a.state).toEqual(b.state);
        expect(isDeepFrozen(a)).toBe(true);
        fast = a.state;
        slow = b.state;
      }
    });

    it('refuses the same malformed events with the same issues (property)', () => {
      const state = events.slice(0, 4).reduce((current, event) => {
        const result = transition(current, event);
        return result.ok ? result.state : current;
      }, start);
      const field = fc.oneof(
        fc.constantFrom('2016-10-01', '2016-02-30', 'B', 'C', 'Z', true, false),
        fc.constantFrom(['accountable-officer', 'audit-committee-chair'], ['chair'], []),
        fc.constantFrom(cycleCommittee('joint-committee'), { ...cycleCommittee('pccc'), kind: 1 }),
        wrong,
      );
      const eventLike = fc.record(
        {
          type: fc.constantFrom(
            ...events.map((event) => event.type),
            'WITHDRAW_PROPOSAL',
            'LAUNCH',
          ),
          on: fc.oneof(fc.constant('2016-10-01'), field),
          target: field,
          goLive: field,
          approved: field,
          approvedByMembers: field,
          approvedByNhsEngland: field,
          signedBy: field,
          committee: field,
        },
        { requiredKeys: ['type'] },
      );
      fc.assert(
        fc.property(eventLike, (event) => {
          const fast = transition(state, event);
          const slow = transition(state, unusual(event));
          expect(fast.ok).toBe(slow.ok);
          if (!fast.ok && !slow.ok) expect(fast.issues).toEqual(slow.issues);
          if (fast.ok && slow.ok) expect(fast.record).toEqual(slow.record);
        }),
        { numRuns: 1500 },
      );
    });

    it('refuses a committee with a person listed twice, as the schema path does', () => {
      const state = events.slice(0, 5).reduce((current, event) => {
        const result = transition(current, event);
        return result.ok ? result.state : current;
      }, start);
      const committee = cycleCommittee('joint-committee');
      const twice = { ...committee, members: [...committee.members, committee.members[0]] };
      const event = { type: 'ESTABLISH_COMMITTEE', on: '2016-11-01', committee: twice } as const;
      const result = transition(state, event);
      expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(['duplicate_id']);
      // An extra key sends the event past the fast path, to the schema: the same refusal.
      const slow = transition(state, { ...event, note: 'x' } as unknown as CommissioningEvent);
      expect(slow.ok ? [] : slow.issues.map((issue) => issue.code)).toContain('invalid_input');
    });
  });

  describe('when a ballot result counted by tallyBallot is recorded', () => {
    it('keeps the deeply frozen result itself, which the event schema accepts', () => {
      const result = carriedBallot();
      const event: CommissioningEvent = { type: 'RECORD_BALLOT', on: '2016-09-01', result };
      expect(CommissioningEventSchema.safeParse(event).success).toBe(true);
      const state = events.slice(0, 2).reduce((current, next) => {
        const applied = transition(current, next);
        return applied.ok ? applied.state : current;
      }, start);
      const recorded = transition(state, event);
      expect(recorded.ok && recorded.record.event).toEqual(event);
      expect(recorded.ok && (recorded.record.event as typeof event).result).toBe(result);
    });

    it('accepts every tallied result the event schema accepts (property)', () => {
      const choice = fc.constantFrom(
        'yes' as const,
        'no' as const,
        'abstain' as const,
        'spoilt' as const,
      );
      fc.assert(
        fc.property(fc.array(choice, { minLength: 1, maxLength: 9 }), (choices) => {
          const result = tallyBallot(
            {
              id: 'b',
              question: 'Apply?',
              opens: '2016-08-01',
              closes: '2016-08-31',
              electorate: choices.map((_, index) => ({ memberId: `P${index}` })),
              rules: {
                weighting: { kind: 'per-member' },
                threshold: {
                  ratio: { numerator: 1, denominator: 2 },
                  comparator: '>',
                  base: 'yes-no',
                },
                quorum: { turnout: { numerator: 1, denominator: 2 }, comparator: '>=' },
                tie: 're-ballot',
              },
            },
            choices.map((choice, index) => ({
              memberId: `P${index}`,
              choice,
              castOn: '2016-08-15',
            })),
          );
          const event = { type: 'RECORD_BALLOT', on: '2016-09-01', result };
          expect(CommissioningEventSchema.safeParse(event).success).toBe(true);
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('when an event is not valid', () => {
    it('never throws for an unreadable committee, and refuses it', () => {
      const hostile = new Proxy(cycleCommittee('pccc'), {
        get() {
          throw new Error('unreadable');
        },
      });
      try {
        const result = transition(start, {
          type: 'ESTABLISH_COMMITTEE',
          on: '2016-11-01',
          committee: hostile,
        });
        expect(result.ok).toBe(false);
      } catch (error) {
        expect(isCoCommissioningError(error)).toBe(true);
      }
    });
  });
});
