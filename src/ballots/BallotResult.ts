import * as z from 'zod';
import { CitationSchema } from '../core/citation.js';
import { type IsoDate, IsoDateSchema } from '../core/IsoDate.js';
import { type Ratio, RatioSchema } from '../core/Ratio.js';
import type { Decision } from '../core/Reason.js';
import {
  type BallotRules,
  BallotRulesSchema,
  type ChangedVotesRule,
  ChangedVotesRuleSchema,
} from './BallotRules.js';

/**
 * Every outcome a ballot can have, in the order reports list them.
 *
 * @example
 * ```ts
 * import { BALLOT_OUTCOMES } from 'co-commissioning';
 *
 * BALLOT_OUTCOMES; //=> ['carried', 'not-carried', 'tied', 'inquorate']
 * ```
 * @category Ballots
 */
export const BALLOT_OUTCOMES = ['carried', 'not-carried', 'tied', 'inquorate'] as const;

/**
 * How a ballot came out.
 *
 * - `'carried'`: quorate (or no quorum applies) and the yes share passed the threshold, or a tie
 *   was carried by the chair's casting vote.
 * - `'not-carried'`: quorate (or no quorum) and the yes share did not pass the threshold, or a
 *   tie under the tie rule `'not-carried'` or lost on the casting vote. Also when no vote at all
 *   is in the threshold's base (nobody voted for or against on the `'yes-no'` base).
 * - `'tied'`: a tie under the tie rule `'re-ballot'`, or under `'chair-casting-vote'` before the
 *   casting vote is given: the ballot has not decided.
 * - `'inquorate'`: turnout missed the quorum, so the ballot decided nothing. This is not a defeat
 *   (DOMAIN BALLOT-TURNOUT-QUORUM: Surrey Downs had to re-run a supportive vote).
 *
 * @example
 * ```ts
 * import type { BallotOutcome } from 'co-commissioning';
 *
 * const outcome: BallotOutcome = 'inquorate';
 * ```
 * @category Ballots
 */
export type BallotOutcome = (typeof BALLOT_OUTCOMES)[number];

/**
 * Counts of a ballot by choice. In {@link BallotResult.counts} these are members (practices); in
 * {@link BallotResult.weights} they are votes held, which differ only when votes are weighted by
 * list size. `cast` is every counted returned ballot: `yes + no + abstain + spoilt`. `eligible` is
 * the whole electorate.
 *
 * @example
 * ```ts
 * import type { BallotCounts } from 'co-commissioning';
 *
 * const cambridgeshire: BallotCounts = { eligible: 107, cast: 83, yes: 52, no: 31, abstain: 0, spoilt: 0 };
 * ```
 * @category Ballots
 */
export interface BallotCounts {
  /** The whole electorate. */
  readonly eligible: number;
  /** Counted returned ballots: yes + no + abstain + spoilt. */
  readonly cast: number;
  /** Counted yes votes. */
  readonly yes: number;
  /** Counted no votes. */
  readonly no: number;
  /** Counted abstentions (returned, neither for nor against). */
  readonly abstain: number;
  /** Counted spoilt ballots (returned but void). */
  readonly spoilt: number;
}

/**
 * Every code a {@link RejectedVote} may carry, in the order the tally checks them: a vote is
 * rejected for the first problem found.
 *
 * @example
 * ```ts
 * import { REJECTED_VOTE_CODES } from 'co-commissioning';
 *
 * REJECTED_VOTE_CODES[0]; //=> 'malformed_vote'
 * ```
 * @category Ballots
 */
export const REJECTED_VOTE_CODES = [
  'malformed_vote',
  'unknown_choice',
  'not_a_member',
  'outside_window',
  'duplicate_vote',
  'changed_vote',
] as const;

/**
 * Why a vote was not counted.
 *
 * - `malformed_vote`: not a record with exactly `memberId` (non-empty text), `choice` (text) and
 *   `castOn` (a real date written `YYYY-MM-DD`).
 * - `unknown_choice`: the choice is text but not `yes`, `no`, `abstain` or `spoilt`.
 * - `not_a_member`: the member is not in the ballot's electorate.
 * - `outside_window`: cast before the ballot opened or after it closed (both days are inside).
 * - `duplicate_vote`: the member voted the same way more than once; one is counted.
 * - `changed_vote`: the member returned different choices; the ballot's
 *   {@link ChangedVotesRule} says which (if any) counts.
 *
 * @example
 * ```ts
 * import type { RejectedVoteCode } from 'co-commissioning';
 *
 * const code: RejectedVoteCode = 'outside_window';
 * ```
 * @category Ballots
 */
export type RejectedVoteCode = (typeof REJECTED_VOTE_CODES)[number];

/**
 * A vote the tally did not count, kept in the result with its position, its code and a message
 * a returning officer can act on. Fields that could not be read as text are `null`.
 *
 * @example
 * ```ts
 * import type { RejectedVote } from 'co-commissioning';
 *
 * const late: RejectedVote = {
 *   index: 84, code: 'outside_window', memberId: 'P085', choice: 'yes', castOn: '2015-10-02',
 *   message: "Member P085's vote (index 84) was cast on 2015-10-02, outside the ballot window 2015-09-01 to 2015-09-30 (both days included).",
 * };
 * ```
 * @category Ballots
 */
export interface RejectedVote {
  /** The vote's position in the list given to the tally, from 0. */
  readonly index: number;
  /** Why it was rejected. */
  readonly code: RejectedVoteCode;
  /** The reason in words. */
  readonly message: string;
  /** The member ID, when it is text. */
  readonly memberId: string | null;
  /** The choice, when it is text. */
  readonly choice: string | null;
  /** The date cast, when it is text. */
  readonly castOn: string | null;
}

/**
 * The result of {@link tallyBallot}: the outcome with its reasons, the counts and the exact
 * shares, and every rejected vote. Deeply frozen.
 *
 * Decisions are made on `weights` (votes held), which equal `counts` (members) unless votes are
 * weighted by list size. `turnout` is `weights.cast / weights.eligible`; `yesShare` is
 * `weights.yes` over the threshold's base (`yes + no`, `cast` or `eligible`), kept unreduced so a
 * paper can quote "52 of 83", and `0/1` when nothing is in the base.
 *
 * @example
 * ```ts
 * import type { BallotResult } from 'co-commissioning';
 *
 * function headline(result: BallotResult): string {
 *   return `${result.question}: ${result.outcome}`;
 * }
 * ```
 * @category Ballots
 */
export interface BallotResult extends Decision<BallotOutcome> {
  /** The ballot's ID. */
  readonly ballotId: string;
  /** The question put to the members. */
  readonly question: string;
  /** The electorate's name (such as the CCG), or `null`. */
  readonly constituency: string | null;
  /** Who conducted the ballot, or `null`. */
  readonly conductedBy: string | null;
  /** The first day of the ballot window. */
  readonly opens: IsoDate;
  /** The last day of the ballot window. */
  readonly closes: IsoDate;
  /** The rules applied, with `changedVotes` filled in. */
  readonly rules: BallotRules & { readonly changedVotes: ChangedVotesRule };
  /** The chair's casting vote as given on the ballot, or `null`. */
  readonly castingVote: 'yes' | 'no' | null;
  /** What a carried mandate is subject to, as given on the ballot. */
  readonly conditions: readonly string[];
  /** Members (practices) by choice. */
  readonly counts: BallotCounts;
  /** Votes held by choice: equal to `counts` for one vote per member. */
  readonly weights: BallotCounts;
  /** Returned ballots over the electorate, by weight. */
  readonly turnout: Ratio;
  /** Yes over the threshold's base, by weight. */
  readonly yesShare: Ratio;
  /** Whether the quorum was met, or `null` when no quorum applies. */
  readonly quorate: boolean | null;
  /** Whether the yes share was exactly at a strict (`'>'`) threshold, before the tie rule. */
  readonly tie: boolean;
  /** Every vote not counted, in input order. */
  readonly rejectedVotes: readonly RejectedVote[];
}

const countSchema = z
  .number({ error: 'Give each count as a whole number.' })
  .refine((value) => Number.isSafeInteger(value) && value >= 0, {
    error: 'Give each count as a whole number, zero or more.',
  });

const BallotCountsSchema = z
  .object({
    eligible: countSchema,
    cast: countSchema,
    yes: countSchema,
    no: countSchema,
    abstain: countSchema,
    spoilt: countSchema,
  })
  .strict()
  .refine((counts) => counts.cast === counts.yes + counts.no + counts.abstain + counts.spoilt, {
    error: 'The cast count must equal yes + no + abstain + spoilt.',
  })
  .refine((counts) => counts.cast <= counts.eligible, {
    error: 'More ballots were counted than there are members in the electorate.',
  });

const text = (what: string) => z.string({ error: `Give ${what} as text.` });
const textOrNullSchema = (what: string) => text(what).nullable();

const ReasonValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), RatioSchema], {
  error: 'Give each reason value as text, a number, true/false, null or a ratio.',
});

const ReasonSchema = z
  .object({
    id: text('the reason ID'),
    verdict: z.enum(['pass', 'fail', 'not-applicable', 'unknown'], {
      error: 'Give the verdict as pass, fail, not-applicable or unknown.',
    }),
    message: text('the reason message'),
    sources: z.array(CitationSchema, { error: 'Give the sources as a list of citations.' }),
    values: z.record(z.string(), ReasonValueSchema).optional(),
    comparator: z
      .enum(['>', '>=', '<', '<=', '=', '!='], { error: 'Give a comparator such as ">".' })
      .optional(),
    remedy: text('the remedy').optional(),
    missing: z.array(text('each missing item')).optional(),
  })
  .strict();

/**
 * The zod schema of a {@link BallotResult}, for reading one back from storage (for example a
 * ballot recorded in a commissioning state). It checks the shape and that the counts add up; it
 * does not re-count.
 *
 * @example
 * ```ts
 * import { BallotResultSchema } from 'co-commissioning';
 *
 * BallotResultSchema.safeParse({ outcome: 'carried' }).success; //=> false
 * ```
 * @category Ballots
 */
export const BallotResultSchema: z.ZodType<BallotResult> = z
  .object({
    ballotId: text('the ballot ID'),
    question: text('the question'),
    constituency: textOrNullSchema('the constituency'),
    conductedBy: textOrNullSchema('who conducted the ballot'),
    opens: IsoDateSchema,
    closes: IsoDateSchema,
    rules: BallotRulesSchema.extend({ changedVotes: ChangedVotesRuleSchema }),
    castingVote: z
      .enum(['yes', 'no'], { error: "Give the chair's casting vote as yes, no or null." })
      .nullable(),
    conditions: z.array(text('each condition'), { error: 'Give the conditions as a list.' }),
    outcome: z.enum(BALLOT_OUTCOMES, {
      error: 'Give the outcome as carried, not-carried, tied or inquorate.',
    }),
    counts: BallotCountsSchema,
    weights: BallotCountsSchema,
    turnout: RatioSchema,
    yesShare: RatioSchema,
    quorate: z.boolean({ error: 'Give quorate as true, false or null.' }).nullable(),
    tie: z.boolean({ error: 'Give tie as true or false.' }),
    rejectedVotes: z.array(
      z
        .object({
          index: countSchema,
          code: z.enum(REJECTED_VOTE_CODES, { error: 'Give a known rejected-vote code.' }),
          message: text('the rejection message'),
          memberId: textOrNullSchema('the member ID'),
          choice: textOrNullSchema('the choice'),
          castOn: textOrNullSchema('the date cast'),
        })
        .strict(),
      { error: 'Give the rejected votes as a list.' },
    ),
    reasons: z.array(ReasonSchema, { error: 'Give the reasons as a list.' }),
  })
  // zod types an optional field as `T | undefined`; it never adds an absent key, so its output
  // is a BallotResult under exactOptionalPropertyTypes.
  .strict() as unknown as z.ZodType<BallotResult>;
