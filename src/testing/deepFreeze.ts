import { invalidInput } from './internal/fail.js';
/**
 * Freezes a value and everything reachable from it, so any attempt to change it throws in
 * strict mode. Use it on fixtures to prove a function does not mutate its arguments.
 *
 * @param value - Any value; objects and arrays are frozen in place, cycles are handled.
 * @returns The same value, now deeply frozen.
 * @throws `CoCommissioningError` `invalid_input` for a value holding a typed array with values,
 * which JavaScript cannot freeze (nothing is frozen then).
 *
 * @example
 * ```ts
 * import { deepFreeze } from 'co-commissioning/testing';
 *
 * const ballot = deepFreeze({ electorate: [{ memberId: 'P1' }] });
 * Object.isFrozen(ballot.electorate[0]); //=> true
 * ```
 * @category Testing
 */
export function deepFreeze<T>(value: T): T {
  // Everything reachable is found first, so a value that cannot be frozen is refused before any
  // part of it is changed.
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if ((typeof current !== 'object' && typeof current !== 'function') || current === null)
      continue;
    if (seen.has(current)) continue;
    if (ArrayBuffer.isView(current) && current.byteLength > 0)
      invalidInput(
        'deepFreeze cannot freeze a typed array (such as a Uint8Array) that holds values: JavaScript does not allow it.',
        [],
        'plain data',
        current,
      );
    seen.add(current);
    for (const key of Reflect.ownKeys(current)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(current, key);
      if (descriptor !== undefined && 'value' in descriptor) stack.push(descriptor.value);
    }
  }
  for (const object of seen) Object.freeze(object);
  return value;
}

/**
 * Tells whether a value and everything reachable from it is frozen: use it to prove that a
 * returned state or result cannot be changed by its receiver.
 *
 * @param value - Any value; primitives count as frozen.
 * @returns `true` when no reachable object or array can be changed.
 *
 * @example
 * ```ts
 * import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
 *
 * isDeepFrozen(deepFreeze({ a: [1, { b: 2 }] })); //=> true
 * isDeepFrozen({ a: Object.freeze([1]) }); //=> false
 * ```
 * @category Testing
 */
export function isDeepFrozen(value: unknown): boolean {
  const seen = new WeakSet<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if ((typeof current !== 'object' && typeof current !== 'function') || current === null)
      continue;
    if (seen.has(current)) continue;
    seen.add(current);
    if (!Object.isFrozen(current)) return false;
    for (const key of Reflect.ownKeys(current)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(current, key);
      if (descriptor !== undefined && 'value' in descriptor) stack.push(descriptor.value);
    }
  }
  return true;
}
