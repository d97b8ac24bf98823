import type { IsoDate } from '../../core/IsoDate.js';
import type { MemberRole } from '../../organisations/MemberRole.js';
import type { Committee } from '../committees/Committee.js';
import type { Declaration, Register } from '../Register.js';
import type { RuleOverride } from '../rules/CoiRule.js';
import type { LocalMeetingRule } from './AgendaItemAssessment.js';
import type { ConflictAction, DecisionKind } from './Meeting.js';
import type { QuorumRemedyAction } from './QUORUM_REMEDIES.js';

/**
 * Options for {@link assessAgendaItem} and {@link assessMeeting}: the register and the date, the
 * committee, and the choices the sources leave open, each with a cautious default.
 *
 * @example
 * ```ts
 * import type { AssessAgendaItemOptions } from 'co-commissioning';
 *
 * const options: AssessAgendaItemOptions = {
 *   register: { declarations: [] },
 *   asOf: '2017-05-11',
 *   memberPracticeIds: ['practice-riverside', 'practice-mill-lane'],
 *   defaultActions: { indirect: 'note-only' },
 *   minimumAction: 'withdraw',
 * };
 * ```
 * @category Conflicts of interest
 */
export interface AssessAgendaItemOptions {
  /** The register of interests; declarations in force on the meeting's date are used. */
  readonly register: Register;
  /** The date whose guidance applies (usually the meeting's date). */
  readonly asOf: IsoDate;
  /**
   * The committee whose meeting it is, for members' roles, votes, the chair and the quorum.
   * Without it voting rights and quorum are unknown, so no decision is reported safe.
   */
  readonly committee?: Committee;
  /** Adjustments to built-in rules, by rule ID. */
  readonly overrides?: Readonly<Record<string, RuleOverride>>;
  /** Rules of your own about agenda items, run after the built-in rules. */
  readonly localRules?: readonly LocalMeetingRule[];
  /**
   * The action for each type of interest in an organisation the item affects, before any
   * determination of the chair. Default: `withdraw` for a financial interest and
   * `discuss-no-vote` for the others (non-financial professional, non-financial personal,
   * indirect), the two courses of DOMAIN rules 35 and 36; no source assigns them by type, so
   * change them to match your policy.
   */
  readonly defaultActions?: Readonly<Partial<Record<Declaration['type'], ConflictAction>>>;
  /**
   * Whether members who stay for discussion without voting count toward quorum, overriding the
   * committee quorum's own setting. No national text settles it (DOMAIN Part 3 Q4); the
   * default (`false`) is the cautious reading.
   */
  readonly countsDiscussionOnlyMembers?: boolean;
  /**
   * The CCG's member practices, to tell whether an item affects member practices when the item
   * does not say. When neither says, the item is assumed to affect them (the cautious reading).
   */
  readonly memberPracticeIds?: readonly string[];
  /**
   * The roles seed 004's minimum applies to. Default: `ccg-gp` and `practice-manager` (GP
   * members of member practices and their practice managers).
   */
  readonly minimumRoles?: readonly MemberRole[];
  /** The decisions seed 004's minimum covers. Default: `investment` and `performance-management`. */
  readonly minimumDecisionKinds?: readonly DecisionKind[];
  /**
   * What seed 004's minimum ("must not be involved in any investment or performance management
   * decisions") asks of those it covers: `discuss-no-vote` (default: no part in the decision
   * itself, as DOMAIN rule 35 reads "not participate in the decision-making itself (i.e., not
   * have a vote)") or `withdraw` (no part in the discussion either).
   */
  readonly minimumAction?: 'discuss-no-vote' | 'withdraw';
  /**
   * Your own fallback when a meeting is left inquorate, in order (default: the order of
   * {@link QUORUM_REMEDIES}). Steps not open to the committee's kind are left out.
   */
  readonly quorumFallback?: readonly QuorumRemedyAction[];
}
