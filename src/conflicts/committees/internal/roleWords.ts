import type { MemberRole } from '../../../organisations/MemberRole.js';

/** Each role in words, with its article, for messages ("is a CCG GP, not a lay member"). */
export const ROLE_WORDS: Readonly<Record<MemberRole, string>> = Object.freeze({
  lay: 'a lay member',
  executive: 'an executive (a CCG officer)',
  'ccg-gp': 'a CCG GP',
  'other-area-gp': 'a GP from another CCG area',
  'secondary-care-doctor': 'a secondary care doctor',
  nurse: 'a nurse',
  'practice-manager': 'a practice manager',
  lmc: 'an LMC representative',
  healthwatch: 'a Healthwatch representative',
  'health-and-wellbeing-board': 'a Health and Wellbeing Board representative',
  'local-authority': 'a local authority representative',
  'nhs-england': 'an NHS England representative',
});

/** Each role as a plural noun, for counts ("3 lay members"). */
export const ROLE_PLURALS: Readonly<Record<MemberRole, string>> = Object.freeze({
  lay: 'lay members',
  executive: 'executives',
  'ccg-gp': 'CCG GPs',
  'other-area-gp': 'GPs from other CCG areas',
  'secondary-care-doctor': 'secondary care doctors',
  nurse: 'nurses',
  'practice-manager': 'practice managers',
  lmc: 'LMC representatives',
  healthwatch: 'Healthwatch representatives',
  'health-and-wellbeing-board': 'Health and Wellbeing Board representatives',
  'local-authority': 'local authority representatives',
  'nhs-england': 'NHS England representatives',
});

/** Joins words as a list a person would write: "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * A count as a share of another, as a percentage with one decimal place, rounded half up: the
 * same text as `formatPercent(ratio(part, whole), 1)` for member counts, without its BigInt
 * arithmetic or allocation, for the hot path of `checkCommittee`. `part` and `whole` are whole
 * numbers with 0 ≤ part and 0 < whole, small enough that part × 2000 is exact.
 */
export function percentWords(part: number, whole: number): string {
  const tenths = Math.floor((part * 2000 + whole) / (2 * whole));
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`;
}
