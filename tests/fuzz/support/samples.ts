// Well-formed arguments for every public entry point, taken from the module tests' fixtures
// (real figures from the seeds). The fuzzers start from these and break one thing at a time.
import {
  type Ballot,
  type BallotRules,
  COMMISSIONING_MACHINE,
  type CommissioningState,
  ENTITY_NAMES,
  type Offer,
  type ProcurementDecision,
  parseCommittee,
  serializeState,
  tallyBallot,
  type Vote,
} from 'co-commissioning';
import { scenario, withRules } from '../../ballots/fixtures.js';
import {
  bedfordshireEvents,
  bedfordshireStart,
  cambridgeshireBallot,
  cambridgeshireEvents,
  cambridgeshireStart,
  compliantPccc,
  run,
} from '../../commissioning/fixtures.js';
import {
  bmaModelPccc,
  cambridgeshirePccc,
  governingBody,
  wiltshireJointCommittee,
} from '../../conflicts/committees/fixtures.js';
import { may2017, pccc, register } from '../../conflicts/meetings/fixtures.js';
import { REGISTER } from '../../conflicts/procurement/fixtures.js';
import {
  CAMBRIDGESHIRE_REGISTER,
  DECISION_MAKERS,
  JOINED_ON,
} from '../../conflicts/registers/cambridgeshire.js';
import { KIT_SAMPLES } from './kitSamples.js';

/** The arguments of one call. */
export type Args = readonly unknown[];

/** Whether a value is a plain object (not a list, date, map, typed array, boxed value, ...). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A plain, unfrozen, deep copy of JSON-like data: lists and plain objects are copied (keys such
 * as `__proto__` stay own keys); anything else (functions, dates, maps, ...) is kept as it is.
 */
export function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (isPlainObject(value)) {
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(result, key, {
        value: copy((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return result as T;
  }
  return value;
}

// Ballots (seed 002 §4.3: 52 yes, 31 no, 83 of 107 practices voted; seed 000: Bedfordshire).
const cambridgeshire = scenario(107, { yes: 52, no: 31 });
const listSizeRules: BallotRules = withRules({
  weighting: { kind: 'list-size', patientsPerVote: 1000, rounding: 'nearest', minimumVotes: 1 },
  threshold: { ratio: { numerator: 2, denominator: 3 }, comparator: '>=', base: 'votes-cast' },
  quorum: { turnout: { numerator: 1, denominator: 2 }, comparator: '>' },
  tie: 'chair-casting-vote',
  changedVotes: 'reject-all',
  source: { document: 'Constitution', section: '5.3' },
});
const weighted = scenario(12, { yes: 4, no: 3, abstain: 1, spoilt: 1 }, listSizeRules, {
  id: 'W',
  castingVote: 'yes',
  constituency: 'NHS Example CCG',
  conductedBy: 'The LMC',
  conditions: ['a review after one year'],
});
const weightedBallot: Ballot = {
  ...weighted.ballot,
  electorate: weighted.ballot.electorate.map((elector, index) => ({
    ...elector,
    listSize: 2500 + 731 * index,
    listSizeOn: '2015-07-01',
  })),
};
const weightedVotes: Vote[] = [
  ...weighted.votes,
  { memberId: 'W001', choice: 'no', castOn: '2015-09-20' },
  { memberId: 'nobody', choice: 'yes', castOn: '2015-09-20' },
  { memberId: 'W010', choice: 'yes', castOn: '2015-10-20' },
];
const inquorate = scenario(
  20,
  { yes: 3, no: 2 },
  withRules({
    quorum: { turnout: { numerator: 1, denominator: 2 }, comparator: '>=' },
    tie: 're-ballot',
    threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'eligible' },
  }),
  { id: 'Q' },
);
const tied = scenario(10, { yes: 3, no: 3 }, withRules({ tie: 're-ballot' }), { id: 'T' });

const ballotArgs: readonly Args[] = [
  [cambridgeshire.ballot, cambridgeshire.votes],
  [weightedBallot, weightedVotes],
  [inquorate.ballot, inquorate.votes],
  [tied.ballot, tied.votes],
];

const weightedResult = tallyBallot(weightedBallot, weightedVotes);
const inquorateResult = tallyBallot(inquorate.ballot, inquorate.votes);

// Committees and meetings (seed 004 Model C governance; seed 002 §3.5; Wiltshire).
const committeeOptions = {
  asOf: '2017-07-01',
  overrides: { 'COI-PCCC-OBSERVERS': { severity: 'warning' } },
  nhsEnglandCountsAsExecutive: true,
};
const meetingOptions = { register, asOf: may2017.date, committee: pccc };
const meetingOptionsWithChoices = {
  ...meetingOptions,
  defaultActions: { indirect: 'discuss-no-vote' },
  countsDiscussionOnlyMembers: true,
  memberPracticeIds: ['practice-riverside', 'practice-mill-lane'],
  minimumAction: 'withdraw',
};

// Gifts (DOMAIN.md Part 2 §1.6).
const supplier = { id: 'acme', name: 'Acme Diagnostics Ltd', kind: 'supplier' } as const;
const giftOffer: Offer = {
  id: 'o-1',
  recipientId: 'p-nurse-lead',
  offeredOn: '2017-09-10',
  valuePence: 2000,
  kind: 'gift',
  source: { id: 'fam-okafor', name: 'The Okafor family', kind: 'other' },
};
const giftHistory: Offer[] = [
  { ...giftOffer, id: 'o-0', offeredOn: '2017-03-01', valuePence: 3000 },
  { ...giftOffer, id: 'o-00', offeredOn: '2016-12-01', valuePence: 1500, kind: 'hospitality' },
];

// Procurement (DOMAIN.md rule 43; seed 002 §3.5): the register of the procurement tests.
const procurement: readonly ProcurementDecision[] = REGISTER;

// Organisations (seeds 002, 003 and 001).
const practices = Array.from({ length: 5 }, (_, index) => ({
  id: `practice-${index + 1}`,
  name: `Practice ${index + 1}`,
  contract: (['GMS', 'PMS', 'APMS'] as const)[index % 3],
  listSize: 6000 + index * 250,
  listSizeOn: '2015-10-01',
}));
const cambridgeshireCcg = {
  code: '06H',
  name: 'NHS Cambridgeshire and Peterborough CCG',
  status: 'C',
  statusSince: '2016-04-01',
  memberPractices: practices,
  regionId: 'midlands-and-east',
  lmcId: 'cambs-lmc',
};
const riverside = {
  id: 'practice-01',
  name: 'Riverside Surgery',
  contract: 'GMS',
  listSize: 8250,
  listSizeOn: '2015-10-01',
  representativeId: 'p-okafor',
};
const chair = {
  id: 'p-hughes',
  name: 'Ms J. Hughes',
  role: 'lay',
  jobTitle: 'Lay Member for Patient and Public Involvement',
  layFocus: 'patient-and-public-involvement',
};
const complaintsByCcg = {
  arrangements: {
    complaints: {
      decidedBy: 'ccg',
      ccgRole: 'decides',
      evidence: 'Delegation agreement, schedule 2',
      statuses: ['C'],
    },
  },
};

// Commissioning (seed 002: Cambridgeshire & Peterborough; seed 000: Bedfordshire).
const midway: CommissioningState = run(cambridgeshireStart, cambridgeshireEvents.slice(0, 5));
const delegated: CommissioningState = run(cambridgeshireStart, cambridgeshireEvents);
const bedfordshire: CommissioningState = run(bedfordshireStart, bedfordshireEvents.slice(0, 4));
const states: readonly CommissioningState[] = [
  cambridgeshireStart,
  midway,
  delegated,
  bedfordshire,
];
const calendarOptions = {
  calendar: [
    {
      model: 'C',
      goLive: '2016-04-01',
      closes: '2015-12-01',
      note: 'A local extension agreed with the regional team.',
      sources: [{ document: 'Local plan', section: '2' }],
    },
  ],
  guards: { 'GUARD-APPLICATION-DEADLINE': { enabled: false } },
  committeeRules: { overrides: { 'COI-PCCC-OBSERVERS': { enabled: false } } },
};

const issue = {
  code: 'invalid_input',
  message: 'Give the ballot an ID.',
  path: ['id'],
  expected: 'text',
  received: 'nothing (undefined)',
};

/** Well-formed argument lists for each public entry point, by export name. */
export const SAMPLES: Readonly<Record<string, readonly Args[]>> = {
  // core
  addDays: [
    ['2016-04-01', 30],
    ['2020-02-29', -366],
  ],
  compareIsoDates: [
    ['2016-04-01', '2017-04-01'],
    ['2017-04-01', '2017-04-01'],
  ],
  compareRatios: [
    [
      { numerator: 52, denominator: 83 },
      { numerator: 1, denominator: 2 },
    ],
  ],
  daysBetween: [['2015-11-06', '2016-04-01']],
  firstAprilOnOrAfter: [['2015-11-06'], ['2016-04-01']],
  formatCitation: [
    [{ document: '004_e95f1a032380c329.txt', section: 'Model C: Delegated commissioning' }],
    [{ document: 'DOMAIN.md', domainId: 'COI-PCCC-LAY-CHAIR', section: 'Part 2 §1.3 rule 17' }],
  ],
  formatPence: [[123_456], [5000]],
  formatPercent: [
    [{ numerator: 52, denominator: 83 }, 1],
    [{ numerator: 2, denominator: 3 }, 4],
  ],
  isCoCommissioningError: [
    [{ name: 'CoCommissioningError', code: 'invalid_input', issues: [issue] }],
  ],
  isIsoDate: [['2016-04-01']],
  isPence: [[5000]],
  isRatio: [[{ numerator: 83, denominator: 107 }]],
  parseIsoDate: [['2016-04-01'], ['2016-02-29', ['asOf']]],
  safeParseIsoDate: [['2016-04-01']],
  pence: [[5000], [2500, ['valuePence']]],
  ratio: [
    [52, 83],
    [0, 1],
  ],
  reduceRatio: [[{ numerator: 104, denominator: 166 }]],
  CoCommissioningError: [[[issue]], [[issue, { ...issue, path: [] }]]],
  // organisations
  parseCcg: [[cambridgeshireCcg]],
  safeParseCcg: [[cambridgeshireCcg]],
  parseLmc: [[{ id: 'somerset-lmc', name: 'Somerset LMC', area: 'Somerset' }]],
  safeParseLmc: [[{ id: 'somerset-lmc', name: 'Somerset LMC', area: 'Somerset' }]],
  parseMemberPractice: [[riverside]],
  safeParseMemberPractice: [[riverside]],
  parseNhsEnglandRegion: [[{ id: 'london', name: 'NHS England (London Region)' }]],
  safeParseNhsEnglandRegion: [
    [{ id: 'london', name: 'NHS England (London Region)', localTeam: 'South London' }],
  ],
  parsePerson: [[chair]],
  safeParsePerson: [[chair]],
  // responsibilities
  responsibility: [
    ['complaints', 'C', complaintsByCcg],
    ['practice-mergers', 'B'],
  ],
  safeResponsibility: [['complaints', 'C', complaintsByCcg]],
  compareStatuses: [
    ['B', 'C', complaintsByCcg],
    ['none', 'A'],
  ],
  safeCompareStatuses: [['B', 'C', complaintsByCcg]],
  // ballots
  tallyBallot: ballotArgs,
  safeTallyBallot: ballotArgs,
  votesToFlip: ballotArgs,
  safeVotesToFlip: ballotArgs,
  tallyConcurrentBallots: [
    [
      [
        { ballot: cambridgeshire.ballot, votes: cambridgeshire.votes },
        { ballot: weightedBallot, votes: weightedVotes },
      ],
    ],
    [[{ ballot: inquorate.ballot, votes: inquorate.votes }]],
  ],
  safeTallyConcurrentBallots: [
    [
      [
        { ballot: cambridgeshire.ballot, votes: cambridgeshire.votes },
        { ballot: tied.ballot, votes: tied.votes },
      ],
    ],
  ],
  formatBallotResult: [[weightedResult], [inquorateResult], [cambridgeshireBallot]],
  // conflicts
  parseCommittee: [[bmaModelPccc], [wiltshireJointCommittee]],
  safeParseCommittee: [[pccc]],
  checkCommittee: [
    [bmaModelPccc, { asOf: '2017-07-01' }],
    [wiltshireJointCommittee, committeeOptions],
    [governingBody, { asOf: '2016-01-01' }],
  ],
  safeCheckCommittee: [[cambridgeshirePccc, committeeOptions]],
  checkParsedCommittee: [
    [parseCommittee(bmaModelPccc), { asOf: '2017-07-01' }],
    [parseCommittee(wiltshireJointCommittee), committeeOptions],
  ],
  evaluateQuorum: [
    [pccc, may2017.attendeeIds, { withdrawnIds: ['p-okafor'], discussionOnlyIds: ['p-roberts'] }],
    [pccc, ['p-hughes', 'p-grant']],
  ],
  safeEvaluateQuorum: [[pccc, may2017.attendeeIds, { countsDiscussionOnlyMembers: true }]],
  assessGift: [
    [giftOffer, { asOf: '2017-09-10', history: giftHistory }],
    [
      { ...giftOffer, source: supplier, valuePence: 600, promotional: true },
      { asOf: '2016-09-10', promotionalLimit: 'under', cumulativeWindow: 'financial-year' },
    ],
  ],
  safeAssessGift: [[giftOffer, { asOf: '2017-09-10', history: giftHistory }]],
  assessAgendaItem: [
    [may2017, '4', meetingOptions],
    [may2017, '5', meetingOptionsWithChoices],
  ],
  safeAssessAgendaItem: [[may2017, '6', meetingOptions]],
  assessMeeting: [
    [may2017, meetingOptions],
    [may2017, meetingOptionsWithChoices],
  ],
  safeAssessMeeting: [[may2017, meetingOptions]],
  checkDeclarations: [
    [
      CAMBRIDGESHIRE_REGISTER,
      { asOf: '2016-07-01', decisionMakerIds: DECISION_MAKERS, joinedOn: JOINED_ON },
    ],
    [register, { asOf: '2017-12-31', regime2017From: '2017-06-01' }],
  ],
  safeCheckDeclarations: [[CAMBRIDGESHIRE_REGISTER, { asOf: '2017-07-01' }]],
  toPublicRegister: [
    [CAMBRIDGESHIRE_REGISTER, { asOf: '2016-07-01' }],
    [CAMBRIDGESHIRE_REGISTER, { asOf: '2017-07-01', decisionMakerIds: DECISION_MAKERS }],
  ],
  safeToPublicRegister: [[register, { asOf: '2017-07-01' }]],
  guidanceRegimeOn: [['2017-06-10', { regime2017From: '2017-06-01' }], ['2016-07-01']],
  checkProcurementRegister: [[procurement, { asOf: '2016-12-31' }]],
  safeCheckProcurementRegister: [[procurement, { asOf: '2016-12-31' }]],
  // commissioning
  createCommissioningState: [[{ ccgId: '06H', status: 'B', since: '2015-04-01' }]],
  transition: [
    [cambridgeshireStart, cambridgeshireEvents[0]],
    [midway, cambridgeshireEvents[5], calendarOptions],
    [bedfordshire, bedfordshireEvents[4]],
    [delegated, { type: 'GIVE_NOTICE', on: '2017-01-10', target: 'B' }],
  ],
  explainTransition: [
    [midway, cambridgeshireEvents[5]],
    [bedfordshire, { type: 'SUBMIT_APPLICATION', on: '2017-12-04', signedBy: [] }, calendarOptions],
  ],
  availableTransitions: [
    [midway, '2016-01-01'],
    [delegated, '2017-01-01', calendarOptions],
  ],
  replayHistory: [[delegated], [bedfordshire, calendarOptions]],
  serializeState: states.map((state) => [state]),
  loadState: [[serializeState(delegated)], [JSON.parse(serializeState(bedfordshire))]],
  safeLoadState: [[serializeState(midway)], [JSON.parse(serializeState(cambridgeshireStart))]],
  toMermaid: [[], [COMMISSIONING_MACHINE]],
  verifyMachine: [[], [COMMISSIONING_MACHINE]],
  // JSON Schema
  toJsonSchema: ENTITY_NAMES.map((name) => [name]),
  // co-commissioning/testing
  isDeepFrozen: [[delegated], [{ a: [1, { b: 2 }] }]],
  deepFreeze: [[{ a: [1, { b: 2 }] }]],
  isoDateArbitrary: [[], [{ min: '2015-01-01', max: '2016-12-31' }]],
  ratioArbitrary: [[], [{ maxDenominator: 100, proper: true }], [{ maxNumerator: 10 }]],
  penceArbitrary: [[], [5000]],
  ...KIT_SAMPLES,
};

/** The committee the commissioning fixtures establish, for the large-input suites. */
export { compliantPccc };
