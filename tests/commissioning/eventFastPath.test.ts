// The hand-written reading of events (src/commissioning/parseEvent.ts, readEvent) decides only how
// fast a transition is, never its answer: it must take every well-formed event, reading it exactly
// as CommissioningEventSchema does (or each step pays for a schema parse), and must never take an
// event the schema refuses. Committees the library parsed and ballot results it counted are kept
// as they are; anything else is read and copied.
import { CommissioningEventSchema, parseCommittee } from 'co-commissioning';
import { commissioningEventArbitrary } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEvent } from '../../src/commissioning/parseEvent.js';
import {
  bedfordshireEvents,
  cambridgeshireEvents,
  compliantPccc,
  gpChairedPccc,
  jointCommittee,
} from './fixtures.js';

const json = (value: unknown) => JSON.stringify(value);

/** Every kind of event the journeys record, and the optional fields of each. */
const WELL_FORMED: readonly unknown[] = [
  ...cambridgeshireEvents,
  ...bedfordshireEvents,
  { type: 'GIVE_NOTICE', on: '2016-10-01', target: 'B' },
  { type: 'WITHDRAW_PROPOSAL', on: '2016-10-01' },
  { type: 'NHSE_DECISION', on: '2016-02-01', approved: false },
  { type: 'GOVERNING_BODY_DECISION', on: '2016-02-01', approved: false },
  { type: 'AMEND_CONSTITUTION', on: '2016-03-10' },
  { type: 'AMEND_CONSTITUTION', on: '2016-03-10', approvedByNhsEngland: true },
  {
    type: 'AMEND_CONSTITUTION',
    on: '2016-03-10',
    approvedByMembers: false,
    approvedByNhsEngland: false,
  },
  { type: 'SUBMIT_APPLICATION', on: '2015-11-06', signedBy: [] },
  { type: 'ESTABLISH_COMMITTEE', on: '2016-03-15', committee: parseCommittee(compliantPccc) },
  { type: 'ESTABLISH_COMMITTEE', on: '2016-03-15', committee: gpChairedPccc },
  { type: 'ESTABLISH_COMMITTEE', on: '2016-03-15', committee: jointCommittee },
];

describe('the fast reading of an event', () => {
  it.each(WELL_FORMED.map((event) => [(event as { type: string }).type, event] as const))(
    'takes a well-formed %s, read exactly as the schema reads it',
    (_type, event) => {
      const fast = readEvent(event);
      expect(fast).toBeDefined();
      expect(Object.isFrozen(fast)).toBe(true);
      if (fast?.type === 'RECORD_BALLOT') {
        // The result tallyBallot returned is kept itself (its keys in the order it built them).
        expect(fast.result).toBe((event as { result: unknown }).result);
        expect(fast).toEqual(CommissioningEventSchema.parse(event));
      } else {
        expect(json(fast)).toBe(json(CommissioningEventSchema.parse(event)));
      }
    },
  );

  it('keeps a committee the library parsed, and copies any other', () => {
    const parsed = parseCommittee(compliantPccc);
    const kept = readEvent({ type: 'ESTABLISH_COMMITTEE', on: '2016-03-15', committee: parsed });
    expect(kept?.type === 'ESTABLISH_COMMITTEE' && kept.committee).toBe(parsed);
    const copied = readEvent({
      type: 'ESTABLISH_COMMITTEE',
      on: '2016-03-15',
      committee: gpChairedPccc,
    });
    expect(copied?.type === 'ESTABLISH_COMMITTEE' && copied.committee).not.toBe(gpChairedPccc);
  });

  it('takes every valid generated event the schema accepts (property)', () => {
    fc.assert(
      fc.property(commissioningEventArbitrary(), (event) => {
        const fast = readEvent(event);
        const parsed = CommissioningEventSchema.safeParse(event);
        expect(parsed.success).toBe(true);
        // A ballot result the library did not count itself goes to the schema, by design.
        if ((event as { type: string }).type === 'RECORD_BALLOT') return;
        expect(json(fast)).toBe(json(parsed.data));
      }),
      { numRuns: 400 },
    );
  });

  it('never takes an event the schema refuses (property)', () => {
    fc.assert(
      fc.property(commissioningEventArbitrary({ validity: 'near-valid' }), (event) => {
        const fast = readEvent(event);
        if (!CommissioningEventSchema.safeParse(event).success) expect(fast).toBeUndefined();
      }),
      { numRuns: 600 },
    );
  });

  it('leaves to the schema what is not a plain event, and an unreadable one', () => {
    const unreadable = Object.defineProperty({ type: 'GO_LIVE', on: '2016-04-01' }, 'on', {
      enumerable: true,
      get() {
        throw new Error('unreadable');
      },
    });
    const cases: unknown[] = [
      null,
      'GO_LIVE',
      [],
      Object.assign(Object.create({ inherited: true }), { type: 'GO_LIVE', on: '2016-04-01' }),
      new Map(),
      { type: 'GO_LIVE' },
      { type: 'GO_LIVE', on: '2016-02-30' },
      { type: 'GO_LIVE', on: '2016-04-01', extra: 1 },
      { type: 'PROPOSE', on: '2015-07-01', target: 'D', goLive: '2016-04-01' },
      { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '1 April 2016' },
      { type: 'PROPOSE', on: '2015-07-01', target: 'C' },
      { type: 'GIVE_NOTICE', on: '2016-10-01', target: 'X' },
      { type: 'NHSE_DECISION', on: '2016-02-01', approved: 'yes' },
      { type: 'AMEND_CONSTITUTION', on: '2016-03-10', approvedByMembers: 'yes' },
      { type: 'AMEND_CONSTITUTION', on: '2016-03-10', approvedByNhsEngland: 1 },
      { type: 'AMEND_CONSTITUTION', on: '2016-03-10', approvedByMembers: true, extra: 1 },
      { type: 'SUBMIT_APPLICATION', on: '2015-11-06', signedBy: ['the-chair'] },
      { type: 'SUBMIT_APPLICATION', on: '2015-11-06', signedBy: 'accountable-officer' },
      { type: 'RECORD_BALLOT', on: '2015-10-01', result: {} },
      { type: 'ESTABLISH_COMMITTEE', on: '2016-03-15', committee: {} },
      { type: 'ESTABLISH_COMMITTEE', on: '2016-03-15', committee: compliantPccc, extra: 1 },
      { type: 'SOMETHING', on: '2016-03-15' },
      unreadable,
    ];
    for (const event of cases) expect(readEvent(event)).toBeUndefined();
  });
});
