import { splitIsoDate } from '../../_lib/calendar.js';
import { describeValue } from '../../_lib/describe.js';
import type { BallotCounts, RejectedVote, RejectedVoteCode } from '../BallotResult.js';
import { VOTE_CHOICES } from '../Vote.js';
import type { PreparedBallot } from './prepare.js';

// The hot path: one pass over the votes with hand-written checks (no schema parse per vote),
// a Map from member ID to electorate position, integer accumulation, and allocation only for
// rejected votes and repeat votes. Repeats are settled in a second, linear pass over the repeats
// alone, so the rejected list comes out in input order without sorting the votes.

/** The counted votes of a ballot. */
export interface VoteCount {
  /** Members by choice. */
  readonly counts: BallotCounts;
  /** Votes held by choice. */
  readonly weights: BallotCounts;
  /** Every rejected vote, in input order. */
  readonly rejected: readonly RejectedVote[];
  /**
   * Per member (electorate order): the counted choice (0 yes, 1 no, 2 abstain, 3 spoilt), -1
   * when the member has no in-window vote at all, -2 when it voted but none counted (changed
   * votes under 'reject-all').
   */
  readonly memberChoices: Int8Array;
}

const NO_VOTE = -1;
const NONE_COUNTED = -2;

const DATE_INVALID = 0;
const DATE_INSIDE = 1;
const DATE_OUTSIDE = 2;

/** The choice's code: 0 yes, 1 no, 2 abstain, 3 spoilt; -1 for anything else. */
function choiceCode(choice: string): number {
  switch (choice) {
    case 'yes':
      return 0;
    case 'no':
      return 1;
    case 'abstain':
      return 2;
    case 'spoilt':
      return 3;
    default:
      return -1;
  }
}

/** A repeat vote by a member who already has one in-window vote. */
interface Repeat {
  readonly index: number;
  readonly member: number;
  readonly choice: number;
  readonly castOn: string;
}

/** How a member's several in-window votes are settled. */
interface Settlement {
  changed: boolean;
  keptIndex: number;
  keptChoice: number;
  keptCastOn: string;
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Reads a field without letting a hostile getter escape (used on the slow, malformed path). */
function readField(vote: object, key: 'memberId' | 'choice' | 'castOn'): unknown {
  try {
    return (vote as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** Explains why a vote is malformed (called only for malformed votes). */
function malformedProblem(vote: unknown): string {
  if (typeof vote !== 'object' || vote === null || Array.isArray(vote)) {
    return `it is ${describeValue(vote)}, not a record`;
  }
  const memberId = readField(vote, 'memberId');
  if (typeof memberId !== 'string' || memberId === '') {
    return `its memberId is ${describeValue(memberId)}, not a member ID as text`;
  }
  const choice = readField(vote, 'choice');
  if (typeof choice !== 'string') return `its choice is ${describeValue(choice)}, not text`;
  const castOn = readField(vote, 'castOn');
  if (typeof castOn !== 'string' || splitIsoDate(castOn) === undefined) {
    return `its castOn is ${describeValue(castOn)}, not a real date written YYYY-MM-DD`;
  }
  let extra: string[];
  try {
    extra = Object.keys(vote).filter(
      (key) => key !== 'memberId' && key !== 'choice' && key !== 'castOn',
    );
  } catch {
    return 'reading it raised an error';
  }
  if (extra.length === 0) return 'reading it raised an error';
  // Sorted, so the words do not depend on the order the fields were written in.
  extra.sort();
  const names = extra.slice(0, 3).map((key) => JSON.stringify(key));
  return `it has ${extra.length === 1 ? 'a field' : 'fields'} a vote does not have (${names.join(', ')}${extra.length > 3 ? ', ...' : ''})`;
}

function malformedMessage(index: number, vote: unknown): string {
  return `The vote at index ${index} could not be read: ${malformedProblem(vote)}. A vote needs memberId (text), choice (yes, no, abstain or spoilt) and castOn (a date written YYYY-MM-DD), and nothing else.`;
}

function toCounts(tally: readonly number[], eligible: number): BallotCounts {
  const [yes = 0, no = 0, abstain = 0, spoilt = 0] = tally;
  return { eligible, cast: yes + no + abstain + spoilt, yes, no, abstain, spoilt };
}

/** Merges two lists of rejections, each in input order, into one in input order. */
function mergeByIndex(
  left: readonly RejectedVote[],
  right: readonly RejectedVote[],
): RejectedVote[] {
  const merged: RejectedVote[] = [];
  let l = 0;
  let r = 0;
  while (l < left.length || r < right.length) {
    const a = left[l];
    const b = right[r];
    if (b === undefined || (a !== undefined && a.index < b.index)) {
      merged.push(a as RejectedVote);
      l += 1;
    } else {
      merged.push(b);
      r += 1;
    }
  }
  return merged;
}

/** Counts the votes of a prepared ballot. Never throws on any vote. */
export function countVotes(prepared: PreparedBallot, votes: readonly unknown[]): VoteCount {
  const { ballot, memberIndex, weights, memberIds, rules } = prepared;
  const { opens, closes } = ballot;
  const members = memberIds.length;
  const total = votes.length;
  // Per member, only the index of its first in-window vote (one random access per vote); the
  // choice and date of each counted vote are written by vote index, in order.
  const firstIndex = new Int32Array(members).fill(-1);
  const voteChoice = new Int8Array(total);
  const voteDate = new Int32Array(total);
  const repeats: Repeat[] = [];
  const rejected: RejectedVote[] = [];
  // Each distinct castOn text once: its number and whether it is invalid, inside or outside.
  const dateIds = new Map<string, number>();
  const dates: string[] = [];
  const dateStates: number[] = [];

  const reject = (
    list: RejectedVote[],
    index: number,
    code: RejectedVoteCode,
    message: string,
    memberId: unknown,
    choice: unknown,
    castOn: unknown,
  ): void => {
    list.push({
      index,
      code,
      message,
      memberId: textOrNull(memberId),
      choice: textOrNull(choice),
      castOn: textOrNull(castOn),
    });
  };

  for (let index = 0; index < total; index += 1) {
    const vote: unknown = votes[index];
    if (typeof vote !== 'object' || vote === null || Array.isArray(vote)) {
      reject(rejected, index, 'malformed_vote', malformedMessage(index, vote), null, null, null);
      continue;
    }
    let memberId: unknown;
    let choice: unknown;
    let castOn: unknown;
    let keys = -1;
    try {
      const record = vote as { memberId?: unknown; choice?: unknown; castOn?: unknown };
      memberId = record.memberId;
      choice = record.choice;
      castOn = record.castOn;
      keys = Object.keys(record).length;
    } catch {
      keys = -1;
    }
    let dateState = DATE_INVALID;
    let dateId = -1;
    if (typeof castOn === 'string') {
      const known = dateIds.get(castOn);
      if (known === undefined) {
        dateState =
          splitIsoDate(castOn) === undefined
            ? DATE_INVALID
            : castOn < opens || castOn > closes
              ? DATE_OUTSIDE
              : DATE_INSIDE;
        dateId = dates.length;
        dateIds.set(castOn, dateId);
        dates.push(castOn);
        dateStates.push(dateState);
      } else {
        dateId = known;
        dateState = dateStates[known] as number;
      }
    }
    if (
      keys !== 3 ||
      typeof memberId !== 'string' ||
      memberId === '' ||
      typeof choice !== 'string' ||
      dateState === DATE_INVALID
    ) {
      reject(
        rejected,
        index,
        'malformed_vote',
        malformedMessage(index, vote),
        memberId,
        choice,
        castOn,
      );
      continue;
    }
    const code = choiceCode(choice);
    if (code < 0) {
      reject(
        rejected,
        index,
        'unknown_choice',
        `The vote at index ${index} (member ${memberId}) has the choice ${JSON.stringify(choice)}, which is not one of yes, no, abstain or spoilt.`,
        memberId,
        choice,
        castOn,
      );
      continue;
    }
    const member = memberIndex.get(memberId);
    if (member === undefined) {
      reject(
        rejected,
        index,
        'not_a_member',
        `The vote at index ${index} is from ${memberId}, who is not in the electorate of ballot ${ballot.id}.`,
        memberId,
        choice,
        castOn,
      );
      continue;
    }
    if (dateState === DATE_OUTSIDE) {
      reject(
        rejected,
        index,
        'outside_window',
        `Member ${memberId}'s vote (index ${index}) was cast on ${castOn}, outside the ballot window ${opens} to ${closes} (both days included).`,
        memberId,
        choice,
        castOn,
      );
      continue;
    }
    voteChoice[index] = code;
    voteDate[index] = dateId;
    if (firstIndex[member] === -1) firstIndex[member] = index;
    else repeats.push({ index, member, choice: code, castOn: castOn as string });
  }

  const memberChoices = new Int8Array(members);
  for (let member = 0; member < members; member += 1) {
    const first = firstIndex[member] as number;
    memberChoices[member] = first === -1 ? NO_VOTE : (voteChoice[first] as number);
  }
  const firstChoice = (member: number) => voteChoice[firstIndex[member] as number] as number;
  const firstDate = (member: number) =>
    dates[voteDate[firstIndex[member] as number] as number] as string;

  let allRejected = rejected;
  if (repeats.length > 0) {
    const rule = rules.changedVotes;
    const latest = rule === 'last-counts';
    const settlements = new Map<number, Settlement>();
    for (const repeat of repeats) {
      const member = repeat.member;
      let settlement = settlements.get(member);
      if (settlement === undefined) {
        settlement = {
          changed: false,
          keptIndex: firstIndex[member] as number,
          keptChoice: firstChoice(member),
          keptCastOn: firstDate(member),
        };
        settlements.set(member, settlement);
      }
      if (repeat.choice !== firstChoice(member)) settlement.changed = true;
      const later =
        repeat.castOn > settlement.keptCastOn ||
        (repeat.castOn === settlement.keptCastOn && repeat.index > settlement.keptIndex);
      if (later === latest) {
        settlement.keptIndex = repeat.index;
        settlement.keptChoice = repeat.choice;
        settlement.keptCastOn = repeat.castOn;
      }
    }
    // Every vote of a member with repeats, in input order: the first votes, then merged in.
    const firsts = [...settlements.keys()]
      .map(
        (member): Repeat => ({
          index: firstIndex[member] as number,
          member,
          choice: firstChoice(member),
          castOn: firstDate(member),
        }),
      )
      .sort((left, right) => left.index - right.index);
    const settled: RejectedVote[] = [];
    let f = 0;
    let r = 0;
    while (f < firsts.length || r < repeats.length) {
      const a = firsts[f];
      const b = repeats[r];
      let entry: Repeat;
      if (b === undefined || (a !== undefined && a.index < b.index)) {
        entry = a as Repeat;
        f += 1;
      } else {
        entry = b;
        r += 1;
      }
      const settlement = settlements.get(entry.member) as Settlement;
      const memberId = memberIds[entry.member] as string;
      const choice = VOTE_CHOICES[entry.choice];
      if (settlement.changed && rule === 'reject-all') {
        memberChoices[entry.member] = NONE_COUNTED;
        reject(
          settled,
          entry.index,
          'changed_vote',
          `Member ${memberId} returned votes with different choices; under the changed-vote rule 'reject-all' none of them counts (this one, index ${entry.index}, was ${choice} on ${entry.castOn}).`,
          memberId,
          choice,
          entry.castOn,
        );
        continue;
      }
      memberChoices[entry.member] = settlement.keptChoice;
      if (entry.index === settlement.keptIndex) continue;
      const kept = `${VOTE_CHOICES[settlement.keptChoice]} on ${settlement.keptCastOn}, index ${settlement.keptIndex}`;
      reject(
        settled,
        entry.index,
        settlement.changed ? 'changed_vote' : 'duplicate_vote',
        settlement.changed
          ? `Member ${memberId} changed its vote; under the changed-vote rule '${rule}' only its ${latest ? 'latest' : 'earliest'} vote (${kept}) counts, not this one (${choice} on ${entry.castOn}).`
          : `Member ${memberId} voted ${choice} more than once; one of these identical votes counts (${kept}), so this repeat does not.`,
        memberId,
        choice,
        entry.castOn,
      );
    }
    allRejected = mergeByIndex(rejected, settled);
  }

  const memberTally = [0, 0, 0, 0];
  const weightTally = [0, 0, 0, 0];
  for (let member = 0; member < members; member += 1) {
    const choice = memberChoices[member] as number;
    if (choice < 0) continue;
    memberTally[choice] = (memberTally[choice] as number) + 1;
    weightTally[choice] = (weightTally[choice] as number) + (weights[member] as number);
  }
  return {
    counts: toCounts(memberTally, members),
    weights: toCounts(weightTally, prepared.eligibleWeight),
    rejected: allRejected,
    memberChoices,
  };
}
