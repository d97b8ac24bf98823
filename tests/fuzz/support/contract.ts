// The contract every public call keeps, whatever it is given (issue #9): it returns a value or
// throws CoCommissioningError with coded issues (a safe door never throws), it changes neither
// its arguments nor any built-in prototype, and what it returns is deeply frozen and free of the
// marks of a silent wrong answer (NaN, "undefined", "[object Object]").
import { isDeepStrictEqual } from 'node:util';
import { CoCommissioningError, ISSUE_CODES, isCoCommissioningError } from 'co-commissioning';
import {
  isPolicyAssertionError,
  POLICY_ASSERTION_CODES,
  PolicyAssertionError,
} from 'co-commissioning/testing';
import { type Entry, entry as entryNamed } from './registry.js';

const CODES = new Set<string>(ISSUE_CODES);

/** A failed expectation, with what was called and with what, for fast-check to report. */
export class ContractError extends Error {
  override name = 'ContractError';
}

function fail(entry: Entry, args: readonly unknown[], what: string): never {
  throw new ContractError(`${entry.name}(${preview(args)}): ${what}`);
}

/** A short, never-throwing rendering of arguments for failure reports. */
export function preview(value: unknown): string {
  try {
    const seen = new WeakSet<object>();
    const text = JSON.stringify(value, (_key, item: unknown) => {
      if (typeof item === 'bigint') return `${item}n`;
      if (typeof item === 'function') return '[function]';
      if (typeof item === 'number' && !Number.isFinite(item)) return String(item);
      if (item === undefined) return '[undefined]';
      if (typeof item === 'object' && item !== null) {
        if (seen.has(item)) return '[cycle]';
        seen.add(item);
      }
      return item;
    });
    return text === undefined ? String(value) : text.length > 600 ? `${text.slice(0, 600)}…` : text;
  } catch {
    return '[unprintable]';
  }
}

// ---------------------------------------------------------------------------------------------
// Prototype pollution

const PROTOTYPES: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Map.prototype', Map.prototype],
  ['Set.prototype', Set.prototype],
];

function prototypeFingerprint(): string {
  return PROTOTYPES.map(
    ([name, prototype]) =>
      `${name}:${Reflect.ownKeys(prototype).map(String).join(',')}:${Object.isExtensible(prototype)}`,
  ).join('|');
}

const PRISTINE = prototypeFingerprint();

/** Fails when any built-in prototype gained, lost or froze a property. */
export function assertNoPollution(where: string): void {
  const probe: Record<string, unknown> = {};
  if (probe['polluted'] !== undefined || prototypeFingerprint() !== PRISTINE) {
    throw new ContractError(`${where}: a built-in prototype was changed (prototype pollution)`);
  }
}

// ---------------------------------------------------------------------------------------------
// Deeply frozen values cannot change: they are recognised once and then skipped by every walk.

const DEEP_FROZEN = new WeakSet<object>();
const IDENTITY = new WeakMap<object, number>();
let identities = 0;

function identity(item: object): number {
  let id = IDENTITY.get(item);
  if (id === undefined) {
    identities += 1;
    id = identities;
    IDENTITY.set(item, id);
  }
  return id;
}

/**
 * Whether a value is deeply frozen. With `remember`, every deeply frozen object met is kept in
 * DEEP_FROZEN so later walks skip it: only for arguments (samples are reused for thousands of
 * calls); results are new on every call, and remembering them would only fill memory.
 */
export function deeplyFrozen(value: unknown, remember = false, path = new Set<object>()): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return true;
  if (DEEP_FROZEN.has(value) || path.has(value)) return true;
  if (!Object.isFrozen(value)) return false;
  path.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (
      descriptor !== undefined &&
      'value' in descriptor &&
      !deeplyFrozen(descriptor.value, remember, path)
    )
      return false;
  }
  if (remember) {
    path.delete(value);
    DEEP_FROZEN.add(value);
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Argument snapshots: every reachable value, with the frozenness of every object

/** Plain data and the built-in containers that may hold it; not class instances or functions. */
function isData(item: object): boolean {
  if (typeof item === 'function') return false;
  const prototype = Object.getPrototypeOf(item);
  return (
    prototype === null ||
    prototype === Object.prototype ||
    Array.isArray(item) ||
    item instanceof Map ||
    item instanceof Set ||
    item instanceof Date ||
    ArrayBuffer.isView(item) ||
    item instanceof String ||
    item instanceof Number ||
    item instanceof Boolean
  );
}

/** A fingerprint of a value graph: contents and the frozen/extensible state of each object. */
export function fingerprint(value: unknown): string {
  const ids = new Map<object, number>();
  const parts: string[] = [];
  const walk = (item: unknown): void => {
    if (typeof item === 'bigint') return void parts.push(`${item}n`);
    if (typeof item === 'symbol') return void parts.push(item.toString());
    if (typeof item === 'number') return void parts.push(Object.is(item, -0) ? '-0' : String(item));
    if (typeof item !== 'object' && typeof item !== 'function') {
      return void parts.push(`${typeof item}:${String(item)}`);
    }
    if (item === null) return void parts.push('null');
    // A class instance the library takes as an argument (a fast-check arbitrary, a zod schema)
    // is the caller's tool, not data: its identity is what matters.
    if (!isData(item)) return void parts.push(`<${identity(item)}>`);
    // A deeply frozen object cannot have changed: its identity is enough.
    if (DEEP_FROZEN.has(item)) return void parts.push(`#${identity(item)}`);
    const known = ids.get(item);
    if (known !== undefined) return void parts.push(`@${known}`);
    ids.set(item, ids.size);
    parts.push(
      `{${Object.isFrozen(item) ? 'F' : Object.isSealed(item) ? 'S' : Object.isExtensible(item) ? 'E' : 'N'}`,
    );
    if (item instanceof Map) {
      for (const [key, entryValue] of item) {
        walk(key);
        walk(entryValue);
      }
    } else if (item instanceof Set) {
      for (const member of item) walk(member);
    } else if (item instanceof Date) {
      parts.push(String(item.getTime()));
    } else if (ArrayBuffer.isView(item)) {
      parts.push(Array.from(new Uint8Array(item.buffer, item.byteOffset, item.byteLength)).join());
    }
    for (const key of Reflect.ownKeys(item)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(item, key);
      parts.push(String(key));
      if (descriptor === undefined) continue;
      if ('value' in descriptor) walk(descriptor.value);
      else parts.push('[accessor]');
    }
    parts.push('}');
  };
  walk(value);
  return parts.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Results

// Words that betray a value rendered by accident. describeValue's own wording is allowed.
const ALLOWED_PHRASES = /nothing \(undefined\)|NaN \(not a number\)|-?Infinity/g;
const BAD_WORDS = /\bundefined\b|\bNaN\b|\[object [A-Za-z]+\]|\bfunction\s*\(|=>/;

function garbled(text: string): boolean {
  return BAD_WORDS.test(text.replace(ALLOWED_PHRASES, ''));
}

// Deeply frozen objects already found free of garbled text and non-finite numbers.
const CLEAN = new WeakSet<object>();

/** Which marks of a silent wrong answer to look for: those the input does not carry itself. */
interface Strictness {
  /** Look for garbled text ("undefined", "[object Object]", ...). */
  readonly words: boolean;
  /** Look for NaN and infinite numbers. */
  readonly numbers: boolean;
}

/**
 * The first sign of a silent wrong answer in a value: a non-finite number or garbled text in a
 * string or a key. Undefined when there is none.
 */
function flaw(value: unknown, strict: Strictness, seen = new Set<object>()): string | undefined {
  if (typeof value === 'number')
    return strict.numbers && !Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'string') return strict.words && garbled(value) ? value : undefined;
  if (typeof value !== 'object' || value === null || seen.has(value) || CLEAN.has(value))
    return undefined;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    if (strict.words && typeof key === 'string' && garbled(key)) return key;
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !('value' in descriptor)) continue;
    const found = flaw(descriptor.value, strict, seen);
    if (found !== undefined) return `${found} at ${String(key)}`;
  }
  if (strict.words && strict.numbers && DEEP_FROZEN.has(value)) CLEAN.add(value);
  return undefined;
}

/** What the input itself carries: results may echo it (a builder given NaN returns NaN). */
function strictnessFor(args: readonly unknown[]): Strictness {
  let words = true;
  let numbers = true;
  const seen = new Set<object>();
  const walk = (item: unknown): void => {
    if (typeof item === 'string') {
      if (garbled(item)) words = false;
      return;
    }
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) numbers = false;
      return;
    }
    if (typeof item !== 'object' || item === null || seen.has(item) || CLEAN.has(item)) return;
    seen.add(item);
    for (const key of Reflect.ownKeys(item)) {
      if (typeof key === 'string' && garbled(key)) words = false;
      const descriptor = Reflect.getOwnPropertyDescriptor(item, key);
      if (descriptor !== undefined && 'value' in descriptor) walk(descriptor.value);
    }
  };
  walk(args);
  return { words, numbers };
}

function checkIssues(
  entry: Entry,
  args: readonly unknown[],
  issues: unknown,
  strictWords: boolean,
  anyCode = false,
) {
  if (!Array.isArray(issues) || issues.length === 0)
    fail(entry, args, 'issues must be a non-empty list');
  for (const issue of issues as unknown[]) {
    const { code, message, path } = (issue ?? {}) as Record<string, unknown>;
    if (typeof code !== 'string' || (!anyCode && !CODES.has(code)))
      fail(entry, args, `an issue has an unknown code ${preview(code)}`);
    if (typeof message !== 'string' || (!anyCode && message.trim() === ''))
      fail(entry, args, `issue ${code} has no message`);
    if (
      !Array.isArray(path) ||
      !path.every((key) => typeof key === 'string' || typeof key === 'number')
    )
      fail(entry, args, `issue ${code} has a malformed path ${preview(path)}`);
    if (strictWords && garbled(message))
      fail(entry, args, `issue ${code} has a garbled message: ${message}`);
  }
}

/** What a call did. */
export type Outcome =
  | { readonly kind: 'returned'; readonly value: unknown }
  | { readonly kind: 'threw'; readonly error: CoCommissioningError }
  | { readonly kind: 'expectation-failed'; readonly error: PolicyAssertionError };

const POLICY_CODES = new Set<string>(POLICY_ASSERTION_CODES);

function invoke(entry: Entry, args: readonly unknown[], strict = strictnessFor(args)): Outcome {
  try {
    return { kind: 'returned', value: entry.call(...args) };
  } catch (error) {
    if (entry.door === 'safe' || entry.door === 'total')
      fail(entry, args, `the ${entry.door} door threw ${preview(String(error))}`);
    if (entry.policyErrors && error instanceof PolicyAssertionError) {
      if (!isPolicyAssertionError(error) || !POLICY_CODES.has(error.code))
        fail(entry, args, `threw a PolicyAssertionError without a known code`);
      if (error.message.trim() === '' || (strict.words && garbled(error.message)))
        fail(entry, args, `threw a PolicyAssertionError with a garbled message: ${error.message}`);
      return { kind: 'expectation-failed', error };
    }
    if (!(error instanceof CoCommissioningError) || !isCoCommissioningError(error)) {
      const text = error instanceof Error ? `${error.name}: ${error.message}` : preview(error);
      fail(entry, args, `threw something other than CoCommissioningError: ${text}`);
    }
    return { kind: 'threw', error };
  }
}

/** Checks what came back from a call that did not throw. */
function checkReturned(entry: Entry, args: readonly unknown[], value: unknown, strict: Strictness) {
  const strictWords = strict.words;
  if (entry.door === 'total' && typeof value !== 'boolean')
    fail(entry, args, `a predicate returned ${preview(value)}`);
  if (entry.returns === 'error') {
    if (!isCoCommissioningError(value)) fail(entry, args, 'did not build a CoCommissioningError');
    // The caller chose these issues: any code and wording are theirs to use.
    checkIssues(entry, args, (value as CoCommissioningError).issues, false, true);
    if (!Object.isFrozen((value as CoCommissioningError).issues))
      fail(entry, args, 'the issues of the error are not frozen');
    return;
  }
  if (entry.returns === 'policy-error') {
    if (!isPolicyAssertionError(value)) fail(entry, args, 'did not build a PolicyAssertionError');
    return;
  }
  if (entry.returns === 'arbitrary') {
    if (typeof value !== 'object' || value === null || !('generate' in value))
      fail(entry, args, 'did not return a fast-check arbitrary');
    return;
  }
  if (entry.returns === 'collector') {
    if (typeof value !== 'object' || value === null) fail(entry, args, 'returned no collector');
    return;
  }
  if (entry.returns === 'matcher') {
    const { pass, message } = (value ?? {}) as { pass?: unknown; message?: unknown };
    if (typeof pass !== 'boolean' || typeof message !== 'function')
      fail(entry, args, `returned ${preview(value)} instead of { pass, message }`);
    const text: unknown = message();
    if (typeof text !== 'string' || text.trim() === '' || (strictWords && garbled(text)))
      fail(entry, args, `gave a matcher message that is not plain text: ${preview(text)}`);
    return;
  }
  if (entry.returns === 'argument') {
    if (!Object.is(value, args[0])) fail(entry, args, 'did not return its argument');
    if (!deeplyFrozen(value)) fail(entry, args, 'did not deeply freeze its argument');
    return;
  }
  if (!deeplyFrozen(value)) fail(entry, args, `returned a value that is not deeply frozen`);
  if (entry.door === 'safe') {
    const result = value as { success?: unknown; data?: unknown; issues?: unknown };
    if (result.success === false) checkIssues(entry, args, result.issues, strictWords);
    else if (result.success !== true || !('data' in result))
      fail(entry, args, `returned ${preview(value)} instead of a safe result`);
  }
  const found = flaw(value, strict);
  if (found !== undefined) fail(entry, args, `returned a flawed value: ${found}`);
}

/**
 * Calls an entry point and checks the whole contract: the outcome, its arguments unchanged, no
 * prototype pollution, and for a safe door the same answer as its throwing door.
 */
export function callChecked(entry: Entry, args: readonly unknown[]): Outcome {
  // Recognise deeply frozen arguments first: the snapshots then skip them.
  for (const arg of args) deeplyFrozen(arg, true);
  const before = entry.changesArguments === undefined ? fingerprint(args) : '';
  const strict = strictnessFor(args);
  const outcome = invoke(entry, args, strict);
  assertNoPollution(entry.name);
  if (entry.changesArguments === undefined && fingerprint(args) !== before)
    fail(entry, args, 'changed its arguments');
  if (outcome.kind === 'threw') checkIssues(entry, args, outcome.error.issues, strict.words);
  else if (outcome.kind === 'returned') checkReturned(entry, args, outcome.value, strict);
  if (entry.throwingDoor !== undefined) agreeWithThrowingDoor(entry, args, outcome);
  return outcome;
}

function agreeWithThrowingDoor(entry: Entry, args: readonly unknown[], outcome: Outcome): void {
  const safe = (outcome as { value: { success: boolean; data?: unknown; issues?: unknown } }).value;
  // The throwing door reads only the arguments the safe door passes on to it.
  const other = invoke(entryNamed(entry.throwingDoor as string), args.slice(0, entry.arity));
  const agrees =
    other.kind === 'threw'
      ? safe.success === false && isDeepStrictEqual(safe.issues, other.error.issues)
      : other.kind === 'expectation-failed'
        ? safe.success === false
        : safe.success === true && isDeepStrictEqual(safe.data, other.value);
  if (!agrees) fail(entry, args, `disagrees with ${entry.throwingDoor}`);
}

/** The JSON text of an outcome, for comparing two calls byte for byte. */
export function outcomeJson(outcome: Outcome): string {
  if (outcome.kind === 'threw') return `threw ${JSON.stringify(outcome.error.issues)}`;
  if (outcome.kind === 'expectation-failed')
    return `failed ${outcome.error.code}: ${outcome.error.message}`;
  // A builder may hand back a bigint it was given: JSON has no bigint, so it is written as text.
  const text = JSON.stringify(outcome.value, (_key, item: unknown) =>
    typeof item === 'bigint' ? `${item}n` : item,
  );
  return `returned ${text ?? 'undefined'}`;
}
