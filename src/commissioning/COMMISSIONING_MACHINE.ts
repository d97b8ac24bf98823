import { domain, seed004 } from '../_lib/cite.js';
import type { Citation } from '../core/citation.js';
import type { CommissioningStatus } from '../responsibilities/CommissioningStatus.js';
import { MODELS } from '../responsibilities/MODELS.js';
import { EVENT_TYPES, type EventType } from './events.js';
import { deepFreezeOwn } from './freeze.js';
import { GUARDS, type GuardDefinition } from './GUARDS.js';

/**
 * One move between models in {@link COMMISSIONING_MACHINE}: from where to where, the events
 * that make it (in their usual order) and the guards checked on the way.
 *
 * @example
 * ```ts
 * import { COMMISSIONING_MACHINE, type MachineTransition } from 'co-commissioning';
 *
 * const toDelegated: MachineTransition | undefined = COMMISSIONING_MACHINE.transitions.find(
 *   (move) => move.from === 'B' && move.to === 'C',
 * );
 * toDelegated?.steps.at(-1); //=> 'GO_LIVE'
 * ```
 * @category Commissioning
 */
export interface MachineTransition {
  /** A stable ID such as `'B->C'`. */
  readonly id: string;
  /** The model before. */
  readonly from: CommissioningStatus;
  /** The model after. */
  readonly to: CommissioningStatus;
  /** A change by proposal, or an exit from delegation by notice. */
  readonly kind: 'change' | 'exit';
  /** The events that make the move, in their usual order; the last is `GO_LIVE`. */
  readonly steps: readonly EventType[];
  /** The guards that must not fail on the way, by ID. */
  readonly guards: readonly string[];
  /** Where the move's requirements come from. */
  readonly sources: readonly Citation[];
}

/**
 * The states, events, guards and moves of the commissioning state machine.
 *
 * @example
 * ```ts
 * import type { CommissioningMachine } from 'co-commissioning';
 *
 * function moves(machine: CommissioningMachine): number {
 *   return machine.transitions.length;
 * }
 * ```
 * @category Commissioning
 */
export interface CommissioningMachine {
  /** The four models, with their names. */
  readonly states: readonly { readonly id: CommissioningStatus; readonly name: string }[];
  /** The thirteen event types. */
  readonly events: readonly EventType[];
  /** Every guard, as data. */
  readonly guards: readonly GuardDefinition[];
  /** Every move between models. */
  readonly transitions: readonly MachineTransition[];
}

const TO_DELEGATED: readonly EventType[] = [
  'PROPOSE',
  'CONSULT_LMC',
  'RECORD_BALLOT',
  'GOVERNING_BODY_DECISION',
  'SUBMIT_APPLICATION',
  'NHSE_DECISION',
  'COMPLETE_DUE_DILIGENCE',
  'AMEND_CONSTITUTION',
  'ESTABLISH_COMMITTEE',
  'SIGN_AGREEMENT',
  'GO_LIVE',
];
const TO_JOINT: readonly EventType[] = [
  'PROPOSE',
  'CONSULT_LMC',
  'RECORD_BALLOT',
  'GOVERNING_BODY_DECISION',
  'AMEND_CONSTITUTION',
  'ESTABLISH_COMMITTEE',
  'GO_LIVE',
];
const TO_INVOLVEMENT: readonly EventType[] = ['PROPOSE', 'GO_LIVE'];
const EXIT: readonly EventType[] = ['GIVE_NOTICE', 'GO_LIVE'];

const COMMON = [
  'GUARD-DATES-IN-ORDER',
  'GUARD-ONE-PROPOSAL',
  'GUARD-TARGET-DIFFERS',
  'GUARD-GO-LIVE-DATE',
];
const DELEGATED_GUARDS = [
  ...COMMON,
  'GUARD-PROPOSAL-OPEN',
  'GUARD-STEP-WITHIN-PROPOSAL',
  'GUARD-LEAVE-DELEGATION-BY-NOTICE',
  'GUARD-GO-LIVE-AFTER-PROPOSAL',
  'GUARD-DELEGATION-STARTS-1-APRIL',
  'GUARD-LMC-CONSULTED',
  'GUARD-MEMBER-MANDATE',
  'GUARD-GOVERNING-BODY-APPROVAL',
  'GUARD-APPLICATION-SIGNATORIES',
  'GUARD-APPLICATION-DEADLINE',
  'GUARD-APPLICATION-SUBMITTED',
  'GUARD-NHSE-APPROVAL',
  'GUARD-DUE-DILIGENCE',
  'GUARD-CONSTITUTION-AMENDED',
  'GUARD-COMMITTEE-KIND',
  'GUARD-COMPLIANT-COMMITTEE',
  'GUARD-DELEGATION-AGREEMENT',
  'GUARD-BALLOT-DECLARED',
  'GUARD-STEP-APPLIES',
];
const JOINT_GUARDS = [
  ...COMMON,
  'GUARD-PROPOSAL-OPEN',
  'GUARD-STEP-WITHIN-PROPOSAL',
  'GUARD-LEAVE-DELEGATION-BY-NOTICE',
  'GUARD-GO-LIVE-AFTER-PROPOSAL',
  'GUARD-JOINT-GO-LIVE-DATE',
  'GUARD-LMC-CONSULTED',
  'GUARD-MEMBER-MANDATE',
  'GUARD-GOVERNING-BODY-APPROVAL',
  'GUARD-CONSTITUTION-AMENDED',
  'GUARD-CONSTITUTION-APPROVALS',
  'GUARD-COMMITTEE-KIND',
  'GUARD-COMPLIANT-COMMITTEE',
  'GUARD-BALLOT-DECLARED',
];
const INVOLVEMENT_GUARDS = [
  ...COMMON,
  'GUARD-PROPOSAL-OPEN',
  'GUARD-LEAVE-DELEGATION-BY-NOTICE',
  'GUARD-GO-LIVE-AFTER-PROPOSAL',
  'GUARD-NO-APPROVAL-NEEDED',
];
const EXIT_GUARDS = [
  ...COMMON,
  'GUARD-PROPOSAL-OPEN',
  'GUARD-NOTICE-FROM-DELEGATION',
  'GUARD-EXIT-NOTICE',
];

function move(from: CommissioningStatus, to: CommissioningStatus): MachineTransition {
  const id = `${from}->${to}`;
  if (from === 'C') {
    return {
      id,
      from,
      to,
      kind: 'exit',
      steps: EXIT,
      guards: EXIT_GUARDS,
      sources: [domain('MODEL-C-TERMINATION', 'Part 2 §1.1 rule 7')],
    };
  }
  if (to === 'C') {
    return {
      id,
      from,
      to,
      kind: 'change',
      steps: TO_DELEGATED,
      guards: DELEGATED_GUARDS,
      sources: [
        seed004('Key points 1–6; Model C: Delegated commissioning'),
        domain('MODEL-C-APPLICATION', 'Part 2 §1.1 rules 5–6'),
      ],
    };
  }
  if (to === 'B') {
    return {
      id,
      from,
      to,
      kind: 'change',
      steps: TO_JOINT,
      guards: JOINT_GUARDS,
      sources: [
        seed004('Model B: Joint commissioning'),
        domain('MODEL-B-CONSTITUTION', 'Part 2 §1.1 rules 3–4'),
      ],
    };
  }
  return {
    id,
    from,
    to,
    kind: 'change',
    steps: TO_INVOLVEMENT,
    guards: INVOLVEMENT_GUARDS,
    sources: [
      domain('MODEL-A-NO-APPROVAL', 'Part 2 §1.1 rule 2'),
      seed004('Model A: Greater involvement'),
    ],
  };
}

const STATUSES: readonly CommissioningStatus[] = ['none', 'A', 'B', 'C'];

/**
 * The commissioning state machine as data: its four states (the models), thirteen events,
 * every guard, and the twelve moves between models with the events that make each move and the
 * guards checked on the way. {@link toMermaid} draws it and {@link verifyMachine} checks it; the
 * same data drives {@link transition}.
 *
 * @example
 * ```ts
 * import { COMMISSIONING_MACHINE } from 'co-commissioning';
 *
 * COMMISSIONING_MACHINE.transitions.map((move) => move.id).includes('B->C'); //=> true
 * ```
 * @category Commissioning
 */
export const COMMISSIONING_MACHINE: CommissioningMachine = deepFreezeOwn({
  states: Object.freeze(
    MODELS.map((model) => Object.freeze({ id: model.status, name: model.name })),
  ),
  events: EVENT_TYPES,
  guards: GUARDS,
  transitions: Object.freeze(
    STATUSES.flatMap((from) =>
      STATUSES.filter((to) => to !== from).map((to) => Object.freeze(move(from, to))),
    ),
  ),
});
