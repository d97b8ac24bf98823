import { tallyBallot } from '../ballots/tallyBallot.js';
import type { Committee } from '../conflicts/committees/Committee.js';
import type { IsoDate } from '../core/IsoDate.js';
import type { CommissioningStatus } from '../responsibilities/CommissioningStatus.js';
import {
  COMMISSIONING_MACHINE,
  type CommissioningMachine,
  type MachineTransition,
} from './COMMISSIONING_MACHINE.js';
import { createCommissioningState } from './CommissioningState.js';
import { checkMachine } from './checkMachine.js';
import type { CommissioningEvent } from './events.js';
import { deepFreezeOwn } from './freeze.js';
import { transition } from './transition.js';

/**
 * A generated run of one move: the events that take a CCG from `from` to `to` with every guard
 * satisfied, and whether {@link transition} accepted them all.
 *
 * @example
 * ```ts
 * import type { MachineScenario } from 'co-commissioning';
 *
 * function summary(scenario: MachineScenario): string {
 *   return `${scenario.transitionId}: ${scenario.arrived ? 'arrives' : `refused by ${scenario.refusedBy.join(', ')}`}`;
 * }
 * ```
 * @category Commissioning
 */
export interface MachineScenario {
  /** The move's ID, such as `'B->C'`. */
  readonly transitionId: string;
  /** The model the run starts in. */
  readonly from: CommissioningStatus;
  /** The model it should end in. */
  readonly to: CommissioningStatus;
  /** The model it started in and the day that model began. */
  readonly start: { readonly status: CommissioningStatus; readonly since: IsoDate };
  /** The events, in order. */
  readonly events: readonly CommissioningEvent[];
  /** Whether every event was accepted and the run ended in `to`. */
  readonly arrived: boolean;
  /** The guards that refused an event, if any. */
  readonly refusedBy: readonly string[];
}

/**
 * What {@link verifyMachine} found.
 *
 * @example
 * ```ts
 * import { verifyMachine, type MachineVerification } from 'co-commissioning';
 *
 * const verification: MachineVerification = verifyMachine();
 * verification.ok; //=> true
 * ```
 * @category Commissioning
 */
export interface MachineVerification {
  /** Whether no problem was found. */
  readonly ok: boolean;
  /** Each problem, in words. */
  readonly problems: readonly string[];
  /** For each state, the states reachable from it. */
  readonly reachable: Readonly<Record<CommissioningStatus, readonly CommissioningStatus[]>>;
  /** One generated run per move. */
  readonly scenarios: readonly MachineScenario[];
}

/**
 * Checks the commissioning state machine: every state is reachable from every other, no state
 * is a dead end, every move's events and guards exist and every guard is used, and every move is
 * exercised by a generated run (real events with every guard satisfied: a carried ballot, a
 * compliant committee, dates inside a known application wave) that {@link transition} accepts
 * and that ends in the move's target.
 *
 * @param machine - The machine to verify; the library's own by default.
 * @returns A deeply frozen {@link MachineVerification}.
 * @throws {@link CoCommissioningError} `invalid_input` for a malformed machine.
 *
 * @example
 * ```ts
 * import { verifyMachine } from 'co-commissioning';
 *
 * const verification = verifyMachine();
 * verification.problems; //=> []
 * verification.scenarios.length; //=> 12
 * ```
 * @category Commissioning
 */
export function verifyMachine(
  machine: CommissioningMachine = COMMISSIONING_MACHINE,
): MachineVerification {
  const checked = checkMachine(machine);
  const problems: string[] = [];
  const ids = checked.states.map((state) => state.id);
  const eventTypes = new Set<string>(checked.events);
  const guardIds = new Set(checked.guards.map((guard) => guard.id));
  const used = new Set<string>();

  for (const move of checked.transitions) {
    for (const step of move.steps)
      if (!eventTypes.has(step)) problems.push(`${move.id} uses an unknown event ${step}.`);
    for (const guard of move.guards) {
      used.add(guard);
      if (!guardIds.has(guard)) problems.push(`${move.id} uses an unknown guard ${guard}.`);
    }
    if (move.steps.at(-1) !== 'GO_LIVE') problems.push(`${move.id} does not end with GO_LIVE.`);
  }
  for (const guard of checked.guards)
    if (!used.has(guard.id)) problems.push(`Guard ${guard.id} is used by no move.`);

  const reachable = {} as Record<CommissioningStatus, CommissioningStatus[]>;
  for (const start of ids) {
    if (!checked.transitions.some((move) => move.from === start))
      problems.push(`State ${start} is a dead end.`);
    const seen = new Set<CommissioningStatus>([start]);
    const queue = [start];
    while (queue.length > 0) {
      const current = queue.shift() as CommissioningStatus;
      for (const move of checked.transitions) {
        if (move.from === current && !seen.has(move.to)) {
          seen.add(move.to);
          queue.push(move.to);
        }
      }
    }
    reachable[start] = ids.filter((id) => id !== start && seen.has(id));
    for (const other of ids)
      if (other !== start && !seen.has(other))
        problems.push(`State ${other} is not reachable from ${start}.`);
  }

  const scenarios = checked.transitions.map(runScenario);
  for (const scenario of scenarios) {
    if (!scenario.arrived)
      problems.push(
        `The generated run of ${scenario.transitionId} was refused by ${scenario.refusedBy.join(', ')}.`,
      );
  }
  return deepFreezeOwn({ ok: problems.length === 0, problems, reachable, scenarios });
}

const START: IsoDate = '2014-04-01';

function runScenario(move: MachineTransition): MachineScenario {
  const events = scenarioEvents(move);
  let state = createCommissioningState({ ccgId: 'VERIFY', status: move.from, since: START });
  const refusedBy: string[] = [];
  for (const event of events) {
    const result = transition(state, event);
    if (!result.ok) {
      refusedBy.push(
        ...result.issues.map((issue) => ('guardId' in issue ? issue.guardId : issue.code)),
      );
      break;
    }
    state = result.state;
  }
  return {
    transitionId: move.id,
    from: move.from,
    to: move.to,
    start: { status: move.from, since: START },
    events,
    arrived: refusedBy.length === 0 && state.status === move.to,
    refusedBy,
  };
}

function carriedBallot() {
  return tallyBallot(
    {
      id: 'verify-ballot',
      question: 'Should the CCG change its co-commissioning model?',
      opens: '2016-08-01',
      closes: '2016-08-31',
      electorate: [{ memberId: 'P1' }, { memberId: 'P2' }, { memberId: 'P3' }],
      rules: {
        weighting: { kind: 'per-member' },
        threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'yes-no' },
        tie: 'not-carried',
      },
    },
    ['P1', 'P2', 'P3'].map((memberId) => ({
      memberId,
      choice: 'yes' as const,
      castOn: '2016-08-15',
    })),
  );
}

const member = (personId: string, role: Committee['members'][number]['role'], voting: boolean) => ({
  personId,
  name: personId,
  role,
  voting,
});

function committee(kind: 'pccc' | 'joint-committee'): Committee {
  const voting =
    kind === 'pccc'
      ? [
          member('lay-1', 'lay', true),
          member('lay-2', 'lay', true),
          member('lay-3', 'lay', true),
          member('exec-1', 'executive', true),
          member('exec-2', 'executive', true),
          member('gp-other', 'other-area-gp', true),
          member('nurse', 'nurse', true),
        ]
      : [
          member('lay-1', 'lay', true),
          member('lay-2', 'lay', true),
          member('exec-1', 'executive', true),
          member('nhse-1', 'nhs-england', true),
          member('nhse-2', 'nhs-england', true),
        ];
  return {
    id: `verify-${kind}`,
    name: kind === 'pccc' ? 'Primary Care Commissioning Committee' : 'Primary Care Joint Committee',
    kind,
    chairId: 'lay-1',
    members: [
      ...voting,
      member('healthwatch', 'healthwatch', false),
      member('hwb', 'health-and-wellbeing-board', false),
      member('lmc', 'lmc', false),
      member('ccg-gp', 'ccg-gp', false),
    ],
  };
}

function scenarioEvents(move: MachineTransition): CommissioningEvent[] {
  if (move.kind === 'exit') {
    return [
      { type: 'GIVE_NOTICE', on: '2016-06-01', target: move.to },
      { type: 'GO_LIVE', on: '2017-04-01' },
    ];
  }
  if (move.to === 'A' || move.to === 'none') {
    return [
      { type: 'PROPOSE', on: '2016-06-01', target: move.to, goLive: '2016-10-01' },
      { type: 'GO_LIVE', on: '2016-10-01' },
    ];
  }
  const goLive = move.to === 'C' ? '2017-04-01' : '2017-01-01';
  const opening: CommissioningEvent[] = [
    { type: 'PROPOSE', on: '2016-06-01', target: move.to, goLive },
    { type: 'CONSULT_LMC', on: '2016-07-01' },
    { type: 'RECORD_BALLOT', on: '2016-09-01', result: carriedBallot() },
    { type: 'GOVERNING_BODY_DECISION', on: '2016-09-15', approved: true },
  ];
  if (move.to === 'B') {
    return [
      ...opening,
      {
        type: 'AMEND_CONSTITUTION',
        on: '2016-10-01',
        approvedByMembers: true,
        approvedByNhsEngland: true,
      },
      { type: 'ESTABLISH_COMMITTEE', on: '2016-11-01', committee: committee('joint-committee') },
      { type: 'GO_LIVE', on: goLive },
    ];
  }
  return [
    ...opening,
    {
      type: 'SUBMIT_APPLICATION',
      on: '2016-11-01',
      signedBy: ['accountable-officer', 'audit-committee-chair'],
    },
    { type: 'NHSE_DECISION', on: '2017-01-15', approved: true },
    { type: 'COMPLETE_DUE_DILIGENCE', on: '2017-02-01' },
    { type: 'AMEND_CONSTITUTION', on: '2017-02-15', approvedByMembers: true },
    { type: 'ESTABLISH_COMMITTEE', on: '2017-03-01', committee: committee('pccc') },
    { type: 'SIGN_AGREEMENT', on: '2017-03-15' },
    { type: 'GO_LIVE', on: goLive },
  ];
}
