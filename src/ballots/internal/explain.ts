import { compareFractions } from '../../_lib/ratioMath.js';
import type { Citation } from '../../core/citation.js';
import type { Ratio } from '../../core/Ratio.js';
import type { Reason, ReasonValue } from '../../core/Reason.js';
import {
  type BallotCounts,
  REJECTED_VOTE_CODES,
  type RejectedVote,
  type RejectedVoteCode,
} from '../BallotResult.js';
import { type OutcomeFacts, weightToQuorum } from './decide.js';
import type { PreparedBallot } from './prepare.js';
import {
  ABSTENTION_TIE_OPEN,
  ADMIN,
  CAMBRIDGESHIRE_RESULT,
  CASTING_VOTE,
  MANDATE,
  NO_NATIONAL_RULE,
  OPTIONS,
  QUORUM,
  QUORUM_OPEN,
  ROUNDING_OPEN,
  THRESHOLD,
  THRESHOLD_OPEN,
  UNIT,
} from './sources.js';
import { formatMeasured, formatRule, groupDigits, plural } from './words.js';

/** Everything the reasons quote. */
export interface Explained {
  readonly prepared: PreparedBallot;
  readonly received: number;
  readonly counts: BallotCounts;
  readonly weights: BallotCounts;
  readonly rejected: readonly RejectedVote[];
  readonly facts: OutcomeFacts;
  readonly turnout: Ratio;
  readonly yesShare: Ratio;
}

const ratioValue = (value: Ratio): Ratio => ({
  numerator: value.numerator,
  denominator: value.denominator,
});

/** How a measured share stands against a rule, in words that state the comparator. */
export function comparisonPhrase(
  comparison: -1 | 0 | 1,
  comparator: '>' | '>=',
  rule: string,
  noun: string,
): string {
  if (comparator === '>') {
    if (comparison > 0) return `more than the ${rule} ${noun}`;
    if (comparison === 0) return `equal to but not more than the ${rule} ${noun}`;
    return `less than the ${rule} ${noun} (more than ${rule} is needed)`;
  }
  if (comparison > 0) return `more than the ${rule} ${noun} (at least ${rule} is needed)`;
  if (comparison === 0) return `equal to the ${rule} ${noun}, which is enough`;
  return `less than the ${rule} ${noun} (at least ${rule} is needed)`;
}

function withLocalSource(prepared: PreparedBallot, sources: Citation[]): Citation[] {
  const local = prepared.rules.source;
  if (local === undefined) return sources;
  const citation: { document: string; section?: string; domainId?: string } = {
    document: local.document,
  };
  if (local.section !== undefined) citation.section = local.section;
  if (local.domainId !== undefined) citation.domainId = local.domainId;
  const same = (other: Citation) =>
    other.document === citation.document &&
    other.section === citation.section &&
    other.domainId === citation.domainId;
  return sources.some(same) ? sources : [...sources, citation];
}

function unitReason(prepared: PreparedBallot): Reason {
  const { rules, ballot, weights, eligibleWeight } = prepared;
  const weighting = rules.weighting;
  const members = ballot.electorate.length;
  if (weighting.kind === 'per-member') {
    return {
      id: 'BALLOT-UNIT',
      verdict: 'pass',
      message: `Each of the ${plural(members, 'member practice')} had one vote, whatever its list size.`,
      sources: withLocalSource(prepared, [UNIT]),
      values: { weighting: 'per-member', members, votes: eligibleWeight },
    };
  }
  const rounding =
    weighting.rounding === 'floor'
      ? 'rounded down to a whole vote'
      : weighting.rounding === 'ceil'
        ? 'rounded up to a whole vote'
        : 'rounded to the nearest whole vote (an exact half rounds up)';
  const minimum =
    weighting.minimumVotes === undefined || weighting.minimumVotes === 0
      ? ''
      : `, with at least ${plural(weighting.minimumVotes, 'vote')} each`;
  // The earliest and latest list-size dates, in one pass (no sort: the electorate can be large).
  let first: string | undefined;
  let last: string | undefined;
  let dated = 0;
  for (const { listSizeOn } of ballot.electorate) {
    if (listSizeOn === undefined) continue;
    dated += 1;
    if (first === undefined || listSizeOn < first) first = listSizeOn;
    if (last === undefined || listSizeOn > last) last = listSizeOn;
  }
  const undated = members - dated;
  let dateText = '';
  if (first !== undefined && last !== undefined) {
    dateText =
      first === last
        ? ` List sizes were taken as at ${first}.`
        : ` List sizes were taken as at dates from ${first} to ${last}.`;
  }
  if (undated > 0) {
    dateText += ` ${undated === members ? 'No practice' : plural(undated, 'practice')} gave the date of ${undated === 1 || undated === members ? 'its' : 'their'} list size.`;
  }
  const voteless = weights.filter((weight) => weight === 0).length;
  const votelessText =
    voteless === 0 ? '' : ` ${plural(voteless, 'practice')} held no vote under this weighting.`;
  const values: Record<string, ReasonValue> = {
    weighting: 'list-size',
    patientsPerVote: weighting.patientsPerVote,
    rounding: weighting.rounding,
    minimumVotes: weighting.minimumVotes ?? 0,
    members,
    votes: eligibleWeight,
  };
  return {
    id: 'BALLOT-UNIT',
    verdict: 'pass',
    message: `Each practice had one vote per ${groupDigits(weighting.patientsPerVote)} patients on its registered list, ${rounding}${minimum}; the ${plural(members, 'practice')} held ${plural(eligibleWeight, 'vote')} between them.${dateText}${votelessText}`,
    sources: withLocalSource(prepared, [UNIT, ROUNDING_OPEN]),
    values,
  };
}

const REJECTION_WORDS: Record<RejectedVoteCode, [string, string]> = {
  malformed_vote: ['could not be read', 'could not be read'],
  unknown_choice: ['had an unknown choice', 'had an unknown choice'],
  not_a_member: ['came from a non-member', 'came from non-members'],
  outside_window: ['was cast outside the window', 'were cast outside the window'],
  duplicate_vote: ['repeated a vote', 'repeated a vote'],
  changed_vote: ['was a changed vote', 'were changed votes'],
};

const CHANGED_RULE_WORDS = {
  'last-counts': "its latest vote counts ('last-counts')",
  'first-counts': "its earliest vote counts ('first-counts')",
  'reject-all': "none of its votes counts ('reject-all')",
} as const;

function validityReason(explained: Explained): Reason {
  const { prepared, received, counts, rejected } = explained;
  const { opens, closes } = prepared.ballot;
  const tally = new Map<RejectedVoteCode, number>();
  for (const vote of rejected) tally.set(vote.code, (tally.get(vote.code) ?? 0) + 1);
  const byCode = REJECTED_VOTE_CODES.filter((code) => tally.has(code)).map(
    (code) => [code, tally.get(code) as number] as const,
  );
  const window = `The window was ${opens} to ${closes}, both days included.`;
  const rule = `Where a member returns different choices, ${CHANGED_RULE_WORDS[prepared.rules.changedVotes]}.`;
  let summary: string;
  if (received === 0) summary = 'No votes were received.';
  else if (rejected.length === 0)
    summary = `All ${plural(received, 'vote')} received were counted.`;
  else {
    const parts = byCode.map(([code, count]) => {
      const [one, many] = REJECTION_WORDS[code];
      return `${groupDigits(count)} ${count === 1 ? one : many}`;
    });
    summary = `Of ${plural(received, 'vote')} received, ${groupDigits(counts.cast)} counted and ${groupDigits(rejected.length)} ${rejected.length === 1 ? 'was' : 'were'} rejected: ${parts.join('; ')}.`;
  }
  const values: Record<string, ReasonValue> = {
    received,
    counted: counts.cast,
    rejected: rejected.length,
    changedVotes: prepared.rules.changedVotes,
    opens,
    closes,
  };
  for (const [code, count] of byCode) values[code] = count;
  return {
    id: 'BALLOT-VOTE-VALIDITY',
    verdict: 'pass',
    message: `${summary} ${window} ${rule}`,
    sources: withLocalSource(prepared, [ADMIN, OPTIONS, NO_NATIONAL_RULE]),
    values,
  };
}

function isWeighted(prepared: PreparedBallot): boolean {
  return prepared.rules.weighting.kind === 'list-size';
}

function turnoutReason(explained: Explained): Reason {
  const { prepared, counts, weights, facts, turnout } = explained;
  const quorum = prepared.rules.quorum;
  const weighted = isWeighted(prepared);
  const shown = formatMeasured(turnout, quorum?.turnout);
  const turnoutText = weighted
    ? `Practices holding ${groupDigits(weights.cast)} of the ${plural(weights.eligible, 'vote')} in the electorate returned a ballot (turnout ${shown}; ${groupDigits(counts.cast)} of ${plural(counts.eligible, 'practice')})`
    : `${groupDigits(counts.cast)} of ${groupDigits(counts.eligible)} eligible ${counts.eligible === 1 ? 'practice' : 'practices'} returned a ballot (turnout ${shown})`;
  const values: Record<string, ReasonValue> = {
    cast: weights.cast,
    eligible: weights.eligible,
    turnout: ratioValue(turnout),
    castMembers: counts.cast,
    eligibleMembers: counts.eligible,
  };
  if (quorum === undefined) {
    return {
      id: 'BALLOT-TURNOUT-QUORUM',
      verdict: 'not-applicable',
      message: `${turnoutText}; no turnout quorum applies.`,
      sources: withLocalSource(prepared, [QUORUM, CAMBRIDGESHIRE_RESULT]),
      values,
    };
  }
  const withQuorum = { ...values, quorum: ratioValue(quorum.turnout) };
  const comparison = compareFractions(
    turnout.numerator,
    turnout.denominator,
    quorum.turnout.numerator,
    quorum.turnout.denominator,
  );
  const phrase = comparisonPhrase(
    comparison,
    quorum.comparator,
    formatRule(quorum.turnout),
    'quorum',
  );
  const sources = withLocalSource(prepared, [QUORUM, QUORUM_OPEN, CAMBRIDGESHIRE_RESULT]);
  if (facts.quorate === true) {
    return {
      id: 'BALLOT-TURNOUT-QUORUM',
      verdict: 'pass',
      message: `${turnoutText}, ${phrase}: the ballot is quorate.`,
      sources,
      values: withQuorum,
      comparator: quorum.comparator,
    };
  }
  const extra = weightToQuorum(weights.cast, weights.eligible, quorum);
  const remedy =
    extra === null
      ? 'No turnout can meet this quorum: review the quorum rule.'
      : weighted
        ? `Run the ballot again: ballots holding at least ${plural(extra, 'more vote')} would have had to be returned.`
        : `Run the ballot again: at least ${plural(extra, 'more practice')} would have had to return a ballot.`;
  return {
    id: 'BALLOT-TURNOUT-QUORUM',
    verdict: 'fail',
    message: `${turnoutText}, ${phrase}: the ballot is inquorate, so it decided nothing. This is not a defeat.`,
    sources,
    values,
    comparator: quorum.comparator,
    remedy,
  };
}

const BASE_WORDS = {
  'yes-no': {
    members: 'practices that voted for or against voted yes',
    weights: 'votes cast for or against were yes',
    empty: 'No vote was cast for or against',
    note: 'Abstentions and spoilt ballots are left out of the base.',
  },
  'votes-cast': {
    members: 'practices that returned a ballot voted yes',
    weights: 'votes returned were yes',
    empty: 'No ballot was returned',
    note: 'Every returned ballot is in the base, so abstentions and spoilt ballots count against.',
  },
  eligible: {
    members: 'eligible practices voted yes',
    weights: 'votes in the electorate were yes',
    empty: 'The electorate is empty',
    note: 'The whole electorate is the base, so not voting counts against.',
  },
} as const;

function thresholdReason(explained: Explained): Reason {
  const { prepared, weights, facts, yesShare } = explained;
  const threshold = prepared.rules.threshold;
  const words = BASE_WORDS[threshold.base];
  const rule = formatRule(threshold.ratio);
  const values: Record<string, ReasonValue> = {
    yes: weights.yes,
    no: weights.no,
    abstain: weights.abstain,
    spoilt: weights.spoilt,
    base: facts.base,
    baseKind: threshold.base,
    yesShare: ratioValue(yesShare),
    threshold: ratioValue(threshold.ratio),
  };
  const sources = withLocalSource(prepared, [
    THRESHOLD,
    THRESHOLD_OPEN,
    ABSTENTION_TIE_OPEN,
    MANDATE,
  ]);
  const base = {
    id: 'BALLOT-THRESHOLD',
    sources,
    values,
    comparator: threshold.comparator,
  } as const;
  if (facts.comparison === null) {
    const message = `${words.empty}, so there is no yes share to compare with the ${rule} required. ${words.note}`;
    if (facts.quorate === false) {
      return {
        ...base,
        verdict: 'not-applicable',
        message: `Not applied: the ballot is inquorate. ${message}`,
      };
    }
    return { ...base, verdict: 'fail', message: `${message} The proposal is not carried.` };
  }
  const share = formatMeasured(yesShare, threshold.ratio);
  const measured = isWeighted(prepared)
    ? `${groupDigits(weights.yes)} of the ${groupDigits(facts.base)} ${words.weights} (${share})`
    : `${groupDigits(weights.yes)} of ${groupDigits(facts.base)} ${words.members} (${share})`;
  const phrase = comparisonPhrase(facts.comparison, threshold.comparator, rule, 'required');
  const sentence = `${measured}, ${phrase}.`;
  if (facts.quorate === false) {
    return {
      ...base,
      verdict: 'not-applicable',
      message: `Not applied: the ballot is inquorate. For information, ${sentence} ${words.note}`,
    };
  }
  const passed = facts.comparison > 0 || (facts.comparison === 0 && threshold.comparator === '>=');
  const conclusion = passed
    ? 'The proposal is carried.'
    : facts.tie
      ? 'That is a tie: the tie rule decides.'
      : 'The proposal is not carried.';
  return {
    ...base,
    verdict: passed ? 'pass' : 'fail',
    message: `${sentence[0]?.toUpperCase()}${sentence.slice(1)} ${words.note} ${conclusion}`,
  };
}

function tieReason(explained: Explained): Reason | undefined {
  const { prepared, facts } = explained;
  const tie = prepared.rules.tie;
  const castingVote = prepared.ballot.castingVote;
  const sources = withLocalSource(
    prepared,
    tie === 'chair-casting-vote' ? [ABSTENTION_TIE_OPEN, CASTING_VOTE] : [ABSTENTION_TIE_OPEN],
  );
  const values: Record<string, ReasonValue> = { tie, castingVote: castingVote ?? null };
  if (!facts.tie) {
    if (castingVote === undefined) return undefined;
    return {
      id: 'BALLOT-TIE',
      verdict: 'not-applicable',
      message: `The chair's casting vote (${castingVote}) was not used: the ballot was not tied.`,
      sources,
      values,
    };
  }
  const rule = formatRule(prepared.rules.threshold.ratio);
  const opening = `The yes share is exactly the ${rule} threshold, which a "more than" rule does not carry: a tie.`;
  if (tie === 'not-carried') {
    return {
      id: 'BALLOT-TIE',
      verdict: 'fail',
      message: `${opening} Under the tie rule 'not-carried' the proposal is not carried.`,
      sources,
      values,
    };
  }
  if (tie === 're-ballot') {
    return {
      id: 'BALLOT-TIE',
      verdict: 'fail',
      message: `${opening} Under the tie rule 're-ballot' the ballot is tied and must be run again.`,
      sources,
      values,
      remedy: 'Run the ballot again.',
    };
  }
  if (castingVote === undefined) {
    return {
      id: 'BALLOT-TIE',
      verdict: 'unknown',
      message: `${opening} Under the tie rule 'chair-casting-vote' the chair's casting vote decides, and it has not been given: the ballot is tied.`,
      sources,
      values,
      remedy: "Record the chair's casting vote as castingVote on the ballot and count again.",
      missing: ['castingVote'],
    };
  }
  return {
    id: 'BALLOT-TIE',
    verdict: castingVote === 'yes' ? 'pass' : 'fail',
    message: `${opening} Under the tie rule 'chair-casting-vote' the chair's casting vote (${castingVote}) decides: the proposal is ${castingVote === 'yes' ? 'carried' : 'not carried'}.`,
    sources,
    values,
  };
}

/** The reasons for a ballot's outcome, in the order the rules were applied. */
export function explainBallot(explained: Explained): Reason[] {
  const reasons = [
    unitReason(explained.prepared),
    validityReason(explained),
    turnoutReason(explained),
    thresholdReason(explained),
  ];
  const tie = tieReason(explained);
  if (tie !== undefined) reasons.push(tie);
  return reasons;
}
