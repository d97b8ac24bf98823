import type { BallotResult } from '../BallotResult.js';

// The ballot results the library counted and deeply froze itself (by tallyBallot and its
// siblings). Recognised by identity, so a result from anywhere else (a copy, one read back from
// JSON) is validated before it is recorded. A WeakSet keeps no result alive and cannot be read
// from outside.
const TALLIED = new WeakSet<object>();

/** Records a result the library has just counted and deeply frozen; returns it. */
export function markTallied(result: BallotResult): BallotResult {
  TALLIED.add(result);
  return result;
}

/** Whether a value is a ballot result the library counted and froze. */
export function isTalliedResult(value: unknown): value is BallotResult {
  return typeof value === 'object' && value !== null && TALLIED.has(value);
}
