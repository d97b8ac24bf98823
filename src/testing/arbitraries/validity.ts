import { CommitteeKindSchema, EVENT_TYPES } from 'co-commissioning';
import * as fc from 'fast-check';
import * as z from 'zod';
import { invalidInput, parseOrThrow } from '../internal/fail.js';

/**
 * What an entity arbitrary generates: `'valid'` data (the default, valid by construction),
 * `'near-valid'` data with exactly one field wrong (the entity's schema reports exactly one
 * issue), or `'invalid'` data (the schema refuses it).
 *
 * @example
 * ```ts
 * import type { Validity } from 'co-commissioning/testing';
 *
 * const validity: Validity = 'near-valid';
 * ```
 * @category Testing
 */
export type Validity = 'valid' | 'near-valid' | 'invalid';

/**
 * The type of what an entity arbitrary generates: the entity for `'valid'`, `unknown` otherwise.
 *
 * @typeParam T - The entity.
 * @typeParam V - The validity asked for.
 * @example
 * ```ts
 * import type { Person } from 'co-commissioning';
 * import type { Generated } from 'co-commissioning/testing';
 *
 * type Valid = Generated<Person, 'valid'>; // Person
 * type Broken = Generated<Person, 'near-valid'>; // unknown
 * ```
 * @category Testing
 */
export type Generated<T, V extends Validity> = V extends 'valid' ? T : unknown;

/**
 * The option every entity arbitrary takes.
 *
 * @typeParam V - The validity asked for.
 * @example
 * ```ts
 * import type { ValidityOptions } from 'co-commissioning/testing';
 *
 * const options: ValidityOptions<'invalid'> = { validity: 'invalid' };
 * ```
 * @category Testing
 */
export interface ValidityOptions<V extends Validity = 'valid'> {
  /** What to generate: `'valid'` (default), `'near-valid'` (exactly one field wrong) or `'invalid'`. */
  readonly validity?: V;
}

type Path = readonly (string | number)[];
type Change = 'wrong-type' | 'remove' | 'unknown-key';

interface Mutation {
  readonly path: Path;
  readonly change: Change;
}

/** Every single change that could make one field of the value wrong. */
function mutations(value: unknown, path: Path = [], into: Mutation[] = []): Mutation[] {
  if (Array.isArray(value)) {
    value.forEach((entry, index) => {
      into.push({ path: [...path, index], change: 'wrong-type' });
      mutations(entry, [...path, index], into);
    });
  } else if (typeof value === 'object' && value !== null) {
    into.push({ path, change: 'unknown-key' });
    for (const [key, entry] of Object.entries(value)) {
      into.push({ path: [...path, key], change: 'wrong-type' });
      into.push({ path: [...path, key], change: 'remove' });
      mutations(entry, [...path, key], into);
    }
  }
  return into;
}

/** A value of another JSON type than the one given. */
function otherType(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'not a number';
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return 'not a list';
  if (value === null) return 0;
  return 'not an object';
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, copy(entry)]));
  }
  return value;
}

/** Applies changes to a copy of the value; a change whose place is gone is skipped. */
function mutate(value: unknown, changes: readonly Mutation[]): unknown {
  const root: { value: unknown } = { value: copy(value) };
  for (const { path, change } of changes) {
    let parent: Record<string | number, unknown> = root;
    let key: string | number = 'value';
    let reachable = true;
    for (const step of path) {
      const next = parent[key];
      if (typeof next !== 'object' || next === null) {
        reachable = false;
        break;
      }
      parent = next as Record<string | number, unknown>;
      key = step;
    }
    if (!reachable) continue;
    if (change === 'unknown-key') {
      const target = parent[key];
      if (typeof target === 'object' && target !== null && !Array.isArray(target))
        (target as Record<string, unknown>)['unexpectedField'] = true;
    } else if (change === 'remove') {
      if (Array.isArray(parent)) continue;
      delete parent[key];
    } else if (key in parent) {
      parent[key] = otherType(parent[key]);
    }
  }
  return root.value;
}

function issueCount(schema: z.ZodType, value: unknown): number {
  const result = schema.safeParse(value);
  return result.success ? 0 : result.error.issues.length;
}

/**
 * Turns an arbitrary of valid data into one of near-valid data: each value has exactly one
 * field wrong (of another type, missing, or an unknown field added), so the schema reports
 * exactly one issue. Use it to test that a boundary reports the right issue for each field.
 *
 * @typeParam T - The valid data.
 * @param valid - An arbitrary of data the schema accepts.
 * @param schema - The zod schema that judges it.
 * @returns An arbitrary of values the schema refuses with exactly one issue.
 * @throws `CoCommissioningError` `invalid_input` when `valid` is not a fast-check arbitrary
 * or `schema` is not a zod schema.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { VoteSchema } from 'co-commissioning';
 * import { nearValidArbitrary, voteArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(
 *   fc.property(nearValidArbitrary(voteArbitrary(), VoteSchema), (vote) => {
 *     return VoteSchema.safeParse(vote).error?.issues.length === 1;
 *   }),
 * );
 * ```
 * @category Testing
 */
export function nearValidArbitrary<T>(
  valid: fc.Arbitrary<T>,
  schema: z.ZodType,
): fc.Arbitrary<unknown> {
  checkArguments(valid, schema);
  return valid
    .chain((value) => {
      const options = mutations(value);
      return options.length === 0
        ? fc.constant<unknown>(value)
        : fc.constantFrom(...options).map((mutation) => mutate(value, [mutation]));
    })
    .filter((candidate) => issueCount(schema, candidate) === 1);
}

/**
 * Turns an arbitrary of valid data into one of invalid data the schema refuses: several fields
 * wrong at once, or a value of another shape altogether.
 *
 * @typeParam T - The valid data.
 * @param valid - An arbitrary of data the schema accepts.
 * @param schema - The zod schema that judges it.
 * @returns An arbitrary of values the schema refuses.
 * @throws `CoCommissioningError` `invalid_input` when `valid` is not a fast-check arbitrary
 * or `schema` is not a zod schema.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { OfferSchema } from 'co-commissioning';
 * import { invalidArbitrary, offerArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(fc.property(invalidArbitrary(offerArbitrary(), OfferSchema), (offer) => !OfferSchema.safeParse(offer).success));
 * ```
 * @category Testing
 */
export function invalidArbitrary<T>(
  valid: fc.Arbitrary<T>,
  schema: z.ZodType,
): fc.Arbitrary<unknown> {
  checkArguments(valid, schema);
  const several = valid.chain((value) => {
    const options = mutations(value);
    return fc
      .shuffledSubarray(options, { minLength: Math.min(2, options.length), maxLength: 3 })
      .map((changes) => mutate(value, changes));
  });
  return fc.oneof(several, fc.anything()).filter((candidate) => issueCount(schema, candidate) > 0);
}

const ArbitraryOptionsSchema = z
  .object(
    {
      validity: z
        .enum(['valid', 'near-valid', 'invalid'], {
          error: 'Give validity as "valid", "near-valid" or "invalid".',
        })
        .optional(),
      maxPractices: z
        .number({ error: 'Give maxPractices as a whole number.' })
        .int({ error: 'Give maxPractices as a whole number.' })
        .min(0, { error: 'Give maxPractices as a whole number from 0 to 1,000.' })
        .max(1000, { error: 'Give maxPractices as a whole number from 0 to 1,000.' })
        .optional(),
      maxMembers: z
        .number({ error: 'Give maxMembers as a whole number.' })
        .int({ error: 'Give maxMembers as a whole number.' })
        .min(1, { error: 'Give maxMembers as a whole number from 1 to 1,000.' })
        .max(1000, { error: 'Give maxMembers as a whole number from 1 to 1,000.' })
        .optional(),
      kind: CommitteeKindSchema.optional(),
      compliant: z
        .boolean({ error: 'Say whether to generate only compliant committees (true or false).' })
        .optional(),
      types: z
        .array(
          z.enum(EVENT_TYPES, {
            error: `Give each event type as one of: ${EVENT_TYPES.join(', ')}.`,
          }),
          {
            error: 'List the event types to generate.',
          },
        )
        .min(1, { error: 'List at least one event type.' })
        .optional(),
    },
    { error: 'Give the options as an object, such as { validity: "near-valid" }.' },
  )
  .strict();

/** Internal: checks an entity arbitrary's options, or throws `invalid_input`. */
export function readArbitraryOptions<O extends object>(options: O | undefined): O {
  return parseOrThrow(ArbitraryOptionsSchema, options ?? {}, ['options']) as O;
}

/** Internal: checks the arguments of nearValidArbitrary and invalidArbitrary. */
function checkArguments(valid: unknown, schema: unknown): void {
  if (!(valid instanceof fc.Arbitrary)) {
    invalidInput(
      'Give a fast-check arbitrary of valid data.',
      ['valid'],
      'a fast-check arbitrary',
      valid,
    );
  }
  if (typeof (schema as { safeParse?: unknown } | null)?.safeParse !== 'function') {
    invalidInput('Give the zod schema that judges the data.', ['schema'], 'a zod schema', schema);
  }
}

/** Internal: the arbitrary for the validity asked for. */
export function withValidity<T, V extends Validity>(
  valid: fc.Arbitrary<T>,
  schema: z.ZodType,
  validity: V | undefined,
): fc.Arbitrary<Generated<T, V>> {
  if (validity === 'near-valid')
    return nearValidArbitrary(valid, schema) as fc.Arbitrary<Generated<T, V>>;
  if (validity === 'invalid')
    return invalidArbitrary(valid, schema) as fc.Arbitrary<Generated<T, V>>;
  return valid as fc.Arbitrary<Generated<T, V>>;
}
