import { domain, seed000, seed001, seed002, seed004 } from '../_lib/cite.js';
import type { Confidence } from '../conflicts/rules/CoiRule.js';
import type { Citation } from '../core/citation.js';
import type { EventType } from './events.js';
import { deepFreezeOwn } from './freeze.js';

/**
 * A guard of the commissioning state machine as data: what it checks, on which events, where
 * the rule comes from, how sure the library is of it, whether a user may turn it off, and what
 * to do when it fails.
 *
 * @example
 * ```ts
 * import { GUARDS, type GuardDefinition } from 'co-commissioning';
 *
 * const lmc: GuardDefinition | undefined = GUARDS.find((guard) => guard.id === 'GUARD-LMC-CONSULTED');
 * lmc?.events; //=> ['SUBMIT_APPLICATION', 'GO_LIVE']
 * ```
 * @category Commissioning
 */
export interface GuardDefinition {
  /** The guard's stable ID, as used in `guard_failed` issues and `options.guards`. */
  readonly id: string;
  /** A plain one-line title. */
  readonly title: string;
  /** What the guard requires. */
  readonly description: string;
  /** The events it is evaluated on. */
  readonly events: readonly EventType[];
  /** Where the rule comes from. */
  readonly sources: readonly Citation[];
  /** How sure the library is of the rule (DOMAIN.md's tags; `V` for rules stated in a seed). */
  readonly confidence: Confidence;
  /** Whether `options.guards` may turn it off (policy guards); structural guards cannot be. */
  readonly switchable: boolean;
  /** What to do when it fails. */
  readonly remedy: string;
}

/**
 * Every guard of the commissioning state machine, each cited. Guards whose rule DOMAIN.md tags
 * `S`, `I` or `U` are switchable through `options.guards`; so are the policy guards taken from
 * the seeds, for a CCG whose constitution says otherwise. Structural guards (one proposal at a
 * time, dates in order) cannot be turned off.
 *
 * @example
 * ```ts
 * import { GUARDS } from 'co-commissioning';
 *
 * GUARDS.filter((guard) => guard.switchable).length > 0; //=> true
 * ```
 * @category Commissioning
 */
export const GUARDS = deepFreezeOwn([
  {
    id: 'GUARD-DATES-IN-ORDER',
    title: 'Events are recorded in date order',
    description:
      'An event may not be dated before the last recorded event or before the current model began.',
    events: [
      'PROPOSE',
      'CONSULT_LMC',
      'RECORD_BALLOT',
      'GOVERNING_BODY_DECISION',
      'AMEND_CONSTITUTION',
      'SUBMIT_APPLICATION',
      'NHSE_DECISION',
      'COMPLETE_DUE_DILIGENCE',
      'ESTABLISH_COMMITTEE',
      'SIGN_AGREEMENT',
      'GO_LIVE',
      'WITHDRAW_PROPOSAL',
      'GIVE_NOTICE',
    ],
    sources: [seed000('Next steps & Proposed Timeline')],
    confidence: 'I',
    switchable: false,
    remedy: 'Record events in the order they happened; correct the date if it was mistyped.',
  },
  {
    id: 'GUARD-PROPOSAL-OPEN',
    title: 'A change of model is in progress',
    description: 'Steps towards a new model are recorded against an open proposal.',
    events: [
      'CONSULT_LMC',
      'RECORD_BALLOT',
      'GOVERNING_BODY_DECISION',
      'AMEND_CONSTITUTION',
      'SUBMIT_APPLICATION',
      'NHSE_DECISION',
      'COMPLETE_DUE_DILIGENCE',
      'ESTABLISH_COMMITTEE',
      'SIGN_AGREEMENT',
      'GO_LIVE',
      'WITHDRAW_PROPOSAL',
    ],
    sources: [seed000('Next steps & Proposed Timeline')],
    confidence: 'I',
    switchable: false,
    remedy: 'Start the change with PROPOSE (or, to leave delegated commissioning, GIVE_NOTICE).',
  },
  {
    id: 'GUARD-ONE-PROPOSAL',
    title: 'One change of model at a time',
    description: 'A new proposal or notice may not start while another is open.',
    events: ['PROPOSE', 'GIVE_NOTICE'],
    sources: [domain('MODEL-ENUM', 'Part 2 §1.1 rule 1')],
    confidence: 'I',
    switchable: false,
    remedy: 'Finish the open proposal with GO_LIVE, or end it with WITHDRAW_PROPOSAL.',
  },
  {
    id: 'GUARD-TARGET-DIFFERS',
    title: 'The target model differs from the current one',
    description:
      'A CCG is in exactly one model at a time; moving to the model it is in is no change.',
    events: ['PROPOSE', 'GIVE_NOTICE'],
    sources: [domain('MODEL-ENUM', 'Part 2 §1.1 rule 1')],
    confidence: 'V',
    switchable: false,
    remedy: 'Choose a model other than the current one.',
  },
  {
    id: 'GUARD-STEP-APPLIES',
    title: 'The step belongs to this kind of change',
    description:
      'Applications, NHS England decisions and delegation agreements belong to delegated commissioning; committees to joint or delegated commissioning; notice to leaving delegation.',
    events: [
      'SUBMIT_APPLICATION',
      'NHSE_DECISION',
      'ESTABLISH_COMMITTEE',
      'SIGN_AGREEMENT',
      'COMPLETE_DUE_DILIGENCE',
    ],
    sources: [
      seed004('Model B: Joint commissioning, How to apply'),
      seed004('Model C: Delegated commissioning, How to apply'),
      domain('MODEL-B-NO-NATIONAL-APPLICATION', 'Part 2 §1.1 rule 4'),
    ],
    confidence: 'V',
    switchable: false,
    remedy:
      'Joint commissioning needs no national application: record the constitution amendment and the joint committee instead.',
  },
  {
    id: 'GUARD-STEP-WITHIN-PROPOSAL',
    title: 'Steps fall between the proposal and its go-live date',
    description:
      'A step is dated on or after the proposal began and on or before the agreed go-live date.',
    events: [
      'CONSULT_LMC',
      'RECORD_BALLOT',
      'GOVERNING_BODY_DECISION',
      'AMEND_CONSTITUTION',
      'SUBMIT_APPLICATION',
      'NHSE_DECISION',
      'COMPLETE_DUE_DILIGENCE',
      'ESTABLISH_COMMITTEE',
      'SIGN_AGREEMENT',
    ],
    sources: [seed000('Next steps & Proposed Timeline')],
    confidence: 'I',
    switchable: false,
    remedy:
      'Date the step within the proposal, or withdraw and re-propose with a later go-live date.',
  },
  {
    id: 'GUARD-LEAVE-DELEGATION-BY-NOTICE',
    title: 'Delegation ends only by notice',
    description:
      'A delegated CCG leaves delegated commissioning by giving notice, which takes effect on a 1 April.',
    events: ['PROPOSE'],
    sources: [domain('MODEL-C-TERMINATION', 'Part 2 §1.1 rule 7 (S5)')],
    confidence: 'V',
    switchable: false,
    remedy:
      'Give notice with GIVE_NOTICE; it takes effect on the next 1 April after a 30 September on or after the notice.',
  },
  {
    id: 'GUARD-NOTICE-FROM-DELEGATION',
    title: 'Notice is given by a delegated CCG',
    description:
      'Only a CCG with delegated commissioning gives notice under the delegation agreement.',
    events: ['GIVE_NOTICE'],
    sources: [domain('MODEL-C-TERMINATION', 'Part 2 §1.1 rule 7 (S5)')],
    confidence: 'V',
    switchable: false,
    remedy: 'To move between other models, use PROPOSE.',
  },
  {
    id: 'GUARD-GO-LIVE-AFTER-PROPOSAL',
    title: 'The go-live date is after the proposal',
    description: 'The agreed go-live date is later than the day the proposal starts.',
    events: ['PROPOSE'],
    sources: [seed000('Next steps & Proposed Timeline')],
    confidence: 'I',
    switchable: false,
    remedy: 'Choose a go-live date after the proposal date.',
  },
  {
    id: 'GUARD-DELEGATION-STARTS-1-APRIL',
    title: 'Delegated commissioning starts on 1 April',
    description: 'Delegation takes effect only on 1 April, at the start of a financial year.',
    events: ['PROPOSE'],
    sources: [
      domain('MODEL-C-EFFECTIVE-DATE', 'Part 2 §1.1 rule 6 (S4)'),
      seed002('§3.7'),
      seed000('Delegated Commissioning of Primary Medical Services'),
    ],
    confidence: 'V',
    switchable: false,
    remedy: 'Propose a go-live date of 1 April.',
  },
  {
    id: 'GUARD-JOINT-GO-LIVE-DATE',
    title: 'Joint commissioning starts on a known go-live date',
    description:
      'Joint commissioning had periodic national go-live dates; only 1 April 2015 and 1 January 2017 are known. Another date is reported as unknown, not refused.',
    events: ['PROPOSE'],
    sources: [
      seed004('Model B: Joint commissioning, How to apply'),
      domain('MODEL-B-NO-NATIONAL-APPLICATION', 'Part 2 §1.1 rule 4; Part 3 Q9'),
    ],
    confidence: 'U',
    switchable: true,
    remedy: 'Add the go-live date to options.calendar as a model B wave if NHS England set it.',
  },
  {
    id: 'GUARD-NO-APPROVAL-NEEDED',
    title: 'Greater involvement needs no approval',
    description:
      'Moving to Model A (or to no co-commissioning) needs no new governance and no approval process.',
    events: ['GO_LIVE'],
    sources: [
      domain('MODEL-A-NO-APPROVAL', 'Part 2 §1.1 rule 2 (S3)'),
      seed004('Model A: Greater involvement'),
    ],
    confidence: 'S',
    switchable: false,
    remedy: 'Nothing to do.',
  },
  {
    id: 'GUARD-LMC-CONSULTED',
    title: 'The LMC was consulted',
    description:
      'The Local Medical Committee is consulted well in advance of any decision about co-commissioning.',
    events: ['SUBMIT_APPLICATION', 'GO_LIVE'],
    sources: [seed004('Key points 4'), seed004('What is co-commissioning?')],
    confidence: 'V',
    switchable: true,
    remedy: 'Consult the LMC first (seed 004, key point 4), then record CONSULT_LMC.',
  },
  {
    id: 'GUARD-MEMBER-MANDATE',
    title: 'The member practices gave a mandate',
    description:
      'The membership is consulted and gives a mandate before any decision and before applying: a carried ballot. A lost or inquorate ballot is no mandate. The mandate comes before the governing body decides.',
    events: ['SUBMIT_APPLICATION', 'GO_LIVE'],
    sources: [
      seed004('Key points 3'),
      seed002('§4.1–§4.4'),
      domain('MODEL-MEMBER-SUPPORT', 'Part 2 §1.1 rule 11'),
    ],
    confidence: 'V',
    switchable: true,
    remedy:
      'Ballot the member practices and record a carried result with RECORD_BALLOT (seed 004, key point 3).',
  },
  {
    id: 'GUARD-GOVERNING-BODY-APPROVAL',
    title: 'The governing body approved',
    description:
      'The governing body decides to make the change after the member vote, and has not since decided against it.',
    events: ['SUBMIT_APPLICATION', 'GO_LIVE'],
    sources: [
      seed000(
        'Next steps & Proposed Timeline (Sign off by Governing Body of application, 2 Nov 17)',
      ),
      seed002('§3.6, §3.9'),
      seed001('Our history and levels of co-commissioning'),
    ],
    confidence: 'V',
    switchable: true,
    remedy:
      'Take the proposal to the governing body after the member vote and record GOVERNING_BODY_DECISION with approved: true.',
  },
  {
    id: 'GUARD-APPLICATION-SIGNATORIES',
    title: 'The application is signed by the accountable officer and the audit committee chair',
    description:
      "NHS England's pro forma requires the accountable officer and the audit committee chair to confirm that the membership and governing body have seen and agreed the arrangements.",
    events: ['SUBMIT_APPLICATION'],
    sources: [
      seed004('What is co-commissioning?'),
      domain('MODEL-C-APPLICATION', 'Part 2 §1.1 rules 4–5'),
    ],
    confidence: 'V',
    switchable: true,
    remedy: 'Have the accountable officer and the audit committee chair sign the application.',
  },
  {
    id: 'GUARD-APPLICATION-DEADLINE',
    title: 'The application is made by the closing date',
    description:
      'A delegated commissioning application is submitted on or before the closing date of the wave for its go-live date. Where no source gives the closing date the verdict is unknown, not a refusal.',
    events: ['PROPOSE', 'SUBMIT_APPLICATION'],
    sources: [
      domain('MODEL-C-APPLICATION', 'Part 2 §1.1 rule 5; §5b CHK-DELEG-APPLY'),
      seed004('Key points 6'),
    ],
    confidence: 'V',
    switchable: true,
    remedy:
      'Apply by the closing date, or propose the next 1 April; give unknown closing dates in options.calendar.',
  },
  {
    id: 'GUARD-APPLICATION-SUBMITTED',
    title: 'An application was submitted',
    description: 'NHS England decides on a submitted application; delegation needs one.',
    events: ['NHSE_DECISION', 'GO_LIVE'],
    sources: [
      domain('MODEL-C-APPLICATION', 'Part 2 §1.1 rule 5'),
      seed000('Next steps & Proposed Timeline'),
    ],
    confidence: 'V',
    switchable: false,
    remedy: 'Submit the application with SUBMIT_APPLICATION.',
  },
  {
    id: 'GUARD-NHSE-APPROVAL',
    title: 'NHS England approved the application',
    description: 'Delegation starts only after NHS England approves the application.',
    events: ['SIGN_AGREEMENT', 'GO_LIVE'],
    sources: [
      seed000(
        'Next steps & Proposed Timeline (NHS England informs CCG re: Outcome of application, Jan 18)',
      ),
      seed002('§3.7'),
      domain('MODEL-C-EFFECTIVE-DATE', 'Part 2 §1.1 rule 6'),
    ],
    confidence: 'V',
    switchable: false,
    remedy: "Wait for NHS England's decision and record it with NHSE_DECISION.",
  },
  {
    id: 'GUARD-DUE-DILIGENCE',
    title: 'Due diligence is complete',
    description:
      'Financial due diligence on the budgets and staffing to be transferred is completed before final sign-off.',
    events: ['GO_LIVE'],
    sources: [
      seed002('§3.5, §3.8, §3.9'),
      seed000('Next steps & Proposed Timeline (Transitional period and due diligence)'),
    ],
    confidence: 'V',
    switchable: true,
    remedy: 'Complete due diligence on the primary care budget and record COMPLETE_DUE_DILIGENCE.',
  },
  {
    id: 'GUARD-CONSTITUTION-AMENDED',
    title: 'The constitution was amended',
    description:
      'A CCG taking on joint or delegated commissioning updates its constitution, in collaboration with its member practices.',
    events: ['GO_LIVE'],
    sources: [
      seed004('Key points 5'),
      domain('MODEL-B-CONSTITUTION', 'Part 2 §1.1 rule 3'),
      seed000('Next steps & Proposed Timeline (Finalise amendments to CCG Constitution, Feb 18)'),
    ],
    confidence: 'V',
    switchable: true,
    remedy: 'Amend the constitution with the member practices and record AMEND_CONSTITUTION.',
  },
  {
    id: 'GUARD-CONSTITUTION-APPROVALS',
    title: 'Members and NHS England approved the constitution change (joint commissioning)',
    description:
      'For joint commissioning the constitution amendment establishing the joint committee is approved by the members and by NHS England.',
    events: ['AMEND_CONSTITUTION'],
    sources: [domain('MODEL-B-CONSTITUTION', 'Part 2 §1.1 rule 3 (S3, S59)')],
    confidence: 'S',
    switchable: true,
    remedy:
      'Record AMEND_CONSTITUTION with approvedByMembers: true and approvedByNhsEngland: true.',
  },
  {
    id: 'GUARD-DELEGATION-AGREEMENT',
    title: 'The delegation agreement was signed',
    description:
      'The delegation agreement with NHS England is signed, after its decision, before go-live.',
    events: ['GO_LIVE'],
    sources: [
      seed000(
        'Next steps & Proposed Timeline (Sign off Delegated Agreement with NHS England, Feb 18)',
      ),
      domain('MODEL-C-EFFECTIVE-DATE', 'Part 2 §1.1 rule 6'),
    ],
    confidence: 'V',
    switchable: true,
    remedy: 'Sign the delegation agreement and record SIGN_AGREEMENT.',
  },
  {
    id: 'GUARD-COMMITTEE-KIND',
    title: 'The right kind of committee',
    description:
      'Delegated commissioning needs a primary care commissioning committee (PCCC); joint commissioning a joint committee (or committees in common).',
    events: ['ESTABLISH_COMMITTEE'],
    sources: [
      seed004('Model C: Delegated commissioning, Governance'),
      seed004('Model B: Joint commissioning, Governance'),
      domain('JC-B-NO-PCCC', 'Part 2 §1.3b rule 25d'),
    ],
    confidence: 'V',
    switchable: false,
    remedy:
      "Establish a committee of kind 'pccc' for delegated or 'joint-committee' for joint commissioning.",
  },
  {
    id: 'GUARD-COMPLIANT-COMMITTEE',
    title: 'The committee meets the conflict-of-interest rules',
    description:
      'The decision-making committee is one that checkCommittee finds compliant on the day it is established: a lay chair, a lay and executive majority, non-voting observers.',
    events: ['ESTABLISH_COMMITTEE', 'GO_LIVE'],
    sources: [
      seed004('Model C: Delegated commissioning, Governance'),
      seed002('§3.5'),
      domain('COI-PCCC-LAY-CHAIR', 'Part 2 §1.3 rules 17–19'),
    ],
    confidence: 'V',
    switchable: true,
    remedy: 'Fix the breaches checkCommittee reports, then record ESTABLISH_COMMITTEE again.',
  },
  {
    id: 'GUARD-GO-LIVE-DATE',
    title: 'Go-live on the agreed date',
    description:
      "The new model starts on the proposal's agreed go-live date (for delegation, the agreed 1 April).",
    events: ['GO_LIVE'],
    sources: [domain('MODEL-C-EFFECTIVE-DATE', 'Part 2 §1.1 rule 6'), seed002('§3.7')],
    confidence: 'V',
    switchable: false,
    remedy: "Record GO_LIVE on the proposal's go-live date.",
  },
  {
    id: 'GUARD-EXIT-NOTICE',
    title: 'Notice by 30 September ends delegation the next 1 April',
    description:
      'Notice given on or before 30 September takes effect the following 1 April; later notice takes effect the 1 April a year after. Read here as: the 1 April after the first 30 September on or after the notice.',
    events: ['GIVE_NOTICE', 'GO_LIVE'],
    sources: [
      domain('MODEL-C-TERMINATION', 'Part 2 §1.1 rule 7 (S5; date arithmetic inferred)'),
      domain('CHK-DELEG-TERMINATE', 'Part 2 §5b'),
    ],
    confidence: 'I',
    switchable: false,
    remedy: 'Record GO_LIVE on the date the notice takes effect.',
  },
  {
    id: 'GUARD-BALLOT-DECLARED',
    title: 'A ballot is recorded after it closes',
    description: 'A ballot result is recorded on or after the day the ballot closed.',
    events: ['RECORD_BALLOT'],
    sources: [
      domain('BALLOT-ADMIN', 'Part 2 §1.7 rule 57'),
      seed000('Next steps & Proposed Timeline (Membership Vote closes 9 Oct 17)'),
    ],
    confidence: 'I',
    switchable: false,
    remedy: 'Record the ballot on or after its closing date.',
  },
] as const satisfies readonly GuardDefinition[]);

/**
 * The ID of one of the machine's {@link GUARDS}.
 *
 * @example
 * ```ts
 * import type { GuardId } from 'co-commissioning';
 *
 * const id: GuardId = 'GUARD-MEMBER-MANDATE';
 * ```
 * @category Commissioning
 */
export type GuardId = (typeof GUARDS)[number]['id'];

/** Internal: the guard definitions by ID. */
export const GUARD_BY_ID: ReadonlyMap<string, GuardDefinition> = new Map(
  GUARDS.map((guard) => [guard.id, guard]),
);
