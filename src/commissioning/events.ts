import * as z from 'zod';
import type { BallotResult } from '../ballots/BallotResult.js';
import { type Committee, CommitteeSchema } from '../conflicts/committees/Committee.js';
import type { IsoDate } from '../core/IsoDate.js';
import { IsoDateSchema } from '../core/IsoDate.js';
import { RatioSchema } from '../core/Ratio.js';
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

/** Start a change of model: to `target`, going live on `goLive`. @category Commissioning */
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
/** The Local Medical Committee was consulted. @category Commissioning */
export interface ConsultLmcEvent {
  /** The event type. */
  readonly type: 'CONSULT_LMC';
  /** The day of the consultation (or its close). */
  readonly on: IsoDate;
}
/** The member practices' ballot result is recorded. @category Commissioning */
export interface RecordBallotEvent {
  /** The event type. */
  readonly type: 'RECORD_BALLOT';
  /** The day the result was declared. */
  readonly on: IsoDate;
  /** The tally, from `tallyBallot`. */
  readonly result: BallotResult;
}
/** The governing body decided for or against the proposal. @category Commissioning */
export interface GoverningBodyDecisionEvent {
  /** The event type. */
  readonly type: 'GOVERNING_BODY_DECISION';
  /** The meeting day. */
  readonly on: IsoDate;
  /** Whether the governing body approved. */
  readonly approved: boolean;
}
/** The CCG's constitution was amended for the new model. @category Commissioning */
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
/** The application for delegated commissioning was submitted to NHS England. @category Commissioning */
export interface SubmitApplicationEvent {
  /** The event type. */
  readonly type: 'SUBMIT_APPLICATION';
  /** The day it was submitted. */
  readonly on: IsoDate;
  /** Who signed it. */
  readonly signedBy: readonly Signatory[];
}
/** NHS England decided on the application (or, for joint commissioning, agreed). @category Commissioning */
export interface NhseDecisionEvent {
  /** The event type. */
  readonly type: 'NHSE_DECISION';
  /** The day of the decision. */
  readonly on: IsoDate;
  /** Whether NHS England approved. */
  readonly approved: boolean;
}
/** Financial due diligence on budgets and staffing was completed. @category Commissioning */
export interface CompleteDueDiligenceEvent {
  /** The event type. */
  readonly type: 'COMPLETE_DUE_DILIGENCE';
  /** The day it was completed. */
  readonly on: IsoDate;
}
/** The decision-making committee was established. @category Commissioning */
export interface EstablishCommitteeEvent {
  /** The event type. */
  readonly type: 'ESTABLISH_COMMITTEE';
  /** The day it was established. */
  readonly on: IsoDate;
  /** The committee: a PCCC for delegated, a joint committee for joint commissioning. */
  readonly committee: Committee;
}
/** The delegation agreement with NHS England was signed. @category Commissioning */
export interface SignAgreementEvent {
  /** The event type. */
  readonly type: 'SIGN_AGREEMENT';
  /** The day it was signed. */
  readonly on: IsoDate;
}
/** The new model starts. @category Commissioning */
export interface GoLiveEvent {
  /** The event type. */
  readonly type: 'GO_LIVE';
  /** The go-live day: the proposal's agreed date. */
  readonly on: IsoDate;
}
/** The proposal is abandoned. @category Commissioning */
export interface WithdrawProposalEvent {
  /** The event type. */
  readonly type: 'WITHDRAW_PROPOSAL';
  /** The day it was withdrawn. */
  readonly on: IsoDate;
}
/** A delegated CCG gives notice to end delegation, moving to `target`. @category Commissioning */
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

// The ballot result is checked for the fields the guards read; the rest is kept as given.
const BallotResultShape = z.looseObject({
  ballotId: z.string({
    error: 'Give the ballot result from tallyBallot (its ballotId is missing).',
  }),
  outcome: z.enum(['carried', 'not-carried', 'tied', 'inquorate'], {
    error: 'Give the ballot result from tallyBallot (its outcome is missing or unknown).',
  }),
  closes: IsoDateSchema,
  turnout: RatioSchema,
  yesShare: RatioSchema,
  counts: z.looseObject({
    eligible: z.number().int().nonnegative(),
    cast: z.number().int().nonnegative(),
    yes: z.number().int().nonnegative(),
    no: z.number().int().nonnegative(),
  }),
});

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
