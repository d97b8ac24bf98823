/**
 * Internal: deep-freezes a value the library itself built (never a caller's object), descending
 * into objects that are already frozen in case their children are not.
 */
export function deepFreezeOwn<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    for (const key of Object.keys(value))
      deepFreezeOwn((value as Record<string, unknown>)[key], seen);
    Object.freeze(value);
  }
  return value;
}
