import { isPlainObject } from './samples.js';

/** A copy with the keys of every object in an order drawn from `seed` (lists keep theirs). */
export function shuffleKeys(value: unknown, seed: number): unknown {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const walk = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(walk);
    if (!isPlainObject(item)) return item;
    const keys = Object.keys(item);
    for (let index = keys.length - 1; index > 0; index -= 1) {
      const other = Math.floor(next() * (index + 1));
      [keys[index], keys[other]] = [keys[other] as string, keys[index] as string];
    }
    const result: Record<string, unknown> = {};
    for (const key of keys) {
      Object.defineProperty(result, key, {
        value: walk((item as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return result;
  };
  return walk(value);
}
