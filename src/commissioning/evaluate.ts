// The guards of the commissioning machine: given a state, a validated event and the options,
// every guard's verdict and, when none fails, the change to make. Internal.
import { formatCivil, splitIsoDate } from '../_lib/calendar.js';
import type { Committee } from '../conflicts/committees/Committee.js';
import { checkCommittee } from '../conflicts/committees/checkCommittee.js';
import { firstAprilOnOrAfter } from '../core/firstAprilOnOrAfter.js';
import type { IsoDate } from '../core/IsoDate.js';
import type { Ratio } from '../core/Ratio.js';
import type { Reason, ReasonValue } from '../core/Reason.js';
import type { CommissioningStatus } from '../responsibilities/CommissioningStatus.js';
import { APPLICATION_CALENDAR, type ApplicationWave } from './APPLICATION_CALENDAR.js';
import type {
  CommissioningState,
  EvidenceValue,
  Milestone,
  MilestoneKind,
  Proposal,
} from './CommissioningState.js';
import type { CommissioningEvent } from './events.js';
import { GUARD_BY_ID } from './GUARDS.js';
import type { TransitionOptions } from './TransitionOptions.js';

/**
 * The change an accepted event makes to the state, built deeply frozen: a new proposal, a
 * milestone added to the proposal, the new model going live (the proposal ends), or the
 * proposal withdrawn. `transition` applies it and records it as patches.
 */
export type Change =
  | { readonly kind: 'propose'; readonly proposal: Proposal }
  | { readonly kind: 'milestone'; readonly milestone: Milestone }
  | { readonly kind: 'go-live'; readonly status: CommissioningStatus; readonly since: IsoDate }
  | { readonly kind: 'withdraw' };

/** An event for evaluation: its payload may be missing when availableTransitions probes it. */
export interface ProbeEvent {
  readonly type: CommissioningEvent['type'];
  readonly on: IsoDate;
  readonly target?: CommissioningStatus;
  readonly goLive?: IsoDate;
  readonly result?: {
    readonly ballotId: string;
    readonly outcome: string;
    readonly closes: IsoDate;
    readonly yesShare: Ratio;
    readonly turnout: Ratio;
    readonly counts: {
      readonly yes: number;
      readonly no: number;
      readonly cast: number;
      readonly eligible: number;
    };
  };
  readonly approved?: boolean;
  readonly approvedByMembers?: boolean;
  readonly approvedByNhsEngland?: boolean;
  readonly signedBy?: readonly string[];
  readonly committee?: Committee;
}

export interface Evaluation {
  readonly verdicts: readonly Reason[];
  /** The change to make, or undefined when a guard refuses the event. */
  readonly apply: Change | undefined;
}

const WITHDRAW: Change = Object.freeze({ kind: 'withdraw' });
const NO_MILESTONES: readonly Milestone[] = Object.freeze([]);

/** Freezes a milestone the evaluation built, with its evidence and the values in it. */
function frozenMilestone(
  kind: MilestoneKind,
  on: IsoDate,
  evidence: Record<string, EvidenceValue>,
) {
  for (const key in evidence) {
    const value = evidence[key];
    if (typeof value === 'object' && value !== null) Object.freeze(value);
  }
  return Object.freeze({ kind, on, evidence: Object.freeze(evidence) });
}

/**
 * The wave for a model and go-live date in the calendar with the user's waves replacing
 * built-in ones for the same model and go-live: the user's first matching wave, else the
 * built-in one.
 */
function findWave(
  extra: readonly ApplicationWave[] | undefined,
  model: ApplicationWave['model'],
  goLive: IsoDate,
): ApplicationWave | undefined {
  if (extra !== undefined)
    for (const wave of extra) if (wave.model === model && wave.goLive === goLive) return wave;
  for (const wave of APPLICATION_CALENDAR)
    if (wave.model === model && wave.goLive === goLive) return wave;
  return undefined;
}

const MODEL_NAMES: Readonly<Record<CommissioningStatus, string>> = {
  none: 'no co-commissioning',
  A: 'Model A (greater involvement)',
  B: 'Model B (joint commissioning)',
  C: 'Model C (delegated commissioning)',
};

export function modelName(status: CommissioningStatus): string {
  return MODEL_NAMES[status];
}

/** The day notice given on `on` takes effect (DOMAIN MODEL-C-TERMINATION, read as documented in GUARDS). */
export function noticeTakesEffect(on: IsoDate): IsoDate {
  const civil = splitIsoDate(on) as { year: number; month: number; day: number };
  const septemberYear =
    civil.month < 9 || (civil.month === 9 && civil.day <= 30) ? civil.year : civil.year + 1;
  return firstAprilOnOrAfter(formatCivil({ year: septemberYear, month: 10, day: 1 }));
}

function latest(
  proposal: Proposal | undefined,
  kind: MilestoneKind,
  onOrBefore?: IsoDate,
): Milestone | undefined {
  if (proposal === undefined) return undefined;
  for (let index = proposal.milestones.length - 1; index >= 0; index -= 1) {
    const milestone = proposal.milestones[index] as Milestone;
    if (milestone.kind === kind && (onOrBefore === undefined || milestone.on <= onOrBefore))
      return milestone;
  }
  return undefined;
}

function lastEventDate(state: CommissioningState): IsoDate {
  const last = state.history[state.history.length - 1];
  return last === undefined
    ? state.since
    : last.event.on > state.since
      ? last.event.on
      : state.since;
}

type Outcome = Reason['verdict'];

export function evaluate(
  state: CommissioningState,
  event: ProbeEvent,
  options: TransitionOptions,
): Evaluation {
  const verdicts: Reason[] = [];
  const calendar = options.calendar;
  const proposal = state.proposal;
  const on = event.on;

  const add = (
    id: string,
    verdict: Outcome,
    message: string,
    extra: {
      values?: Record<string, ReasonValue>;
      missing?: string[];
      comparator?: Reason['comparator'];
    } = {},
  ): void => {
    const guard = GUARD_BY_ID.get(id);
    /* v8 ignore next -- every ID used below is in GUARDS; a typo would fail every test */
    if (guard === undefined) throw new Error(`Unknown guard ${id}`);
    const disabled = guard.switchable && options.guards?.[id]?.enabled === false;
    if (disabled) {
      verdicts.push({
        id,
        verdict: 'not-applicable',
        message: `${guard.title}: turned off by options.guards.`,
        sources: guard.sources,
      });
      return;
    }
    const reason: {
      -readonly [K in keyof Reason]: Reason[K];
    } = { id, verdict, message, sources: guard.sources };
    if (verdict === 'fail' || verdict === 'unknown') reason.remedy = guard.remedy;
    if (extra.values !== undefined) reason.values = extra.values;
    if (extra.comparator !== undefined) reason.comparator = extra.comparator;
    if (extra.missing !== undefined) reason.missing = extra.missing;
    verdicts.push(reason);
  };
  const unknownPayload = (id: string, field: string, what: string) =>
    add(id, 'unknown', `Cannot tell until the event gives ${what}.`, { missing: [field] });

  // Dates in order, for every event.
  const last = lastEventDate(state);
  add(
    'GUARD-DATES-IN-ORDER',
    on >= last ? 'pass' : 'fail',
    on >= last
      ? `${on} is on or after the last recorded date, ${last}.`
      : `${on} is before the last recorded date, ${last}: events are recorded in the order they happened.`,
    { values: { on, lastRecorded: last }, comparator: '>=' },
  );

  const milestone = (kind: MilestoneKind, evidence: Record<string, EvidenceValue> = {}): Change =>
    Object.freeze({ kind: 'milestone', milestone: frozenMilestone(kind, on, evidence) });

  /** GUARD-APPLICATION-SUBMITTED (DOMAIN MODEL-C-APPLICATION, rule 5), worded for the event. */
  const applicationSubmitted = (asOf: IsoDate, none: string) => {
    const application = latest(proposal, 'application-submitted', asOf);
    add(
      'GUARD-APPLICATION-SUBMITTED',
      application ? 'pass' : 'fail',
      application ? `The application was submitted on ${application.on}.` : none,
    );
  };
  /** GUARD-NHSE-APPROVAL (DOMAIN MODEL-C-EFFECTIVE-DATE, rule 6; seed 002 §3.7), worded for the event. */
  const approvedByNhse = (asOf: IsoDate, undecided: string) => {
    const decision = latest(proposal, 'nhse-decision', asOf);
    add(
      'GUARD-NHSE-APPROVAL',
      decision?.evidence['approved'] === true ? 'pass' : 'fail',
      decision === undefined
        ? undecided
        : decision.evidence['approved'] === true
          ? `NHS England approved the application on ${decision.on}.`
          : `NHS England turned the application down on ${decision.on}.`,
    );
  };

  switch (event.type) {
    case 'PROPOSE':
    case 'GIVE_NOTICE': {
      const isNotice = event.type === 'GIVE_NOTICE';
      add(
        'GUARD-ONE-PROPOSAL',
        proposal === undefined ? 'pass' : 'fail',
        proposal === undefined
          ? 'No other change of model is in progress.'
          : `A change to ${modelName(proposal.target)} is already in progress (go-live ${proposal.goLive}).`,
      );
      const target = event.target;
      if (target === undefined)
        unknownPayload('GUARD-TARGET-DIFFERS', 'target', 'the target model');
      else
        add(
          'GUARD-TARGET-DIFFERS',
          target !== state.status ? 'pass' : 'fail',
          target !== state.status
            ? `The CCG moves from ${modelName(state.status)} to ${modelName(target)}.`
            : `The CCG is already in ${modelName(target)}.`,
          { values: { status: state.status, target } },
        );
      if (isNotice) {
        add(
          'GUARD-NOTICE-FROM-DELEGATION',
          state.status === 'C' ? 'pass' : 'fail',
          state.status === 'C'
            ? 'The CCG has delegated commissioning, so it may give notice under the delegation agreement.'
            : `The CCG is in ${modelName(state.status)}; notice applies only to delegated commissioning.`,
        );
        const effective = noticeTakesEffect(on);
        add(
          'GUARD-EXIT-NOTICE',
          'pass',
          `Notice given on ${on} takes effect on ${effective}: the 1 April after the first 30 September on or after the notice.`,
          { values: { noticeOn: on, takesEffect: effective } },
        );
        const failed = verdicts.some((verdict) => verdict.verdict === 'fail');
        return {
          verdicts,
          apply:
            failed || target === undefined
              ? undefined
              : Object.freeze({
                  kind: 'propose',
                  proposal: Object.freeze({
                    kind: 'exit',
                    target,
                    proposedOn: on,
                    goLive: effective,
                    milestones: Object.freeze([
                      frozenMilestone('notice-given', on, { takesEffect: effective }),
                    ]),
                  }),
                }),
        };
      }
      add(
        'GUARD-LEAVE-DELEGATION-BY-NOTICE',
        state.status === 'C' ? 'fail' : 'pass',
        state.status === 'C'
          ? 'The CCG has delegated commissioning: it leaves by giving notice, not by a proposal.'
          : `The CCG is in ${modelName(state.status)}, not in delegated commissioning.`,
      );
      const goLive = event.goLive;
      if (goLive === undefined) {
        unknownPayload('GUARD-GO-LIVE-AFTER-PROPOSAL', 'goLive', 'the go-live date');
      } else {
        add(
          'GUARD-GO-LIVE-AFTER-PROPOSAL',
          goLive > on ? 'pass' : 'fail',
          goLive > on
            ? `Go-live ${goLive} is after the proposal date ${on}.`
            : `Go-live ${goLive} is not after the proposal date ${on}.`,
          { values: { proposedOn: on, goLive }, comparator: '>' },
        );
      }
      if (target === 'C' && goLive !== undefined) {
        const april = goLive.endsWith('-04-01');
        add(
          'GUARD-DELEGATION-STARTS-1-APRIL',
          april ? 'pass' : 'fail',
          april
            ? `Go-live ${goLive} is a 1 April.`
            : `Go-live ${goLive} is not a 1 April; delegation starts only on 1 April.`,
          { values: { goLive } },
        );
        deadline(goLive, on, 'propose');
      }
      if (target === 'B' && goLive !== undefined) {
        const known = findWave(calendar, 'B', goLive) !== undefined;
        add(
          'GUARD-JOINT-GO-LIVE-DATE',
          known ? 'pass' : 'unknown',
          known
            ? `${goLive} is a known go-live date for joint commissioning.`
            : `${goLive} is not a joint commissioning go-live date the sources give (only 2015-04-01 and 2017-01-01 are known).`,
          { values: { goLive } },
        );
      }
      const failed = verdicts.some((verdict) => verdict.verdict === 'fail');
      return {
        verdicts,
        apply:
          failed || target === undefined || goLive === undefined
            ? undefined
            : Object.freeze({
                kind: 'propose',
                proposal: Object.freeze({
                  kind: 'change',
                  target,
                  proposedOn: on,
                  goLive,
                  milestones: NO_MILESTONES,
                }),
              }),
      };
    }
    default:
      break;
  }

  // Every other event needs an open proposal.
  add(
    'GUARD-PROPOSAL-OPEN',
    proposal === undefined ? 'fail' : 'pass',
    proposal === undefined
      ? 'No change of model is in progress.'
      : `A change to ${modelName(proposal.target)} is in progress (go-live ${proposal.goLive}).`,
  );
  if (proposal === undefined) return { verdicts, apply: undefined };
  const target = proposal.target;
  const delegation = proposal.kind === 'change' && target === 'C';
  const joint = proposal.kind === 'change' && target === 'B';

  const within = () =>
    add(
      'GUARD-STEP-WITHIN-PROPOSAL',
      on >= proposal.proposedOn && on <= proposal.goLive ? 'pass' : 'fail',
      on >= proposal.proposedOn && on <= proposal.goLive
        ? `${on} falls between the proposal (${proposal.proposedOn}) and go-live (${proposal.goLive}).`
        : `${on} falls outside the proposal, which runs from ${proposal.proposedOn} to go-live on ${proposal.goLive}.`,
      { values: { on, proposedOn: proposal.proposedOn, goLive: proposal.goLive } },
    );
  const applies = (ok: boolean, yes: string, no: string) =>
    add('GUARD-STEP-APPLIES', ok ? 'pass' : 'fail', ok ? yes : no);

  function deadline(goLive: IsoDate, date: IsoDate, stage: 'propose' | 'submit'): void {
    const wave = findWave(calendar, 'C', goLive);
    const closes = wave?.closes ?? null;
    if (closes === null) {
      add(
        'GUARD-APPLICATION-DEADLINE',
        'unknown',
        wave === undefined
          ? `No source gives an application wave for delegation from ${goLive}.`
          : `No source gives the closing date for delegation from ${goLive}.${wave.note === undefined ? '' : ` ${wave.note}`}`,
        { values: { goLive, on: date } },
      );
      return;
    }
    const ok = date <= closes;
    add(
      'GUARD-APPLICATION-DEADLINE',
      ok ? 'pass' : 'fail',
      stage === 'propose'
        ? ok
          ? `Applications for delegation from ${goLive} close on ${closes}, not before ${date}.`
          : `Applications for delegation from ${goLive} closed on ${closes}, before ${date}.`
        : ok
          ? `Submitted on ${date}, on or before the closing date ${closes} for delegation from ${goLive}.`
          : `Submitted on ${date}, after the closing date ${closes} for delegation from ${goLive}.`,
      { values: { on: date, closes, goLive }, comparator: '<=' },
    );
  }

  const lmc = (asOf: IsoDate) => {
    const consulted = latest(proposal, 'lmc-consulted', asOf);
    add(
      'GUARD-LMC-CONSULTED',
      consulted ? 'pass' : 'fail',
      consulted
        ? `The LMC was consulted on ${consulted.on}.`
        : `The LMC has not been consulted by ${asOf}.`,
    );
  };
  const mandate = (asOf: IsoDate) => {
    const ballot = latest(proposal, 'ballot', asOf);
    if (ballot === undefined) {
      add(
        'GUARD-MEMBER-MANDATE',
        'fail',
        `No ballot of the member practices is recorded by ${asOf}.`,
      );
      return;
    }
    const outcome = ballot.evidence['outcome'] as string;
    const share = ballot.evidence['yesShare'] as ReasonValue;
    const turnout = ballot.evidence['turnout'] as ReasonValue;
    const values = {
      ballotId: ballot.evidence['ballotId'] as string,
      outcome,
      yesShare: share,
      turnout,
    };
    if (outcome !== 'carried') {
      add(
        'GUARD-MEMBER-MANDATE',
        'fail',
        outcome === 'inquorate'
          ? `The ballot recorded on ${ballot.on} was inquorate: an inquorate ballot is no mandate.`
          : `The ballot recorded on ${ballot.on} was ${outcome}: only a carried ballot is a mandate.`,
        { values },
      );
      return;
    }
    const decision = latest(proposal, 'governing-body', asOf);
    const early =
      decision !== undefined && decision.evidence['approved'] === true && decision.on < ballot.on;
    add(
      'GUARD-MEMBER-MANDATE',
      early ? 'fail' : 'pass',
      early
        ? `The governing body decided on ${decision.on}, before the member vote was recorded on ${ballot.on}: the mandate comes before any decision.`
        : `The member practices carried the ballot recorded on ${ballot.on}.`,
      { values },
    );
  };
  const governingBody = (asOf: IsoDate) => {
    const decision = latest(proposal, 'governing-body', asOf);
    add(
      'GUARD-GOVERNING-BODY-APPROVAL',
      decision?.evidence['approved'] === true ? 'pass' : 'fail',
      decision === undefined
        ? `The governing body has not decided by ${asOf}.`
        : decision.evidence['approved'] === true
          ? `The governing body approved on ${decision.on}.`
          : `The governing body decided against on ${decision.on}.`,
    );
  };
  const committee = (asOf: IsoDate) => {
    const established = latest(proposal, 'committee-established', asOf);
    add(
      'GUARD-COMPLIANT-COMMITTEE',
      established?.evidence['compliant'] === true ? 'pass' : 'fail',
      established === undefined
        ? `No ${delegation ? 'primary care commissioning committee' : 'joint committee'} has been established by ${asOf}.`
        : `${established.evidence['name'] as string} was established on ${established.on} and found compliant.`,
    );
  };

  switch (event.type) {
    case 'CONSULT_LMC':
      within();
      return settle(milestone('lmc-consulted'));
    case 'RECORD_BALLOT': {
      within();
      const result = event.result;
      if (result === undefined) {
        unknownPayload('GUARD-BALLOT-DECLARED', 'result', 'the ballot result');
        return settle(undefined);
      }
      add(
        'GUARD-BALLOT-DECLARED',
        result.closes <= on ? 'pass' : 'fail',
        result.closes <= on
          ? `Ballot ${result.ballotId} closed on ${result.closes}, on or before ${on}.`
          : `Ballot ${result.ballotId} closes on ${result.closes}, after ${on}: record it once it has closed.`,
        { values: { closes: result.closes, on }, comparator: '<=' },
      );
      return settle(
        milestone('ballot', {
          ballotId: result.ballotId,
          outcome: result.outcome,
          yesShare: {
            numerator: result.yesShare.numerator,
            denominator: result.yesShare.denominator,
          },
          turnout: { numerator: result.turnout.numerator, denominator: result.turnout.denominator },
          yes: result.counts.yes,
          no: result.counts.no,
          cast: result.counts.cast,
          eligible: result.counts.eligible,
        }),
      );
    }
    case 'GOVERNING_BODY_DECISION':
      within();
      if (event.approved === undefined) {
        return settle(undefined);
      }
      return settle(milestone('governing-body', { approved: event.approved }));
    case 'AMEND_CONSTITUTION': {
      within();
      const members = event.approvedByMembers;
      const nhse = event.approvedByNhsEngland;
      if (joint) {
        const ok = members === true && nhse === true;
        add(
          'GUARD-CONSTITUTION-APPROVALS',
          ok ? 'pass' : 'fail',
          ok
            ? 'The member practices and NHS England approved the amendment.'
            : `The amendment needs the approval of the member practices (${members === true ? 'given' : 'not recorded'}) and of NHS England (${nhse === true ? 'given' : 'not recorded'}).`,
          { values: { approvedByMembers: members ?? null, approvedByNhsEngland: nhse ?? null } },
        );
      }
      return settle(
        milestone('constitution-amended', {
          approvedByMembers: members ?? null,
          approvedByNhsEngland: nhse ?? null,
        }),
      );
    }
    case 'SUBMIT_APPLICATION': {
      within();
      applies(
        delegation,
        'Delegated commissioning needs an application to NHS England.',
        `${modelName(target)} needs no national application.`,
      );
      if (!delegation) return settle(undefined);
      lmc(on);
      mandate(on);
      governingBody(on);
      const signedBy = event.signedBy;
      if (signedBy === undefined)
        unknownPayload('GUARD-APPLICATION-SIGNATORIES', 'signedBy', 'the signatories');
      else {
        const missing = ['accountable-officer', 'audit-committee-chair'].filter(
          (role) => !signedBy.includes(role),
        );
        add(
          'GUARD-APPLICATION-SIGNATORIES',
          missing.length === 0 ? 'pass' : 'fail',
          missing.length === 0
            ? 'Signed by the accountable officer and the audit committee chair.'
            : `Not signed by the ${missing.join(' or the ').replaceAll('-', ' ')}.`,
          { values: { signedBy: signedBy.join(', ') } },
        );
      }
      deadline(proposal.goLive, on, 'submit');
      return settle(
        milestone('application-submitted', {
          signedBy: signedBy === undefined ? [] : [...signedBy],
        }),
      );
    }
    case 'NHSE_DECISION': {
      within();
      applies(
        delegation,
        'NHS England decides on applications for delegated commissioning.',
        `${modelName(target)} has no NHS England application decision; record NHS England's approval of a joint commissioning constitution with AMEND_CONSTITUTION.`,
      );
      if (!delegation) return settle(undefined);
      applicationSubmitted(on, `No application has been submitted by ${on}.`);
      if (event.approved === undefined) return settle(undefined);
      return settle(milestone('nhse-decision', { approved: event.approved }));
    }
    case 'COMPLETE_DUE_DILIGENCE':
      within();
      applies(
        delegation || joint,
        'Due diligence on the budget belongs to a change to joint or delegated commissioning.',
        `${modelName(target)} transfers no budget to check.`,
      );
      return settle(delegation || joint ? milestone('due-diligence') : undefined);
    case 'ESTABLISH_COMMITTEE': {
      within();
      applies(
        delegation || joint,
        `${modelName(target)} needs a decision-making committee.`,
        `${modelName(target)} has no decision-making committee.`,
      );
      if (!(delegation || joint)) return settle(undefined);
      const given = event.committee;
      if (given === undefined) {
        unknownPayload('GUARD-COMMITTEE-KIND', 'committee', 'the committee');
        unknownPayload('GUARD-COMPLIANT-COMMITTEE', 'committee', 'the committee');
        return settle(undefined);
      }
      const wanted = delegation ? 'pccc' : 'joint-committee';
      add(
        'GUARD-COMMITTEE-KIND',
        given.kind === wanted ? 'pass' : 'fail',
        given.kind === wanted
          ? `${given.name} is a ${delegation ? 'primary care commissioning committee' : 'joint committee'}.`
          : `${given.name} is of kind '${given.kind}'; ${modelName(target)} needs a '${wanted}'.`,
        { values: { kind: given.kind, wanted } },
      );
      const check = checkCommittee(given, { ...options.committeeRules, asOf: on });
      const breaches = check.findings.filter((finding) => finding.severity === 'breach');
      add(
        'GUARD-COMPLIANT-COMMITTEE',
        check.compliant ? 'pass' : 'fail',
        check.compliant
          ? `checkCommittee finds ${given.name} compliant on ${on}.`
          : `checkCommittee finds ${breaches.length} breach${breaches.length === 1 ? '' : 'es'} in ${given.name}: ${breaches.map((finding) => finding.message).join(' ')}`,
        { values: { breaches: breaches.length, findings: check.findings.length } },
      );
      return settle(
        milestone('committee-established', {
          committeeId: given.id,
          name: given.name,
          kind: given.kind,
          compliant: check.compliant,
          breaches: breaches.length,
        }),
      );
    }
    case 'SIGN_AGREEMENT': {
      within();
      applies(
        delegation,
        'Delegated commissioning is governed by a delegation agreement.',
        `${modelName(target)} has no delegation agreement.`,
      );
      if (!delegation) return settle(undefined);
      approvedByNhse(
        on,
        `NHS England has not decided on the application by ${on}; the agreement follows its decision.`,
      );
      return settle(milestone('agreement-signed'));
    }
    case 'GO_LIVE': {
      add(
        'GUARD-GO-LIVE-DATE',
        on === proposal.goLive ? 'pass' : 'fail',
        on === proposal.goLive
          ? `${on} is the agreed go-live date.`
          : `${on} is not the agreed go-live date, ${proposal.goLive}.`,
        { values: { on, goLive: proposal.goLive }, comparator: '=' },
      );
      if (proposal.kind === 'exit') {
        add(
          'GUARD-EXIT-NOTICE',
          on === proposal.goLive ? 'pass' : 'fail',
          `Notice given on ${proposal.proposedOn} takes effect on ${proposal.goLive}.`,
          { values: { noticeOn: proposal.proposedOn, takesEffect: proposal.goLive } },
        );
      } else if (target === 'A' || target === 'none') {
        add(
          'GUARD-NO-APPROVAL-NEEDED',
          'pass',
          `Moving to ${modelName(target)} needs no approval process.`,
        );
      } else {
        lmc(on);
        mandate(on);
        governingBody(on);
        const amended = latest(proposal, 'constitution-amended', on);
        add(
          'GUARD-CONSTITUTION-AMENDED',
          amended ? 'pass' : 'fail',
          amended
            ? `The constitution was amended on ${amended.on}.`
            : 'The constitution has not been amended.',
        );
        committee(on);
        if (delegation) {
          applicationSubmitted(on, 'No application has been submitted.');
          approvedByNhse(on, 'NHS England has not decided on the application.');
          const diligence = latest(proposal, 'due-diligence', on);
          add(
            'GUARD-DUE-DILIGENCE',
            diligence ? 'pass' : 'fail',
            diligence
              ? `Due diligence was completed on ${diligence.on}.`
              : 'Due diligence has not been completed.',
          );
          const agreement = latest(proposal, 'agreement-signed', on);
          add(
            'GUARD-DELEGATION-AGREEMENT',
            agreement ? 'pass' : 'fail',
            agreement
              ? `The delegation agreement was signed on ${agreement.on}.`
              : 'The delegation agreement has not been signed.',
          );
        }
      }
      return settle(Object.freeze({ kind: 'go-live', status: proposal.target, since: on }));
    }
    case 'WITHDRAW_PROPOSAL':
      return settle(WITHDRAW);
    /* v8 ignore next 2 -- PROPOSE and GIVE_NOTICE returned above */
    default:
      return settle(undefined);
  }

  function settle(apply: Change | undefined): Evaluation {
    const failed = verdicts.some((verdict) => verdict.verdict === 'fail');
    return { verdicts, apply: failed ? undefined : apply };
  }
}
