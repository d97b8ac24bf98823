import type { IsoDate } from '../../core/IsoDate.js';
import type { Reason } from '../../core/Reason.js';
import type { MemberRole } from '../../organisations/MemberRole.js';
import type { Committee, CommitteeKind } from '../committees/Committee.js';
import type { RuleApplication } from '../committees/checkCommittee.js';
import type { QuorumEvaluation } from '../committees/evaluateQuorum.js';
import type { Finding, LocalRule } from '../rules/CoiRule.js';
import type { AgendaItem, ConflictAction, DecisionKind, Meeting } from './Meeting.js';
import type { QuorumRemedy } from './QUORUM_REMEDIES.js';

/**
 * Where a person present stands on an item: `may-vote`, `non-voting` (present without a vote,
 * such as an observer or an officer in attendance), `discussion-only` (stays for the discussion
 * but may not vote because of a conflict) or `withdraw` (must leave for the item).
 *
 * @example
 * ```ts
 * import type { Standing } from 'co-commissioning';
 *
 * const standing: Standing = 'discussion-only';
 * ```
 * @category Conflicts of interest
 */
export type Standing = 'may-vote' | 'non-voting' | 'discussion-only' | 'withdraw';

/**
 * How one person present stands on an agenda item, and why.
 *
 * @example
 * ```ts
 * import type { AttendeeAssessment } from 'co-commissioning';
 *
 * function line(attendee: AttendeeAssessment): string {
 *   return `${attendee.name ?? attendee.personId}: ${attendee.standing}`;
 * }
 * ```
 * @category Conflicts of interest
 */
export interface AttendeeAssessment {
  /** The person's ID. */
  readonly personId: string;
  /** Their name from the committee's member list; `null` for someone not on it. */
  readonly name: string | null;
  /** Their role on the committee; `null` for someone not on it. */
  readonly role: MemberRole | null;
  /** Whether they are a member of the committee. */
  readonly member: boolean;
  /** Whether they are a voting member of the committee. */
  readonly votingMember: boolean;
  /** Where they stand on the item. */
  readonly standing: Standing;
  /** The conflict action applied to them, the strictest that applies; `null` when none does. */
  readonly action: ConflictAction | null;
  /** The action the library's defaults give for their declared interests; `null` when none. */
  readonly defaultAction: ConflictAction | null;
  /** The chair's recorded determination for them on the item; `null` when none. */
  readonly determination: ConflictAction | null;
  /** Their declarations in force on the meeting's date that name an organisation the item affects. */
  readonly declarationIds: readonly string[];
  /** Whether seed 004's minimum for GP members applies to them on this item. */
  readonly minimumApplies: boolean;
  /** Why they stand where they do, in words for the minutes. */
  readonly reason: string;
}

/**
 * What {@link assessAgendaItem} returns for one item: whether the decision is safe to take, who
 * may vote, who must withdraw and who may stay without voting, whether the meeting is quorate
 * before and after the withdrawals, the remedies when it is not, and the findings, reasons and
 * rules behind it all.
 *
 * @example
 * ```ts
 * import type { AgendaItemAssessment } from 'co-commissioning';
 *
 * function verdict(assessment: AgendaItemAssessment): string {
 *   return assessment.safe
 *     ? `Item ${assessment.item.id}: ${assessment.voters.length} may vote.`
 *     : `Item ${assessment.item.id}: not safe to decide.`;
 * }
 * ```
 * @category Conflicts of interest
 */
export interface AgendaItemAssessment {
  /** The meeting's ID. */
  readonly meetingId: string;
  /** The meeting's date: declarations are judged in force on this date. */
  readonly date: IsoDate;
  /** The date whose guidance was applied. */
  readonly asOf: IsoDate;
  /** The item assessed. */
  readonly item: {
    /** The item's ID. */
    readonly id: string;
    /** The item's title. */
    readonly title: string;
    /** What the item decides. */
    readonly decisionKind: DecisionKind;
  };
  /** Whether the item is a decision (everything but `for-information`). */
  readonly decision: boolean;
  /**
   * Whether the decision is safe to take: no finding is a breach and, unless the quorum rule is
   * off, the meeting is known to stay quorate after withdrawals. Always `true` for an item for
   * information.
   */
  readonly safe: boolean;
  /**
   * Who may vote: voting members present with no conflict that bars them (everyone present
   * and not barred, when no committee is given, since voting rights are then unknown).
   */
  readonly voters: readonly string[];
  /** Who must leave the meeting for the item. */
  readonly withdrawn: readonly string[];
  /** Who may stay for the discussion but must not vote. */
  readonly discussionOnly: readonly string[];
  /** Everyone present, members first in member-list order, then others by ID. */
  readonly attendees: readonly AttendeeAssessment[];
  /** Whether the meeting is quorate before and after withdrawals; `null` when no quorum is known. */
  readonly quorate: { readonly before: boolean | null; readonly after: boolean | null };
  /** The quorum evaluations behind `quorate`; `null` when no quorum is known. */
  readonly quorum: {
    readonly before: QuorumEvaluation | null;
    readonly after: QuorumEvaluation | null;
  };
  /** The fallback, in order, when the meeting is not quorate for the item (else empty). */
  readonly remedies: readonly QuorumRemedy[];
  /** The problems found, each with its rule, severity, source, evidence and remedy. */
  readonly findings: readonly Finding[];
  /** The steps of the assessment, for the minutes. */
  readonly reasons: readonly Reason[];
  /** Every meeting rule and local rule, with how it came out for the item. */
  readonly rulesApplied: readonly RuleApplication[];
}

/**
 * What a local meeting rule's check examines: the meeting, the item, the committee (when given)
 * and the assessment's main answers.
 *
 * @example
 * ```ts
 * import type { AgendaItemView } from 'co-commissioning';
 *
 * const hasLayVoter = (view: AgendaItemView) =>
 *   view.committee?.members.some((m) => m.role === 'lay' && view.voters.includes(m.personId)) ?? false;
 * ```
 * @category Conflicts of interest
 */
export interface AgendaItemView {
  /** The meeting. */
  readonly meeting: Meeting;
  /** The item. */
  readonly item: AgendaItem;
  /** The committee, when given. */
  readonly committee: Committee | null;
  /** Who may vote. */
  readonly voters: readonly string[];
  /** Who must withdraw. */
  readonly withdrawn: readonly string[];
  /** Who may only discuss. */
  readonly discussionOnly: readonly string[];
  /** Whether the meeting stays quorate after withdrawals; `null` when unknown. */
  readonly quorateAfter: boolean | null;
}

/**
 * What a local meeting rule's check receives besides the view: the date whose guidance applies.
 *
 * @example
 * ```ts
 * import type { MeetingRuleContext } from 'co-commissioning';
 *
 * const context: MeetingRuleContext = { asOf: '2017-07-01' };
 * ```
 * @category Conflicts of interest
 */
export interface MeetingRuleContext {
  /** The date whose guidance applies. */
  readonly asOf: IsoDate;
}

/**
 * A rule of the user's own about an agenda item, run after the built-in meeting rules.
 *
 * @example
 * ```ts
 * import type { LocalMeetingRule } from 'co-commissioning';
 *
 * const layVoter: LocalMeetingRule = {
 *   id: 'LOCAL-LAY-VOTER',
 *   title: 'A lay member votes on every decision',
 *   description: 'Our terms of reference require a lay member among those voting.',
 *   subject: 'meeting',
 *   severity: 'breach',
 *   confidence: 'V',
 *   sources: [{ document: 'PCCC terms of reference', section: '7.3' }],
 *   inForce: { from: '2016-04-01' },
 *   check: (view) =>
 *     view.committee?.members.some((m) => m.role === 'lay' && view.voters.includes(m.personId))
 *       ? []
 *       : [{ message: 'No lay member may vote on this item.', subjectIds: [view.item.id], evidence: {} }],
 * };
 * ```
 * @category Conflicts of interest
 */
export interface LocalMeetingRule extends LocalRule<AgendaItemView, MeetingRuleContext> {
  /** The kinds of committee whose meetings the rule applies to (default: every kind). */
  readonly appliesTo?: readonly CommitteeKind[];
}
