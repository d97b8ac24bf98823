// Internal: the states this module built and deeply froze itself (createCommissioningState,
// transition, loadState, replayHistory). A state is recognised by identity, so any other value,
// however it is typed, is validated before a transition reads it. A WeakSet keeps no state alive
// and cannot be read from outside.
const TRUSTED = new WeakSet<object>();

/** Records a state the library has just built and deeply frozen; returns it. */
export function markState<T extends object>(state: T): T {
  TRUSTED.add(state);
  return state;
}

/** Whether the library built this very state. */
export function isTrustedState(value: unknown): boolean {
  return typeof value === 'object' && value !== null && TRUSTED.has(value);
}
