import * as z from 'zod';
import { describeValue } from '../_lib/describe.js';
import { fail } from '../_lib/fail.js';
import { parseWith } from '../_lib/parseWith.js';
import { BALLOT_OUTCOMES } from '../ballots/BallotResult.js';
import { CommitteeKindSchema } from '../conflicts/committees/Committee.js';
import { type IsoDate, IsoDateSchema } from '../core/IsoDate.js';
import { RatioSchema } from '../core/Ratio.js';
import {
  type CommissioningStatus,
  CommissioningStatusSchema,
} from '../responsibilities/CommissioningStatus.js';
import type { CommissioningEvent } from './events.js';
import { markState } from './trusted.js';

/**
 * The schema version of states written by this release. `loadState` reads states of this
 * version and older ones, and refuses newer ones with `unsupported_schema_version`.
 *
 * @example
 * ```ts
 * import { createCommissioningState, SCHEMA_VERSION } from 'co-commissioning';
 *
 * SCHEMA_VERSION; //=> 1
 * createCommissioningState({ ccgId: '06F', status: 'B', since: '2016-04-01' }).schemaVersion; //=> 1
 * ```
 * @category Commissioning
 */
export const SCHEMA_VERSION = 1;

/**
 * What a milestone records as evidence: text, numbers, flags, exact ratios, or lists of text
 * (such as the application's signatories).
 *
 * @example
 * ```ts
 * import type { EvidenceValue } from 'co-commissioning';
 *
 * const signedBy: EvidenceValue = ['accountable-officer', 'audit-committee-chair'];
 * ```
 * @category Commissioning
 */
export type EvidenceValue =
  | string
  | number
  | boolean
  | null
  | { readonly numerator: number; readonly denominator: number }
  | readonly string[];

/**
 * The kinds of milestone a proposal records, one for each step event:
 * `lmc-consulted`, `ballot`, `governing-body`, `constitution-amended`, `application-submitted`,
 * `nhse-decision`, `due-diligence`, `committee-established`, `agreement-signed`, `notice-given`.
 *
 * @example
 * ```ts
 * import type { MilestoneKind } from 'co-commissioning';
 *
 * const kind: MilestoneKind = 'application-submitted';
 * ```
 * @category Commissioning
 */
export type MilestoneKind =
  | 'lmc-consulted'
  | 'ballot'
  | 'governing-body'
  | 'constitution-amended'
  | 'application-submitted'
  | 'nhse-decision'
  | 'due-diligence'
  | 'committee-established'
  | 'agreement-signed'
  | 'notice-given';

/**
 * A step of a proposal that has been reached: what, when, and the evidence recorded with it
 * (the ballot's figures, the application's signatories, the committee check's verdict, ...).
 *
 * @example
 * ```ts
 * import type { Milestone } from 'co-commissioning';
 *
 * const applied: Milestone = {
 *   kind: 'application-submitted', on: '2015-11-06',
 *   evidence: { signedBy: ['accountable-officer', 'audit-committee-chair'] },
 * };
 * ```
 * @category Commissioning
 */
export interface Milestone {
  /** Which step. */
  readonly kind: MilestoneKind;
  /** The day it happened. */
  readonly on: IsoDate;
  /** What was recorded with it. */
  readonly evidence: Readonly<Record<string, EvidenceValue>>;
}

/**
 * A change of model in progress: where to, proposed when, the agreed go-live date, and the
 * milestones reached so far. `kind` is `'change'` for a move the CCG applies or prepares for,
 * `'exit'` for leaving delegated commissioning by notice (DOMAIN MODEL-C-TERMINATION).
 *
 * @example
 * ```ts
 * import type { Proposal } from 'co-commissioning';
 *
 * const toDelegated: Proposal = {
 *   kind: 'change', target: 'C', proposedOn: '2015-07-01', goLive: '2016-04-01', milestones: [],
 * };
 * ```
 * @category Commissioning
 */
export interface Proposal {
  /** A change the CCG prepares for, or an exit from delegation by notice. */
  readonly kind: 'change' | 'exit';
  /** The model the CCG is moving to. */
  readonly target: CommissioningStatus;
  /** The day the proposal was started. */
  readonly proposedOn: IsoDate;
  /** The agreed day the new model starts. */
  readonly goLive: IsoDate;
  /** The steps reached, in the order recorded. */
  readonly milestones: readonly Milestone[];
}

/**
 * A guard's verdict as recorded in history: the guard's ID, how it came out and why.
 *
 * @example
 * ```ts
 * import type { RecordedVerdict } from 'co-commissioning';
 *
 * const verdict: RecordedVerdict = { id: 'GUARD-LMC-CONSULTED', verdict: 'pass', message: 'The LMC was consulted on 2015-07-15.' };
 * ```
 * @category Commissioning
 */
export interface RecordedVerdict {
  /** The guard's ID. */
  readonly id: string;
  /** How it came out. */
  readonly verdict: 'pass' | 'fail' | 'not-applicable' | 'unknown';
  /** Why. */
  readonly message: string;
}

/**
 * One immer-style patch: an operation on the state at a path. Applying a record's `patches` to
 * the state before it gives the state after; its `inversePatches` undo it.
 *
 * @example
 * ```ts
 * import type { StatePatch } from 'co-commissioning';
 *
 * const patch: StatePatch = { op: 'replace', path: ['status'], value: 'C' };
 * ```
 * @category Commissioning
 */
export interface StatePatch {
  /** The operation. */
  readonly op: 'add' | 'remove' | 'replace';
  /** Where in the state, as property names and list indexes. */
  readonly path: readonly (string | number)[];
  /** The new value, for `add` and `replace`. */
  readonly value?: unknown;
}

/**
 * A record of one accepted transition: the event as given, the guards' verdicts, and the
 * patches that turned the state before into the state after (and back).
 *
 * @example
 * ```ts
 * import { createCommissioningState, transition } from 'co-commissioning';
 *
 * const start = createCommissioningState({ ccgId: '06H', status: 'B', since: '2015-04-01' });
 * const result = transition(start, { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' });
 * if (result.ok) result.record.event.type; //=> 'PROPOSE'
 * ```
 * @category Commissioning
 */
export interface TransitionRecord {
  /** The event, exactly as accepted. */
  readonly event: CommissioningEvent;
  /** The model before the event. */
  readonly statusBefore: CommissioningStatus;
  /** The model after the event. */
  readonly statusAfter: CommissioningStatus;
  /** Every guard evaluated, with its verdict. */
  readonly guards: readonly RecordedVerdict[];
  /** The changes to the state, as patches. */
  readonly patches: readonly StatePatch[];
  /** The changes that undo it. */
  readonly inversePatches: readonly StatePatch[];
}

/**
 * A CCG's co-commissioning position: its model now and since when, the change in progress if
 * any, every accepted transition, and the schema version. Always deeply frozen; change it only
 * through {@link transition}.
 *
 * @example
 * ```ts
 * import { createCommissioningState, type CommissioningState } from 'co-commissioning';
 *
 * const state: CommissioningState = createCommissioningState({ ccgId: '06H', status: 'B', since: '2015-04-01' });
 * state.status; //=> 'B'
 * ```
 * @category Commissioning
 */
export interface CommissioningState {
  /** The version of the state's shape; see {@link loadState} for migration. */
  readonly schemaVersion: typeof SCHEMA_VERSION;
  /** The CCG's code or ID. */
  readonly ccgId: string;
  /** The model in force. */
  readonly status: CommissioningStatus;
  /** The day the model in force began. */
  readonly since: IsoDate;
  /** Where the history starts: the model and date the state was created with. */
  readonly origin: { readonly status: CommissioningStatus; readonly since: IsoDate };
  /** The change in progress, if any. */
  readonly proposal?: Proposal;
  /** Every accepted transition, oldest first. */
  readonly history: readonly TransitionRecord[];
}

const PatchSchema = z
  .object({
    op: z.enum(['add', 'remove', 'replace']),
    path: z.array(z.union([z.string(), z.number()])),
    // Only values JSON can hold: the state is stored as JSON text and read back.
    value: z.json({ error: 'Give the patch value as JSON data.' }).optional(),
  })
  .strict();

const count = z.number().int().nonnegative();

/** One kind of milestone with exactly the evidence transition() records for it. */
const milestoneOf = <K extends MilestoneKind>(kind: K, evidence: z.ZodRawShape) =>
  z
    .object({ kind: z.literal(kind), on: IsoDateSchema, evidence: z.object(evidence).strict() })
    .strict();

// Each kind's evidence is checked in full, so a stored state with a missing or altered fact is
// refused instead of being read as something it is not.
const MilestoneSchema = z.discriminatedUnion('kind', [
  milestoneOf('lmc-consulted', {}),
  milestoneOf('ballot', {
    ballotId: z.string(),
    outcome: z.enum(BALLOT_OUTCOMES),
    yesShare: RatioSchema,
    turnout: RatioSchema,
    yes: count,
    no: count,
    cast: count,
    eligible: count,
  }),
  milestoneOf('governing-body', { approved: z.boolean() }),
  milestoneOf('constitution-amended', {
    approvedByMembers: z.boolean().nullable(),
    approvedByNhsEngland: z.boolean().nullable(),
  }),
  milestoneOf('application-submitted', { signedBy: z.array(z.string()) }),
  milestoneOf('nhse-decision', { approved: z.boolean() }),
  milestoneOf('due-diligence', {}),
  milestoneOf('committee-established', {
    committeeId: z.string(),
    name: z.string(),
    kind: CommitteeKindSchema,
    compliant: z.boolean(),
    breaches: count,
  }),
  milestoneOf('agreement-signed', {}),
  milestoneOf('notice-given', { takesEffect: IsoDateSchema }),
]);

/** Internal: the schema of a state, without its events' inner shape (checked by events.ts). */
export const stateShape = (eventSchema: z.ZodType) =>
  z
    .object({
      schemaVersion: z.literal(SCHEMA_VERSION),
      ccgId: z.string().min(1, { error: 'Give the CCG ID.' }),
      status: CommissioningStatusSchema,
      since: IsoDateSchema,
      origin: z.object({ status: CommissioningStatusSchema, since: IsoDateSchema }).strict(),
      proposal: z
        .object({
          kind: z.enum(['change', 'exit']),
          target: CommissioningStatusSchema,
          proposedOn: IsoDateSchema,
          goLive: IsoDateSchema,
          milestones: z.array(MilestoneSchema),
        })
        .strict()
        .optional(),
      history: z.array(
        z
          .object({
            event: eventSchema,
            statusBefore: CommissioningStatusSchema,
            statusAfter: CommissioningStatusSchema,
            guards: z.array(
              z
                .object({
                  id: z.string(),
                  verdict: z.enum(['pass', 'fail', 'not-applicable', 'unknown']),
                  message: z.string(),
                })
                .strict(),
            ),
            patches: z.array(PatchSchema),
            inversePatches: z.array(PatchSchema),
          })
          .strict(),
      ),
    })
    .strict();

/**
 * The options of {@link createCommissioningState}.
 *
 * @example
 * ```ts
 * import type { CreateCommissioningStateInput } from 'co-commissioning';
 *
 * const input: CreateCommissioningStateInput = { ccgId: '06H', status: 'B', since: '2015-04-01' };
 * ```
 * @category Commissioning
 */
export interface CreateCommissioningStateInput {
  /** The CCG's code or ID. */
  readonly ccgId: string;
  /** The model in force. */
  readonly status: CommissioningStatus;
  /** The day it began. */
  readonly since: IsoDate;
}

const CreateInputSchema = z
  .object({
    ccgId: z.string({ error: 'Give the CCG ID as text.' }).min(1, { error: 'Give the CCG ID.' }),
    status: CommissioningStatusSchema,
    since: IsoDateSchema,
  })
  .strict();

/**
 * Creates a CCG's commissioning state: its model now and since when, with no change in
 * progress and an empty history.
 *
 * @param input - The CCG's ID, its model (`'none'`, `'A'`, `'B'` or `'C'`) and the day it began.
 * @returns A deeply frozen {@link CommissioningState}.
 * @throws {@link CoCommissioningError} `invalid_input` for a missing ID, an unknown model or a
 * malformed date.
 *
 * @example
 * ```ts
 * import { createCommissioningState } from 'co-commissioning';
 *
 * const bedfordshire = createCommissioningState({ ccgId: '06F', status: 'B', since: '2016-04-01' });
 * bedfordshire.history.length; //=> 0
 * ```
 * @category Commissioning
 */
export function createCommissioningState(input: CreateCommissioningStateInput): CommissioningState {
  const { ccgId, status, since } = parseWith(CreateInputSchema, input);
  return markState(
    Object.freeze({
      schemaVersion: SCHEMA_VERSION,
      ccgId,
      status,
      since,
      origin: Object.freeze({ status, since }),
      history: Object.freeze([]) as readonly TransitionRecord[],
    }),
  );
}

/** Internal: a cheap structural check of a state passed to transition(); throws invalid_state. */
export function assertState(value: unknown): asserts value is CommissioningState {
  const candidate = value as Partial<CommissioningState> | null;
  const ok =
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.schemaVersion === SCHEMA_VERSION &&
    typeof candidate.ccgId === 'string' &&
    CommissioningStatusSchema.safeParse(candidate.status).success &&
    typeof candidate.since === 'string' &&
    Array.isArray(candidate.history);
  if (!ok) {
    fail({
      code: 'invalid_state',
      message:
        'Expected a commissioning state made by createCommissioningState, transition or loadState; to read a stored state, pass it to loadState first.',
      path: ['state'],
      received: describeValue(value),
    });
  }
}
