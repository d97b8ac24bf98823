// Worked example: the Cambridgeshire & Peterborough CCG member-practice ballot of September 2015
// on applying for delegated commissioning (seed 002_4254f9e60152174f.txt §4.2-§4.4), counted
// through the public API and printed as a committee paper would print it.
//
// What the source gives: 52 'yes' and 31 'no' votes from the 83 practices that voted, "a majority
// of 62.7% of practices (based on a turnout of 77.6%)", and the recommendation's condition
// "subject to final assurance on the budgets and resources". What it does not give, and how this
// example fills it (DOMAIN.md SEED-BALLOT and E1):
// - the electorate: 107 practices, the size consistent with 77.6% (83/107 = 77.57%) and with the
//   CCG's 108 member practices in 2013/14;
// - the window: "In September 2015", taken as 1 to 30 September 2015;
// - the counting rule: a simple majority of the practices voting for or against, with no quorum;
// - which practice voted which way: practice IDs here are placeholders.

import { type Ballot, formatBallotResult, tallyBallot, type Vote } from '../../src/index.js';

const ELIGIBLE = 107;
const YES = 52;
const NO = 31;

const practiceIds = Array.from(
  { length: ELIGIBLE },
  (_, index) => `CP${String(index + 1).padStart(3, '0')}`,
);

/** The ballot as the CCG put it to its member practices (seed 002 §4.2). */
export const cambridgeshireBallot: Ballot = {
  id: 'cambridgeshire-peterborough-2015-delegation',
  question:
    'That the CCG submits an application on 6th November 2015 to take on delegated commissioning of primary medical services from April 2016, subject to final assurance on the budgets and resources.',
  constituency: 'Cambridgeshire and Peterborough CCG',
  opens: '2015-09-01',
  closes: '2015-09-30',
  electorate: practiceIds.map((memberId) => ({ memberId })),
  rules: {
    weighting: { kind: 'per-member' },
    threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'yes-no' },
    tie: 'not-carried',
    source: { document: '002_4254f9e60152174f.txt', section: '§4.3-§4.4' },
  },
  conditions: ['final assurance on the budgets and resources'],
};

/** 52 yes and 31 no from 83 of the 107 practices (seed 002 §4.3). */
export const cambridgeshireVotes: readonly Vote[] = practiceIds
  .slice(0, YES + NO)
  .map((memberId, index) => ({
    memberId,
    choice: index < YES ? 'yes' : 'no',
    castOn: '2015-09-15',
  }));

/**
 * Counts the Cambridgeshire & Peterborough ballot and returns the committee paper's text:
 * the question, the electorate, the counts, the yes share and turnout to one decimal place,
 * the rule applied, the outcome, the conditional mandate and the reasons with their sources.
 *
 * @returns The report, one item per line.
 */
export function cambridgeshireBallotReport(): string {
  const result = tallyBallot(cambridgeshireBallot, cambridgeshireVotes);
  return [
    'Member practice ballot on delegated commissioning, September 2015',
    'Cambridgeshire and Peterborough CCG (report to the Health and Wellbeing Board, seed 002 §4)',
    '',
    formatBallotResult(result),
    '',
    'Note: the paper reports "a majority of 62.7% of practices (based on a turnout of 77.6%)"; the electorate of 107 practices and the September window are inferred (DOMAIN.md SEED-BALLOT, E1).',
  ].join('\n');
}
