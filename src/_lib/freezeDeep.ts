/**
 * Freezes a value the library built, and everything reachable from it. Only ever called on new
 * objects (results, parsed copies, constants), never on a caller's input.
 */
export function freezeDeep<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) {
    freezeDeep((value as Record<string, unknown>)[key]);
  }
  return value;
}
