import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('deepFreeze', () => {
  it('freezes every reachable object and array', () => {
    const value = deepFreeze({ a: [1, { b: { c: 2 } }], d: new Map() });
    expect(Object.isFrozen(value.a)).toBe(true);
    expect(Object.isFrozen(value.a[1])).toBe(true);
    expect(isDeepFrozen(value)).toBe(true);
    expect(() => {
      (value.a as unknown[]).push(3);
    }).toThrow(TypeError);
  });

  it('handles cycles', () => {
    const node: { self?: unknown } = {};
    node.self = node;
    expect(isDeepFrozen(deepFreeze(node))).toBe(true);
  });

  it('makes anything deeply frozen', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(isDeepFrozen(deepFreeze(value))).toBe(true);
      }),
    );
  });
});

describe('isDeepFrozen', () => {
  it('finds an unfrozen object at any depth', () => {
    expect(isDeepFrozen(Object.freeze({ a: Object.freeze([{}]) }))).toBe(false);
    expect(isDeepFrozen(42)).toBe(true);
    expect(isDeepFrozen(null)).toBe(true);
  });
});
