import * as z from 'zod';
import { fail, toSafe } from '../../_lib/fail.js';
import { freezeDeep } from '../../_lib/freezeDeep.js';
import { parseWith } from '../../_lib/parseWith.js';
import { compareFractions } from '../../_lib/ratioMath.js';
import type { Citation } from '../../core/citation.js';
import { formatPercent } from '../../core/formatPercent.js';
import type { Ratio } from '../../core/Ratio.js';
import type { SafeResult } from '../../core/SafeResult.js';
import type { Committee, CommitteeMember } from './Committee.js';
import { joinWords, ROLE_WORDS } from './internal/roleWords.js';
import { parseCommittee } from './parseCommittee.js';
import { type MemberMatcher, type Quorum, type QuorumRule, QuorumSchema } from './Quorum.js';

/**
 * How one clause of a quorum rule came out, with the clauses inside it.
 *
 * @example
 * ```ts
 * import type { QuorumClauseOutcome } from 'co-commissioning';
 *
 * const layMember: QuorumClauseOutcome = {
 *   kind: 'at-least', description: 'a lay member', met: false, counted: 0, required: 1,
 *   countedIds: [], clauses: [],
 * };
 * ```
 * @category Conflicts of interest
 */
export interface QuorumClauseOutcome {
  /** The clause's kind. */
  readonly kind: QuorumRule['kind'];
  /** The clause in words: its `label`, or words built from it. */
  readonly description: string;
  /** Whether the clause holds. */
  readonly met: boolean;
  /**
   * For `at-least` and `share`: the members counted who match. For `all-of` and `any-of`: the
   * clauses met.
   */
  readonly counted: number;
  /**
   * For `at-least`: the count required. For `share`: the fewest members that would meet the
   * share (the base plus one when no number can). For `all-of`: every clause; for `any-of`: 1.
   */
  readonly required: number;
  /** For `at-least` and `share`: the person IDs counted, in member-list order. */
  readonly countedIds: readonly string[];
  /** For `all-of` and `any-of`: the outcome of each clause, in order. */
  readonly clauses: readonly QuorumClauseOutcome[];
  /** For `share`: the members matching the clause whom the share is taken of. */
  readonly base?: number;
  /** For `share` with a base above zero: the counted members over the base, exactly. */
  readonly share?: Ratio;
  /** For `share`: the share required. */
  readonly threshold?: Ratio;
  /** For `share`: how the share is compared with the threshold. */
  readonly comparator?: '>' | '>=';
}

/**
 * Whether a meeting is quorate under a committee's own quorum rule, and why.
 *
 * @example
 * ```ts
 * import type { QuorumEvaluation } from 'co-commissioning';
 *
 * function needs(evaluation: QuorumEvaluation): string {
 *   return evaluation.quorate ? 'nothing' : evaluation.missing.join('; ');
 * }
 * ```
 * @category Conflicts of interest
 */
export interface QuorumEvaluation {
  /** Whether the quorum rule holds. */
  readonly quorate: boolean;
  /** One sentence for the minutes, naming who counted and what is missing. */
  readonly message: string;
  /** The members counting toward quorum, in member-list order. */
  readonly countedIds: readonly string[];
  /** The clauses not met, in words, with their counts (empty when quorate). */
  readonly missing: readonly string[];
  /** How the whole rule came out, clause by clause. */
  readonly outcome: QuorumClauseOutcome;
  /** The terms of reference the quorum comes from, where the quorum says. */
  readonly source: Citation | null;
}

/** Who is at the meeting and who is set aside for the item, for counting toward quorum. */
export interface QuorumAttendance {
  readonly presentIds: ReadonlySet<string>;
  readonly withdrawnIds?: ReadonlySet<string>;
  readonly discussionOnlyIds?: ReadonlySet<string>;
  /** Overrides the quorum's own `countsDiscussionOnlyMembers` when given. */
  readonly countsDiscussionOnlyMembers?: boolean | undefined;
}

/**
 * Evaluates a parsed quorum over a parsed committee (internal fast path: no validation). A
 * member counts when present, not withdrawn, voting (unless the quorum counts non-voting
 * members) and not discussion-only (unless discussion-only members count).
 */
export function evaluateQuorumOf(
  committee: Committee,
  quorum: Quorum,
  attendance: QuorumAttendance,
): QuorumEvaluation {
  const countsNonVoting = quorum.countsNonVotingMembers === true;
  const countsDiscussionOnly =
    attendance.countsDiscussionOnlyMembers ?? quorum.countsDiscussionOnlyMembers === true;
  const inBase = (member: CommitteeMember): boolean => member.voting || countsNonVoting;
  const counts = (member: CommitteeMember): boolean =>
    inBase(member) &&
    attendance.presentIds.has(member.personId) &&
    attendance.withdrawnIds?.has(member.personId) !== true &&
    (countsDiscussionOnly || attendance.discussionOnlyIds?.has(member.personId) !== true);
  const counted = committee.members.filter(counts);
  const outcome = evaluateClause(quorum.rule, committee, counted, inBase);
  const missing = outcome.met ? [] : missingOf(outcome);
  const names = counted.length === 0 ? 'nobody' : joinWords(counted.map((member) => member.name));
  const countText = `${counted.length} ${counted.length === 1 ? 'member counts' : 'members count'} toward quorum (${names})`;
  return freezeDeep<QuorumEvaluation>({
    quorate: outcome.met,
    message: outcome.met
      ? `Quorate: ${countText}.`
      : `Not quorate: ${countText}; the quorum needs ${missing.join('; ')}.`,
    countedIds: counted.map((member) => member.personId),
    missing,
    outcome,
    // The schema's optional fields admit `undefined`; a parsed citation never holds one.
    source: (quorum.source ?? null) as Citation | null,
  });
}

function matches(member: CommitteeMember, of: MemberMatcher | undefined, committee: Committee) {
  if (of === undefined) return true;
  if (of.roles !== undefined && !of.roles.includes(member.role)) return false;
  if (of.posts !== undefined && (member.post === undefined || !of.posts.includes(member.post)))
    return false;
  if (of.personIds !== undefined && !of.personIds.includes(member.personId)) return false;
  if (of.offices !== undefined) {
    const isChair = member.personId === committee.chairId && of.offices.includes('chair');
    const isVice = member.personId === committee.viceChairId && of.offices.includes('vice-chair');
    if (!isChair && !isVice) return false;
  }
  return true;
}

function describeMatcher(of: MemberMatcher | undefined): string {
  if (of === undefined) return '';
  const parts: string[] = [];
  if (of.roles !== undefined) parts.push(orWords(of.roles.map((role) => ROLE_WORDS[role])));
  if (of.posts !== undefined) parts.push(`post ${orWords(of.posts)}`);
  if (of.personIds !== undefined) parts.push(`one of ${joinWords(of.personIds)}`);
  if (of.offices !== undefined) parts.push(`the ${orWords(of.offices)}`);
  return parts.length === 0 ? '' : ` (${parts.join('; ')})`;
}

function orWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function shareWords(ratio: Ratio): string {
  return formatPercent(ratio, 2).replace(/\.?0+%$/, '%');
}

function evaluateClause(
  rule: QuorumRule,
  committee: Committee,
  counted: readonly CommitteeMember[],
  inBase: (member: CommitteeMember) => boolean,
): QuorumClauseOutcome {
  switch (rule.kind) {
    case 'at-least': {
      const ids = counted
        .filter((member) => matches(member, rule.of, committee))
        .map((member) => member.personId);
      return {
        kind: rule.kind,
        description:
          rule.label ??
          `at least ${rule.count} ${rule.count === 1 ? 'member' : 'members'}${describeMatcher(rule.of)}`,
        met: ids.length >= rule.count,
        counted: ids.length,
        required: rule.count,
        countedIds: ids,
        clauses: [],
      };
    }
    case 'share': {
      const base = committee.members.filter(
        (member) => inBase(member) && matches(member, rule.of, committee),
      ).length;
      const ids = counted
        .filter((member) => matches(member, rule.of, committee))
        .map((member) => member.personId);
      const { numerator, denominator } = rule.ratio;
      const meets = (part: number) => {
        const order = compareFractions(part, base, numerator, denominator);
        return rule.comparator === '>' ? order > 0 : order >= 0;
      };
      let required = 0;
      while (required <= base && !(base > 0 && meets(required))) required += 1;
      const outcome: QuorumClauseOutcome = {
        kind: rule.kind,
        description:
          rule.label ??
          `${rule.comparator === '>' ? 'more than' : 'at least'} ${shareWords(rule.ratio)} of the members${describeMatcher(rule.of)}`,
        met: base > 0 && meets(ids.length),
        counted: ids.length,
        required,
        countedIds: ids,
        clauses: [],
        base,
        threshold: { numerator, denominator },
        comparator: rule.comparator,
      };
      return base > 0
        ? { ...outcome, share: { numerator: ids.length, denominator: base } }
        : outcome;
    }
    default: {
      const clauses = rule.rules.map((clause) =>
        evaluateClause(clause, committee, counted, inBase),
      );
      const metCount = clauses.filter((clause) => clause.met).length;
      const all = rule.kind === 'all-of';
      return {
        kind: rule.kind,
        description:
          rule.label ??
          (all
            ? `all of: ${clauses.map((clause) => clause.description).join('; ')}`
            : `one of: ${clauses.map((clause) => clause.description).join(' or ')}`),
        met: all ? metCount === clauses.length : metCount > 0,
        counted: metCount,
        required: all ? clauses.length : 1,
        countedIds: [],
        clauses,
      };
    }
  }
}

function missingOf(outcome: QuorumClauseOutcome): string[] {
  if (outcome.kind === 'all-of') {
    return outcome.clauses.filter((clause) => !clause.met).flatMap(missingOf);
  }
  if (outcome.kind === 'any-of') {
    return [
      `one of: ${outcome.clauses.map((clause) => missingOf(clause).join(' and ')).join(' or ')}`,
    ];
  }
  return [`${outcome.description} (${outcome.counted} counted, ${outcome.required} needed)`];
}

/**
 * Options for {@link evaluateQuorum}.
 *
 * @example
 * ```ts
 * import type { EvaluateQuorumOptions } from 'co-commissioning';
 *
 * const options: EvaluateQuorumOptions = { withdrawnIds: ['p-patel'], countsDiscussionOnlyMembers: false };
 * ```
 * @category Conflicts of interest
 */
export interface EvaluateQuorumOptions {
  /** The members who have left the room for the item: they never count. */
  readonly withdrawnIds?: readonly string[];
  /** The members who stay for discussion but may not vote on the item. */
  readonly discussionOnlyIds?: readonly string[];
  /**
   * Whether discussion-only members count toward quorum; overrides the quorum's own setting
   * (default: the quorum's `countsDiscussionOnlyMembers`, else `false`; DOMAIN Part 3 Q4).
   */
  readonly countsDiscussionOnlyMembers?: boolean;
  /** The quorum rule to use instead of the committee's own. */
  readonly quorum?: Quorum;
}

const idList = (what: string) =>
  z.array(
    z
      .string({ error: `Give each ${what} as text.` })
      .min(1, { error: `Give each ${what}: it cannot be empty.` }),
    { error: `List the ${what}s.` },
  );

const EvaluateQuorumOptionsSchema = z
  .object({
    withdrawnIds: idList('withdrawn person ID').optional(),
    discussionOnlyIds: idList('discussion-only person ID').optional(),
    countsDiscussionOnlyMembers: z
      .boolean({
        error: 'Say whether discussion-only members count toward quorum (true or false).',
      })
      .optional(),
    quorum: QuorumSchema.optional(),
  })
  .strict();

/**
 * Tells whether the members present make a meeting quorate under the committee's own quorum rule
 * (DOMAIN PCCC-QUORUM-LOCAL, rule 23: there is no national quorum, so each committee's terms of
 * reference set it). By default only voting members count, and members who stay for discussion
 * without voting do not (no national text settles this, DOMAIN Part 3 Q4; choose with
 * `countsDiscussionOnlyMembers`).
 *
 * @param committee - The committee, with its `quorum` (or give one in the options).
 * @param presentIds - The person IDs of everyone present.
 * @param options - Who has withdrawn or may only discuss, and how to count them.
 * @returns A new, deeply frozen {@link QuorumEvaluation}.
 * @throws {@link CoCommissioningError} `invalid_input` or `duplicate_id` for a malformed
 * committee, list or option; `missing_quorum_rule` when no quorum rule is given.
 *
 * @example
 * ```ts
 * import { evaluateQuorum } from 'co-commissioning';
 *
 * const committee = {
 *   id: 'pccc', name: 'PCCC', kind: 'pccc' as const, chairId: 'p-lay',
 *   members: [
 *     { personId: 'p-lay', name: 'Mrs R Hughes', role: 'lay' as const, voting: true },
 *     { personId: 'p-gp', name: 'Dr J Mensah', role: 'other-area-gp' as const, voting: true },
 *     { personId: 'p-ao', name: 'Ms L Grant', role: 'executive' as const, voting: true },
 *   ],
 *   // "One lay member, one GP and one executive" (DOMAIN rule 23, second example).
 *   quorum: {
 *     rule: {
 *       kind: 'all-of' as const,
 *       rules: [
 *         { kind: 'at-least' as const, count: 1, of: { roles: ['lay' as const] }, label: 'a lay member' },
 *         { kind: 'at-least' as const, count: 1, of: { roles: ['ccg-gp' as const, 'other-area-gp' as const] }, label: 'a GP' },
 *         { kind: 'at-least' as const, count: 1, of: { roles: ['executive' as const] }, label: 'an executive' },
 *       ],
 *     },
 *   },
 * };
 * evaluateQuorum(committee, ['p-lay', 'p-gp', 'p-ao']).quorate; //=> true
 * evaluateQuorum(committee, ['p-lay', 'p-ao']).missing; //=> ['a GP (0 counted, 1 needed)']
 * ```
 * @category Conflicts of interest
 */
export function evaluateQuorum(
  committee: Committee,
  presentIds: readonly string[],
  options: EvaluateQuorumOptions = {},
): QuorumEvaluation {
  const parsed = parseCommittee(committee);
  const present = parseWith(idList('present person ID'), presentIds, ['presentIds']);
  const settings = parseWith(EvaluateQuorumOptionsSchema, options, ['options']);
  const quorum = settings.quorum ?? parsed.quorum;
  if (quorum === undefined) {
    return fail({
      code: 'missing_quorum_rule',
      message: `The committee ${JSON.stringify(parsed.id)} has no quorum rule: give its quorum from the terms of reference (committee.quorum or options.quorum).`,
      path: ['committee', 'quorum'],
      committeeId: parsed.id,
    });
  }
  return evaluateQuorumOf(parsed, quorum, {
    presentIds: new Set(present),
    withdrawnIds: new Set(settings.withdrawnIds),
    discussionOnlyIds: new Set(settings.discussionOnlyIds),
    countsDiscussionOnlyMembers: settings.countsDiscussionOnlyMembers,
  });
}

/**
 * The safe door of {@link evaluateQuorum}: returns the evaluation or the issues, never throws.
 *
 * @param committee - The committee, with its `quorum`.
 * @param presentIds - The person IDs of everyone present.
 * @param options - Who has withdrawn or may only discuss, and how to count them.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeEvaluateQuorum } from 'co-commissioning';
 *
 * const result = safeEvaluateQuorum(
 *   { id: 'pccc', name: 'PCCC', kind: 'pccc', chairId: 'p-1', members: [] },
 *   [],
 * );
 * result.success ? 'quorum known' : result.issues[0].code;
 * //=> 'missing_quorum_rule'
 * ```
 * @category Conflicts of interest
 */
export function safeEvaluateQuorum(
  committee: Committee,
  presentIds: readonly string[],
  options: EvaluateQuorumOptions = {},
): SafeResult<QuorumEvaluation> {
  return toSafe(() => evaluateQuorum(committee, presentIds, options));
}
