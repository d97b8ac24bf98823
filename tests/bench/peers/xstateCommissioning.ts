// The commissioning state machine in XState v5, with guards equivalent to the library's: the
// same events, the same conditions (dates in order, one proposal at a time, steps within the
// proposal, the LMC consulted, a carried ballot before the governing body's decision, the
// governing body's approval, the constitution amended, a compliant committee of the right kind,
// the application signed and in time, NHS England's approval, due diligence, the agreement,
// the go-live date, notice from delegation), and the same context changes. It records no
// verdicts, messages or patches: only whether each event is taken.
import type { CommissioningEvent, CommissioningStatus } from 'co-commissioning';
import { assign, setup } from 'xstate';
import { handCommitteeCompliant } from './handWrittenCommittee.js';

interface Milestone {
  readonly kind: string;
  readonly on: string;
  readonly evidence: Readonly<Record<string, unknown>>;
}
interface Proposal {
  readonly kind: 'change' | 'exit';
  readonly target: CommissioningStatus;
  readonly proposedOn: string;
  readonly goLive: string;
  readonly milestones: readonly Milestone[];
}
interface Context {
  readonly since: string;
  readonly lastOn: string;
  readonly status: CommissioningStatus;
  readonly proposal: Proposal | undefined;
  readonly calendar: readonly Wave[];
}
interface Wave {
  readonly model: 'B' | 'C';
  readonly goLive: string;
  readonly closes?: string | null;
}
interface Input {
  readonly status: CommissioningStatus;
  readonly since: string;
  readonly calendar: readonly Wave[];
}

type Of<T extends CommissioningEvent['type']> = Extract<CommissioningEvent, { type: T }>;

function latest(proposal: Proposal, kind: string, onOrBefore: string): Milestone | undefined {
  for (let index = proposal.milestones.length - 1; index >= 0; index -= 1) {
    const milestone = proposal.milestones[index] as Milestone;
    if (milestone.kind === kind && milestone.on <= onOrBefore) return milestone;
  }
  return undefined;
}

function noticeTakesEffect(on: string): string {
  const year = Number(on.slice(0, 4));
  const monthDay = on.slice(5);
  return `${monthDay <= '09-30' ? year + 1 : year + 2}-04-01`;
}

function deadlineOk(calendar: readonly Wave[], goLive: string, on: string): boolean {
  const wave = calendar.find((entry) => entry.model === 'C' && entry.goLive === goLive);
  const closes = wave?.closes ?? null;
  return closes === null || on <= closes;
}

const inOrder = (context: Context, on: string) => on >= context.lastOn;
const within = (proposal: Proposal, on: string) =>
  on >= proposal.proposedOn && on <= proposal.goLive;
const delegation = (proposal: Proposal) => proposal.kind === 'change' && proposal.target === 'C';
const joint = (proposal: Proposal) => proposal.kind === 'change' && proposal.target === 'B';

/** The approvals every change to joint or delegated commissioning needs by `on`. */
function approvals(proposal: Proposal, on: string): boolean {
  if (latest(proposal, 'lmc-consulted', on) === undefined) return false;
  const ballot = latest(proposal, 'ballot', on);
  if (ballot === undefined || ballot.evidence['outcome'] !== 'carried') return false;
  const decision = latest(proposal, 'governing-body', on);
  if (decision === undefined || decision.evidence['approved'] !== true) return false;
  return !(decision.on < ballot.on);
}

/** A step that needs an open proposal, taken on a date inside it and in order. */
function step(context: Context, on: string): Proposal | undefined {
  const proposal = context.proposal;
  return proposal !== undefined && inOrder(context, on) && within(proposal, on)
    ? proposal
    : undefined;
}

function addMilestone(
  context: Context,
  kind: string,
  on: string,
  evidence: Readonly<Record<string, unknown>> = {},
): Partial<Context> {
  const proposal = context.proposal as Proposal;
  return {
    lastOn: on,
    proposal: { ...proposal, milestones: [...proposal.milestones, { kind, on, evidence }] },
  };
}

function goLiveAllowed(context: Context, on: string, target: CommissioningStatus): boolean {
  const proposal = context.proposal;
  if (proposal === undefined || proposal.target !== target) return false;
  if (!inOrder(context, on) || on !== proposal.goLive) return false;
  if (proposal.kind === 'exit' || target === 'A' || target === 'none') return true;
  if (!approvals(proposal, on)) return false;
  if (latest(proposal, 'constitution-amended', on) === undefined) return false;
  if (latest(proposal, 'committee-established', on)?.evidence['compliant'] !== true) return false;
  if (!delegation(proposal)) return true;
  return (
    latest(proposal, 'application-submitted', on) !== undefined &&
    latest(proposal, 'nhse-decision', on)?.evidence['approved'] === true &&
    latest(proposal, 'due-diligence', on) !== undefined &&
    latest(proposal, 'agreement-signed', on) !== undefined
  );
}

/** The commissioning machine in XState. */
export const commissioningMachine = setup({
  types: {
    context: {} as Context,
    events: {} as CommissioningEvent,
    input: {} as Input,
  },
}).createMachine({
  id: 'commissioning',
  context: ({ input }) => ({
    status: input.status,
    since: input.since,
    lastOn: input.since,
    proposal: undefined,
    calendar: input.calendar,
  }),
  initial: 'A',
  on: {
    PROPOSE: {
      guard: ({ context, event }) => {
        const { on, target, goLive: date } = event as Of<'PROPOSE'>;
        if (!inOrder(context, on) || context.proposal !== undefined) return false;
        if (target === context.status || context.status === 'C' || !(date > on)) return false;
        if (target === 'C')
          return date.endsWith('-04-01') && deadlineOk(context.calendar, date, on);
        return true;
      },
      actions: assign(({ event }) => {
        const { on, target, goLive: date } = event as Of<'PROPOSE'>;
        return {
          lastOn: on,
          proposal: {
            kind: 'change' as const,
            target,
            proposedOn: on,
            goLive: date,
            milestones: [],
          },
        };
      }),
    },
    GIVE_NOTICE: {
      guard: ({ context, event }) =>
        inOrder(context, event.on) &&
        context.proposal === undefined &&
        context.status === 'C' &&
        (event as Of<'GIVE_NOTICE'>).target !== context.status,
      actions: assign(({ event }) => {
        const { on, target } = event as Of<'GIVE_NOTICE'>;
        const effective = noticeTakesEffect(on);
        return {
          lastOn: on,
          proposal: {
            kind: 'exit' as const,
            target,
            proposedOn: on,
            goLive: effective,
            milestones: [{ kind: 'notice-given', on, evidence: { takesEffect: effective } }],
          },
        };
      }),
    },
    CONSULT_LMC: {
      guard: ({ context, event }) => step(context, event.on) !== undefined,
      actions: assign(({ context, event }) => addMilestone(context, 'lmc-consulted', event.on)),
    },
    RECORD_BALLOT: {
      guard: ({ context, event }) =>
        step(context, event.on) !== undefined &&
        (event as Of<'RECORD_BALLOT'>).result.closes <= event.on,
      actions: assign(({ context, event }) => {
        const { result, on } = event as Of<'RECORD_BALLOT'>;
        return addMilestone(context, 'ballot', on, {
          ballotId: result.ballotId,
          outcome: result.outcome,
          yesShare: { ...result.yesShare },
          turnout: { ...result.turnout },
          yes: result.counts.yes,
          no: result.counts.no,
          cast: result.counts.cast,
          eligible: result.counts.eligible,
        });
      }),
    },
    GOVERNING_BODY_DECISION: {
      guard: ({ context, event }) => step(context, event.on) !== undefined,
      actions: assign(({ context, event }) =>
        addMilestone(context, 'governing-body', event.on, {
          approved: (event as Of<'GOVERNING_BODY_DECISION'>).approved,
        }),
      ),
    },
    AMEND_CONSTITUTION: {
      guard: ({ context, event }) => {
        const proposal = step(context, event.on);
        if (proposal === undefined) return false;
        const { approvedByMembers, approvedByNhsEngland } = event as Of<'AMEND_CONSTITUTION'>;
        return !joint(proposal) || (approvedByMembers === true && approvedByNhsEngland === true);
      },
      actions: assign(({ context, event }) => {
        const { approvedByMembers, approvedByNhsEngland } = event as Of<'AMEND_CONSTITUTION'>;
        return addMilestone(context, 'constitution-amended', event.on, {
          approvedByMembers: approvedByMembers ?? null,
          approvedByNhsEngland: approvedByNhsEngland ?? null,
        });
      }),
    },
    SUBMIT_APPLICATION: {
      guard: ({ context, event }) => {
        const proposal = step(context, event.on);
        if (proposal === undefined || !delegation(proposal)) return false;
        const { on, signedBy } = event as Of<'SUBMIT_APPLICATION'>;
        return (
          approvals(proposal, on) &&
          signedBy.includes('accountable-officer') &&
          signedBy.includes('audit-committee-chair') &&
          deadlineOk(context.calendar, proposal.goLive, on)
        );
      },
      actions: assign(({ context, event }) =>
        addMilestone(context, 'application-submitted', event.on, {
          signedBy: [...(event as Of<'SUBMIT_APPLICATION'>).signedBy],
        }),
      ),
    },
    NHSE_DECISION: {
      guard: ({ context, event }) => {
        const proposal = step(context, event.on);
        return (
          proposal !== undefined &&
          delegation(proposal) &&
          latest(proposal, 'application-submitted', event.on) !== undefined
        );
      },
      actions: assign(({ context, event }) =>
        addMilestone(context, 'nhse-decision', event.on, {
          approved: (event as Of<'NHSE_DECISION'>).approved,
        }),
      ),
    },
    COMPLETE_DUE_DILIGENCE: {
      guard: ({ context, event }) => {
        const proposal = step(context, event.on);
        return proposal !== undefined && (delegation(proposal) || joint(proposal));
      },
      actions: assign(({ context, event }) => addMilestone(context, 'due-diligence', event.on)),
    },
    ESTABLISH_COMMITTEE: {
      guard: ({ context, event }) => {
        const proposal = step(context, event.on);
        if (proposal === undefined || !(delegation(proposal) || joint(proposal))) return false;
        const { committee } = event as Of<'ESTABLISH_COMMITTEE'>;
        const wanted = delegation(proposal) ? 'pccc' : 'joint-committee';
        return committee.kind === wanted && handCommitteeCompliant(committee);
      },
      actions: assign(({ context, event }) => {
        const { committee } = event as Of<'ESTABLISH_COMMITTEE'>;
        return addMilestone(context, 'committee-established', event.on, {
          committeeId: committee.id,
          name: committee.name,
          kind: committee.kind,
          compliant: true,
          breaches: 0,
        });
      }),
    },
    SIGN_AGREEMENT: {
      guard: ({ context, event }) => {
        const proposal = step(context, event.on);
        return (
          proposal !== undefined &&
          delegation(proposal) &&
          latest(proposal, 'nhse-decision', event.on)?.evidence['approved'] === true
        );
      },
      actions: assign(({ context, event }) => addMilestone(context, 'agreement-signed', event.on)),
    },
    WITHDRAW_PROPOSAL: {
      guard: ({ context, event }) => inOrder(context, event.on) && context.proposal !== undefined,
      actions: assign(({ event }) => ({ lastOn: event.on, proposal: undefined })),
    },
    GO_LIVE: (['none', 'A', 'B', 'C'] as const).map((target) => ({
      target: `#commissioning.${target}`,
      guard: ({ context, event }: { context: Context; event: CommissioningEvent }) =>
        goLiveAllowed(context, event.on, target),
      actions: assign(({ context, event }: { context: Context; event: CommissioningEvent }) => ({
        status: (context.proposal as Proposal).target,
        since: event.on,
        lastOn: event.on,
        proposal: undefined,
      })),
    })),
  },
  states: { none: {}, A: {}, B: {}, C: {} },
});
