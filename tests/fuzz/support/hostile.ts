// Inputs that forms and spreadsheets produce: anything at all, JSON of any shape, records with
// one field wrong, unicode in every form, and keys that reach for an object's prototype.
import * as fc from 'fast-check';
import { type Args, copy, isPlainObject } from './samples.js';

/** Keys that reach for an object's prototype, or shadow its methods. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
] as const;

/** Text that tends to break string handling: combining marks, bidi controls, surrogates, NUL. */
export const AWKWARD_TEXT = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  'e\u0301',
  '\u202Eevil\u202C',
  '\u200B',
  '\uFEFFid',
  '\uD800',
  '\uDC00x',
  '👩‍⚕️',
  '🏥🏥🏥',
  'Zoë Ödegaard-Łukasz',
  'ﬁ',
  'İ',
  'ß',
  'Ω',
  '日本語',
  'مرحبا',
  '"quoted"',
  "it's",
  '\\',
  '<script>',
  '$' + '{x}',
  '%s',
  'x'.repeat(5000),
] as const;

/** Text that looks like a date but is not one (or is one written differently). */
export const DATE_LIKE = [
  '2016-02-30',
  '2015-02-29',
  '2016-13-01',
  '2016-00-10',
  '2016-4-1',
  '16-04-01',
  '2016/04/01',
  '01/04/2016',
  '2016-04-01T00:00:00Z',
  '2016-04-01 ',
  ' 2016-04-01',
  '２０１６-０４-０１',
  '+02016-04-01',
  '-0001-04-01',
  '9999-12-31',
  '0000-01-01',
  '10000-01-01',
] as const;

/** Numbers at the edges: signed zero, fractions, non-finite, beyond safe integers. */
export const EDGE_NUMBERS = [
  0,
  -0,
  -1,
  0.5,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e21,
  2 ** 31,
  2 ** 53,
] as const;

/** Object keys, including the prototype-reaching ones and awkward text. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom(...AWKWARD_TEXT.slice(0, 20)) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);

/** Anything at all: fast-check's `anything` with every option on, and prototype keys. */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  key: hostileKey,
  maxDepth: 3,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** Any JSON value, as a form or spreadsheet export would give. */
export const jsonValue: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

/** A value to put where a well-formed one was. */
export function replacementValue(pool: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...pool) },
    { weight: 2, arbitrary: fc.constantFrom(undefined, null, true, false, [], {}) },
    { weight: 2, arbitrary: fc.constantFrom(...EDGE_NUMBERS) },
    { weight: 2, arbitrary: fc.constantFrom(...AWKWARD_TEXT, ...PROTOTYPE_KEYS) },
    { weight: 2, arbitrary: fc.constantFrom(...DATE_LIKE) },
    { weight: 1, arbitrary: fc.integer({ min: -10, max: 100_000 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 1, arbitrary: jsonValue },
    { weight: 1, arbitrary: anyValue },
  );
}

/** Where a value sits inside the arguments: list indexes and property names. */
export type Path = readonly (string | number)[];

/** Every path inside a value (the value itself first), objects and arrays only. */
export function pathsOf(value: unknown, limit = 4000): Path[] {
  const paths: Path[] = [];
  const walk = (item: unknown, path: Path) => {
    if (paths.length >= limit) return;
    paths.push(path);
    if (Array.isArray(item)) {
      item.forEach((child, index) => {
        walk(child, [...path, index]);
      });
    } else if (isPlainObject(item))
      for (const key of Object.keys(item))
        walk((item as Record<string, unknown>)[key], [...path, key]);
  };
  walk(value, []);
  return paths;
}

/** Every primitive inside a value (deduplicated), to swap one field for another's value. */
export function leavesOf(value: unknown): unknown[] {
  const leaves = new Set<unknown>();
  const walk = (item: unknown) => {
    if (Array.isArray(item)) item.forEach(walk);
    else if (isPlainObject(item)) Object.values(item).forEach(walk);
    else if (typeof item !== 'function' && (typeof item !== 'object' || item === null))
      leaves.add(item);
  };
  walk(value);
  return [...leaves];
}

function get(root: unknown, path: Path): unknown {
  let item = root;
  for (const key of path) item = (item as Record<string | number, unknown>)[key];
  return item;
}

function define(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** One way of getting one field wrong. */
export type Mutation =
  | { readonly kind: 'replace'; readonly value: unknown }
  | { readonly kind: 'remove' }
  | { readonly kind: 'add-key'; readonly key: string; readonly value: unknown }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'rename-everywhere'; readonly to: string };

export function mutationArbitrary(pool: readonly unknown[]): fc.Arbitrary<Mutation> {
  const value = replacementValue(pool);
  return fc.oneof(
    {
      weight: 8,
      arbitrary: value.map((replacement) => ({ kind: 'replace', value: replacement }) as const),
    },
    { weight: 2, arbitrary: fc.constant({ kind: 'remove' } as const) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(hostileKey, value)
        .map(([key, added]) => ({ kind: 'add-key', key, value: added }) as const),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'duplicate' } as const) },
    { weight: 1, arbitrary: fc.constant({ kind: 'empty' } as const) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...PROTOTYPE_KEYS, ...AWKWARD_TEXT.slice(0, 20))
        .map((to) => ({ kind: 'rename-everywhere', to }) as const),
    },
  );
}

function renameEverywhere(value: unknown, from: string, to: string): unknown {
  if (value === from) return to;
  if (Array.isArray(value)) return value.map((item) => renameEverywhere(item, from, to));
  if (isPlainObject(value)) {
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(value))
      define(result, key, renameEverywhere((value as Record<string, unknown>)[key], from, to));
    return result;
  }
  return value;
}

/** A fresh copy of the arguments with one mutation applied at one path. */
export function mutate(args: Args, path: Path, mutation: Mutation): unknown[] {
  const root = copy(args) as unknown[];
  if (mutation.kind === 'rename-everywhere') {
    const target = get(root, path);
    return typeof target === 'string'
      ? (renameEverywhere(root, target, mutation.to) as unknown[])
      : root;
  }
  const target = get(root, path);
  if (mutation.kind === 'add-key') {
    if (isPlainObject(target)) define(target, mutation.key, mutation.value);
    else if (Array.isArray(target)) target.push(mutation.value);
    return root;
  }
  if (mutation.kind === 'empty') {
    if (Array.isArray(target)) target.length = 0;
    else if (isPlainObject(target))
      for (const key of Object.keys(target)) delete (target as Record<string, unknown>)[key];
    else if (typeof target === 'string' && path.length > 0) {
      define(get(root, path.slice(0, -1)) as object, path.at(-1) as string | number, '');
    }
    return root;
  }
  if (path.length === 0) return root;
  const parent = get(root, path.slice(0, -1)) as Record<string | number, unknown> | unknown[];
  const key = path.at(-1) as string | number;
  if (mutation.kind === 'replace') define(parent, key, mutation.value);
  else if (mutation.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (Array.isArray(parent)) parent.splice(key as number, 0, copy(parent[key as number]));
  else define(parent, key, [parent[key], copy(parent[key])]);
  return root;
}

/** Near-valid arguments: a sample with one to three fields wrong. */
export function nearValidArbitrary(samples: readonly Args[]): fc.Arbitrary<unknown[]> {
  const pool = leavesOf(samples).slice(0, 400);
  const paths = samples.map((args) => pathsOf(args));
  return fc
    .tuple(
      fc.nat({ max: samples.length - 1 }),
      fc.array(fc.tuple(fc.nat(), mutationArbitrary(pool.length > 0 ? pool : [0])), {
        minLength: 1,
        maxLength: 3,
      }),
    )
    .map(([which, mutations]) => {
      let args: unknown[] = copy(samples[which] as Args) as unknown[];
      for (const [pick, mutation] of mutations) {
        const candidates = mutations.length === 1 ? (paths[which] as Path[]) : pathsOf(args);
        // Path 0 is the argument list itself: start from the arguments.
        const choices = candidates.length > 1 ? candidates.slice(1) : candidates;
        args = mutate(args, choices[pick % choices.length] as Path, mutation);
      }
      return args;
    });
}

/** Arguments of any shape for an entry point reading up to `arity` arguments. */
export function anyArgs(arity: number, value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> {
  return fc.array(value, { minLength: 0, maxLength: Math.max(arity, 1) + 1 });
}
