// deepFreeze is how a test proves the library never mutates its arguments, and isDeepFrozen is
// how it proves a result cannot be changed by its receiver: a value half frozen, or reported
// frozen when it is not, would let a mutation through unnoticed. This pins both over the shapes
// real data takes (nested records and lists, cycles, functions, symbol and hidden keys, getters,
// values already frozen, typed arrays and buffers), and the coded error for a typed array that
// holds values, which JavaScript cannot freeze: refused before anything is frozen.
import { isCoCommissioningError } from 'co-commissioning';
import { buildCommittee, deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

describe('deepFreeze', () => {
  it('returns its argument, frozen at every depth', () => {
    const committee = structuredClone(buildCommittee());
    const frozen = deepFreeze(committee);
    expect(frozen).toBe(committee);
    expect(Object.isFrozen(committee)).toBe(true);
    expect(Object.isFrozen(committee.members)).toBe(true);
    expect(committee.members.every((member) => Object.isFrozen(member))).toBe(true);
    expect(Object.isFrozen(committee.quorum?.rule)).toBe(true);
    expect(isDeepFrozen(committee)).toBe(true);
  });

  it('returns a primitive as it is', () => {
    for (const value of [42, 'pccc', true, null, undefined, 10n]) {
      expect(deepFreeze(value)).toBe(value);
    }
  });

  it('freezes functions and what hangs from them', () => {
    const check = Object.assign(() => true, { meta: { id: 'LOCAL-PUBLISHED' } });
    const rule = deepFreeze({ id: 'LOCAL-PUBLISHED', check });
    expect(Object.isFrozen(rule.check)).toBe(true);
    expect(Object.isFrozen(rule.check.meta)).toBe(true);
    const bare = deepFreeze(() => 'remedy');
    expect(Object.isFrozen(bare)).toBe(true);
  });

  it('freezes each object of a cycle once, and the lists inside it', () => {
    const chair: { id: string; committee?: unknown } = { id: 'p-hughes' };
    const committee = { id: 'pccc', members: [chair], chair };
    chair.committee = committee;
    deepFreeze(committee);
    expect([committee, committee.members, chair].map((part) => Object.isFrozen(part))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('freezes what symbol keys and hidden keys hold', () => {
    const tag = Symbol('source');
    const value: Record<string | symbol, unknown> = { [tag]: { document: 'DOMAIN.md' } };
    Object.defineProperty(value, 'hidden', { value: { section: 'Part 2' }, enumerable: false });
    deepFreeze(value);
    expect(Object.isFrozen(value[tag])).toBe(true);
    expect(Object.isFrozen(value['hidden'])).toBe(true);
  });

  it('freezes an object with a getter without calling it', () => {
    let calls = 0;
    const value = {
      get total() {
        calls += 1;
        return { pence: 2000 };
      },
      list: [{ id: 'o-1' }],
    };
    deepFreeze(value);
    expect(calls).toBe(0);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.list[0])).toBe(true);
  });

  it('freezes what a frozen object holds', () => {
    const members = [{ personId: 'p-hughes' }];
    const shell = Object.freeze({ members });
    deepFreeze(shell);
    expect(Object.isFrozen(members)).toBe(true);
    expect(Object.isFrozen(members[0])).toBe(true);
  });

  it('freezes an empty typed array, a buffer, and a record with a byteLength field', () => {
    const value = deepFreeze({
      empty: new Uint8Array(0),
      buffer: new ArrayBuffer(8),
      file: { document: '002_4254f9e60152174f.txt', byteLength: 20_480 },
    });
    expect(Object.isFrozen(value.empty)).toBe(true);
    expect(Object.isFrozen(value.buffer)).toBe(true);
    expect(Object.isFrozen(value.file)).toBe(true);
  });

  it('refuses a typed array that holds values, and freezes nothing', () => {
    const list = [1, 2];
    const value = { list, bytes: new Uint8Array([1, 2, 3]) };
    let thrown: unknown;
    try {
      deepFreeze(value);
    } catch (error) {
      thrown = error;
    }
    expect(isCoCommissioningError(thrown)).toBe(true);
    expect((thrown as { issues: unknown }).issues).toEqual([
      {
        code: 'invalid_input',
        message:
          'deepFreeze cannot freeze a typed array (such as a Uint8Array) that holds values: JavaScript does not allow it.',
        path: [],
        expected: 'plain data',
        received: 'an object',
      },
    ]);
    expect(Object.isFrozen(value)).toBe(false);
    expect(Object.isFrozen(list)).toBe(false);
    expect(() => deepFreeze(new Float64Array([0.5]))).toThrow(
      'deepFreeze cannot freeze a typed array (such as a Uint8Array) that holds values',
    );
  });
});

describe('isDeepFrozen', () => {
  it('finds an unfrozen object, list or function at any depth', () => {
    expect(isDeepFrozen({})).toBe(false);
    expect(isDeepFrozen([])).toBe(false);
    expect(isDeepFrozen(Object.freeze({ members: Object.freeze([{ id: 'p-hughes' }]) }))).toBe(
      false,
    );
    expect(isDeepFrozen(Object.freeze({ check: () => true }))).toBe(false);
    expect(isDeepFrozen(() => true)).toBe(false);
    const tag = Symbol('source');
    expect(isDeepFrozen(Object.freeze({ [tag]: {} }))).toBe(false);
  });

  it('says true for what deepFreeze froze, and for primitives', () => {
    expect(isDeepFrozen(Object.freeze({ check: Object.freeze(() => true) }))).toBe(true);
    expect(isDeepFrozen(deepFreeze(structuredClone(buildCommittee())))).toBe(true);
    for (const value of [42, 'pccc', true, null, undefined]) expect(isDeepFrozen(value)).toBe(true);
  });

  it('reads a getter’s object as out of reach, and follows cycles', () => {
    const value = Object.freeze({
      get total() {
        return { pence: 2000 };
      },
    });
    expect(isDeepFrozen(value)).toBe(true);
    const node: { self?: unknown; list: unknown[] } = { list: [] };
    node.self = node;
    expect(isDeepFrozen(node)).toBe(false);
    expect(isDeepFrozen(deepFreeze(node))).toBe(true);
  });
});
