// The inputs that grow, for every public entry point whose work grows with its input: the fuzz
// suite (tests/fuzz/largeInputs.test.ts) calls each entry point once with the large input and
// checks its contract; the benchmark (`npm run bench`, group "growth") times the small and the
// large input side by side and reports how the cost grows (10× the input, about 10× the time).
import {
  ballotOf,
  ccgOf,
  committeeOf,
  concurrentOf,
  giftOf,
  issuesOf,
  machineOf,
  meetingArgs,
  procurementOf,
  registerArgs,
  resultOf,
  stateWithHistory,
} from './large.js';
import type { Args } from './samples.js';

/** One way an input grows. */
export interface Dimension {
  /** What grows, in words. */
  readonly what: string;
  /** The size of the smaller input; the larger one is ten times this. */
  readonly n: number;
  readonly entries: readonly string[];
  readonly make: (n: number) => Args;
}

export const DIMENSIONS: readonly Dimension[] = [
  { what: 'member practices', n: 1_000, entries: ['parseCcg', 'safeParseCcg'], make: ccgOf },
  {
    what: 'votes and electors',
    n: 10_000,
    entries: ['tallyBallot', 'safeTallyBallot', 'votesToFlip', 'safeVotesToFlip'],
    make: (n) => ballotOf(n),
  },
  {
    what: 'votes in ten concurrent electorates',
    n: 10_000,
    entries: ['tallyConcurrentBallots', 'safeTallyConcurrentBallots'],
    make: concurrentOf,
  },
  { what: 'rejected votes in a result', n: 5_000, entries: ['formatBallotResult'], make: resultOf },
  {
    what: 'committee members',
    n: 100,
    entries: ['parseCommittee', 'safeParseCommittee', 'checkCommittee', 'safeCheckCommittee'],
    make: (n) => (n === 0 ? [] : [committeeOf(n), { asOf: '2017-07-01' }]),
  },
  {
    what: 'committee members present',
    n: 100,
    entries: ['evaluateQuorum', 'safeEvaluateQuorum'],
    make: (n) => {
      const committee = committeeOf(n);
      return [committee, committee.members.map((member) => member.personId)];
    },
  },
  {
    what: 'members present and declarations',
    n: 100,
    entries: ['assessMeeting', 'safeAssessMeeting'],
    make: (n) => meetingArgs(n),
  },
  {
    what: 'members present and declarations (one item)',
    n: 100,
    entries: ['assessAgendaItem', 'safeAssessAgendaItem'],
    make: (n) => meetingArgs(n, '3'),
  },
  {
    what: 'declarations and decision-makers',
    n: 500,
    entries: [
      'checkDeclarations',
      'safeCheckDeclarations',
      'toPublicRegister',
      'safeToPublicRegister',
    ],
    make: registerArgs,
  },
  {
    what: 'procurement decisions',
    n: 1_000,
    entries: ['checkProcurementRegister', 'safeCheckProcurementRegister'],
    make: procurementOf,
  },
  { what: 'earlier offers', n: 1_000, entries: ['assessGift', 'safeAssessGift'], make: giftOf },
  {
    what: 'recorded transitions',
    n: 100,
    entries: ['transition', 'explainTransition'],
    make: (n) => [
      stateWithHistory(n),
      { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' },
    ],
  },
  {
    what: 'recorded transitions',
    n: 100,
    entries: ['availableTransitions'],
    make: (n) => [stateWithHistory(n), '2015-07-01'],
  },
  {
    what: 'recorded transitions',
    n: 100,
    entries: ['replayHistory', 'serializeState'],
    make: (n) => [stateWithHistory(n)],
  },
  {
    what: 'recorded transitions (stored)',
    n: 100,
    entries: ['loadState', 'safeLoadState'],
    make: (n) => [JSON.stringify(stateWithHistory(n))],
  },
  { what: 'machine transitions', n: 10, entries: ['verifyMachine', 'toMermaid'], make: machineOf },
  { what: 'issues', n: 1_000, entries: ['CoCommissioningError'], make: issuesOf },
];
