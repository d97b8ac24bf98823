import * as z from 'zod';
import { CitationSchema } from '../core/citation.js';
import { groupDigits, MAX_LIST_SIZE } from './internal/words.js';

const wholeNumber = (what: string, min: number, max: number) =>
  z
    .number({ error: `Give ${what} as a whole number.` })
    .refine((value) => Number.isSafeInteger(value) && value >= min && value <= max, {
      error: `Give ${what} as a whole number from ${groupDigits(min)} to ${groupDigits(max)}.`,
    });

/**
 * The zod schema of a {@link Share}: an exact ratio from 0 to 1 inclusive, such as a
 * threshold of one half or a quorum of three quarters.
 *
 * @example
 * ```ts
 * import { ShareSchema } from 'co-commissioning';
 *
 * ShareSchema.safeParse({ numerator: 3, denominator: 4 }).success; //=> true
 * ShareSchema.safeParse({ numerator: 5, denominator: 4 }).success; //=> false
 * ```
 * @category Ballots
 */
export const ShareSchema = z
  .object({
    numerator: z
      .number({ error: 'Give the numerator of the share as a whole number.' })
      .int({ error: 'The numerator of the share must be a whole number, zero or more.' })
      .nonnegative({ error: 'The numerator of the share must be a whole number, zero or more.' }),
    denominator: z
      .number({ error: 'Give the denominator of the share as a whole number.' })
      .int({ error: 'The denominator of the share must be a whole number greater than zero.' })
      .positive({
        error: 'The denominator of the share must be a whole number greater than zero.',
      }),
  })
  .strict()
  .refine((share) => share.numerator <= share.denominator, {
    error:
      'A share cannot be more than the whole: give a numerator no larger than the denominator.',
  });

/**
 * An exact share from 0 to 1 inclusive, written as a ratio of whole numbers: a threshold such
 * as one half (`{ numerator: 1, denominator: 2 }`) or a quorum such as three quarters.
 *
 * @example
 * ```ts
 * import type { Share } from 'co-commissioning';
 *
 * const simpleMajority: Share = { numerator: 1, denominator: 2 };
 * ```
 * @category Ballots
 */
export type Share = z.infer<typeof ShareSchema>;

/**
 * The zod schema of a {@link BallotWeighting}.
 *
 * @example
 * ```ts
 * import { BallotWeightingSchema } from 'co-commissioning';
 *
 * BallotWeightingSchema.safeParse({ kind: 'per-member' }).success; //=> true
 * BallotWeightingSchema.safeParse({ kind: 'list-size', patientsPerVote: 2000, rounding: 'nearest' }).success;
 * //=> true
 * ```
 * @category Ballots
 */
export const BallotWeightingSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('per-member') }).strict(),
    z
      .object({
        kind: z.literal('list-size'),
        patientsPerVote: wholeNumber('the number of patients per vote', 1, MAX_LIST_SIZE),
        rounding: z.enum(['floor', 'ceil', 'nearest'], {
          error: 'Give the rounding as floor, ceil or nearest.',
        }),
        minimumVotes: wholeNumber(
          'the minimum number of votes per member',
          0,
          MAX_LIST_SIZE,
        ).optional(),
      })
      .strict(),
  ],
  { error: 'Give the weighting kind as per-member or list-size.' },
);

/**
 * How much each member's vote weighs (DOMAIN BALLOT-UNIT, Part 2 §1.7 rule 52).
 *
 * - `{ kind: 'per-member' }`: one vote per member practice, whatever its size (Cheshire 2019,
 *   "each GP practice will have one vote" [V]).
 * - `{ kind: 'list-size', patientsPerVote, rounding, minimumVotes? }`: one vote per
 *   `patientsPerVote` patients on the member's registered list (West London CCG elections, "one
 *   vote per 2,000 patients" [V]). The weight is `listSize / patientsPerVote` rounded by
 *   `rounding`, then raised to `minimumVotes` if lower:
 *   - `floor`: down to the whole vote below (3,999 patients at 2,000 per vote is 1 vote);
 *   - `ceil`: up to the whole vote above (2,001 patients is 2 votes);
 *   - `nearest`: to the nearest whole vote, an exact half rounding **up** (3,000 patients is 2
 *     votes, 2,999 is 1).
 *   Rounding is done on whole numbers, never in floating point. No source shows which rounding
 *   West London used or whether every practice had at least one vote (DOMAIN Part 3 Q8, [U]):
 *   state both for your constitution.
 *
 * @example
 * ```ts
 * import type { BallotWeighting } from 'co-commissioning';
 *
 * const westLondon: BallotWeighting = {
 *   kind: 'list-size', patientsPerVote: 2000, rounding: 'nearest', minimumVotes: 1,
 * };
 * ```
 * @category Ballots
 */
export type BallotWeighting = z.infer<typeof BallotWeightingSchema>;

/**
 * The zod schema of a {@link BallotThreshold}.
 *
 * @example
 * ```ts
 * import { BallotThresholdSchema } from 'co-commissioning';
 *
 * BallotThresholdSchema.safeParse({
 *   ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'votes-cast',
 * }).success;
 * //=> true
 * ```
 * @category Ballots
 */
export const BallotThresholdSchema = z
  .object({
    ratio: ShareSchema.refine((share) => share.numerator > 0, {
      error:
        'A threshold of zero would carry a proposal nobody supported: give a share above zero, such as 1/2.',
    }),
    comparator: z.enum(['>', '>='], {
      error: 'Give the comparator as ">" (more than) or ">=" (at least).',
    }),
    base: z.enum(['yes-no', 'votes-cast', 'eligible'], {
      error: 'Give the base as yes-no, votes-cast or eligible.',
    }),
  })
  .strict();

/**
 * What share of yes votes carries the proposal, and out of what (DOMAIN BALLOT-THRESHOLD, Part 2
 * §1.7 rule 54; the base and strictness are open questions, Part 3 Q1 and Q2, so both are input).
 *
 * - `ratio`: the share, above zero and at most one, e.g. one half.
 * - `comparator`: `'>'` needs more than the share (a simple majority: exactly 50% is **not**
 *   carried); `'>='` needs at least the share (exactly 50% is carried).
 * - `base`, what the yes weight is divided by:
 *   - `'yes-no'`: yes + no. Abstentions and spoilt ballots are outside the base (they count
 *     only for turnout).
 *   - `'votes-cast'`: every returned ballot, yes + no + abstain + spoilt, so an abstention or a
 *     spoilt ballot counts against ("a majority of the votes cast", Nottinghamshire 2019 [V]).
 *   - `'eligible'`: the whole electorate, so not voting counts against ("a majority of all
 *     members").
 *
 * @example
 * ```ts
 * import type { BallotThreshold } from 'co-commissioning';
 *
 * const simpleMajorityOfVotesCast: BallotThreshold = {
 *   ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'votes-cast',
 * };
 * ```
 * @category Ballots
 */
export type BallotThreshold = z.infer<typeof BallotThresholdSchema>;

/**
 * The zod schema of a {@link BallotQuorum}.
 *
 * @example
 * ```ts
 * import { BallotQuorumSchema } from 'co-commissioning';
 *
 * BallotQuorumSchema.safeParse({ turnout: { numerator: 3, denominator: 4 }, comparator: '>=' }).success;
 * //=> true
 * ```
 * @category Ballots
 */
export const BallotQuorumSchema = z
  .object({
    turnout: ShareSchema,
    comparator: z.enum(['>', '>='], {
      error: 'Give the quorum comparator as ">" (more than) or ">=" (at least).',
    }),
  })
  .strict();

/**
 * A minimum turnout for the ballot to decide anything (DOMAIN BALLOT-TURNOUT-QUORUM, Part 2 §1.7
 * rule 53: Surrey Downs CCG required "a minimum of 75% of member practices" to vote [V]; reading
 * that as turnout rather than a yes share is the reported interpretation, Part 3 Q13 [I]).
 * Turnout is returned ballots (yes, no, abstain, spoilt) from eligible members, one per member,
 * over the electorate, by weight where votes are weighted. A ballot that misses its quorum is
 * `'inquorate'`: no decision, which is not a defeat.
 *
 * @example
 * ```ts
 * import type { BallotQuorum } from 'co-commissioning';
 *
 * const surreyDowns: BallotQuorum = { turnout: { numerator: 3, denominator: 4 }, comparator: '>=' };
 * ```
 * @category Ballots
 */
export type BallotQuorum = z.infer<typeof BallotQuorumSchema>;

/**
 * The zod schema of a {@link TiePolicy}.
 *
 * @example
 * ```ts
 * import { TiePolicySchema } from 'co-commissioning';
 *
 * TiePolicySchema.safeParse('re-ballot').success; //=> true
 * ```
 * @category Ballots
 */
export const TiePolicySchema = z.enum(['not-carried', 'chair-casting-vote', 're-ballot'], {
  error: 'Give the tie rule as not-carried, chair-casting-vote or re-ballot.',
});

/**
 * What happens on a tie. No source defines ties for member ballots (DOMAIN Part 3 Q2), so the
 * rule is input.
 *
 * **What a tie is.** A tie is a yes share exactly equal to the threshold under the strict
 * comparator `'>'`: the proposal misses by the narrowest possible margin, neither above nor
 * below the bar. With a one-half threshold on the `'yes-no'` base that is exactly "as many yes
 * as no". Under `'>='` there is never a tie: the rule itself says that equality carries. A share
 * that is merely close to the threshold is not a tie, and inquorate ballots are never ties.
 *
 * - `'not-carried'`: a tie is not carried (the status quo stands).
 * - `'re-ballot'`: the outcome is `'tied'`; the ballot must be run again.
 * - `'chair-casting-vote'`: the ballot's `castingVote` (`'yes'` or `'no'`) decides; until it is
 *   given the outcome is `'tied'`. A chair's casting vote is usual in committee terms of
 *   reference but unverified for member ballots (DOMAIN PCCC-VOTING-MODEL-TOR, [U]).
 *
 * @example
 * ```ts
 * import type { TiePolicy } from 'co-commissioning';
 *
 * const tie: TiePolicy = 'not-carried';
 * ```
 * @category Ballots
 */
export type TiePolicy = z.infer<typeof TiePolicySchema>;

/**
 * The zod schema of a {@link ChangedVotesRule}.
 *
 * @example
 * ```ts
 * import { ChangedVotesRuleSchema } from 'co-commissioning';
 *
 * ChangedVotesRuleSchema.safeParse('last-counts').success; //=> true
 * ```
 * @category Ballots
 */
export const ChangedVotesRuleSchema = z.enum(['last-counts', 'first-counts', 'reject-all'], {
  error: 'Give the changed-vote rule as last-counts, first-counts or reject-all.',
});

/**
 * What happens when a member returns more than one valid vote with different choices. No
 * source fixes this, so it is input; the default is `'reject-all'`, the choice that never
 * guesses what the member meant.
 *
 * - `'last-counts'`: the vote with the latest `castOn` counts (on the same day, the one later in
 *   the list); the others are rejected as `changed_vote`.
 * - `'first-counts'`: the vote with the earliest `castOn` counts (on the same day, the one
 *   earlier in the list).
 * - `'reject-all'`: none of that member's votes count; each is rejected as `changed_vote`, and
 *   the member has not voted (not even for turnout).
 *
 * Repeats of the same choice are not changes: one is counted and the rest are rejected as
 * `duplicate_vote` (the latest under `'last-counts'`, otherwise the earliest).
 *
 * @example
 * ```ts
 * import type { ChangedVotesRule } from 'co-commissioning';
 *
 * const rule: ChangedVotesRule = 'last-counts';
 * ```
 * @category Ballots
 */
export type ChangedVotesRule = z.infer<typeof ChangedVotesRuleSchema>;

/**
 * The zod schema of {@link BallotRules}.
 *
 * @example
 * ```ts
 * import { BallotRulesSchema } from 'co-commissioning';
 *
 * BallotRulesSchema.safeParse({
 *   weighting: { kind: 'per-member' },
 *   threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'yes-no' },
 *   tie: 'not-carried',
 * }).success;
 * //=> true
 * ```
 * @category Ballots
 */
export const BallotRulesSchema = z
  .object({
    weighting: BallotWeightingSchema,
    threshold: BallotThresholdSchema,
    quorum: BallotQuorumSchema.optional(),
    tie: TiePolicySchema,
    changedVotes: ChangedVotesRuleSchema.optional(),
    source: CitationSchema.optional(),
  })
  .strict();

/**
 * How a member-practice ballot is counted. No national rule fixes any of this (DOMAIN
 * BALLOT-NO-NATIONAL-RULE, Part 2 §1.7 rule 51): each is the CCG constitution's choice, so
 * each is explicit input.
 *
 * - `weighting`: one vote per member, or by list size ({@link BallotWeighting}).
 * - `threshold`: the share, comparator and base that carry it ({@link BallotThreshold}).
 * - `quorum` (optional): a minimum turnout ({@link BallotQuorum}).
 * - `tie`: what a tie does ({@link TiePolicy}).
 * - `changedVotes` (optional, default `'reject-all'`): which vote counts when a member changes
 *   its vote ({@link ChangedVotesRule}).
 * - `source` (optional): where these rules come from, such as the constitution's section; it
 *   is cited in every reason.
 *
 * @example
 * ```ts
 * import type { BallotRules } from 'co-commissioning';
 *
 * const rules: BallotRules = {
 *   weighting: { kind: 'per-member' },
 *   threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'yes-no' },
 *   quorum: { turnout: { numerator: 3, denominator: 4 }, comparator: '>=' },
 *   tie: 're-ballot',
 *   changedVotes: 'last-counts',
 *   source: { document: 'Surrey Downs CCG constitution', section: 'member voting' },
 * };
 * ```
 * @category Ballots
 */
export type BallotRules = z.infer<typeof BallotRulesSchema>;
