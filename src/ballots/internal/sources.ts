import { domain, seed002, seed004 } from '../../_lib/cite.js';
import type { Citation } from '../../core/citation.js';

// The citations the ballot rules quote. Deeply frozen so results can share them.

const freezeAll = <T extends Citation>(citation: T): T => Object.freeze(citation);

/** No national rule fixes a ballot's method: every counting rule is the constitution's. */
export const NO_NATIONAL_RULE = freezeAll(domain('BALLOT-NO-NATIONAL-RULE', 'Part 2 §1.7 rule 51'));
/** One vote per practice, or weighted by list size. */
export const UNIT = freezeAll(domain('BALLOT-UNIT', 'Part 2 §1.7 rule 52'));
/** The weighted-vote rounding rule is not known from any source. */
export const ROUNDING_OPEN = freezeAll({ document: 'DOMAIN.md', section: 'Part 3 Q8' });
/** A minimum turnout (Surrey Downs: 75% of member practices must vote). */
export const QUORUM = freezeAll(domain('BALLOT-TURNOUT-QUORUM', 'Part 2 §1.7 rule 53'));
/** Whether a 75% rule is a turnout quorum or a yes share is open. */
export const QUORUM_OPEN = freezeAll({ document: 'DOMAIN.md', section: 'Part 3 Q13' });
/** Simple majority of votes cast; "required 50% to support". */
export const THRESHOLD = freezeAll(domain('BALLOT-THRESHOLD', 'Part 2 §1.7 rule 54'));
/** The majority's base and strictness are open. */
export const THRESHOLD_OPEN = freezeAll({ document: 'DOMAIN.md', section: 'Part 3 Q1' });
/** Abstentions and ties are not defined by any source. */
export const ABSTENTION_TIE_OPEN = freezeAll({ document: 'DOMAIN.md', section: 'Part 3 Q2' });
/** Binary ballots; abstention handling unspecified. */
export const OPTIONS = freezeAll(domain('BALLOT-OPTIONS', 'Part 2 §1.7 rule 56'));
/** Independent conduct and short ballot windows. */
export const ADMIN = freezeAll(domain('BALLOT-ADMIN', 'Part 2 §1.7 rule 57'));
/** Each CCG's membership must approve separately. */
export const CONCURRENCE = freezeAll(domain('BALLOT-MULTI-CCG-CONCURRENCE', 'Part 2 §1.7 rule 55'));
/** A chair's casting vote is usual in committee terms of reference but unverified. */
export const CASTING_VOTE = freezeAll(domain('PCCC-VOTING-MODEL-TOR', 'Part 2 §1.3 rule 24'));
/** The Cambridgeshire & Peterborough result: share of those voting, turnout of practices. */
export const CAMBRIDGESHIRE_RESULT = freezeAll(seed002('§4.3'));
/** GPC: the mandate should be a formal democratic vote of member GPs or practices. */
export const MANDATE = freezeAll(seed004('Key points for CCG member practices and LMCs'));
