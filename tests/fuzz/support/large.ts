// Inputs of a given size for each public entry point whose work grows with its input: practices,
// votes, committee members, declarations, register entries, gift history, transition history.
// The figures follow the fixtures; only the counts grow.
import {
  type Ballot,
  COMMISSIONING_MACHINE,
  type CommissioningEvent,
  type CommissioningState,
  type Committee,
  type CommitteeMember,
  createCommissioningState,
  type Declaration,
  type Meeting,
  type Offer,
  type ProcurementDecision,
  tallyBallot,
  transition,
  type Vote,
} from 'co-commissioning';
import type { Args } from './samples.js';

const pad = (index: number) => String(index).padStart(6, '0');

/** A CCG of `n` member practices (Cambridgeshire & Peterborough had 107, seed 002). */
export function ccgOf(n: number): Args {
  return [
    {
      code: '06H',
      name: 'NHS Cambridgeshire and Peterborough CCG',
      status: 'C',
      statusSince: '2016-04-01',
      memberPractices: Array.from({ length: n }, (_, index) => ({
        id: `P${pad(index)}`,
        name: `Practice ${index + 1}`,
        contract: (['GMS', 'PMS', 'APMS'] as const)[index % 3],
        listSize: 3000 + (index % 97) * 113,
        listSizeOn: '2015-10-01',
      })),
    },
  ];
}

/**
 * A list-size-weighted ballot of `n` practices and `n` returned votes, one in twenty of them a
 * changed vote, a vote from a non-member or a vote after the close, so every path of the count
 * is taken.
 */
export function ballotOf(n: number, id = 'B'): [Ballot, Vote[]] {
  const ballot: Ballot = {
    id,
    question: 'Should the CCG apply for delegated commissioning?',
    opens: '2015-09-01',
    closes: '2015-09-30',
    electorate: Array.from({ length: n }, (_, index) => ({
      memberId: `${id}${pad(index)}`,
      listSize: 2000 + (index % 89) * 101,
      listSizeOn: '2015-07-01',
    })),
    rules: {
      weighting: { kind: 'list-size', patientsPerVote: 1000, rounding: 'nearest', minimumVotes: 1 },
      threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'yes-no' },
      quorum: { turnout: { numerator: 2, denominator: 3 }, comparator: '>=' },
      tie: 'not-carried',
      changedVotes: 'last-counts',
    },
  };
  const choices = ['yes', 'no', 'abstain', 'yes', 'no', 'spoilt', 'yes'] as const;
  const votes: Vote[] = Array.from({ length: n }, (_, index) => {
    const memberId = `${id}${pad(index)}`;
    const choice = choices[index % choices.length] as Vote['choice'];
    if (index % 20 === 7) return { memberId: `X${pad(index)}`, choice, castOn: '2015-09-10' };
    if (index % 20 === 11) return { memberId, choice, castOn: '2015-10-02' };
    if (index % 20 === 13)
      return { memberId: `${id}${pad(index - 1)}`, choice, castOn: '2015-09-20' };
    return { memberId, choice, castOn: '2015-09-15' };
  });
  return [ballot, votes];
}

/** Ten concurrent electorates sharing `n` practices between them (DOMAIN multi-CCG ballots). */
export function concurrentOf(n: number): Args {
  return [
    Array.from({ length: 10 }, (_, index) => {
      const [ballot, votes] = ballotOf(Math.max(1, Math.floor(n / 10)), `C${index}-`);
      return { ballot: { ...ballot, constituency: `CCG ${index + 1}` }, votes };
    }),
  ];
}

/** The tally of a ballot of `n` votes, for formatBallotResult. */
export function resultOf(n: number): Args {
  return [tallyBallot(...ballotOf(n))];
}

const ROLES: readonly CommitteeMember['role'][] = [
  'lay',
  'executive',
  'other-area-gp',
  'secondary-care-doctor',
  'nurse',
  'ccg-gp',
  'lmc',
  'healthwatch',
];

/** A PCCC of `n` members in the BMA model's proportions (seed 004, Model C governance). */
export function committeeOf(n: number): Committee {
  const members = Array.from({ length: n }, (_, index) => {
    const role = ROLES[index % ROLES.length] as CommitteeMember['role'];
    return {
      personId: `m${pad(index)}`,
      name: `Member ${index + 1}`,
      role,
      voting: role !== 'ccg-gp' && role !== 'lmc' && role !== 'healthwatch',
    };
  });
  return {
    id: 'pccc',
    name: 'Primary Care Commissioning Committee',
    kind: 'pccc',
    chairId: 'm000000',
    members,
    quorum: {
      rule: {
        kind: 'all-of',
        rules: [
          { kind: 'share', ratio: { numerator: 1, denominator: 2 }, comparator: '>' },
          { kind: 'at-least', count: 1, of: { roles: ['lay'] } },
        ],
      },
    },
    meetsInPublic: true,
  };
}

/** A register of `n` declarations by `n` people, one in ten declared late. */
export function declarationsOf(n: number, people = n): Declaration[] {
  return Array.from({ length: n }, (_, index) => ({
    id: `d${pad(index)}`,
    personId: `m${pad(index % people)}`,
    type: (
      ['financial', 'non-financial-professional', 'non-financial-personal', 'indirect'] as const
    )[index % 4] as Declaration['type'],
    description: `Interest ${index + 1}`,
    arisesOn: '2016-01-01',
    declaredOn: index % 10 === 3 ? '2016-03-15' : '2016-01-10',
    organisationIds: [`org-${index % 50}`],
    consentToPublish: index % 9 !== 4,
  }));
}

export function registerArgs(n: number): Args {
  return [
    { declarations: declarationsOf(n), reviewedOn: ['2016-03-31'] },
    {
      asOf: '2017-07-01',
      decisionMakerIds: Array.from({ length: n }, (_, index) => `m${pad(index)}`),
    },
  ];
}

/** A meeting of a committee of `n` members, all present, with a register of `n` declarations. */
export function meetingArgs(n: number, itemId?: string): Args {
  const committee = committeeOf(n);
  const meeting: Meeting = {
    id: 'pccc-2017-05',
    committeeId: 'pccc',
    date: '2017-05-11',
    attendeeIds: committee.members.map((member) => member.personId),
    items: Array.from({ length: 4 }, (_, index) => ({
      id: String(index + 1),
      title: `Item ${index + 1}`,
      decisionKind: (
        ['for-information', 'investment', 'procurement', 'performance-management'] as const
      )[index] as Meeting['items'][number]['decisionKind'],
      subject: { organisationIds: [`org-${index}`] },
    })),
  };
  const options = { register: { declarations: declarationsOf(n) }, asOf: '2017-05-11', committee };
  return itemId === undefined ? [meeting, options] : [meeting, itemId, options];
}

/** A register of `n` procurement decisions, one in five missing an element. */
export function procurementOf(n: number): Args {
  const entries: ProcurementDecision[] = Array.from({ length: n }, (_, index) => ({
    id: `pd-${pad(index)}`,
    decidedOn: `2016-${String((index % 12) + 1).padStart(2, '0')}-12`,
    title: `Decision ${index + 1}`,
    decisionDetails: 'Service awarded after a competitive process.',
    ...(index % 5 === 2 ? {} : { conflictsSummary: 'A GP member holds shares in a bidder.' }),
    managementActions: 'The GP member withdrew.',
    contractValuePence: 100_000 + index,
  }));
  return [entries, { asOf: '2016-12-31' }];
}

/** An offer with `n` earlier offers from the same source to the same person. */
export function giftOf(n: number): Args {
  const source = { id: 'acme', name: 'Acme Diagnostics Ltd', kind: 'other' } as const;
  const offer: Offer = {
    id: 'o-now',
    recipientId: 'p-nurse-lead',
    offeredOn: '2017-09-10',
    valuePence: 500,
    kind: 'gift',
    source,
  };
  const history: Offer[] = Array.from({ length: n }, (_, index) => ({
    ...offer,
    id: `o-${pad(index)}`,
    offeredOn: `2017-0${(index % 8) + 1}-0${(index % 9) + 1}`,
    valuePence: 100 + (index % 7),
  }));
  return [offer, { asOf: '2017-09-10', history }];
}

/** A state whose history holds `n` accepted events: proposals made and withdrawn. */
export function stateWithHistory(n: number): CommissioningState {
  let state = createCommissioningState({ ccgId: '06H', status: 'B', since: '2015-04-01' });
  const events: CommissioningEvent[] = [
    { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' },
    { type: 'WITHDRAW_PROPOSAL', on: '2015-07-01' },
  ];
  for (let index = 0; index < n; index += 1) {
    const result = transition(state, events[index % 2] as CommissioningEvent);
    if (!result.ok) throw new Error(`The history could not be built: ${result.issues[0].message}`);
    state = result.state;
  }
  return state;
}

/** The machine with its transitions repeated to `n` transitions (new IDs), for verifyMachine. */
export function machineOf(n: number): Args {
  const base = COMMISSIONING_MACHINE.transitions;
  return [
    {
      ...COMMISSIONING_MACHINE,
      transitions: Array.from({ length: n }, (_, index) => ({
        ...(base[index % base.length] as (typeof base)[number]),
        id: `T${pad(index)}`,
      })),
    },
  ];
}

/** `n` issues for the error class. */
export function issuesOf(n: number): Args {
  return [
    Array.from({ length: n }, (_, index) => ({
      code: 'invalid_input',
      message: `Vote ${index} is malformed.`,
      path: ['votes', index],
      expected: 'a vote',
      received: 'an object',
    })),
  ];
}
