import type { Committee } from '../Committee.js';
import { type MemberTally, tallyMembers } from './memberTally.js';

// The committees this module has validated and deeply frozen itself (by parseCommittee), each
// with the tally of its members that the rules read, counted once as part of parsing (the
// committee is deeply frozen, so its tally cannot go stale). A committee is recognised by
// identity, so one from anywhere else, however it is typed, is validated before any check
// trusts it. A WeakMap keeps no committee alive and cannot be read from outside.
const PARSED = new WeakMap<object, MemberTally>();

/** Records a committee the library has just validated and deeply frozen; returns it. */
export function markParsed(committee: Committee): Committee {
  PARSED.set(committee, tallyMembers(committee));
  return committee;
}

/** Whether a value is a committee the library validated and froze (by `parseCommittee`). */
export function isParsedCommittee(value: unknown): value is Committee {
  return typeof value === 'object' && value !== null && PARSED.has(value);
}

/** The tally of a committee the library validated and froze, or undefined for any other value. */
export function parsedTally(value: unknown): MemberTally | undefined {
  return typeof value === 'object' && value !== null ? PARSED.get(value) : undefined;
}
