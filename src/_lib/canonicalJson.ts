/** JSON with object keys sorted at every depth: the same value always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalCopy(value));
}

/**
 * A deep copy of plain data with the keys of every object in sorted order, so that data read
 * from a caller keeps no trace of the order its keys were written in. Keys such as `__proto__`
 * are copied as ordinary own keys, never as a prototype.
 */
export function canonicalCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(canonicalCopy) as T;
  if (typeof value === 'object' && value !== null) {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      Object.defineProperty(sorted, key, {
        value: canonicalCopy((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return sorted as T;
  }
  return value;
}
