import { describeValue } from '../_lib/describe.js';
import { fail, toSafe } from '../_lib/fail.js';
import { freezeDeep } from '../_lib/freezeDeep.js';
import { CoCommissioningError } from '../core/CoCommissioningError.js';
import type { Reason } from '../core/Reason.js';
import type { SafeResult } from '../core/SafeResult.js';
import type { Issue } from '../issues.js';
import type { Ballot } from './Ballot.js';
import type { BallotOutcome, BallotResult } from './BallotResult.js';
import { runTally, type Tally } from './internal/runTally.js';
import { CONCURRENCE } from './internal/sources.js';
import { groupDigits, listNames } from './internal/words.js';
import type { Vote } from './Vote.js';

/**
 * One electorate's ballot and its votes, for {@link tallyConcurrentBallots}.
 *
 * @example
 * ```ts
 * import type { ConcurrentBallot } from 'co-commissioning';
 *
 * function electorateOf(entry: ConcurrentBallot): string {
 *   return entry.ballot.constituency ?? entry.ballot.id;
 * }
 * ```
 * @category Ballots
 */
export interface ConcurrentBallot {
  /** The ballot of one electorate (such as one CCG's member practices). */
  readonly ballot: Ballot;
  /** The votes returned in that electorate. */
  readonly votes: readonly Vote[];
}

/**
 * What {@link tallyConcurrentBallots} returns: one result per electorate and the overall outcome.
 *
 * @example
 * ```ts
 * import type { ConcurrentBallotResult } from 'co-commissioning';
 *
 * function failing(result: ConcurrentBallotResult): string[] {
 *   return result.results.filter((r) => r.outcome !== 'carried').map((r) => r.ballotId);
 * }
 * ```
 * @category Ballots
 */
export interface ConcurrentBallotResult {
  /** The overall outcome: carried only when every electorate carried it. */
  readonly outcome: BallotOutcome;
  /** Each electorate's result, in input order. */
  readonly results: readonly BallotResult[];
  /** Why, citing DOMAIN BALLOT-MULTI-CCG-CONCURRENCE. */
  readonly reasons: readonly Reason[];
}

const PRECEDENCE: readonly BallotOutcome[] = ['not-carried', 'inquorate', 'tied'];

const name = (result: BallotResult): string => result.constituency ?? result.ballotId;

function checkEntries(input: unknown): readonly unknown[] {
  if (Array.isArray(input) && input.length > 0) return input;
  return fail({
    code: 'invalid_input',
    message: `Give the ballots as a list of at least one { ballot, votes } entry, not ${describeValue(input)}.`,
    path: [],
    expected: 'a non-empty list of { ballot, votes }',
    received: describeValue(input),
  });
}

function readEntry(entry: unknown, index: number): { ballot: unknown; votes: unknown } {
  if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) {
    const keys = Object.keys(entry);
    if (keys.every((key) => key === 'ballot' || key === 'votes') && 'ballot' in entry) {
      const { ballot, votes } = entry as { ballot: unknown; votes?: unknown };
      return { ballot, votes };
    }
  }
  return fail({
    code: 'invalid_input',
    message: `Give entry ${index} as { ballot, votes }, not ${describeValue(entry)}.`,
    path: [index],
    expected: '{ ballot, votes }',
    received: describeValue(entry),
  });
}

function runConcurrent(input: unknown): ConcurrentBallotResult {
  const entries = checkEntries(input);
  const issues: Issue[] = [];
  const tallies: Tally[] = [];
  for (let index = 0; index < entries.length; index += 1) {
    try {
      const { ballot, votes } = readEntry(entries[index], index);
      tallies.push(runTally(ballot, votes, [index, 'ballot'], [index, 'votes']));
    } catch (error) {
      if (!(error instanceof CoCommissioningError)) throw error;
      issues.push(...error.issues);
    }
  }
  const results = tallies.map((tally) => tally.result);
  if (issues.length === 0) {
    const ids = new Map<string, number>();
    const electors = new Map<string, string[]>();
    results.forEach((result, index) => {
      if (ids.has(result.ballotId)) {
        issues.push({
          code: 'duplicate_ballot_id',
          message: `Ballot ID ${result.ballotId} is used by more than one electorate: give each ballot its own ID.`,
          path: [index, 'ballot', 'id'],
          ballotId: result.ballotId,
        });
      }
      ids.set(result.ballotId, index);
    });
    for (const { prepared } of tallies) {
      for (const memberId of prepared.memberIds) {
        const list = electors.get(memberId) ?? [];
        list.push(prepared.ballot.id);
        electors.set(memberId, list);
      }
    }
    for (const [memberId, ballotIds] of electors) {
      if (ballotIds.length < 2) continue;
      issues.push({
        code: 'elector_in_several_ballots',
        message: `Member ${memberId} is in the electorate of ${listNames(ballotIds)}: on one decision each member votes in one electorate only.`,
        path: [],
        memberId,
        ballotIds,
      });
    }
  }
  const [first, ...rest] = issues;
  if (first !== undefined) return fail(first, ...rest);

  const outcome =
    PRECEDENCE.find((candidate) => results.some((result) => result.outcome === candidate)) ??
    'carried';
  const deciding = results.filter((result) => result.outcome === outcome);
  const others = results.length - deciding.length;
  const total = groupDigits(results.length);
  const intro =
    results.length === 1
      ? 'The proposal had to be carried by its only electorate.'
      : `Each of the ${total} electorates had to carry the proposal separately.`;
  let message: string;
  if (outcome === 'carried') {
    const all = results.length === 1 ? 'It' : `All ${total}`;
    message = `${intro} ${all} (${listNames(results.map(name), results.length)}) carried it: the proposal is carried.`;
  } else {
    const which = listNames(deciding.map(name), deciding.length);
    const verb = deciding.length === 1 ? 'was' : 'were';
    const what =
      outcome === 'not-carried'
        ? `${which} did not carry it`
        : outcome === 'inquorate'
          ? `${which} ${verb} inquorate`
          : `${which} ${verb} tied`;
    const rest =
      outcome === 'not-carried'
        ? 'the proposal is not carried'
        : outcome === 'inquorate'
          ? 'the proposal is not decided until that vote is re-run (an inquorate vote is not a defeat)'
          : 'the proposal is not decided until the tie is settled';
    const unneeded =
      others === 0
        ? ''
        : ` The other ${others === 1 ? 'result was' : `${groupDigits(others)} results were`} not needed to decide.`;
    message = `${intro} ${what}, so ${rest}.${unneeded}`;
  }
  const reason: Reason = {
    id: 'BALLOT-MULTI-CCG-CONCURRENCE',
    verdict: outcome === 'carried' ? 'pass' : outcome === 'not-carried' ? 'fail' : 'unknown',
    message,
    sources: [CONCURRENCE],
    values: Object.fromEntries(results.map((result) => [result.ballotId, result.outcome])),
    ...(outcome === 'carried' || outcome === 'not-carried'
      ? {}
      : {
          remedy:
            outcome === 'inquorate'
              ? `Re-run the ballot in ${listNames(deciding.map(name), deciding.length)}.`
              : `Settle the tie in ${listNames(deciding.map(name), deciding.length)}.`,
        }),
  };
  return freezeDeep({ outcome, results, reasons: [reason] });
}

/**
 * Counts one decision put to several electorates at once, where each must carry it separately
 * (DOMAIN BALLOT-MULTI-CCG-CONCURRENCE, Part 2 §1.7 rule 55 [V]: Cheshire 2019 "all four CCGs
 * must vote for the merger"; Nottinghamshire 2019, six CCGs, each by "a majority of the votes
 * cast in their CCG area"). Each electorate is counted by {@link tallyBallot} under its own
 * rules; the overall outcome is `'carried'` only when every electorate carried it. Otherwise a
 * single electorate decides, in this order: any `'not-carried'` makes the whole `'not-carried'`
 * (a re-run elsewhere cannot save it); else any `'inquorate'` makes it `'inquorate'`; else any
 * `'tied'` makes it `'tied'`.
 *
 * The ballots must have distinct IDs and no member may be in two electorates.
 *
 * @param ballots - Each electorate's ballot and votes.
 * @returns A new, deeply frozen {@link ConcurrentBallotResult}.
 * @throws {@link CoCommissioningError} `invalid_input` (not a non-empty list of `{ ballot, votes }`),
 * any code {@link tallyBallot} throws (with the entry's index first in the path),
 * `duplicate_ballot_id`, `elector_in_several_ballots`.
 *
 * @example
 * ```ts
 * import { tallyConcurrentBallots, type Ballot, type Vote } from 'co-commissioning';
 *
 * const rules: Ballot['rules'] = {
 *   weighting: { kind: 'per-member' },
 *   threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'votes-cast' },
 *   tie: 'not-carried',
 * };
 * const electorate = (ccg: string, yes: number, no: number) => {
 *   const ids = Array.from({ length: yes + no }, (_, i) => `${ccg}-${i}`);
 *   const ballot: Ballot = {
 *     id: ccg, question: 'Merge the CCGs?', opens: '2019-09-01', closes: '2019-09-30',
 *     electorate: ids.map((memberId) => ({ memberId })), rules,
 *   };
 *   const votes: Vote[] = ids.map((memberId, i) => ({
 *     memberId, choice: i < yes ? 'yes' : 'no', castOn: '2019-09-10',
 *   }));
 *   return { ballot, votes };
 * };
 * const result = tallyConcurrentBallots([
 *   electorate('south', 13, 1), electorate('vale-royal', 7, 4), electorate('west', 28, 4),
 * ]);
 * result.outcome; //=> 'carried'
 * ```
 * @category Ballots
 */
export function tallyConcurrentBallots(
  ballots: readonly ConcurrentBallot[],
): ConcurrentBallotResult {
  return runConcurrent(ballots);
}

/**
 * The safe door of {@link tallyConcurrentBallots}: malformed input comes back as issues; it
 * never throws and never changes its argument.
 *
 * @param ballots - Each electorate's ballot and votes, unchecked.
 * @returns `{ success: true, data }` with a deeply frozen {@link ConcurrentBallotResult}, or
 * `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeTallyConcurrentBallots } from 'co-commissioning';
 *
 * const result = safeTallyConcurrentBallots([]);
 * if (!result.success) result.issues[0].code; //=> 'invalid_input'
 * ```
 * @category Ballots
 */
export function safeTallyConcurrentBallots(ballots: unknown): SafeResult<ConcurrentBallotResult> {
  return toSafe(() => runConcurrent(ballots));
}
