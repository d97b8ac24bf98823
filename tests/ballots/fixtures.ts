import type { Ballot, BallotRules, Ratio, Vote, VoteChoice } from 'co-commissioning';

// Builders for ballot fixtures. Practice IDs are placeholders; the figures are the sources'.

export const HALF: Ratio = { numerator: 1, denominator: 2 };
export const THREE_QUARTERS: Ratio = { numerator: 3, denominator: 4 };

/** A simple majority of votes for or against, no quorum, ties not carried. */
export const SIMPLE_MAJORITY: BallotRules = {
  weighting: { kind: 'per-member' },
  threshold: { ratio: HALF, comparator: '>', base: 'yes-no' },
  tie: 'not-carried',
};

export function memberIds(prefix: string, count: number): string[] {
  return Array.from(
    { length: count },
    (_, index) => `${prefix}${String(index + 1).padStart(3, '0')}`,
  );
}

export interface Tallies {
  readonly yes?: number;
  readonly no?: number;
  readonly abstain?: number;
  readonly spoilt?: number;
}

/** Votes from the first members in order: yes, then no, then abstain, then spoilt. */
export function votesFrom(ids: readonly string[], tallies: Tallies, castOn = '2015-09-15'): Vote[] {
  const choices: VoteChoice[] = [
    ...Array<VoteChoice>(tallies.yes ?? 0).fill('yes'),
    ...Array<VoteChoice>(tallies.no ?? 0).fill('no'),
    ...Array<VoteChoice>(tallies.abstain ?? 0).fill('abstain'),
    ...Array<VoteChoice>(tallies.spoilt ?? 0).fill('spoilt'),
  ];
  if (choices.length > ids.length) throw new Error('More votes than members');
  return choices.map((choice, index) => ({ memberId: ids[index] as string, choice, castOn }));
}

export interface Scenario {
  readonly ballot: Ballot;
  readonly votes: Vote[];
  readonly ids: string[];
}

/** A one-vote-per-practice ballot with `eligible` members and the given votes. */
export function scenario(
  eligible: number,
  tallies: Tallies,
  rules: BallotRules = SIMPLE_MAJORITY,
  extra: Partial<Ballot> = {},
): Scenario {
  const ids = memberIds(extra.id ?? 'P', eligible);
  const ballot: Ballot = {
    id: 'ballot',
    question: 'Should the CCG apply for delegated commissioning?',
    opens: '2015-09-01',
    closes: '2015-09-30',
    electorate: ids.map((memberId) => ({ memberId })),
    rules,
    ...extra,
  };
  return { ballot, votes: votesFrom(ids, tallies), ids };
}

/** The rules with some parts replaced. */
export function withRules(overrides: Partial<BallotRules>, base: BallotRules = SIMPLE_MAJORITY) {
  return { ...base, ...overrides } as BallotRules;
}
