import {
  type BallotResult,
  type CommissioningEvent,
  type CommissioningState,
  type Committee,
  type EventType,
  type IsoDate,
  isIsoDate,
  type TransitionOptions,
  transition,
} from 'co-commissioning';
import { invalidInput } from '../internal/fail.js';
import { readable } from '../internal/readable.js';
import { describeVerdict, item } from '../internal/words.js';
import { PolicyAssertionError } from '../PolicyAssertionError.js';
import { buildBallotResult } from './buildBallotResult.js';
import { buildCommissioningState } from './buildCommissioningState.js';
import { buildCommittee } from './buildCommittee.js';

/**
 * The steps of a move to delegated commissioning, in the order {@link buildDelegationProposal}
 * records them.
 *
 * @example
 * ```ts
 * import { DELEGATION_STEPS } from 'co-commissioning/testing';
 *
 * DELEGATION_STEPS[0]; //=> 'PROPOSE'
 * DELEGATION_STEPS.at(-1); //=> 'GO_LIVE'
 * ```
 * @category Testing
 */
export const DELEGATION_STEPS = [
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
] as const satisfies readonly EventType[];

/**
 * One of the {@link DELEGATION_STEPS}.
 *
 * @example
 * ```ts
 * import type { DelegationStep } from 'co-commissioning/testing';
 *
 * const step: DelegationStep = 'SUBMIT_APPLICATION';
 * ```
 * @category Testing
 */
export type DelegationStep = (typeof DELEGATION_STEPS)[number];

/**
 * Options for {@link buildDelegationProposal}.
 *
 * @example
 * ```ts
 * import type { BuildDelegationProposalOptions } from 'co-commissioning/testing';
 *
 * const beforeApplying: BuildDelegationProposalOptions = { goLive: '2017-04-01', stopBefore: 'SUBMIT_APPLICATION' };
 * ```
 * @category Testing
 */
export interface BuildDelegationProposalOptions {
  /** The CCG's ID (default `'06H'`). */
  readonly ccgId?: string;
  /** The model the CCG moves from (default `'B'`). */
  readonly from?: 'none' | 'A' | 'B';
  /** The day that model began (default: 1 April of the year before go-live). */
  readonly since?: IsoDate;
  /** The go-live day, a 1 April (default `'2016-04-01'`). */
  readonly goLive?: IsoDate;
  /** The step to stop before (default `'GO_LIVE'`: everything is ready to go live). */
  readonly stopBefore?: DelegationStep;
  /** Steps to leave out; a later step their absence makes a guard refuse throws `step_refused`. */
  readonly skip?: readonly DelegationStep[];
  /** The ballot result to record (default: {@link buildBallotResult}'s carried ballot, dated in September before go-live). */
  readonly ballot?: BallotResult;
  /** The committee to establish (default {@link buildCommittee}'s compliant PCCC). */
  readonly committee?: Committee;
  /** Options for each transition, such as an application calendar. */
  readonly transitionOptions?: TransitionOptions;
}

/**
 * A proposal built by {@link buildDelegationProposal}: the state, the events recorded to reach
 * it, and the agreed go-live day.
 *
 * @example
 * ```ts
 * import { buildDelegationProposal, type DelegationProposal } from 'co-commissioning/testing';
 *
 * const proposal: DelegationProposal = buildDelegationProposal();
 * proposal.goLive; //=> '2016-04-01'
 * ```
 * @category Testing
 */
export interface DelegationProposal {
  /** The CCG's state after the recorded steps. */
  readonly state: CommissioningState;
  /** The events recorded, in order. */
  readonly events: readonly CommissioningEvent[];
  /** The agreed go-live day. */
  readonly goLive: IsoDate;
}

/**
 * Builds a CCG's state part-way through a move to delegated commissioning (Model C) by
 * recording each step with `transition`, so a test starts where it matters: by default every
 * step is recorded and the proposal is ready to go live. The timeline follows Cambridgeshire &
 * Peterborough CCG's (seed 002), moved to the go-live year Y: propose on 1 July of Y−1, consult
 * the LMC on 31 July, record the member ballot on 1 October (it ran 1–30 September), the
 * governing body approves on 6 October, submit the application on 1 November (on or before
 * every known closing date: `APPLICATION_CALENDAR`), NHS England approves on 1 February of Y,
 * due diligence on 1 March, the constitution amended on 10 March, the PCCC established on 15
 * March, the agreement signed on 20 March; go live on 1 April of Y.
 *
 * @param options - Where to start and stop, steps to leave out, and what to record.
 * @returns A deeply frozen {@link DelegationProposal}.
 * @throws `CoCommissioningError` `invalid_input` when `goLive` is not a 1 April or `since`
 * is not a date on or before the proposal (1 July of the year before go-live).
 * @throws {@link PolicyAssertionError} `step_refused` when a step is refused, naming the failing
 * guards and their sources (for example a step after a skipped one).
 *
 * @example
 * ```ts
 * import { transition } from 'co-commissioning';
 * import { buildDelegationProposal } from 'co-commissioning/testing';
 *
 * const { state, goLive } = buildDelegationProposal();
 * const live = transition(state, { type: 'GO_LIVE', on: goLive });
 * live.ok && live.state.status; //=> 'C'
 *
 * const early = buildDelegationProposal({ goLive: '2017-04-01', stopBefore: 'CONSULT_LMC' });
 * early.events.length; //=> 1
 * ```
 * @category Testing
 */
export function buildDelegationProposal(
  options: BuildDelegationProposalOptions = {},
): DelegationProposal {
  return readable('buildDelegationProposal', () => {
    const goLive = options.goLive ?? '2016-04-01';
    if (!isIsoDate(goLive) || !goLive.endsWith('-04-01')) {
      invalidInput(
        'Give goLive as a 1 April written YYYY-04-01: delegation starts only on 1 April.',
        ['goLive'],
        'a 1 April',
        goLive,
      );
    }
    const year = Number(goLive.slice(0, 4));
    const before = String(year - 1).padStart(4, '0');
    const during = goLive.slice(0, 4);
    const on = (monthDay: string, inYear = before) => `${inYear}-${monthDay}`;
    const proposedOn = on('07-01');
    const since = options.since ?? on('04-01');
    if (!isIsoDate(since) || since > proposedOn) {
      invalidInput(
        `Give since as a date on or before ${proposedOn}, when the proposal starts.`,
        ['since'],
        `a date on or before ${proposedOn}`,
        since,
      );
    }
    const ballot =
      options.ballot ??
      buildBallotResult({
        id: `delegation-${before}`,
        opens: on('09-01'),
        closes: on('09-30'),
      });
    const events: Record<DelegationStep, CommissioningEvent> = {
      PROPOSE: { type: 'PROPOSE', on: proposedOn, target: 'C', goLive },
      CONSULT_LMC: { type: 'CONSULT_LMC', on: on('07-31') },
      RECORD_BALLOT: { type: 'RECORD_BALLOT', on: on('10-01'), result: ballot },
      GOVERNING_BODY_DECISION: { type: 'GOVERNING_BODY_DECISION', on: on('10-06'), approved: true },
      SUBMIT_APPLICATION: {
        type: 'SUBMIT_APPLICATION',
        on: on('11-01'),
        signedBy: ['accountable-officer', 'audit-committee-chair'],
      },
      NHSE_DECISION: { type: 'NHSE_DECISION', on: on('02-01', during), approved: true },
      COMPLETE_DUE_DILIGENCE: { type: 'COMPLETE_DUE_DILIGENCE', on: on('03-01', during) },
      AMEND_CONSTITUTION: {
        type: 'AMEND_CONSTITUTION',
        on: on('03-10', during),
        approvedByMembers: true,
      },
      ESTABLISH_COMMITTEE: {
        type: 'ESTABLISH_COMMITTEE',
        on: on('03-15', during),
        committee: options.committee ?? buildCommittee(),
      },
      SIGN_AGREEMENT: { type: 'SIGN_AGREEMENT', on: on('03-20', during) },
      GO_LIVE: { type: 'GO_LIVE', on: goLive },
    };
    let state = buildCommissioningState({
      ccgId: options.ccgId ?? '06H',
      status: options.from ?? 'B',
      since,
    });
    const stopAt = DELEGATION_STEPS.indexOf(options.stopBefore ?? 'GO_LIVE');
    const skip = new Set<DelegationStep>(options.skip ?? []);
    const recorded: CommissioningEvent[] = [];
    for (const step of DELEGATION_STEPS.slice(0, stopAt)) {
      if (skip.has(step)) continue;
      const event = events[step];
      const result = transition(state, event, options.transitionOptions);
      if (!result.ok) {
        const reasons = result.issues.map((issue) =>
          issue.code === 'guard_failed'
            ? describeVerdict({
                id: issue.guardId,
                verdict: 'fail',
                message: issue.message,
                sources: issue.sources,
                remedy: issue.remedy,
              })
            : item(`${issue.code}: ${issue.message}`),
        );
        throw new PolicyAssertionError({
          code: 'step_refused',
          message: `buildDelegationProposal could not record ${step} on ${event.on}:\n${reasons.join('\n')}`,
          expected: `${step} accepted`,
          actual: result.issues.map((issue) =>
            issue.code === 'guard_failed' ? issue.guardId : issue.code,
          ),
        });
      }
      state = result.state;
      recorded.push(result.record.event);
    }
    return Object.freeze({ state, events: Object.freeze(recorded), goLive });
  });
}
