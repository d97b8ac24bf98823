// Every guard's explanation is part of the answer (DESIGN.md principle 4: explain, don't just
// decide): a committee paper shows why a step was refused, with the values compared and what to
// do next. This pins the whole explanation (verdict, words, values, comparator, missing fields,
// whether a remedy is offered) over a grid of states and events: every state of the
// Cambridgeshire (seed 002 §3) and Bedfordshire (seed 000) journeys to delegation, each with the
// next step, a step taken too early, a step out of date order, a step after go-live, go-live
// itself, and the payloads that fail or leave a guard unknown. A change to any guard's words
// shows here for review (update with `npx vitest run tests/commissioning/explanations.test.ts -u`).
import {
  type CommissioningEvent,
  type CommissioningState,
  createCommissioningState,
  explainTransition,
  type Reason,
} from 'co-commissioning';
import { describe, expect, it } from 'vitest';
import {
  ballotResult,
  bedfordshireEvents,
  bedfordshireStart,
  cambridgeshireEvents,
  cambridgeshireStart,
  gpChairedPccc,
  jointCommittee,
  run,
} from './fixtures.js';

/** One line per guard: verdict, ID, words, then values, comparator, missing and remedy. */
function line(reason: Reason): string {
  const parts = [`${reason.verdict} ${reason.id}: ${reason.message}`];
  if (reason.values !== undefined) parts.push(JSON.stringify(reason.values));
  if (reason.comparator !== undefined) parts.push(`comparator ${reason.comparator}`);
  if (reason.missing !== undefined) parts.push(`missing ${reason.missing.join(', ')}`);
  if (reason.remedy !== undefined) parts.push('remedy given');
  return parts.join(' | ');
}

function explain(state: CommissioningState, event: unknown): string {
  const explanation = explainTransition(state, event);
  return [
    `${explanation.allowed ? 'allowed' : 'refused'}${explanation.issues.length > 0 ? ` (${explanation.issues.map((issue) => issue.code).join(', ')})` : ''}`,
    ...explanation.guards.map(line),
    ...explanation.issues
      .filter((issue) => issue.code !== 'guard_failed')
      .map((issue) => `issue ${issue.code} at ${issue.path.join('.')}: ${issue.message}`),
  ].join('\n');
}

/** The day before or after an ISO date (the fixtures' dates are never at a month's edge). */
function shift(date: string, days: 1 | -1): string {
  const day = Number(date.slice(8)) + days;
  return `${date.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

/** Variants of an event whose payload fails a guard or leaves it unknown. */
function payloadVariants(event: CommissioningEvent): [string, unknown][] {
  switch (event.type) {
    case 'RECORD_BALLOT':
      return [
        ['without a result', { type: event.type, on: event.on }],
        [
          'of a ballot not yet closed',
          {
            ...event,
            on: '2015-09-15',
            result: ballotResult('early', '2015-09-01', '2015-09-30', 10, 6, 4),
          },
        ],
        [
          'of a ballot not carried',
          { ...event, result: ballotResult('lost', '2015-09-01', '2015-09-30', 10, 3, 7) },
        ],
        [
          'of an inquorate ballot',
          {
            ...event,
            result: ballotResult('inquorate', '2015-09-01', '2015-09-30', 100, 30, 10, {
              turnout: { numerator: 3, denominator: 4 },
              comparator: '>=',
            }),
          },
        ],
      ];
    case 'GOVERNING_BODY_DECISION':
      return [
        ['without a decision', { type: event.type, on: event.on }],
        ['against', { ...event, approved: false }],
      ];
    case 'NHSE_DECISION':
      return [
        ['without a decision', { type: event.type, on: event.on }],
        ['declining', { ...event, approved: false }],
      ];
    case 'AMEND_CONSTITUTION':
      return [
        ['without the members', { ...event, approvedByMembers: false }],
        ['with no word on the members', { type: event.type, on: event.on }],
      ];
    case 'ESTABLISH_COMMITTEE':
      return [
        ['with a GP chair', { ...event, committee: gpChairedPccc }],
        ['with a joint committee', { ...event, committee: jointCommittee }],
        ['without a committee', { type: event.type, on: event.on }],
      ];
    case 'SUBMIT_APPLICATION':
      return [
        ['unsigned', { ...event, signedBy: [] }],
        [
          'signed by the accountable officer alone',
          { ...event, signedBy: ['accountable-officer'] },
        ],
      ];
    default:
      return [];
  }
}

function journeyCases(
  name: string,
  start: CommissioningState,
  events: readonly CommissioningEvent[],
): [string, CommissioningState, unknown][] {
  const cases: [string, CommissioningState, unknown][] = [];
  const goLive = events.find((event) => event.type === 'GO_LIVE') as CommissioningEvent;
  for (let index = 1; index < events.length; index += 1) {
    const state = run(start, events.slice(0, index));
    const next = events[index] as CommissioningEvent;
    const label = `${name}, after ${index} steps:`;
    cases.push([`${label} ${next.type} as recorded`, state, next]);
    const later = events[index + 1];
    if (later !== undefined)
      cases.push([`${label} ${later.type} before ${next.type}`, state, later]);
    const last = (events[index - 1] as CommissioningEvent).on;
    cases.push([
      `${label} ${next.type} dated before the last step`,
      state,
      { ...next, on: shift(last, -1) },
    ]);
    if (next.type !== 'GO_LIVE') {
      cases.push([
        `${label} ${next.type} after go-live`,
        state,
        { ...next, on: shift(goLive.on, 1) },
      ]);
      cases.push([`${label} GO_LIVE already`, state, goLive]);
    }
    for (const [what, event] of payloadVariants(next))
      cases.push([`${label} ${next.type} ${what}`, state, event]);
  }
  return cases;
}

const cambridgeshire = run(cambridgeshireStart, cambridgeshireEvents);
const joint = createCommissioningState({ ccgId: '99X', status: 'A', since: '2015-04-01' });
const none = createCommissioningState({ ccgId: '99Y', status: 'none', since: '2013-04-01' });

const CASES: [string, CommissioningState, unknown][] = [
  ...journeyCases('Cambridgeshire', cambridgeshireStart, cambridgeshireEvents),
  ...journeyCases('Bedfordshire', bedfordshireStart, bedfordshireEvents),
  // Proposals (seed 004; DOMAIN Part 2 §1.1).
  [
    'proposal: to the same model',
    cambridgeshireStart,
    { type: 'PROPOSE', on: '2015-07-01', target: 'B', goLive: '2016-04-01' },
  ],
  [
    'proposal: go-live before the proposal',
    cambridgeshireStart,
    { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2015-04-01' },
  ],
  [
    'proposal: delegation not from 1 April',
    cambridgeshireStart,
    { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-05-01' },
  ],
  [
    'proposal: joint from 1 April 2015',
    joint,
    { type: 'PROPOSE', on: '2014-11-01', target: 'B', goLive: '2015-04-01' },
  ],
  [
    'proposal: joint from a date no source gives',
    joint,
    { type: 'PROPOSE', on: '2015-07-01', target: 'B', goLive: '2016-07-01' },
  ],
  [
    'proposal: joint from 1 January 2017',
    joint,
    { type: 'PROPOSE', on: '2016-07-01', target: 'B', goLive: '2017-01-01' },
  ],
  [
    'proposal: greater involvement',
    none,
    { type: 'PROPOSE', on: '2014-07-01', target: 'A', goLive: '2015-04-01' },
  ],
  [
    'proposal: delegation from April 2019',
    cambridgeshireStart,
    { type: 'PROPOSE', on: '2018-07-01', target: 'C', goLive: '2019-04-01' },
  ],
  [
    'proposal: by a delegated CCG',
    cambridgeshire,
    { type: 'PROPOSE', on: '2016-07-01', target: 'B', goLive: '2017-04-01' },
  ],
  [
    'proposal: while another is open',
    run(cambridgeshireStart, cambridgeshireEvents.slice(0, 1)),
    { type: 'PROPOSE', on: '2015-07-02', target: 'A', goLive: '2016-04-01' },
  ],
  // Leaving delegation (DOMAIN Part 2 §1.1 rule 7).
  [
    'notice: by a delegated CCG before 30 September',
    cambridgeshire,
    { type: 'GIVE_NOTICE', on: '2016-09-30', target: 'B' },
  ],
  [
    'notice: by a delegated CCG after 30 September',
    cambridgeshire,
    { type: 'GIVE_NOTICE', on: '2016-10-01', target: 'A' },
  ],
  [
    'notice: by a CCG that is not delegated',
    cambridgeshireStart,
    { type: 'GIVE_NOTICE', on: '2015-07-01', target: 'A' },
  ],
  [
    'notice: back to delegation',
    cambridgeshire,
    { type: 'GIVE_NOTICE', on: '2016-10-01', target: 'C' },
  ],
  // Steps with no proposal open.
  [
    'no proposal: an LMC consultation',
    cambridgeshireStart,
    { type: 'CONSULT_LMC', on: '2015-07-31' },
  ],
  [
    'no proposal: a withdrawal',
    cambridgeshireStart,
    { type: 'WITHDRAW_PROPOSAL', on: '2015-07-31' },
  ],
  ['no proposal: not an event', cambridgeshireStart, { type: 'SOMETHING', on: '2015-07-31' }],
];

describe('every guard explains itself', () => {
  it.each(CASES.map(([label, state, event]) => [label, state, event] as const))(
    '%s',
    (_label, state, event) => {
      expect(explain(state, event)).toMatchSnapshot();
    },
  );
});
