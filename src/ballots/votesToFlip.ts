import { toSafe } from '../_lib/fail.js';
import { freezeDeep } from '../_lib/freezeDeep.js';
import type { SafeResult } from '../core/SafeResult.js';
import type { Ballot } from './Ballot.js';
import type { BallotOutcome } from './BallotResult.js';
import { decideOutcome, type WeightTotals, weightToQuorum } from './internal/decide.js';
import { runTally } from './internal/runTally.js';
import { formatRule, groupDigits, listNames, plural } from './internal/words.js';
import { VOTE_CHOICES, type Vote, type VoteChoice } from './Vote.js';

/**
 * The fewest extra votes of one choice that would change a ballot's outcome (a part of
 * {@link VotesToFlip}).
 *
 * @example
 * ```ts
 * import type { BallotMargin } from 'co-commissioning';
 *
 * const margin: BallotMargin = {
 *   choice: 'no', votes: 22, weight: 22, weightNeeded: 22, members: ['P084'],
 *   outcome: 'not-carried', message: 'If 22 more practices that did not vote ...',
 * };
 * ```
 * @category Ballots
 */
export interface BallotMargin {
  /** The choice every extra vote carries. */
  readonly choice: VoteChoice;
  /** The fewest extra ballots (members) that change the outcome. */
  readonly votes: number;
  /** The votes those members hold (equal to `votes` for one vote per member). */
  readonly weight: number;
  /** The least extra weight of this choice that changes the outcome, whoever holds it. */
  readonly weightNeeded: number;
  /** One such set of members: the heaviest non-voters first, then by member ID. */
  readonly members: readonly string[];
  /** The outcome those extra votes would give. */
  readonly outcome: BallotOutcome;
  /** The margin in words. */
  readonly message: string;
}

/**
 * The fewest extra returned ballots that would make an inquorate ballot quorate (a part of
 * {@link VotesToFlip}), with the outcome each choice would then give.
 *
 * @example
 * ```ts
 * import type { QuorumMargin } from 'co-commissioning';
 *
 * const margin: QuorumMargin = {
 *   votes: 1, weight: 1, weightNeeded: 1, members: ['P100'],
 *   outcomes: { yes: 'carried', no: 'carried', abstain: 'carried', spoilt: 'carried' },
 *   message: 'If 1 more practice returned a ballot ...',
 * };
 * ```
 * @category Ballots
 */
export interface QuorumMargin {
  /** The fewest extra returned ballots (members) that meet the quorum. */
  readonly votes: number;
  /** The votes those members hold. */
  readonly weight: number;
  /** The least extra returned weight that meets the quorum, whoever holds it. */
  readonly weightNeeded: number;
  /** One such set of members: the heaviest non-voters first, then by member ID. */
  readonly members: readonly string[];
  /** The outcome if all those extra ballots carried each choice. */
  readonly outcomes: Readonly<Record<VoteChoice, BallotOutcome>>;
  /** The margin in words. */
  readonly message: string;
}

/**
 * How close a ballot came: what {@link votesToFlip} returns.
 *
 * @example
 * ```ts
 * import type { VotesToFlip } from 'co-commissioning';
 *
 * function closeness(margins: VotesToFlip): string {
 *   return margins.toChangeOutcome === null ? 'settled' : `${margins.toChangeOutcome.votes} votes`;
 * }
 * ```
 * @category Ballots
 */
export interface VotesToFlip {
  /** The outcome as counted. */
  readonly outcome: BallotOutcome;
  /** Whether the ballot is quorate, or `null` when no quorum applies. */
  readonly quorate: boolean | null;
  /** Members who could still add a vote: in the electorate, holding a vote, with none in the window. */
  readonly nonVoters: number;
  /** The votes those members hold between them. */
  readonly nonVoterWeight: number;
  /** The fewest extra votes that change the outcome, or `null` when none can. */
  readonly toChangeOutcome: BallotMargin | null;
  /**
   * The fewest extra returned ballots that make the ballot quorate, or `null` when no quorum
   * applies, it is already quorate, or the members who did not vote could not make it so.
   */
  readonly toReachQuorum: QuorumMargin | null;
}

const OUTCOME_WORDS: Record<BallotOutcome, string> = {
  carried: 'carried',
  'not-carried': 'not carried',
  tied: 'tied',
  inquorate: 'inquorate',
};

function add(totals: WeightTotals, choice: VoteChoice, weight: number): WeightTotals {
  return { ...totals, [choice]: totals[choice] + weight };
}

/** How many of the heaviest candidates reach a weight: the first k with prefix[k] >= weight. */
function fewestReaching(prefix: readonly number[], weight: number): number {
  let low = 1;
  let high = prefix.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((prefix[middle] as number) >= weight) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Works out how close a ballot came: the fewest extra votes, from eligible members who did not
 * vote, that would change its outcome, and the fewest extra returned ballots that would make it
 * quorate. Use it to report a margin ("3 more practices voting no would have defeated it") or to
 * see whether a re-run could go the other way.
 *
 * Precisely:
 * - The members who could add a vote are those in the electorate with no vote inside the window
 *   (votes from them that were rejected as malformed or outside the window do not count) and
 *   with a weight above zero (a member with no vote under the weighting cannot change anything).
 *   Members who voted, including those whose changed votes were all rejected, cannot.
 * - `toChangeOutcome` is the fewest such members who, all voting one choice, give an outcome
 *   different from the counted one (for example `'carried'` to `'not-carried'` or `'tied'`, or
 *   `'inquorate'` to anything). Mixing choices never needs fewer votes (a property the tests check
 *   against a brute-force count of every mix). Where several choices need equally few, the first
 *   of `yes`, `no`, `abstain`, `spoilt` is given. The heaviest members are taken first, so
 *   `votes` is the fewest members; `weightNeeded` is the least extra weight that would do it
 *   whoever held it. `null` when no number of extra votes can change the outcome (for example a
 *   carried ballot on the `'eligible'` base: extra no votes do not lower the yes share).
 * - `toReachQuorum` is the fewest such members whose returned ballots (whatever their choice)
 *   meet the quorum, and the outcome if they all voted each way.
 *
 * Extra votes are counted exactly like real ones: the tie rule and any casting vote apply.
 *
 * @param ballot - The ballot, as for {@link tallyBallot}.
 * @param votes - The votes as received.
 * @returns A new, deeply frozen {@link VotesToFlip}.
 * @throws {@link CoCommissioningError} the codes {@link tallyBallot} throws.
 *
 * @example
 * ```ts
 * import { votesToFlip, type Ballot, type Vote } from 'co-commissioning';
 *
 * const ballot: Ballot = {
 *   id: 'b1', question: 'Merge?', opens: '2019-09-01', closes: '2019-09-30',
 *   electorate: ['P1', 'P2', 'P3', 'P4', 'P5'].map((memberId) => ({ memberId })),
 *   rules: {
 *     weighting: { kind: 'per-member' },
 *     threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'yes-no' },
 *     tie: 'not-carried',
 *   },
 * };
 * const votes: Vote[] = [
 *   { memberId: 'P1', choice: 'yes', castOn: '2019-09-02' },
 *   { memberId: 'P2', choice: 'yes', castOn: '2019-09-02' },
 *   { memberId: 'P3', choice: 'no', castOn: '2019-09-03' },
 * ];
 * const margins = votesToFlip(ballot, votes);
 * margins.outcome; //=> 'carried'
 * margins.toChangeOutcome?.votes; //=> 1
 * margins.toChangeOutcome?.choice; //=> 'no'
 * margins.toChangeOutcome?.outcome; //=> 'not-carried'
 * margins.toReachQuorum; //=> null
 * ```
 * @category Ballots
 */
export function votesToFlip(ballot: Ballot, votes: readonly Vote[]): VotesToFlip {
  return computeMargins(ballot, votes);
}

/**
 * The safe door of {@link votesToFlip}: malformed input comes back as issues; it never throws
 * and never changes its arguments.
 *
 * @param ballot - The ballot, unchecked.
 * @param votes - The votes, unchecked.
 * @returns `{ success: true, data }` with a deeply frozen {@link VotesToFlip}, or
 * `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeVotesToFlip } from 'co-commissioning';
 *
 * safeVotesToFlip(null, []).success; //=> false
 * ```
 * @category Ballots
 */
export function safeVotesToFlip(ballot: unknown, votes: unknown): SafeResult<VotesToFlip> {
  return toSafe(() => computeMargins(ballot, votes));
}

function computeMargins(ballot: unknown, votes: unknown): VotesToFlip {
  const { prepared, count, result } = runTally(ballot, votes, [], ['votes']);
  const { rules, ballot: parsed } = prepared;
  const castingVote = parsed.castingVote;
  const current = result.outcome;
  const totals: WeightTotals = count.weights;

  const candidates: { memberId: string; weight: number }[] = [];
  prepared.memberIds.forEach((memberId, member) => {
    const weight = prepared.weights[member] as number;
    if (count.memberChoices[member] === -1 && weight > 0) candidates.push({ memberId, weight });
  });
  candidates.sort((left, right) =>
    left.weight !== right.weight
      ? right.weight - left.weight
      : left.memberId < right.memberId
        ? -1
        : 1,
  );
  const prefix = [0];
  for (const candidate of candidates) {
    prefix.push((prefix[prefix.length - 1] as number) + candidate.weight);
  }
  const available = prefix[prefix.length - 1] as number;
  const weighted = rules.weighting.kind === 'list-size';
  const take = (k: number) => candidates.slice(0, k).map((candidate) => candidate.memberId);
  const practices = (k: number) =>
    k === 1 ? 'one more practice' : `${groupDigits(k)} more practices`;
  const outcomeWith = (choice: VoteChoice, weight: number): BallotOutcome =>
    decideOutcome(add(totals, choice, weight), rules, castingVote).outcome;

  let toChangeOutcome: BallotMargin | null = null;
  if (available > 0) {
    for (const choice of VOTE_CHOICES) {
      if (outcomeWith(choice, available) === current) continue;
      let low = 1;
      let high = available;
      while (low < high) {
        const middle = low + Math.floor((high - low) / 2);
        if (outcomeWith(choice, middle) !== current) high = middle;
        else low = middle + 1;
      }
      const k = fewestReaching(prefix, low);
      if (toChangeOutcome !== null && toChangeOutcome.votes <= k) continue;
      const members = take(k);
      const weight = prefix[k] as number;
      const after = outcomeWith(choice, weight);
      const held = weighted
        ? ` They hold ${plural(weight, 'vote')}; at least ${plural(low, `more ${choice} vote`)} would be needed, whoever cast them.`
        : '';
      toChangeOutcome = {
        choice,
        votes: k,
        weight,
        weightNeeded: low,
        members,
        outcome: after,
        message: `If ${practices(k)} that did not vote (${listNames(members)}) voted ${choice}, the ballot would be ${OUTCOME_WORDS[after]} instead of ${OUTCOME_WORDS[current]}.${held}`,
      };
    }
  }

  let toReachQuorum: QuorumMargin | null = null;
  const quorum = rules.quorum;
  if (quorum !== undefined && result.quorate === false) {
    const needed = weightToQuorum(
      totals.yes + totals.no + totals.abstain + totals.spoilt,
      totals.eligible,
      quorum,
    );
    if (needed !== null && needed <= available) {
      const k = fewestReaching(prefix, needed);
      const weight = prefix[k] as number;
      const members = take(k);
      const outcomes = {
        yes: outcomeWith('yes', weight),
        no: outcomeWith('no', weight),
        abstain: outcomeWith('abstain', weight),
        spoilt: outcomeWith('spoilt', weight),
      };
      const ways = VOTE_CHOICES.map(
        (choice) => `${OUTCOME_WORDS[outcomes[choice]]} if they all voted ${choice}`,
      );
      const held = weighted ? `, holding ${plural(weight, 'vote')},` : '';
      toReachQuorum = {
        votes: k,
        weight,
        weightNeeded: needed,
        members,
        outcomes,
        message: `If ${practices(k)} (${listNames(members)})${held} returned a ballot, turnout would meet the ${formatRule(quorum.turnout)} quorum. The ballot would then be ${ways.join(', ')}.`,
      };
    }
  }

  return freezeDeep({
    outcome: current,
    quorate: result.quorate,
    nonVoters: candidates.length,
    nonVoterWeight: available,
    toChangeOutcome,
    toReachQuorum,
  });
}
