import { parseWith } from '../_lib/parseWith.js';
import { type Citation, formatCitation } from '../core/citation.js';
import { type BallotOutcome, type BallotResult, BallotResultSchema } from './BallotResult.js';
import { baseWeight } from './internal/decide.js';
import {
  formatLongDate,
  formatMeasured,
  formatRule,
  groupDigits,
  plural,
} from './internal/words.js';

const OUTCOME_LINE: Record<BallotOutcome, string> = {
  carried: 'CARRIED.',
  'not-carried': 'NOT CARRIED.',
  tied: 'TIED: no decision until the tie is settled.',
  inquorate: 'INQUORATE: the ballot decided nothing; this is not a defeat.',
};

const BASE_TEXT = {
  'yes-no': 'of the votes for or against (abstentions and spoilt ballots left out)',
  'votes-cast': 'of all returned ballots (abstentions and spoilt ballots count against)',
  eligible: 'of the whole electorate (not voting counts against)',
} as const;

const SHARE_TEXT = {
  'yes-no': 'votes for or against',
  'votes-cast': 'returned ballots',
  eligible: 'the electorate',
} as const;

const TIE_TEXT = {
  'not-carried': 'a tie is not carried',
  're-ballot': 'a tie is re-balloted',
  'chair-casting-vote': "a tie is settled by the chair's casting vote",
} as const;

const CHANGED_TEXT = {
  'last-counts': 'where a member changes its vote, the latest counts',
  'first-counts': 'where a member changes its vote, the earliest counts',
  'reject-all': 'where a member returns different choices, none of them counts',
} as const;

function choiceCounts(counts: BallotResult['counts']): string {
  return `${groupDigits(counts.yes)} yes, ${groupDigits(counts.no)} no, ${plural(counts.abstain, 'abstention')}, ${groupDigits(counts.spoilt)} spoilt`;
}

/**
 * Renders a ballot result as a committee paper prints it: the question, the electorate and
 * window, the counts, the yes share and turnout (to one decimal place, rounded half away from
 * zero by {@link formatPercent}; more decimals only where one would hide a difference from the
 * rule), the rule applied, the outcome, any conditions of the mandate, and the numbered reasons
 * with their sources. Display only: the decision was made on exact ratios.
 *
 * @param result - A result from {@link tallyBallot} (or read back with {@link BallotResultSchema}).
 * @returns Plain text, one item per line.
 * @throws {@link CoCommissioningError} `invalid_input` when the value is not a ballot result.
 *
 * @example
 * ```ts
 * import { formatBallotResult, tallyBallot } from 'co-commissioning';
 *
 * const ids = Array.from({ length: 107 }, (_, i) => `P${i + 1}`);
 * const result = tallyBallot(
 *   {
 *     id: 'cp-2015', question: 'Apply for delegated commissioning?',
 *     opens: '2015-09-01', closes: '2015-09-30',
 *     electorate: ids.map((memberId) => ({ memberId })),
 *     rules: {
 *       weighting: { kind: 'per-member' },
 *       threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'yes-no' },
 *       tie: 'not-carried',
 *     },
 *   },
 *   ids.slice(0, 83).map((memberId, i) => ({ memberId, choice: i < 52 ? 'yes' : 'no', castOn: '2015-09-15' })),
 * );
 * formatBallotResult(result).split('\n')[3];
 * //=> 'Yes share: 62.7% of votes for or against (52 of 83).'
 * ```
 * @category Ballots
 */
export function formatBallotResult(result: BallotResult): string {
  const checked = parseWith(BallotResultSchema, result);
  const { rules, counts, weights } = checked;
  const weighted = rules.weighting.kind === 'list-size';
  const lines: string[] = [];
  lines.push(`Question: ${checked.question}`);

  const electorate = checked.constituency === null ? '' : ` of ${checked.constituency}`;
  const unit =
    rules.weighting.kind === 'per-member'
      ? 'one vote each'
      : `one vote per ${groupDigits(rules.weighting.patientsPerVote)} patients, ${plural(weights.eligible, 'vote')} in all`;
  const conducted = checked.conductedBy === null ? '' : `; conducted by ${checked.conductedBy}`;
  lines.push(
    `Electorate: ${plural(counts.eligible, 'member practice')}${electorate}, ${unit}; voting from ${formatLongDate(checked.opens)} to ${formatLongDate(checked.closes)}${conducted}.`,
  );

  const quorumRule = rules.quorum?.turnout;
  const turnout = formatMeasured(checked.turnout, quorumRule);
  const byWeight = weighted
    ? ` By weight: ${choiceCounts(weights)}; practices holding ${groupDigits(weights.cast)} of ${plural(weights.eligible, 'vote')} returned a ballot.`
    : '';
  const rejected =
    checked.rejectedVotes.length === 0
      ? 'No votes were rejected.'
      : `${plural(checked.rejectedVotes.length, 'vote')} ${checked.rejectedVotes.length === 1 ? 'was' : 'were'} rejected (see the reasons).`;
  lines.push(
    `Votes: ${choiceCounts(counts)}; ${groupDigits(counts.cast)} of ${groupDigits(counts.eligible)} practices voted (turnout ${turnout}).${byWeight} ${rejected}`,
  );

  const threshold = rules.threshold;
  const base = SHARE_TEXT[threshold.base];
  const yesShare = checked.yesShare;
  lines.push(
    baseWeight(weights, threshold.base) === 0
      ? `Yes share: none (no ${base} to count).`
      : `Yes share: ${formatMeasured(yesShare, threshold.ratio)} of ${base} (${groupDigits(yesShare.numerator)} of ${groupDigits(yesShare.denominator)}${weighted ? ' votes' : ''}).`,
  );

  const comparator = threshold.comparator === '>' ? 'more than' : 'at least';
  const quorum =
    rules.quorum === undefined
      ? 'no turnout quorum'
      : `a turnout of ${rules.quorum.comparator === '>' ? 'more than' : 'at least'} ${formatRule(rules.quorum.turnout)} is needed`;
  const source =
    rules.source === undefined
      ? ''
      : ` Source of the rules: ${formatCitation(rules.source as Citation)}.`;
  lines.push(
    `Rule applied: carried when yes is ${comparator} ${formatRule(threshold.ratio)} ${BASE_TEXT[threshold.base]}; ${quorum}; ${TIE_TEXT[rules.tie]}; ${CHANGED_TEXT[rules.changedVotes]}.${source}`,
  );

  lines.push(`Outcome: ${OUTCOME_LINE[checked.outcome]}`);
  if (checked.conditions.length > 0) {
    const conditions = checked.conditions.join('; ');
    lines.push(
      checked.outcome === 'carried'
        ? `Conditional mandate: the mandate is subject to ${conditions}.`
        : `Conditions that a mandate would have carried: subject to ${conditions}.`,
    );
  }
  lines.push('Reasons:');
  checked.reasons.forEach((reason, index) => {
    const sources = reason.sources.map(formatCitation).join('; ');
    const remedy = reason.remedy === undefined ? '' : ` Remedy: ${reason.remedy}`;
    lines.push(`${index + 1}. ${reason.message}${remedy} [${sources}]`);
  });
  return lines.join('\n');
}
