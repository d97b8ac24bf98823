import * as z from 'zod';
import { type BallotResult, BallotResultSchema } from '../ballots/BallotResult.js';
import { type Committee, CommitteeSchema } from '../conflicts/committees/Committee.js';
import type { IsoDate } from '../core/IsoDate.js';
import { IsoDateSchema } from '../core/IsoDate.js';
import {
  type CommissioningStatus,
  CommissioningStatusSchema,
} from '../responsibilities/CommissioningStatus.js';

/**
 * Who may sign a delegated commissioning application. NHS England's pro forma requires the
 * accountable officer and the audit committee chair to confirm that the membership and governing
 * body have seen and agreed the arrangements (seed 004, "What is co-commissioning?").
 *
 * @example
 * ```ts
 * import type { Signatory } from 'co-commissioning';
 *
 * const signedBy: Signatory[] = ['accountable-officer', 'audit-committee-chair'];
 * ```
 * @category Commissioning
 */
export type Signatory =
  | 'accountable-officer'
  | 'audit-committee-chair'
  | 'chief-finance-officer'
  | 'governing-body-chair'
  | 'nhs-england-director-of-commissioning-operations';

const SIGNATORIES = [
  'accountable-officer',
  'audit-committee-chair',
  'chief-finance-officer',
  'governing-body-chair',
  'nhs-england-director-of-commissioning-operations',
] as const satisfies readonly Signatory[];

/**
 * Start a change of model: to `target`, going live on `goLive`.
 *
 * @example
 * ```ts
 * import type { ProposeEvent } from 'co-commissioning';
 *
 * // Bedfordshire CCG's governing body paper of 7 September 2017 looks to delegation from April 2018 (seed 000).
 * const propose: ProposeEvent = { type: 'PROPOSE', on: '2017-09-07', target: 'C', goLive: '2018-04-01' };
 * ```
 * @category Commissioning
 */
export interface ProposeEvent {
  /** The event type. */
  readonly type: 'PROPOSE';
  /** The day the CCG starts the change. */
  readonly on: IsoDate;
  /** The model to move to. */
  readonly target: CommissioningStatus;
  /** The agreed day the new model starts (a 1 April for delegated commissioning). */
  readonly goLive: IsoDate;
}
/**
 * The Local Medical Committee was consulted.
 *
 * @example
 * ```ts
 * import type { ConsultLmcEvent } from 'co-commissioning';
 *
 * // Cambridgeshire & Peterborough: the LMC surveyed GPs and practice managers in July 2015 (seed 002 §3.5, §4.1).
 * const consulted: ConsultLmcEvent = { type: 'CONSULT_LMC', on: '2015-07-31' };
 * ```
 * @category Commissioning
 */
export interface ConsultLmcEvent {
  /** The event type. */
  readonly type: 'CONSULT_LMC';
  /** The day of the consultation (or its close). */
  readonly on: IsoDate;
}
/**
 * The member practices' ballot result is recorded.
 *
 * @example
 * ```ts
 * import type { BallotResult, RecordBallotEvent } from 'co-commissioning';
 *
 * // Bedfordshire's ballot, run by the LMC, closed on 9 October 2017 (seed 000); record it once counted.
 * function recordBallot(result: BallotResult): RecordBallotEvent {
 *   return { type: 'RECORD_BALLOT', on: '2017-10-10', result };
 * }
 * ```
 * @category Commissioning
 */
export interface RecordBallotEvent {
  /** The event type. */
  readonly type: 'RECORD_BALLOT';
  /** The day the result was declared. */
  readonly on: IsoDate;
  /** The tally, from `tallyBallot`. */
  readonly result: BallotResult;
}
/**
 * The governing body decided for or against the proposal.
 *
 * @example
 * ```ts
 * import type { GoverningBodyDecisionEvent } from 'co-commissioning';
 *
 * // Bedfordshire's governing body was to sign off the application on 2 November 2017 (seed 000).
 * const signedOff: GoverningBodyDecisionEvent = { type: 'GOVERNING_BODY_DECISION', on: '2017-11-02', approved: true };
 * ```
 * @category Commissioning
 */
export interface GoverningBodyDecisionEvent {
  /** The event type. */
  readonly type: 'GOVERNING_BODY_DECISION';
  /** The meeting day. */
  readonly on: IsoDate;
  /** Whether the governing body approved. */
  readonly approved: boolean;
}
/**
 * The CCG's constitution was amended for the new model.
 *
 * @example
 * ```ts
 * import type { AmendConstitutionEvent } from 'co-commissioning';
 *
 * // Bedfordshire planned to finalise its constitution amendments in February 2018 (seed 000); the day is illustrative.
 * const amended: AmendConstitutionEvent = { type: 'AMEND_CONSTITUTION', on: '2018-02-28', approvedByMembers: true };
 * ```
 * @category Commissioning
 */
export interface AmendConstitutionEvent {
  /** The event type. */
  readonly type: 'AMEND_CONSTITUTION';
  /** The day the amendment took effect. */
  readonly on: IsoDate;
  /** Whether the member practices approved the amendment. */
  readonly approvedByMembers?: boolean;
  /** Whether NHS England approved the amendment. */
  readonly approvedByNhsEngland?: boolean;
}
/**
 * The application for delegated commissioning was submitted to NHS England.
 *
 * @example
 * ```ts
 * import type { SubmitApplicationEvent } from 'co-commissioning';
 *
 * // Cambridgeshire & Peterborough applied on 6 November 2015 (seed 002 §3.7).
 * const applied: SubmitApplicationEvent = {
 *   type: 'SUBMIT_APPLICATION', on: '2015-11-06', signedBy: ['accountable-officer', 'audit-committee-chair'],
 * };
 * ```
 * @category Commissioning
 */
export interface SubmitApplicationEvent {
  /** The event type. */
  readonly type: 'SUBMIT_APPLICATION';
  /** The day it was submitted. */
  readonly on: IsoDate;
  /** Who signed it. */
  readonly signedBy: readonly Signatory[];
}
/**
 * NHS England decided on the application (or, for joint commissioning, agreed).
 *
 * @example
 * ```ts
 * import type { NhseDecisionEvent } from 'co-commissioning';
 *
 * // Bedfordshire expected NHS England's answer in January 2018 (seed 000); the day is illustrative.
 * const approved: NhseDecisionEvent = { type: 'NHSE_DECISION', on: '2018-01-31', approved: true };
 * ```
 * @category Commissioning
 */
export interface NhseDecisionEvent {
  /** The event type. */
  readonly type: 'NHSE_DECISION';
  /** The day of the decision. */
  readonly on: IsoDate;
  /** Whether NHS England approved. */
  readonly approved: boolean;
}
/**
 * Financial due diligence on budgets and staffing was completed.
 *
 * @example
 * ```ts
 * import type { CompleteDueDiligenceEvent } from 'co-commissioning';
 *
 * // Bedfordshire planned due diligence with NHS England from January to March 2018 (seed 000).
 * const done: CompleteDueDiligenceEvent = { type: 'COMPLETE_DUE_DILIGENCE', on: '2018-03-29' };
 * ```
 * @category Commissioning
 */
export interface CompleteDueDiligenceEvent {
  /** The event type. */
  readonly type: 'COMPLETE_DUE_DILIGENCE';
  /** The day it was completed. */
  readonly on: IsoDate;
}
/**
 * The decision-making committee was established.
 *
 * @example
 * ```ts
 * import type { EstablishCommitteeEvent } from 'co-commissioning';
 *
 * const established: EstablishCommitteeEvent = {
 *   type: 'ESTABLISH_COMMITTEE',
 *   on: '2016-03-15',
 *   committee: {
 *     id: 'pccc', name: 'Primary Care Commissioning Committee', kind: 'pccc', chairId: 'p-lay',
 *     members: [
 *       { personId: 'p-lay', name: 'Mrs R Hughes', role: 'lay', voting: true },
 *       { personId: 'p-cfo', name: 'Mr D Evans', role: 'executive', voting: true },
 *       { personId: 'p-hw', name: 'Healthwatch representative', role: 'healthwatch', voting: false },
 *     ],
 *   },
 * };
 * ```
 * @category Commissioning
 */
export interface EstablishCommitteeEvent {
  /** The event type. */
  readonly type: 'ESTABLISH_COMMITTEE';
  /** The day it was established. */
  readonly on: IsoDate;
  /** The committee: a PCCC for delegated, a joint committee for joint commissioning. */
  readonly committee: Committee;
}
/**
 * The delegation agreement with NHS England was signed.
 *
 * @example
 * ```ts
 * import type { SignAgreementEvent } from 'co-commissioning';
 *
 * // Bedfordshire planned to sign the delegation agreement in February 2018 (seed 000); the day is illustrative.
 * const signed: SignAgreementEvent = { type: 'SIGN_AGREEMENT', on: '2018-02-28' };
 * ```
 * @category Commissioning
 */
export interface SignAgreementEvent {
  /** The event type. */
  readonly type: 'SIGN_AGREEMENT';
  /** The day it was signed. */
  readonly on: IsoDate;
}
/**
 * The new model starts.
 *
 * @example
 * ```ts
 * import type { GoLiveEvent } from 'co-commissioning';
 *
 * // Cambridgeshire & Peterborough's delegation was to start on 1 April 2016 (seed 002 §3.7).
 * const live: GoLiveEvent = { type: 'GO_LIVE', on: '2016-04-01' };
 * ```
 * @category Commissioning
 */
export interface GoLiveEvent {
  /** The event type. */
  readonly type: 'GO_LIVE';
  /** The go-live day: the proposal's agreed date. */
  readonly on: IsoDate;
}
/**
 * The proposal is abandoned.
 *
 * @example
 * ```ts
 * import type { WithdrawProposalEvent } from 'co-commissioning';
 *
 * // For example, after the member practices vote against the change.
 * const withdrawn: WithdrawProposalEvent = { type: 'WITHDRAW_PROPOSAL', on: '2015-10-02' };
 * ```
 * @category Commissioning
 */
export interface WithdrawProposalEvent {
  /** The event type. */
  readonly type: 'WITHDRAW_PROPOSAL';
  /** The day it was withdrawn. */
  readonly on: IsoDate;
}
/**
 * A delegated CCG gives notice to end delegation, moving to `target`.
 *
 * @example
 * ```ts
 * import type { GiveNoticeEvent } from 'co-commissioning';
 *
 * // Notice given by 30 September ends delegation on the next 1 April (DOMAIN MODEL-C-TERMINATION).
 * const notice: GiveNoticeEvent = { type: 'GIVE_NOTICE', on: '2019-09-30', target: 'B' };
 * ```
 * @category Commissioning
 */
export interface GiveNoticeEvent {
  /** The event type. */
  readonly type: 'GIVE_NOTICE';
  /** The day notice was given. */
  readonly on: IsoDate;
  /** The model after delegation ends: B, A or none. */
  readonly target: CommissioningStatus;
}

/**
 * Every event the commissioning state machine accepts, discriminated by `type` (the thirteen
 * type names are fixed by the public API).
 *
 * @example
 * ```ts
 * import type { CommissioningEvent } from 'co-commissioning';
 *
 * const applied: CommissioningEvent = {
 *   type: 'SUBMIT_APPLICATION', on: '2015-11-06', signedBy: ['accountable-officer', 'audit-committee-chair'],
 * };
 * ```
 * @category Commissioning
 */
export type CommissioningEvent =
  | ProposeEvent
  | ConsultLmcEvent
  | RecordBallotEvent
  | GoverningBodyDecisionEvent
  | AmendConstitutionEvent
  | SubmitApplicationEvent
  | NhseDecisionEvent
  | CompleteDueDiligenceEvent
  | EstablishCommitteeEvent
  | SignAgreementEvent
  | GoLiveEvent
  | WithdrawProposalEvent
  | GiveNoticeEvent;

/**
 * The thirteen event types, in the order a CCG usually meets them.
 *
 * @example
 * ```ts
 * import { EVENT_TYPES } from 'co-commissioning';
 *
 * EVENT_TYPES.length; //=> 13
 * ```
 * @category Commissioning
 */
export const EVENT_TYPES = [
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
] as const satisfies readonly CommissioningEvent['type'][];

/**
 * One of the thirteen event type names.
 *
 * @example
 * ```ts
 * import type { EventType } from 'co-commissioning';
 *
 * const type: EventType = 'GO_LIVE';
 * ```
 * @category Commissioning
 */
export type EventType = (typeof EVENT_TYPES)[number];

const on = IsoDateSchema;
const flag = (what: string) => z.boolean({ error: `Say whether ${what} (true or false).` });

// The whole ballot result is validated, as tallyBallot returns it: a state keeps only data it
// can store and read back (no stray fields, no values JSON cannot hold).
const BallotResultShape = BallotResultSchema;

/**
 * The zod schema of a {@link CommissioningEvent}.
 *
 * @example
 * ```ts
 * import { CommissioningEventSchema } from 'co-commissioning';
 *
 * CommissioningEventSchema.safeParse({ type: 'GO_LIVE', on: '2016-04-01' }).success; //=> true
 * ```
 * @category Commissioning
 */
export const CommissioningEventSchema = z.discriminatedUnion(
  'type',
  [
    z
      .object({
        type: z.literal('PROPOSE'),
        on,
        target: CommissioningStatusSchema,
        goLive: IsoDateSchema,
      })
      .strict(),
    z.object({ type: z.literal('CONSULT_LMC'), on }).strict(),
    z.object({ type: z.literal('RECORD_BALLOT'), on, result: BallotResultShape }).strict(),
    z
      .object({
        type: z.literal('GOVERNING_BODY_DECISION'),
        on,
        approved: flag('the governing body approved'),
      })
      .strict(),
    z
      .object({
        type: z.literal('AMEND_CONSTITUTION'),
        on,
        approvedByMembers: flag('the member practices approved').optional(),
        approvedByNhsEngland: flag('NHS England approved').optional(),
      })
      .strict(),
    z
      .object({
        type: z.literal('SUBMIT_APPLICATION'),
        on,
        signedBy: z.array(
          z.enum(SIGNATORIES, {
            error: `Give each signatory as one of: ${SIGNATORIES.join(', ')}.`,
          }),
          { error: 'List who signed the application.' },
        ),
      })
      .strict(),
    z
      .object({ type: z.literal('NHSE_DECISION'), on, approved: flag('NHS England approved') })
      .strict(),
    z.object({ type: z.literal('COMPLETE_DUE_DILIGENCE'), on }).strict(),
    z.object({ type: z.literal('ESTABLISH_COMMITTEE'), on, committee: CommitteeSchema }).strict(),
    z.object({ type: z.literal('SIGN_AGREEMENT'), on }).strict(),
    z.object({ type: z.literal('GO_LIVE'), on }).strict(),
    z.object({ type: z.literal('WITHDRAW_PROPOSAL'), on }).strict(),
    z.object({ type: z.literal('GIVE_NOTICE'), on, target: CommissioningStatusSchema }).strict(),
  ],
  { error: `Give the event's type as one of: ${EVENT_TYPES.join(', ')}.` },
);
