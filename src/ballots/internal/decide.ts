import { compareFractions } from '../../_lib/ratioMath.js';
import type { BallotOutcome } from '../BallotResult.js';
import type { BallotQuorum, BallotRules, BallotThreshold } from '../BallotRules.js';

/** Weight totals by choice: the only input an outcome depends on. */
export interface WeightTotals {
  readonly eligible: number;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly spoilt: number;
}

/** What the outcome rules found, before any words. */
export interface OutcomeFacts {
  readonly outcome: BallotOutcome;
  /** `null` when no quorum applies. */
  readonly quorate: boolean | null;
  /** The threshold's base total. */
  readonly base: number;
  /** yes/base against the threshold: -1, 0, 1, or `null` when the base is empty. */
  readonly comparison: -1 | 0 | 1 | null;
  /** A yes share exactly at a strict threshold (only when quorate). */
  readonly tie: boolean;
}

/** The returned ballots' weight. */
export function castWeight(totals: WeightTotals): number {
  return totals.yes + totals.no + totals.abstain + totals.spoilt;
}

/** The weight the yes weight is divided by. */
export function baseWeight(totals: WeightTotals, base: BallotThreshold['base']): number {
  if (base === 'yes-no') return totals.yes + totals.no;
  if (base === 'votes-cast') return castWeight(totals);
  return totals.eligible;
}

/** Whether turnout meets the quorum, exactly. */
export function meetsQuorum(totals: WeightTotals, quorum: BallotQuorum): boolean {
  const comparison = compareFractions(
    castWeight(totals),
    totals.eligible,
    quorum.turnout.numerator,
    quorum.turnout.denominator,
  );
  return quorum.comparator === '>' ? comparison > 0 : comparison >= 0;
}

/**
 * Decides the outcome from weight totals: quorum first (inquorate is its own outcome), then the
 * threshold by cross-multiplication, then the tie rule for a share exactly at a strict
 * threshold. An empty base never carries.
 */
export function decideOutcome(
  totals: WeightTotals,
  rules: BallotRules,
  castingVote: 'yes' | 'no' | undefined,
): OutcomeFacts {
  const threshold = rules.threshold;
  const base = baseWeight(totals, threshold.base);
  const comparison =
    base === 0
      ? null
      : compareFractions(totals.yes, base, threshold.ratio.numerator, threshold.ratio.denominator);
  const quorate = rules.quorum === undefined ? null : meetsQuorum(totals, rules.quorum);
  if (quorate === false) return { outcome: 'inquorate', quorate, base, comparison, tie: false };
  if (comparison === null) return { outcome: 'not-carried', quorate, base, comparison, tie: false };
  if (comparison > 0 || (comparison === 0 && threshold.comparator === '>=')) {
    return { outcome: 'carried', quorate, base, comparison, tie: false };
  }
  if (comparison < 0) return { outcome: 'not-carried', quorate, base, comparison, tie: false };
  let outcome: BallotOutcome = 'tied';
  if (rules.tie === 'not-carried') outcome = 'not-carried';
  else if (rules.tie === 'chair-casting-vote' && castingVote !== undefined) {
    outcome = castingVote === 'yes' ? 'carried' : 'not-carried';
  }
  return { outcome, quorate, base, comparison, tie: true };
}

/** The least extra returned weight that meets the quorum, or null when none can. */
export function weightToQuorum(
  cast: number,
  eligible: number,
  quorum: BallotQuorum,
): number | null {
  const numerator = BigInt(quorum.turnout.numerator) * BigInt(eligible);
  const denominator = BigInt(quorum.turnout.denominator);
  let needed = numerator / denominator;
  const exact = needed * denominator === numerator;
  if (quorum.comparator === '>' || !exact) needed += 1n;
  if (needed > BigInt(eligible)) return null;
  const extra = Number(needed) - cast;
  return extra > 0 ? extra : 0;
}
