/**
 * A deep copy of plain data (objects, arrays and primitives, as validated input and JSON are),
 * so the library never keeps or freezes a caller's objects. Own enumerable string keys only.
 */
export function clonePlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clonePlain) as T;
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value))
      copy[key] = clonePlain((value as Record<string, unknown>)[key]);
    return copy as T;
  }
  return value;
}
