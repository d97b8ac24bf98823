import { toSafe } from '../_lib/fail.js';
import type { SafeResult } from '../core/SafeResult.js';
import type { Ballot } from './Ballot.js';
import type { BallotResult } from './BallotResult.js';
import { runTally } from './internal/runTally.js';
import type { Vote } from './Vote.js';

/**
 * Counts a member-practice ballot exactly and explains the outcome. No national rule fixes how
 * such ballots are counted (DOMAIN BALLOT-NO-NATIONAL-RULE), so every rule comes from
 * `ballot.rules`; nothing is assumed.
 *
 * How it counts, in order:
 * 1. Each vote is checked by hand (no schema parse per vote) and rejected, never thrown, when it
 *    is malformed, has an unknown choice, comes from a non-member, or was cast outside the window
 *    (`opens` and `closes` are both inside); then repeats and changed votes are settled by
 *    `rules.changedVotes` (default `'reject-all'`). Each rejection is kept in `rejectedVotes`.
 * 2. Counted votes are summed as whole numbers, by member (`counts`) and by weight (`weights`,
 *    see {@link BallotWeighting}).
 * 3. With a quorum, turnout (`weights.cast / weights.eligible`) must meet it, or the outcome is
 *    `'inquorate'`: no decision, which is not a defeat (DOMAIN BALLOT-TURNOUT-QUORUM).
 * 4. The yes share (`weights.yes` over the threshold's base) is compared with the threshold by
 *    cross-multiplication, never in floating point (DOMAIN BALLOT-THRESHOLD). With `'>'`, exactly
 *    the threshold is not enough: that is a tie, settled by `rules.tie` (see {@link TiePolicy}).
 *    With nothing in the base (no one voted for or against on the `'yes-no'` base) the proposal
 *    is not carried.
 *
 * Every step leaves a {@link Reason} in `reasons`, quoting the values compared as exact ratios,
 * the comparator, the rule and its source, in sentences a committee paper can use.
 *
 * @param ballot - The ballot: question, window, electorate and counting rules.
 * @param votes - The returned votes as received; invalid ones are rejected and listed, not
 * thrown.
 * @returns A new, deeply frozen {@link BallotResult}.
 * @throws {@link CoCommissioningError} `invalid_input` (a malformed ballot, or votes that are not
 * a list), `duplicate_elector`, `ballot_window_reversed`, `missing_list_size`,
 * `list_size_after_opening`, `no_voting_weight`, `casting_vote_without_rule`, `invalid_iso_date`.
 *
 * @example
 * ```ts
 * import { tallyBallot, type Ballot, type Vote } from 'co-commissioning';
 *
 * // Cambridgeshire & Peterborough CCG, September 2015 (seed 002 §4.3): 52 yes, 31 no, 107 eligible.
 * const ids = Array.from({ length: 107 }, (_, i) => `P${String(i + 1).padStart(3, '0')}`);
 * const ballot: Ballot = {
 *   id: 'cp-2015', question: 'Apply for delegated commissioning from April 2016?',
 *   opens: '2015-09-01', closes: '2015-09-30',
 *   electorate: ids.map((memberId) => ({ memberId })),
 *   rules: {
 *     weighting: { kind: 'per-member' },
 *     threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'yes-no' },
 *     tie: 'not-carried',
 *   },
 * };
 * const votes: Vote[] = ids.slice(0, 83).map((memberId, i) => ({
 *   memberId, choice: i < 52 ? 'yes' : 'no', castOn: '2015-09-15',
 * }));
 * const result = tallyBallot(ballot, votes);
 * result.outcome; //=> 'carried'
 * result.yesShare; //=> { numerator: 52, denominator: 83 }
 * result.turnout; //=> { numerator: 83, denominator: 107 }
 * result.reasons[3]?.message;
 * //=> '52 of 83 practices that voted for or against voted yes (62.7%), more than the 50% required. Abstentions and spoilt ballots are left out of the base. The proposal is carried.'
 * ```
 * @category Ballots
 */
export function tallyBallot(ballot: Ballot, votes: readonly Vote[]): BallotResult {
  return runTally(ballot, votes, [], ['votes']).result;
}

/**
 * The safe door of {@link tallyBallot}: the same count, but malformed input comes back as issues
 * instead of an exception. It never throws and never changes its arguments, whatever they are.
 *
 * @param ballot - The ballot, unchecked: anything may be passed.
 * @param votes - The votes, unchecked: anything may be passed.
 * @returns `{ success: true, data }` with a deeply frozen {@link BallotResult}, or
 * `{ success: false, issues }` with the codes {@link tallyBallot} would throw.
 *
 * @example
 * ```ts
 * import { safeTallyBallot } from 'co-commissioning';
 *
 * const result = safeTallyBallot({ id: 'b1' }, []);
 * result.success; //=> false
 * if (!result.success) result.issues[0].code; //=> 'invalid_input'
 * ```
 * @category Ballots
 */
export function safeTallyBallot(ballot: unknown, votes: unknown): SafeResult<BallotResult> {
  return toSafe(() => runTally(ballot, votes, [], ['votes']).result);
}
