// Deterministic inputs for the benchmarks: the same seed gives the same committees, votes and
// events on every run, so runs can be compared.
import type { Ballot, BallotResult, CommissioningEvent, Committee, Vote } from 'co-commissioning';
import { verifyMachine } from 'co-commissioning';

/** A small seeded generator (mulberry32): numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Role = Committee['members'][number]['role'];

/** Roles with a weight, roughly as often as they sit on real committees. */
const ROLE_MIX: readonly (readonly [Role, number, number])[] = [
  // role, weight, chance of a vote
  ['lay', 30, 0.95],
  ['executive', 22, 0.9],
  ['ccg-gp', 10, 0.25],
  ['other-area-gp', 6, 0.9],
  ['secondary-care-doctor', 5, 0.9],
  ['nurse', 6, 0.9],
  ['practice-manager', 3, 0.5],
  ['lmc', 5, 0.05],
  ['healthwatch', 5, 0.08],
  ['health-and-wellbeing-board', 4, 0.08],
  ['local-authority', 2, 0.1],
  ['nhs-england', 2, 0.9],
];
const ROLE_TOTAL = ROLE_MIX.reduce((sum, [, weight]) => sum + weight, 0);

function pickRole(random: () => number): readonly [Role, number] {
  let pick = random() * ROLE_TOTAL;
  for (const [role, weight, vote] of ROLE_MIX) {
    pick -= weight;
    if (pick < 0) return [role, vote];
  }
  return ['lay', 0.95];
}

/**
 * Committees of 5 to 14 members with varied roles and votes: most are PCCCs, some joint
 * committees; most chairs are lay members, some are not, a few are not on the member list; some
 * say whether they meet in public and some do not. Checked on 2017-07-01, these give a mix of
 * compliant committees and committees with several findings.
 */
export function makeCommittees(count: number, seed = 20170701): Committee[] {
  const random = seeded(seed);
  const committees: Committee[] = [];
  for (let index = 0; index < count; index += 1) {
    const size = 5 + Math.floor(random() * 10);
    const members: Committee['members'][number][] = [];
    for (let m = 0; m < size; m += 1) {
      const [role, vote] = pickRole(random);
      members.push({
        personId: `c${index}-m${m}`,
        name: `Member ${m} of committee ${index}`,
        role,
        voting: random() < vote,
      });
    }
    const layIndex = members.findIndex((member) => member.role === 'lay');
    const chairPick = random();
    const chairId =
      chairPick < 0.03
        ? `c${index}-absent`
        : chairPick < 0.85 && layIndex >= 0
          ? `c${index}-m${layIndex}`
          : `c${index}-m${Math.floor(random() * size)}`;
    const publicPick = random();
    const committee: Committee = {
      id: `committee-${index}`,
      name: `Primary Care Committee ${index}`,
      kind: random() < 0.85 ? 'pccc' : 'joint-committee',
      chairId,
      members,
      ...(publicPick < 0.6
        ? { meetsInPublic: true }
        : publicPick < 0.8
          ? { meetsInPublic: false }
          : {}),
    };
    committees.push(committee);
  }
  return committees;
}

/**
 * A 12-member committee with everything a committee record can carry: posts, a vice-chair, its
 * own quorum rule from its terms of reference, and whether it meets in public (the validation
 * benchmark's input). `members` repeats the twelve seats that many times over (for the
 * linear-cost check).
 */
export function richCommittee(copies = 1): Committee {
  const seats: readonly (readonly [Role, boolean, string?])[] = [
    ['lay', true, 'lay-member-governance'],
    ['lay', true, 'lay-member-ppi'],
    ['lay', true],
    ['executive', true, 'chief-officer'],
    ['executive', true, 'chief-finance-officer'],
    ['other-area-gp', true],
    ['secondary-care-doctor', true],
    ['nurse', true, 'registered-nurse'],
    ['ccg-gp', false],
    ['lmc', false],
    ['healthwatch', false],
    ['health-and-wellbeing-board', false],
  ];
  const members: Committee['members'][number][] = [];
  for (let copy = 0; copy < copies; copy += 1) {
    seats.forEach(([role, voting, post], index) => {
      const member = {
        personId: `p-${copy}-${index}`,
        name: `Member ${index} (${role})`,
        role,
        voting,
      };
      members.push(post === undefined ? member : { ...member, post });
    });
  }
  return {
    id: 'pccc-rich',
    name: 'Primary Care Commissioning Committee',
    kind: 'pccc',
    chairId: 'p-0-0',
    viceChairId: 'p-0-1',
    members,
    quorum: {
      rule: {
        kind: 'all-of',
        rules: [
          { kind: 'at-least', count: 4, label: 'four members' },
          { kind: 'at-least', count: 1, of: { roles: ['lay'] }, label: 'a lay member' },
          {
            kind: 'any-of',
            rules: [
              { kind: 'at-least', count: 1, of: { posts: ['chief-officer'] } },
              { kind: 'at-least', count: 1, of: { posts: ['chief-finance-officer'] } },
            ],
            label: 'the chief officer or the chief finance officer',
          },
          {
            kind: 'share',
            ratio: { numerator: 1, denominator: 2 },
            comparator: '>',
            of: { roles: ['lay', 'executive'] },
          },
        ],
      },
      countsNonVotingMembers: false,
      source: { document: 'PCCC terms of reference', section: '7.1' },
    },
    meetsInPublic: true,
  };
}

/** A per-member or list-size ballot with `members` practices, and one vote from each. */
export function makeBallot(
  members: number,
  weighting: 'per-member' | 'list-size',
  seed = 1,
): { ballot: Ballot; votes: Vote[] } {
  const random = seeded(seed);
  const electorate: Ballot['electorate'][number][] = new Array(members);
  const votes: Vote[] = new Array(members);
  const choices = ['yes', 'yes', 'yes', 'no', 'no', 'abstain', 'spoilt'] as const;
  for (let index = 0; index < members; index += 1) {
    const memberId = `P${index}`;
    electorate[index] =
      weighting === 'list-size'
        ? { memberId, listSize: 1500 + Math.floor(random() * 15000), listSizeOn: '2015-08-01' }
        : { memberId };
    votes[index] = {
      memberId,
      choice: choices[Math.floor(random() * choices.length)] ?? 'yes',
      castOn: `2015-09-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
    };
  }
  // Votes arrive in no particular order (Fisher-Yates shuffle), so no count gains from finding
  // them in electorate order.
  for (let index = members - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const vote = votes[index] as Vote;
    votes[index] = votes[other] as Vote;
    votes[other] = vote;
  }
  const ballot: Ballot = {
    id: `ballot-${weighting}-${members}`,
    question: 'Apply for delegated commissioning from April 2016?',
    opens: '2015-09-01',
    closes: '2015-09-30',
    electorate,
    rules: {
      weighting:
        weighting === 'list-size'
          ? { kind: 'list-size', patientsPerVote: 1000, rounding: 'nearest', minimumVotes: 1 }
          : { kind: 'per-member' },
      threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'yes-no' },
      quorum: { turnout: { numerator: 1, denominator: 2 }, comparator: '>=' },
      tie: 'not-carried',
    },
  };
  return { ballot, votes };
}

/**
 * The carried ballot result recorded by each cycle (three practices, all yes): the one
 * verifyMachine's generated runs record, so the benchmark's events are the library's own.
 */
export function carriedBallot(): BallotResult {
  for (const scenario of verifyMachine().scenarios)
    for (const event of scenario.events)
      if (event.type === 'RECORD_BALLOT' && event.result !== undefined) return event.result;
  throw new Error('verifyMachine records no ballot.');
}

const seat = (personId: string, role: Role, voting: boolean) => ({
  personId,
  name: personId,
  role,
  voting,
});

/** A compliant committee of the kind the move needs (as verifyMachine builds them). */
export function cycleCommittee(kind: 'pccc' | 'joint-committee'): Committee {
  const voting =
    kind === 'pccc'
      ? [
          seat('lay-1', 'lay', true),
          seat('lay-2', 'lay', true),
          seat('lay-3', 'lay', true),
          seat('exec-1', 'executive', true),
          seat('exec-2', 'executive', true),
          seat('gp-other', 'other-area-gp', true),
          seat('nurse', 'nurse', true),
        ]
      : [
          seat('lay-1', 'lay', true),
          seat('lay-2', 'lay', true),
          seat('exec-1', 'executive', true),
          seat('nhse-1', 'nhs-england', true),
          seat('nhse-2', 'nhs-england', true),
        ];
  return {
    id: `cycle-${kind}`,
    name: kind === 'pccc' ? 'Primary Care Commissioning Committee' : 'Primary Care Joint Committee',
    kind,
    chairId: 'lay-1',
    members: [
      ...voting,
      seat('healthwatch', 'healthwatch', false),
      seat('hwb', 'health-and-wellbeing-board', false),
      seat('lmc', 'lmc', false),
      seat('ccg-gp', 'ccg-gp', false),
    ],
  };
}

/** Years each A→B→C→B→A cycle spans: cycle k runs six years after cycle k-1. */
export const CYCLE_YEARS = 6;

const at = (year: number, monthDay: string) => `${year}-${monthDay}`;

/**
 * The events of cycle `k` (0-based) of the 4-state guarded cycle A→B→C→B→A, with every guard
 * satisfied: joint commissioning (7 events), delegation (11 events), leaving delegation by
 * notice (2 events) and moving to greater involvement (2 events). 22 events in all.
 */
export function cycleEvents(k: number): CommissioningEvent[] {
  const y = 2016 + CYCLE_YEARS * k;
  const result = carriedBallot();
  return [
    // A -> B: joint commissioning from 1 January.
    { type: 'PROPOSE', on: at(y, '06-01'), target: 'B', goLive: at(y + 1, '01-01') },
    { type: 'CONSULT_LMC', on: at(y, '07-01') },
    { type: 'RECORD_BALLOT', on: at(y, '09-01'), result },
    { type: 'GOVERNING_BODY_DECISION', on: at(y, '09-15'), approved: true },
    {
      type: 'AMEND_CONSTITUTION',
      on: at(y, '10-01'),
      approvedByMembers: true,
      approvedByNhsEngland: true,
    },
    {
      type: 'ESTABLISH_COMMITTEE',
      on: at(y, '11-01'),
      committee: cycleCommittee('joint-committee'),
    },
    { type: 'GO_LIVE', on: at(y + 1, '01-01') },
    // B -> C: delegated commissioning from 1 April, applying before the wave closes.
    { type: 'PROPOSE', on: at(y + 3, '06-01'), target: 'C', goLive: at(y + 4, '04-01') },
    { type: 'CONSULT_LMC', on: at(y + 3, '07-01') },
    { type: 'RECORD_BALLOT', on: at(y + 3, '09-01'), result },
    { type: 'GOVERNING_BODY_DECISION', on: at(y + 3, '09-15'), approved: true },
    {
      type: 'SUBMIT_APPLICATION',
      on: at(y + 3, '10-01'),
      signedBy: ['accountable-officer', 'audit-committee-chair'],
    },
    { type: 'NHSE_DECISION', on: at(y + 4, '01-15'), approved: true },
    { type: 'COMPLETE_DUE_DILIGENCE', on: at(y + 4, '02-01') },
    { type: 'AMEND_CONSTITUTION', on: at(y + 4, '02-15'), approvedByMembers: true },
    { type: 'ESTABLISH_COMMITTEE', on: at(y + 4, '03-01'), committee: cycleCommittee('pccc') },
    { type: 'SIGN_AGREEMENT', on: at(y + 4, '03-15') },
    { type: 'GO_LIVE', on: at(y + 4, '04-01') },
    // C -> B: notice on 1 June takes effect on the 1 April after the next 30 September.
    { type: 'GIVE_NOTICE', on: at(y + 4, '06-01'), target: 'B' },
    { type: 'GO_LIVE', on: at(y + 5, '04-01') },
    // B -> A: greater involvement needs no approval process.
    { type: 'PROPOSE', on: at(y + 5, '06-01'), target: 'A', goLive: at(y + 5, '10-01') },
    { type: 'GO_LIVE', on: at(y + 5, '10-01') },
  ];
}

/**
 * The application waves for `cycles` cycles: a joint go-live on 1 January of each cycle's
 * second year and a delegation wave closing on 1 November before each cycle's delegation.
 */
export function cycleCalendar(cycles: number) {
  const waves: {
    model: 'B' | 'C';
    goLive: string;
    closes: string | null;
    sources: { document: string }[];
  }[] = [];
  for (let k = 0; k < cycles; k += 1) {
    const y = 2016 + CYCLE_YEARS * k;
    const sources = [{ document: 'benchmark calendar' }];
    waves.push({ model: 'B', goLive: at(y + 1, '01-01'), closes: null, sources });
    waves.push({ model: 'C', goLive: at(y + 4, '04-01'), closes: at(y + 3, '11-01'), sources });
  }
  return waves;
}
