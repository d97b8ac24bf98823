// Every public entry point of 'co-commissioning' and 'co-commissioning/testing', found by
// enumerating the runtime exports (so a new export cannot be left out of the fuzz suites), with
// what each call is allowed to do.
import * as library from 'co-commissioning';
import * as testing from 'co-commissioning/testing';
import { type Args, SAMPLES } from './samples.js';
import { FUZZ_ONLY } from './settings.js';

/**
 * - `throws`: returns a value or throws `CoCommissioningError` (the throwing door).
 * - `safe`: never throws; returns `{ success: true, data }` or `{ success: false, issues }`.
 * - `total`: never throws for any input (the `is*` predicates).
 * - `assertion`: returns nothing, or throws `PolicyAssertionError` (a failed expectation) or
 *   `CoCommissioningError` (malformed input): the kit's `assert*` functions.
 */
export type Door = 'throws' | 'safe' | 'total' | 'assertion';

/**
 * What a successful call returns:
 * - `frozen`: a primitive, or a deeply frozen new value.
 * - `argument`: its (frozen) argument itself, by design (`deepFreeze`).
 * - `arbitrary`: a fast-check arbitrary (a generator, not data).
 * - `error`: a `CoCommissioningError` (the class's constructor).
 * - `policy-error`: a `PolicyAssertionError` (the kit's class for failed expectations).
 * - `collector`: an object with methods that records results (`createRuleCoverage`).
 * - `matcher`: `{ pass, message() }`, as vitest and jest expect of a custom matcher.
 */
export type Returns =
  | 'frozen'
  | 'argument'
  | 'arbitrary'
  | 'error'
  | 'policy-error'
  | 'collector'
  | 'matcher';

export interface Entry {
  readonly name: string;
  readonly from: 'co-commissioning' | 'co-commissioning/testing';
  readonly door: Door;
  readonly returns: Returns;
  /** Whether a failed expectation may throw `PolicyAssertionError` (the testing kit). */
  readonly policyErrors: boolean;
  /** The throwing door a safe door must agree with. */
  readonly throwingDoor?: string;
  /** Why the entry point may change its argument, when that is its job. */
  readonly changesArguments?: string;
  /**
   * The share of the fuzz runs this entry point gets: 1 for most; less for the few whose every
   * call is slow (they run a whole scenario or build a JSON Schema) or that take no arguments.
   */
  readonly weight: number;
  /** The most arguments the entry point reads. */
  readonly arity: number;
  readonly samples: readonly Args[];
  readonly call: (...args: readonly unknown[]) => unknown;
}

type Exported = (...args: readonly unknown[]) => unknown;

function isFunctionTable(value: unknown): value is Record<string, Exported> {
  if (
    typeof value !== 'object' ||
    value === null ||
    Object.getPrototypeOf(value) !== Object.prototype
  )
    return false;
  const values = Object.values(value);
  return values.length > 0 && values.every((item) => typeof item === 'function');
}

/**
 * The runtime function exports of one entry module, and the functions of an exported table of
 * functions (the matchers) as `table.name`.
 */
export function functionExports(module: object): [string, Exported][] {
  return Object.entries(module)
    .flatMap(([name, value]): [string, Exported][] => {
      if (typeof value === 'function') return [[name, value as Exported]];
      if (isFunctionTable(value))
        return Object.entries(value).map(([key, fn]): [string, Exported] => [`${name}.${key}`, fn]);
      return [];
    })
    .sort(([left], [right]) => (left < right ? -1 : 1));
}

const CLASSES = new Set(['CoCommissioningError', 'PolicyAssertionError']);

/** Entry points whose every call is slow (milliseconds rather than microseconds). */
const WEIGHTS: Readonly<Record<string, number>> = {
  verifyMachine: 0.1,
  toMermaid: 0.5,
  runScenario: 0.2,
  safeRunScenario: 0.2,
  buildDelegationProposal: 0.25,
  availableTransitions: 0.5,
  replayHistory: 0.5,
  assessMeeting: 0.5,
  safeAssessMeeting: 0.5,
  compareStatuses: 0.5,
  safeCompareStatuses: 0.5,
};

function weightOf(name: string, samples: readonly Args[]): number {
  // Nothing to vary when no sample takes an argument: a few calls say all there is to say.
  if (samples.every((args) => args.length === 0)) return 0.02;
  return WEIGHTS[name] ?? 1;
}

const RETURNS: Readonly<Record<string, Returns>> = {
  CoCommissioningError: 'error',
  PolicyAssertionError: 'policy-error',
  deepFreeze: 'argument',
  createRuleCoverage: 'collector',
};

function returnsOf(name: string): Returns {
  if (RETURNS[name] !== undefined) return RETURNS[name];
  if (/Arbitrary$/.test(name)) return 'arbitrary';
  if (name.includes('.')) return 'matcher';
  return 'frozen';
}

const CHANGES_ARGUMENTS: Readonly<Record<string, string>> = {
  deepFreeze: 'it freezes its argument in place: that is what it is for',
};

/** The throwing door of a safe door: `safeTallyBallot` → `tallyBallot`. */
export function throwingDoorOf(name: string): string | undefined {
  const match = /^safe([A-Z])(.*)$/.exec(name);
  return match === null ? undefined : `${(match[1] as string).toLowerCase()}${match[2]}`;
}

function doorOf(name: string): Door {
  if (/^safe[A-Z]/.test(name)) return 'safe';
  if (/^is[A-Z]/.test(name)) return 'total';
  if (/^assert[A-Z]/.test(name)) return 'assertion';
  return 'throws';
}

function entriesOf(
  module: object,
  from: Entry['from'],
): { entries: Entry[]; withoutSamples: string[] } {
  const entries: Entry[] = [];
  const withoutSamples: string[] = [];
  for (const [name, fn] of functionExports(module)) {
    const samples = SAMPLES[name];
    if (samples === undefined) {
      withoutSamples.push(name);
      continue;
    }
    const throwingDoor = throwingDoorOf(name);
    const changesArguments = CHANGES_ARGUMENTS[name];
    const call = CLASSES.has(name)
      ? (...args: readonly unknown[]) => Reflect.construct(fn, args)
      : (...args: readonly unknown[]) => fn.call(undefined, ...args);
    entries.push({
      name,
      from,
      door: doorOf(name),
      returns: returnsOf(name),
      policyErrors: from === 'co-commissioning/testing',
      ...(throwingDoor === undefined ? {} : { throwingDoor }),
      ...(changesArguments === undefined ? {} : { changesArguments }),
      weight: weightOf(name, samples),
      arity: Math.max(fn.length, ...samples.map((args) => args.length)),
      samples,
      call,
    });
  }
  return { entries, withoutSamples };
}

const main = entriesOf(library, 'co-commissioning');
const kit = entriesOf(testing, 'co-commissioning/testing');

/** Every public entry point that has samples, library first, then the testing kit. */
export const ENTRIES: readonly Entry[] = [...main.entries, ...kit.entries];

/** The entry points the fuzz suites run: all, or those FUZZ_ONLY names. */
export const FUZZED: readonly Entry[] =
  FUZZ_ONLY === undefined
    ? ENTRIES
    : ENTRIES.filter((candidate) => FUZZ_ONLY?.test(candidate.name));

/** Exported functions with no fuzz samples: the registry test fails while this is not empty. */
export const WITHOUT_SAMPLES: readonly string[] = [
  ...main.withoutSamples.map((name) => `co-commissioning: ${name}`),
  ...kit.withoutSamples.map((name) => `co-commissioning/testing: ${name}`),
];

/** The entry for an export name. */
export function entry(name: string): Entry {
  const found = ENTRIES.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`No fuzz entry for ${name}`);
  return found;
}
