import {
  AgendaItemSchema,
  ApplicationWaveSchema,
  BallotResultSchema,
  BallotRulesSchema,
  BallotSchema,
  CcgSchema,
  CitationSchema,
  CommissioningEventSchema,
  CommitteeMemberSchema,
  CommitteeSchema,
  DeclarationSchema,
  LmcSchema,
  MeetingSchema,
  MemberPracticeSchema,
  NhsEnglandRegionSchema,
  OfferSchema,
  PersonSchema,
  ProcurementDecisionSchema,
  RegisterSchema,
  VoteSchema,
} from 'co-commissioning';
import {
  agendaItemArbitrary,
  applicationWaveArbitrary,
  ballotArbitrary,
  ballotResultArbitrary,
  ballotRulesArbitrary,
  ccgArbitrary,
  citationArbitrary,
  commissioningEventArbitrary,
  committeeArbitrary,
  committeeMemberArbitrary,
  declarationArbitrary,
  lmcArbitrary,
  meetingArbitrary,
  memberPracticeArbitrary,
  nhsEnglandRegionArbitrary,
  offerArbitrary,
  personArbitrary,
  procurementDecisionArbitrary,
  registerArbitrary,
  type Validity,
  type ValidityOptions,
  voteArbitrary,
} from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';

type EntityArbitrary = (options?: ValidityOptions<Validity>) => fc.Arbitrary<unknown>;

/** Every entity arbitrary with the schema that judges what it generates. */
const ENTITIES: readonly (readonly [string, EntityArbitrary, z.ZodType])[] = [
  ['personArbitrary', personArbitrary, PersonSchema],
  ['memberPracticeArbitrary', memberPracticeArbitrary, MemberPracticeSchema],
  ['ccgArbitrary', (options) => ccgArbitrary({ ...options, maxPractices: 4 }), CcgSchema],
  ['lmcArbitrary', lmcArbitrary, LmcSchema],
  ['nhsEnglandRegionArbitrary', nhsEnglandRegionArbitrary, NhsEnglandRegionSchema],
  ['citationArbitrary', citationArbitrary, CitationSchema],
  ['committeeMemberArbitrary', committeeMemberArbitrary, CommitteeMemberSchema],
  [
    'committeeArbitrary',
    (options) => committeeArbitrary({ ...options, maxMembers: 8 }),
    CommitteeSchema,
  ],
  ['voteArbitrary', voteArbitrary, VoteSchema],
  ['ballotRulesArbitrary', ballotRulesArbitrary, BallotRulesSchema],
  ['ballotArbitrary', (options) => ballotArbitrary({ ...options, maxMembers: 6 }), BallotSchema],
  [
    'ballotResultArbitrary',
    (options) => ballotResultArbitrary({ ...options, maxMembers: 6 }),
    BallotResultSchema,
  ],
  ['declarationArbitrary', declarationArbitrary, DeclarationSchema],
  ['registerArbitrary', registerArbitrary, RegisterSchema],
  ['offerArbitrary', offerArbitrary, OfferSchema],
  ['agendaItemArbitrary', agendaItemArbitrary, AgendaItemSchema],
  ['meetingArbitrary', meetingArbitrary, MeetingSchema],
  ['procurementDecisionArbitrary', procurementDecisionArbitrary, ProcurementDecisionSchema],
  ['commissioningEventArbitrary', commissioningEventArbitrary, CommissioningEventSchema],
  ['applicationWaveArbitrary', applicationWaveArbitrary, ApplicationWaveSchema],
];

const issues = (schema: z.ZodType, value: unknown): number => {
  const result = schema.safeParse(value);
  return result.success ? 0 : result.error.issues.length;
};

describe.each(ENTITIES)('%s', (_name, arbitrary, schema) => {
  it('generates only values its schema accepts (valid by construction)', () => {
    fc.assert(
      fc.property(arbitrary(), (value) => issues(schema, value) === 0),
      { numRuns: 60 },
    );
    fc.assert(
      fc.property(arbitrary({ validity: 'valid' }), (value) => issues(schema, value) === 0),
      { numRuns: 10 },
    );
  });

  it('generates near-valid values its schema refuses with exactly one issue', () => {
    fc.assert(
      fc.property(arbitrary({ validity: 'near-valid' }), (value) => issues(schema, value) === 1),
      { numRuns: 40 },
    );
  });

  it('generates invalid values its schema refuses', () => {
    fc.assert(
      fc.property(arbitrary({ validity: 'invalid' }), (value) => issues(schema, value) > 0),
      { numRuns: 30 },
    );
  });
});

describe('the arbitraries', () => {
  it('are deterministic for a seed: the same seed gives the same values', () => {
    const sample = (seed: number) =>
      fc.sample(committeeArbitrary({ maxMembers: 6 }), { seed, numRuns: 5 });
    expect(sample(42)).toEqual(sample(42));
  });
});
