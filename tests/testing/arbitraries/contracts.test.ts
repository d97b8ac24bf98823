// The kit's arbitraries are what users build their property tests on, so each promise in their
// documentation is pinned here under a fixed seed: 'valid' values pass the entity's schema (and
// the library's own parse), 'near-valid' values are one documented breakage away from a valid
// value (a field of another type, a field missing, or an unknown field added) and are refused
// with the issue at that place, 'invalid' values are several breakages away or another shape,
// options are validated with the library's coded error (exact words and path) and respected
// (sizes reached and never exceeded, date ranges kept), the same seed gives the same values,
// and the distribution reaches every role, kind, status, optional field (present and absent)
// and kind of breakage. A test that leans on a narrow or lopsided generator would otherwise
// pass without ever meeting the cases it was written for.
import {
  AgendaItemSchema,
  ApplicationWaveSchema,
  BallotResultSchema,
  BallotRulesSchema,
  BallotSchema,
  CcgSchema,
  CitationSchema,
  CoCommissioningError,
  CommissioningEventSchema,
  type Committee,
  CommitteeMemberSchema,
  CommitteeSchema,
  checkCommittee,
  DeclarationSchema,
  EVENT_TYPES,
  LmcSchema,
  MeetingSchema,
  MemberPracticeSchema,
  type MemberRole,
  MemberRoleSchema,
  NhsEnglandRegionSchema,
  OfferSchema,
  PersonSchema,
  ProcurementDecisionSchema,
  parseCcg,
  parseCommittee,
  RegisterSchema,
  VoteSchema,
} from 'co-commissioning';
import {
  agendaItemArbitrary,
  applicationWaveArbitrary,
  ballotArbitrary,
  ballotCaseArbitrary,
  ballotResultArbitrary,
  ballotRulesArbitrary,
  ccgArbitrary,
  citationArbitrary,
  commissioningEventArbitrary,
  commissioningStateArbitrary,
  committeeArbitrary,
  committeeMemberArbitrary,
  declarationArbitrary,
  invalidArbitrary,
  isoDateArbitrary,
  lmcArbitrary,
  meetingArbitrary,
  memberPracticeArbitrary,
  nearValidArbitrary,
  nhsEnglandRegionArbitrary,
  offerArbitrary,
  penceArbitrary,
  personArbitrary,
  procurementDecisionArbitrary,
  ratioArbitrary,
  registerArbitrary,
  type Validity,
  type ValidityOptions,
  voteArbitrary,
} from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';

const SEED = 20_140_601;

/** `count` values of an arbitrary under the fixed seed. */
const sample = <T>(arbitrary: fc.Arbitrary<T>, count: number): T[] =>
  fc.sample(arbitrary, { seed: SEED, numRuns: count });

/** The distinct results of `read` over the values, sorted (numbers by value). */
const seen = <T, R>(values: readonly T[], read: (value: T) => R): R[] =>
  [...new Set(values.map(read))].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1,
  );

/** Whether the record has the field itself (not merely `undefined` through a missing key). */
const has = (value: object, key: string): boolean => Object.hasOwn(value, key);

/** The issues of the CoCommissioningError the call throws. */
function issuesOf(call: () => unknown): readonly unknown[] {
  try {
    call();
  } catch (error) {
    if (error instanceof CoCommissioningError) return error.issues;
    throw error;
  }
  throw new Error('expected a CoCommissioningError');
}

const invalid = (
  message: string,
  path: (string | number)[],
  expected: string,
  received: string,
) => [{ code: 'invalid_input', message, path, expected, received }];

/** Whole days from one date to another. */
const daysBetween = (from: string, to: string): number =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

const PHRASE_WORDS = new Set([
  'primary',
  'care',
  'practice',
  'premises',
  'contract',
  'review',
  'services',
  'local',
]);

/** A phrase of one to five plain words from the kit's list, capitalised, single spaces. */
function isPhrase(text: string): boolean {
  const words = text.split(' ');
  return (
    /^[A-Z]/.test(text) &&
    words.length >= 1 &&
    words.length <= 5 &&
    words.every((word) => PHRASE_WORDS.has(word.toLowerCase()))
  );
}

const NAME =
  /^(Dr|Mrs|Mr|Ms|Cllr) [A-HJ-NP-T] (Hughes|Patel|Grant|Okafor|Shah|Evans|Bell|Khan|Osei|Wood)$/;
const PERSON_ID = /^p-[1-9]\d{0,2}$/;
const PRACTICE_ID = /^P(?!000)\d{3,4}$/;
const ROLES = MemberRoleSchema.options;

describe('isoDateArbitrary', () => {
  it('refuses options that are not dates, not an object or have unknown fields', () => {
    expect(issuesOf(() => isoDateArbitrary({ min: '2017-02-30' }))).toEqual(
      invalid(
        'Give a real calendar date written YYYY-MM-DD, such as 2016-04-01. (at options.min)',
        ['options', 'min'],
        'custom',
        'the text "2017-02-30"',
      ),
    );
    expect(issuesOf(() => isoDateArbitrary({ max: '2016-4-1' }))).toMatchObject([
      { code: 'invalid_input', path: ['options', 'max'], received: 'the text "2016-4-1"' },
    ]);
    expect(issuesOf(() => isoDateArbitrary({ from: '2015-01-01' } as never))).toEqual(
      invalid(
        'Remove the field "from" at options: not part of this record.',
        ['options'],
        'only the documented fields',
        'unknown field "from"',
      ),
    );
    expect(issuesOf(() => isoDateArbitrary('2015-01-01' as never))).toEqual(
      invalid(
        'Give the options as an object, such as { min: "2015-01-01" }. (at options)',
        ['options'],
        'object',
        'the text "2015-01-01"',
      ),
    );
  });

  it('refuses a min after the max, naming both dates, defaults included', () => {
    expect(issuesOf(() => isoDateArbitrary({ min: '2016-04-02', max: '2016-04-01' }))).toEqual(
      invalid(
        'Give a min no later than the max (2016-04-02 is after 2016-04-01).',
        ['options', 'min'],
        'min on or before max',
        'the text "2016-04-02"',
      ),
    );
    expect(issuesOf(() => isoDateArbitrary({ min: '2023-01-01' }))).toEqual(
      invalid(
        'Give a min no later than the max (2023-01-01 is after 2022-06-30).',
        ['options', 'min'],
        'min on or before max',
        'the text "2023-01-01"',
      ),
    );
    expect(issuesOf(() => isoDateArbitrary({ max: '2012-12-31' }))).toEqual(
      invalid(
        'Give a min no later than the max (2013-04-01 is after 2012-12-31).',
        ['options', 'min'],
        'min on or before max',
        'nothing (undefined)',
      ),
    );
  });

  it('generates exactly the days of the range, both ends included', () => {
    expect(
      seen(sample(isoDateArbitrary({ min: '2015-03-17', max: '2015-03-17' }), 20), String),
    ).toEqual(['2015-03-17']);
    expect(
      seen(sample(isoDateArbitrary({ min: '2016-02-27', max: '2016-03-02' }), 100), String),
    ).toEqual(['2016-02-27', '2016-02-28', '2016-02-29', '2016-03-01', '2016-03-02']);
    const dates = sample(isoDateArbitrary(), 300);
    expect(dates.every((date) => date >= '2013-04-01' && date <= '2022-06-30')).toBe(true);
    expect(
      sample(isoDateArbitrary({ min: '2022-06-25' }), 100).every((date) => date >= '2022-06-25'),
    ).toBe(true);
  });
});

describe('ratioArbitrary', () => {
  it('refuses bounds that are not whole numbers in range, and unknown options', () => {
    expect(issuesOf(() => ratioArbitrary({ maxDenominator: 0 }))).toEqual(
      invalid(
        'Give maxDenominator as a whole number, 1 or more. (at options.maxDenominator)',
        ['options', 'maxDenominator'],
        'custom',
        'the number 0',
      ),
    );
    expect(issuesOf(() => ratioArbitrary({ maxDenominator: 2.5 }))).toEqual(
      invalid(
        'Give maxDenominator as a whole number, 1 or more. (at options.maxDenominator)',
        ['options', 'maxDenominator'],
        'custom',
        'the number 2.5',
      ),
    );
    expect(issuesOf(() => ratioArbitrary({ maxNumerator: -1 }))).toEqual(
      invalid(
        'Give maxNumerator as a whole number, 0 or more. (at options.maxNumerator)',
        ['options', 'maxNumerator'],
        'custom',
        'the number -1',
      ),
    );
    expect(issuesOf(() => ratioArbitrary({ maxNumerator: 'ten' as never }))).toEqual(
      invalid(
        'Give maxNumerator as a whole number. (at options.maxNumerator)',
        ['options', 'maxNumerator'],
        'number',
        'the text "ten"',
      ),
    );
    expect(issuesOf(() => ratioArbitrary({ proper: 'yes' as never }))).toEqual(
      invalid(
        'Give proper as true or false. (at options.proper)',
        ['options', 'proper'],
        'boolean',
        'the text "yes"',
      ),
    );
    expect(issuesOf(() => ratioArbitrary({ maxDenominator: 4, whole: true } as never))).toEqual(
      invalid(
        'Remove the field "whole" at options: not part of this record.',
        ['options'],
        'only the documented fields',
        'unknown field "whole"',
      ),
    );
  });

  it('reaches both bounds of the numerator and the denominator, and no further', () => {
    const ratios = sample(ratioArbitrary({ maxDenominator: 3, maxNumerator: 2 }), 200);
    expect(seen(ratios, (ratio) => ratio.numerator)).toEqual([-2, -1, 0, 1, 2]);
    expect(seen(ratios, (ratio) => ratio.denominator)).toEqual([1, 2, 3]);
    expect(
      seen(sample(ratioArbitrary({ maxDenominator: 1, maxNumerator: 0 }), 20), JSON.stringify),
    ).toEqual(['{"numerator":0,"denominator":1}']);
    const unbounded = sample(ratioArbitrary(), 200);
    expect(
      unbounded.every((ratio) => ratio.denominator >= 1 && ratio.denominator <= 1_000_000),
    ).toBe(true);
    expect(unbounded.every((ratio) => Number.isSafeInteger(ratio.numerator))).toBe(true);
    expect(unbounded.some((ratio) => ratio.numerator < 0)).toBe(true);
  });

  it('keeps proper ratios from 0 to 1 inclusive, reaching both, and any sign otherwise', () => {
    const shares = sample(ratioArbitrary({ proper: true, maxDenominator: 3 }), 300);
    expect(seen(shares, (share) => `${share.numerator}/${share.denominator}`)).toEqual([
      '0/1',
      '0/2',
      '0/3',
      '1/1',
      '1/2',
      '1/3',
      '2/2',
      '2/3',
      '3/3',
    ]);
    const improper = sample(
      ratioArbitrary({ proper: false, maxDenominator: 3, maxNumerator: 5 }),
      100,
    );
    expect(improper.some((ratio) => ratio.numerator < 0)).toBe(true);
    expect(improper.some((ratio) => ratio.numerator > ratio.denominator)).toBe(true);
  });
});

describe('penceArbitrary', () => {
  it('refuses a largest amount that is not whole pence, zero or more', () => {
    expect(issuesOf(() => penceArbitrary(-1))).toEqual(
      invalid(
        'Give the largest amount as a whole number of pence, zero or more, not the number -1.',
        ['max'],
        'a whole number of pence',
        'the number -1',
      ),
    );
    expect(issuesOf(() => penceArbitrary(99.5))).toEqual(
      invalid(
        'Give the largest amount as a whole number of pence, zero or more, not the number 99.5.',
        ['max'],
        'a whole number of pence',
        'the number 99.5',
      ),
    );
  });

  it('generates every amount from 0 to the largest, and nothing else', () => {
    expect(seen(sample(penceArbitrary(0), 10), Number)).toEqual([0]);
    expect(seen(sample(penceArbitrary(3), 60), Number)).toEqual([0, 1, 2, 3]);
    expect(
      sample(penceArbitrary(), 200).every((amount) => amount >= 0 && amount <= 10_000_000),
    ).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// nearValidArbitrary and invalidArbitrary, on one record holding every JSON type.

const RECORD = {
  id: 'P001',
  count: 3,
  voting: true,
  tags: ['lay'],
  endsOn: null,
  chair: { personId: 'p-1' },
  rows: [{ n: 1 }],
};
const RecordSchema = z
  .object({
    id: z.string(),
    count: z.number(),
    voting: z.boolean(),
    tags: z.array(z.string()),
    endsOn: z.null(),
    chair: z.object({ personId: z.string() }).strict(),
    rows: z.array(z.object({ n: z.number() }).strict()),
  })
  .strict();

/** What each JSON type is replaced with when a near-valid value gives a field another type. */
function otherTypeOf(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'not a number';
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return 'not a list';
  if (value === null) return 0;
  return 'not an object';
}

/** JSON with sorted keys, so two values compare whatever the order their fields were added. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, entry: unknown) =>
    typeof entry === 'object' && entry !== null && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b)))
      : entry,
  ) ?? 'undefined';

const without = <T extends object>(value: T, key: keyof T): Partial<T> => {
  const { [key]: _gone, ...rest } = value;
  return rest as Partial<T>;
};

/** Every near-valid value of RECORD, with the path its one issue is reported at. */
const NEAR_VALID_RECORDS: readonly (readonly [unknown, (string | number)[]])[] = [
  [{ ...RECORD, unexpectedField: true }, []],
  [{ ...RECORD, id: 42 }, ['id']],
  [without(RECORD, 'id'), ['id']],
  [{ ...RECORD, count: 'not a number' }, ['count']],
  [without(RECORD, 'count'), ['count']],
  [{ ...RECORD, voting: 'yes' }, ['voting']],
  [without(RECORD, 'voting'), ['voting']],
  [{ ...RECORD, tags: 'not a list' }, ['tags']],
  [without(RECORD, 'tags'), ['tags']],
  [{ ...RECORD, tags: [42] }, ['tags', 0]],
  [{ ...RECORD, endsOn: 0 }, ['endsOn']],
  [without(RECORD, 'endsOn'), ['endsOn']],
  [{ ...RECORD, chair: 'not an object' }, ['chair']],
  [without(RECORD, 'chair'), ['chair']],
  [{ ...RECORD, chair: { personId: 'p-1', unexpectedField: true } }, ['chair']],
  [{ ...RECORD, chair: { personId: 42 } }, ['chair', 'personId']],
  [{ ...RECORD, chair: {} }, ['chair', 'personId']],
  [{ ...RECORD, rows: 'not a list' }, ['rows']],
  [without(RECORD, 'rows'), ['rows']],
  [{ ...RECORD, rows: ['not an object'] }, ['rows', 0]],
  [{ ...RECORD, rows: [{ n: 1, unexpectedField: true }] }, ['rows', 0]],
  [{ ...RECORD, rows: [{ n: 'not a number' }] }, ['rows', 0, 'n']],
  [{ ...RECORD, rows: [{}] }, ['rows', 0, 'n']],
];

/** Each documented breakage that turns `valid` into `broken`, or 'unexplained' for any other change. */
function breakages(valid: unknown, broken: unknown, path = ''): string[] {
  if (canonical(valid) === canonical(broken)) return [];
  const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isRecord(valid) && isRecord(broken)) {
    const found: string[] = [];
    for (const [key, entry] of Object.entries(valid)) {
      found.push(
        ...(has(broken, key)
          ? breakages(entry, broken[key], `${path}.${key}`)
          : [`remove ${path}.${key}`]),
      );
    }
    for (const key of Object.keys(broken)) {
      if (has(valid, key)) continue;
      found.push(
        key === 'unexpectedField' && broken[key] === true ? `unknown-key ${path}` : 'unexplained',
      );
    }
    return found;
  }
  if (Array.isArray(valid) && Array.isArray(broken) && valid.length === broken.length) {
    return valid.flatMap((entry, index) => breakages(entry, broken[index], `${path}.${index}`));
  }
  return canonical(broken) === canonical(otherTypeOf(valid))
    ? [`wrong-type ${path}`]
    : ['unexplained'];
}

describe('nearValidArbitrary', () => {
  it('reaches every single breakage of every field, nested ones included, and nothing else', () => {
    const values = sample(nearValidArbitrary(fc.constant(RECORD), RecordSchema), 400);
    expect(seen(values, canonical)).toEqual(
      seen(NEAR_VALID_RECORDS, ([value]) => canonical(value)),
    );
  });

  it('is refused with one issue, at the broken field (or the record given an unknown field)', () => {
    const pathOf = new Map(NEAR_VALID_RECORDS.map(([value, path]) => [canonical(value), path]));
    for (const value of sample(nearValidArbitrary(fc.constant(RECORD), RecordSchema), 150)) {
      const result = RecordSchema.safeParse(value);
      expect(result.error?.issues.map((issue) => issue.path)).toEqual([
        pathOf.get(canonical(value)),
      ]);
    }
  });

  it('refuses an argument that is not an arbitrary or a schema, with the coded error', () => {
    expect(issuesOf(() => nearValidArbitrary('P001' as never, VoteSchema))).toEqual(
      invalid(
        'Give a fast-check arbitrary of valid data.',
        ['valid'],
        'a fast-check arbitrary',
        'the text "P001"',
      ),
    );
    expect(issuesOf(() => nearValidArbitrary(fc.constant(RECORD), null as never))).toEqual(
      invalid('Give the zod schema that judges the data.', ['schema'], 'a zod schema', 'null'),
    );
    expect(issuesOf(() => invalidArbitrary(fc.constant(RECORD), {} as never))).toEqual(
      invalid('Give the zod schema that judges the data.', ['schema'], 'a zod schema', 'an object'),
    );
    expect(issuesOf(() => invalidArbitrary([RECORD] as never, RecordSchema))).toEqual(
      invalid(
        'Give a fast-check arbitrary of valid data.',
        ['valid'],
        'a fast-check arbitrary',
        'a list of 1',
      ),
    );
  });
});

describe('invalidArbitrary', () => {
  let drawn: { values: unknown[]; broken: unknown[] } | undefined;
  /** 400 invalid RECORDs, drawn once inside a test (so a generator that throws fails the test). */
  const draw = () => {
    if (drawn !== undefined) return drawn;
    const values = sample(invalidArbitrary(fc.constant(RECORD), RecordSchema), 400);
    // RECORD broken in a few places: fast-check's other shapes never keep four of its fields.
    const broken = values.filter(
      (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.keys(RECORD).filter((key) => has(value, key)).length >= 4,
    );
    drawn = { values, broken };
    return drawn;
  };

  it('generates only values the schema refuses', () => {
    const { values } = draw();
    expect(values.every((value) => !RecordSchema.safeParse(value).success)).toBe(true);
  });

  it('breaks a valid value in one to three documented ways at once, several more often than not', () => {
    const counts = draw().broken.map((value) => breakages(RECORD, value));
    expect(counts.flat()).not.toContain('unexplained');
    expect(seen(counts, (found) => found.length)).toEqual([1, 2, 3]);
    expect(counts.filter((found) => found.length >= 2).length).toBeGreaterThan(counts.length / 2);
    expect(seen(counts.flat(), (found) => found.split(' ')[0])).toEqual([
      'remove',
      'unknown-key',
      'wrong-type',
    ]);
  });

  it('also generates values of another shape altogether', () => {
    const { values, broken } = draw();
    expect(broken.length).toBeGreaterThan(100);
    expect(values.length - broken.length).toBeGreaterThan(100);
  });
});

// ---------------------------------------------------------------------------------------------
// Every entity arbitrary: option validation, validity, determinism.

type EntityArbitrary = (options?: ValidityOptions<Validity>) => fc.Arbitrary<unknown>;

const ENTITIES: readonly (readonly [string, EntityArbitrary, z.ZodType])[] = [
  ['personArbitrary', personArbitrary, PersonSchema],
  ['memberPracticeArbitrary', memberPracticeArbitrary, MemberPracticeSchema],
  ['ccgArbitrary', (options) => ccgArbitrary({ ...options, maxPractices: 3 }), CcgSchema],
  ['lmcArbitrary', lmcArbitrary, LmcSchema],
  ['nhsEnglandRegionArbitrary', nhsEnglandRegionArbitrary, NhsEnglandRegionSchema],
  ['citationArbitrary', citationArbitrary, CitationSchema],
  ['committeeMemberArbitrary', committeeMemberArbitrary, CommitteeMemberSchema],
  [
    'committeeArbitrary',
    (options) => committeeArbitrary({ ...options, maxMembers: 6 }),
    CommitteeSchema,
  ],
  ['voteArbitrary', voteArbitrary, VoteSchema],
  ['ballotRulesArbitrary', ballotRulesArbitrary, BallotRulesSchema],
  ['ballotArbitrary', (options) => ballotArbitrary({ ...options, maxMembers: 4 }), BallotSchema],
  [
    'ballotResultArbitrary',
    (options) => ballotResultArbitrary({ ...options, maxMembers: 4 }),
    BallotResultSchema,
  ],
  ['declarationArbitrary', declarationArbitrary, DeclarationSchema],
  ['registerArbitrary', registerArbitrary, RegisterSchema],
  ['offerArbitrary', offerArbitrary, OfferSchema],
  ['agendaItemArbitrary', agendaItemArbitrary, AgendaItemSchema],
  ['meetingArbitrary', meetingArbitrary, MeetingSchema],
  ['procurementDecisionArbitrary', procurementDecisionArbitrary, ProcurementDecisionSchema],
  ['commissioningEventArbitrary', commissioningEventArbitrary, CommissioningEventSchema],
  ['applicationWaveArbitrary', applicationWaveArbitrary, ApplicationWaveSchema],
];

const WRONG_TYPES: readonly unknown[] = [
  42,
  'not a number',
  'yes',
  'not a list',
  0,
  'not an object',
];

/**
 * Whether the place an issue names holds a documented breakage: missing, of another type, or
 * given an unknown field. Zod names a value none of a union's forms match (such as a ratio among
 * a reason's values) instead of the field inside it, so for a union the place holds a record or
 * list with the breakage inside.
 */
function brokenAt(value: unknown, issue: z.core.$ZodIssue): boolean {
  let parent: unknown = { root: value };
  let key: PropertyKey = 'root';
  for (const step of issue.path) {
    parent = (parent as Record<PropertyKey, unknown>)[key];
    key = step;
  }
  const holder = parent as Record<PropertyKey, unknown>;
  if (!Object.hasOwn(holder, key)) return true;
  const target = holder[key];
  if (WRONG_TYPES.includes(target)) return true;
  if (typeof target !== 'object' || target === null) return false;
  return (
    issue.code === 'invalid_union' ||
    (target as { unexpectedField?: unknown }).unexpectedField === true
  );
}

describe.each(ENTITIES)('%s', (_name, arbitrary, schema) => {
  it('gives near-valid values refused with one issue at the place broken in the documented way', () => {
    for (const value of sample(arbitrary({ validity: 'near-valid' }), 25)) {
      const issues = schema.safeParse(value).error?.issues ?? [];
      expect(issues).toHaveLength(1);
      expect(issues.every((issue) => brokenAt(value, issue))).toBe(true);
    }
  });

  it('is deterministic for a seed, for each validity', () => {
    for (const validity of ['valid', 'near-valid', 'invalid'] as const) {
      const first = fc.sample(arbitrary({ validity }), { seed: 7, numRuns: 3 });
      expect(fc.sample(arbitrary({ validity }), { seed: 7, numRuns: 3 })).toEqual(first);
    }
  });

  it('refuses options that are not as documented, with the coded error', () => {
    expect(issuesOf(() => arbitrary({ validity: 'sometimes' as never }))).toEqual(
      invalid(
        'Give validity as "valid", "near-valid" or "invalid". (at options.validity)',
        ['options', 'validity'],
        'invalid_value',
        'the text "sometimes"',
      ),
    );
  });
});

describe('entity arbitrary options', () => {
  it('are refused with the exact words and path when out of range or unknown', () => {
    expect(issuesOf(() => committeeArbitrary({ maxMembers: 0 }))).toEqual(
      invalid(
        'Give maxMembers as a whole number from 1 to 1,000. (at options.maxMembers)',
        ['options', 'maxMembers'],
        'too_small',
        'the number 0',
      ),
    );
    expect(issuesOf(() => ballotArbitrary({ maxMembers: 1001 }))).toEqual(
      invalid(
        'Give maxMembers as a whole number from 1 to 1,000. (at options.maxMembers)',
        ['options', 'maxMembers'],
        'too_big',
        'the number 1001',
      ),
    );
    expect(issuesOf(() => ballotCaseArbitrary({ maxMembers: 2.5 }))).toEqual(
      invalid(
        'Give maxMembers as a whole number. (at options.maxMembers)',
        ['options', 'maxMembers'],
        'int',
        'the number 2.5',
      ),
    );
    expect(issuesOf(() => ballotResultArbitrary({ maxMembers: '5' as never }))).toEqual(
      invalid(
        'Give maxMembers as a whole number. (at options.maxMembers)',
        ['options', 'maxMembers'],
        'number',
        'the text "5"',
      ),
    );
    expect(issuesOf(() => ccgArbitrary({ maxPractices: -1 }))).toEqual(
      invalid(
        'Give maxPractices as a whole number from 0 to 1,000. (at options.maxPractices)',
        ['options', 'maxPractices'],
        'too_small',
        'the number -1',
      ),
    );
    expect(issuesOf(() => committeeArbitrary({ kind: 'board' as never }))).toEqual(
      invalid(
        'Give the committee kind as one of: pccc, joint-committee, governing-body, other. (at options.kind)',
        ['options', 'kind'],
        'invalid_value',
        'the text "board"',
      ),
    );
    expect(issuesOf(() => committeeArbitrary({ compliant: 'yes' as never }))).toEqual(
      invalid(
        'Say whether to generate only compliant committees (true or false). (at options.compliant)',
        ['options', 'compliant'],
        'boolean',
        'the text "yes"',
      ),
    );
    expect(issuesOf(() => commissioningEventArbitrary({ types: [] }))).toEqual(
      invalid(
        'List at least one event type. (at options.types)',
        ['options', 'types'],
        'too_small',
        'a list of 0',
      ),
    );
    expect(
      issuesOf(() => commissioningEventArbitrary({ types: ['GO_LIVE', 'VOTE' as never] })),
    ).toEqual(
      invalid(
        `Give each event type as one of: ${EVENT_TYPES.join(', ')}. (at options.types.1)`,
        ['options', 'types', 1],
        'invalid_value',
        'the text "VOTE"',
      ),
    );
    expect(issuesOf(() => lmcArbitrary({ colour: 'red' } as never))).toEqual(
      invalid(
        'Remove the field "colour" at options: not part of this record.',
        ['options'],
        'only the documented fields',
        'unknown field "colour"',
      ),
    );
    expect(issuesOf(() => offerArbitrary('near-valid' as never))).toEqual(
      invalid(
        'Give the options as an object, such as { validity: "near-valid" }. (at options)',
        ['options'],
        'object',
        'the text "near-valid"',
      ),
    );
  });

  it('make every exported arbitrary deterministic for a seed', () => {
    const makers: readonly (() => fc.Arbitrary<unknown>)[] = [
      () => isoDateArbitrary(),
      () => ratioArbitrary(),
      () => penceArbitrary(),
      () => ballotCaseArbitrary({ maxMembers: 5 }),
      () => commissioningStateArbitrary(),
      () => committeeArbitrary({ compliant: true, maxMembers: 6 }),
      () => nearValidArbitrary(fc.constant(RECORD), RecordSchema),
      () => invalidArbitrary(fc.constant(RECORD), RecordSchema),
    ];
    for (const make of makers) {
      expect(fc.sample(make(), { seed: 11, numRuns: 4 })).toEqual(
        fc.sample(make(), { seed: 11, numRuns: 4 }),
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Each entity arbitrary: the shape of what it generates and the variants it reaches.

describe('personArbitrary', () => {
  const people = sample(personArbitrary(), 300);

  it('reaches every role, and each optional field present and absent', () => {
    expect(
      seen(
        people.filter((person) => has(person, 'role')),
        (person) => person.role,
      ),
    ).toEqual([...ROLES].sort());
    for (const field of ['role', 'jobTitle', 'practiceIds']) {
      expect(seen(people, (person) => has(person, field))).toEqual([false, true]);
    }
  });

  it('writes IDs, names and job titles as the kit documents them', () => {
    for (const person of people) {
      expect(person.id).toMatch(PERSON_ID);
      expect(person.name).toMatch(NAME);
      if (person.jobTitle !== undefined) expect(isPhrase(person.jobTitle)).toBe(true);
      const practiceIds = person.practiceIds ?? [];
      for (const id of practiceIds) expect(id).toMatch(PRACTICE_ID);
      expect(new Set(practiceIds).size).toBe(practiceIds.length);
    }
    expect(seen(people, (person) => person.practiceIds?.length ?? -1)).toEqual([-1, 0, 1, 2, 3]);
    expect(seen(people, (person) => person.jobTitle?.split(' ').length ?? 0)).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
  });

  it('gives a lay focus, or none, only to lay members', () => {
    expect(
      people.filter((person) => person.role !== 'lay').some((person) => has(person, 'layFocus')),
    ).toBe(false);
    const lay = sample(
      personArbitrary().filter((person) => person.role === 'lay'),
      60,
    );
    expect(seen(lay, (person) => (has(person, 'layFocus') ? person.layFocus : 'none'))).toEqual([
      'audit-and-governance',
      'none',
      'other',
      'patient-and-public-involvement',
      'primary-care-commissioning',
    ]);
  });
});

describe('memberPracticeArbitrary', () => {
  const practices = sample(memberPracticeArbitrary(), 200);

  it('reaches every contract, with a list size and its date together or neither', () => {
    expect(seen(practices, (practice) => practice.contract)).toEqual(['APMS', 'GMS', 'PMS']);
    expect(
      seen(practices, (practice) => `${has(practice, 'listSize')} ${has(practice, 'listSizeOn')}`),
    ).toEqual(['false false', 'true true']);
    expect(seen(practices, (practice) => has(practice, 'representativeId'))).toEqual([false, true]);
  });

  it('writes the practice code, name, representative and list size as documented', () => {
    for (const practice of practices) {
      expect(practice.id).toMatch(PRACTICE_ID);
      expect(practice.name.endsWith(' Surgery')).toBe(true);
      if (practice.representativeId !== undefined)
        expect(practice.representativeId).toMatch(PERSON_ID);
      if (practice.listSize !== undefined) expect(practice.listSize).toBeLessThanOrEqual(40_000);
    }
  });
});

describe('ccgArbitrary', () => {
  const ccgs = sample(ccgArbitrary({ maxPractices: 3 }), 200);

  it('reaches every status, each optional field present and absent, and CCG codes like 06H', () => {
    expect(seen(ccgs, (ccg) => ccg.status)).toEqual(['A', 'B', 'C', 'none']);
    for (const field of ['statusSince', 'regionId', 'lmcId']) {
      expect(seen(ccgs, (ccg) => has(ccg, field))).toEqual([false, true]);
    }
    for (const ccg of ccgs) {
      expect(ccg.code).toMatch(/^[0-9]{2}[A-Z]$/);
      expect(ccg.name).toMatch(/^NHS [A-Z].* CCG$/);
      if (ccg.regionId !== undefined) expect(ccg.regionId).toMatch(/^region-[1-9]\d{0,2}$/);
      if (ccg.lmcId !== undefined) expect(ccg.lmcId).toMatch(/^lmc-[1-9]\d{0,2}$/);
    }
  });

  it('keeps to maxPractices, reaching it, with no practice twice', () => {
    expect(seen(ccgs, (ccg) => ccg.memberPractices.length)).toEqual([0, 1, 2, 3]);
    for (const ccg of ccgs) {
      const ids = ccg.memberPractices.map((practice) => practice.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(
      seen(sample(ccgArbitrary({ maxPractices: 0 }), 20), (ccg) => ccg.memberPractices.length),
    ).toEqual([0]);
    expect(sample(ccgArbitrary(), 60).every((ccg) => ccg.memberPractices.length <= 12)).toBe(true);
  });

  it('passes parseCcg when valid; parseCcg refuses a near-valid CCG at the broken place', () => {
    for (const ccg of ccgs.slice(0, 40)) expect(() => parseCcg(ccg)).not.toThrow();
    for (const broken of sample(ccgArbitrary({ validity: 'near-valid', maxPractices: 3 }), 20)) {
      const [issue] = issuesOf(() => parseCcg(broken)) as { path: (string | number)[] }[];
      const expected = CcgSchema.safeParse(broken).error?.issues[0]?.path;
      expect(issue?.path).toEqual(expected);
    }
  });
});

describe('lmcArbitrary, nhsEnglandRegionArbitrary and citationArbitrary', () => {
  it('give LMCs an ID, a name and an area or none', () => {
    const lmcs = sample(lmcArbitrary(), 100);
    expect(seen(lmcs, (lmc) => has(lmc, 'area'))).toEqual([false, true]);
    for (const lmc of lmcs) {
      expect(lmc.id).toMatch(/^lmc-[1-9]\d{0,2}$/);
      expect(lmc.name.endsWith(' LMC')).toBe(true);
    }
  });

  it('give regions an ID, a name and a local team or none', () => {
    const regions = sample(nhsEnglandRegionArbitrary(), 100);
    expect(seen(regions, (region) => has(region, 'localTeam'))).toEqual([false, true]);
    for (const region of regions) {
      expect(region.id).toMatch(/^region-[1-9]\d{0,2}$/);
      expect(region.name.startsWith('NHS England ')).toBe(true);
      if (has(region, 'localTeam')) expect(region.localTeam).toMatch(/^[A-Z][a-z ]* area team$/);
    }
  });

  it('cite every seed document and DOMAIN.md, with a section and a rule ID or neither', () => {
    const citations = sample(citationArbitrary(), 300);
    expect(seen(citations, (citation) => citation.document)).toEqual([
      '000_54d237cabb915ae9.txt',
      '001_90e702e51ebd935c.txt',
      '002_4254f9e60152174f.txt',
      '003_e9730ca5e7cbc14a.txt',
      '004_e95f1a032380c329.txt',
      'DOMAIN.md',
    ]);
    expect(
      seen(citations, (citation) => (has(citation, 'section') ? citation.section : 'none')),
    ).toEqual(['none', '§1', '§2', '§3', '§4', '§5', '§6', '§7', '§8', '§9']);
    expect(
      seen(citations, (citation) => (has(citation, 'domainId') ? citation.domainId : 'none')),
    ).toEqual(['BALLOT-THRESHOLD', 'COI-PCCC-LAY-CHAIR', 'MODEL-C-APPLICATION', 'none']);
  });
});

describe('committeeMemberArbitrary', () => {
  it('reaches every role, with and without a vote, each post and none', () => {
    const members = sample(committeeMemberArbitrary(), 300);
    expect(seen(members, (member) => member.role)).toEqual([...ROLES].sort());
    expect(seen(members, (member) => member.voting)).toEqual([false, true]);
    expect(seen(members, (member) => (has(member, 'post') ? member.post : 'none'))).toEqual([
      'chief-finance-officer',
      'chief-officer',
      'lay-member-governance',
      'none',
    ]);
    for (const member of members) {
      expect(member.personId).toMatch(/^p-[1-9]\d{0,3}$/);
      expect(member.name).toMatch(NAME);
    }
  });
});

const OBSERVERS = new Set<MemberRole>([
  'healthwatch',
  'health-and-wellbeing-board',
  'local-authority',
]);

describe('committeeArbitrary', () => {
  const committees = sample(committeeArbitrary(), 250);

  it('reaches every kind, named by its kind, with quorum, public meetings and vice-chair or not', () => {
    expect(seen(committees, (committee) => committee.kind)).toEqual([
      'governing-body',
      'joint-committee',
      'other',
      'pccc',
    ]);
    for (const committee of committees) {
      expect(committee.id).toBe(committee.kind);
      expect(committee.name).toMatch(/^[A-Z][a-z ]* Committee$/);
      const ids = committee.members.map((member) => member.personId);
      expect(new Set(ids).size).toBe(ids.length);
      if (committee.viceChairId !== undefined) expect(ids).toContain(committee.viceChairId);
    }
    expect(seen(committees, (committee) => has(committee, 'quorum'))).toEqual([false, true]);
    expect(
      seen(committees, (committee) =>
        has(committee, 'meetsInPublic') ? committee.meetsInPublic : 'none',
      ),
    ).toEqual([false, 'none', true]);
    expect(seen(committees, (committee) => has(committee, 'viceChairId'))).toEqual([false, true]);
  });

  it('has a chair from among the members or from outside, for every kind', () => {
    for (const kind of ['pccc', 'joint-committee', 'governing-body', 'other'] as const) {
      const ofKind = committees.filter((committee) => committee.kind === kind);
      expect(
        seen(ofKind, (committee) =>
          committee.chairId === 'p-outside'
            ? 'outside'
            : committee.members.some((member) => member.personId === committee.chairId)
              ? 'member'
              : 'unknown',
        ),
      ).toEqual(['member', 'outside']);
    }
    expect(
      committees.some((committee) => !checkCommittee(committee, { asOf: '2017-06-01' }).compliant),
    ).toBe(true);
  });

  it('keeps to maxMembers (at least 6), reaching it', () => {
    const size = (options: { maxMembers?: number }) =>
      Math.max(
        ...sample(committeeArbitrary(options), 150).map((committee) => committee.members.length),
      );
    expect(size({ maxMembers: 3 })).toBe(6);
    expect(size({ maxMembers: 8 })).toBe(8);
    expect(Math.max(...committees.map((committee) => committee.members.length))).toBe(12);
  });

  it('passes parseCommittee when valid, and parseCommittee refuses a near-valid one', () => {
    for (const committee of committees.slice(0, 40))
      expect(() => parseCommittee(committee)).not.toThrow();
    for (const broken of sample(
      committeeArbitrary({ validity: 'near-valid', maxMembers: 6 }),
      20,
    )) {
      expect(issuesOf(() => parseCommittee(broken)).length).toBeGreaterThan(0);
    }
  });

  it('makes a compliant governing body with its statutory members, each voting', () => {
    for (const committee of sample(
      committeeArbitrary({ kind: 'governing-body', compliant: true }),
      30,
    )) {
      expect(committee.members.slice(-6)).toEqual([
        { personId: 'p-gb-1', name: 'Member 1', role: 'lay', voting: true },
        { personId: 'p-gb-2', name: 'Member 2', role: 'lay', voting: true },
        { personId: 'p-gb-3', name: 'Member 3', role: 'executive', voting: true },
        { personId: 'p-gb-4', name: 'Member 4', role: 'executive', voting: true },
        { personId: 'p-gb-5', name: 'Member 5', role: 'nurse', voting: true },
        { personId: 'p-gb-6', name: 'Member 6', role: 'secondary-care-doctor', voting: true },
      ]);
      expect(committee.members.some((member) => member.personId === committee.chairId)).toBe(true);
      expect(
        committee.members
          .filter((member) => OBSERVERS.has(member.role))
          .every((member) => !member.voting),
      ).toBe(true);
    }
  });

  it('leaves a compliant committee of another kind its own chair, observers without a vote', () => {
    for (const committee of sample(committeeArbitrary({ kind: 'other', compliant: true }), 40)) {
      expect(committee.members.some((member) => member.personId === committee.chairId)).toBe(true);
      expect(committee.members.some((member) => member.personId === 'p-chair')).toBe(false);
      expect(
        committee.members
          .filter((member) => OBSERVERS.has(member.role))
          .every((member) => !member.voting),
      ).toBe(true);
    }
  });

  it.each([
    ['pccc', ['lay', 'executive']],
    ['joint-committee', ['lay', 'executive', 'nhs-england']],
  ] as const)(
    'gives a compliant %s a voting lay chair and takes only the votes needed for a lay and executive majority',
    (kind, majorityRoles) => {
      const inMajority = new Set<MemberRole>(majorityRoles);
      // The same seed draws the same committee, so each compliant one can be set beside the committee it was made from.
      const drawn = sample(committeeArbitrary({ kind }), 120);
      const made = sample(committeeArbitrary({ kind, compliant: true }), 120);
      let taken = 0;
      made.forEach((committee: Committee, index) => {
        const before = drawn[index] as Committee;
        const [chair, ...members] = committee.members;
        expect(committee.chairId).toBe('p-chair');
        expect(chair).toEqual({
          personId: 'p-chair',
          name: 'Lay Chair',
          role: 'lay',
          voting: true,
        });
        expect(members.map((member) => member.personId)).toEqual(
          before.members.map((member) => member.personId),
        );
        const lost = members.filter(
          (member, at) =>
            !OBSERVERS.has(member.role) &&
            (before.members[at] as Committee['members'][number]).voting &&
            !member.voting,
        );
        for (const member of members)
          if (OBSERVERS.has(member.role)) expect(member.voting).toBe(false);
        for (const member of lost) expect(inMajority.has(member.role)).toBe(false);
        const majority = committee.members.filter(
          (member) => member.voting && inMajority.has(member.role),
        ).length;
        const votes = committee.members.filter((member) => member.voting).length;
        expect(2 * majority).toBeGreaterThan(votes);
        // One vote fewer taken would not have been enough.
        if (lost.length > 0) expect(2 * majority).toBeLessThanOrEqual(votes + 1);
        taken += lost.length;
        expect(checkCommittee(committee, { asOf: '2017-06-01' }).compliant).toBe(true);
      });
      expect(taken).toBeGreaterThan(10);
    },
  );
});

describe('voteArbitrary and ballotRulesArbitrary', () => {
  it('give votes from members P001 to P999, every choice, dated in the CCG years', () => {
    const votes = sample(voteArbitrary(), 200);
    expect(seen(votes, (vote) => vote.choice)).toEqual(['abstain', 'no', 'spoilt', 'yes']);
    for (const vote of votes) {
      expect(vote.memberId).toMatch(/^P(?!000)\d{3}$/);
      expect(vote.castOn >= '2013-04-01' && vote.castOn <= '2022-06-30').toBe(true);
    }
  });

  it('reach every weighting, threshold, quorum, tie and changed-vote rule, quorum and changed votes optional', () => {
    const rules = sample(ballotRulesArbitrary(), 300);
    for (const rule of rules) {
      for (const field of ['weighting', 'threshold', 'tie']) expect(has(rule, field)).toBe(true);
      const { numerator, denominator } = rule.threshold.ratio;
      expect(numerator >= 1 && numerator <= denominator && denominator <= 12).toBe(true);
      if (rule.quorum !== undefined) {
        expect(rule.quorum.turnout.numerator).toBeLessThanOrEqual(rule.quorum.turnout.denominator);
      }
    }
    expect(seen(rules, (rule) => rule.weighting.kind)).toEqual(['list-size', 'per-member']);
    const weighted = rules.flatMap((rule) =>
      rule.weighting.kind === 'list-size' ? [rule.weighting] : [],
    );
    expect(seen(weighted, (weighting) => weighting.rounding)).toEqual(['ceil', 'floor', 'nearest']);
    expect(seen(weighted, (weighting) => weighting.minimumVotes)).toEqual([1, 2]);
    expect(seen(rules, (rule) => rule.threshold.comparator)).toEqual(['>', '>=']);
    expect(seen(rules, (rule) => rule.threshold.base)).toEqual([
      'eligible',
      'votes-cast',
      'yes-no',
    ]);
    expect(seen(rules, (rule) => has(rule, 'quorum'))).toEqual([false, true]);
    expect(seen(rules, (rule) => rule.quorum?.turnout.numerator === 0)).toEqual([false, true]);
    expect(seen(rules, (rule) => rule.tie)).toEqual([
      'chair-casting-vote',
      'not-carried',
      're-ballot',
    ]);
    expect(seen(rules, (rule) => (has(rule, 'changedVotes') ? rule.changedVotes : 'none'))).toEqual(
      ['first-counts', 'last-counts', 'none', 'reject-all'],
    );
  });
});

describe('ballotCaseArbitrary, ballotArbitrary and ballotResultArbitrary', () => {
  const cases = sample(ballotCaseArbitrary({ maxMembers: 4 }), 250);

  it('number the electorate P001 upwards, up to maxMembers and reaching it', () => {
    expect(seen(cases, ({ ballot }) => ballot.electorate.length)).toEqual([1, 2, 3, 4]);
    for (const { ballot } of cases) {
      expect(ballot.electorate.map((elector) => elector.memberId)).toEqual(
        ['P001', 'P002', 'P003', 'P004'].slice(0, ballot.electorate.length),
      );
    }
    expect(
      seen(sample(ballotArbitrary({ maxMembers: 4 }), 150), (ballot) => ballot.electorate.length),
    ).toEqual([1, 2, 3, 4]);
    expect(
      seen(
        sample(ballotResultArbitrary({ maxMembers: 4 }), 150),
        (result) => result.counts.eligible,
      ),
    ).toEqual([1, 2, 3, 4]);
    expect(sample(ballotArbitrary(), 60).every((ballot) => ballot.electorate.length <= 15)).toBe(
      true,
    );
  });

  it('give list sizes, counted on the opening day, exactly when votes are weighted by list size', () => {
    for (const { ballot } of cases) {
      const weighted = ballot.rules.weighting.kind === 'list-size';
      for (const elector of ballot.electorate) {
        expect(has(elector, 'listSize')).toBe(weighted);
        if (weighted) expect(elector.listSizeOn).toBe(ballot.opens);
      }
    }
    expect(seen(cases, ({ ballot }) => ballot.rules.weighting.kind)).toEqual([
      'list-size',
      'per-member',
    ]);
  });

  it('open within 2014-06-01 to 2022-03-31 for up to 40 days, every vote inside the window', () => {
    for (const { ballot, votes } of cases) {
      expect(ballot.opens >= '2014-06-01' && ballot.opens <= '2022-03-31').toBe(true);
      expect(daysBetween(ballot.opens, ballot.closes)).toBeLessThanOrEqual(40);
      const ids = votes.map((vote) => vote.memberId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const vote of votes) {
        expect(ballot.electorate.map((elector) => elector.memberId)).toContain(vote.memberId);
        expect(vote.castOn >= ballot.opens && vote.castOn <= ballot.closes).toBe(true);
      }
    }
    expect(seen(cases, ({ ballot }) => daysBetween(ballot.opens, ballot.closes) === 0)).toEqual([
      false,
      true,
    ]);
  });

  it('give a casting vote only when the tie rule is the chair’s casting vote, and not always then', () => {
    for (const { ballot } of cases) {
      if (ballot.rules.tie !== 'chair-casting-vote') expect(has(ballot, 'castingVote')).toBe(false);
    }
    const castingRule = cases.filter(({ ballot }) => ballot.rules.tie === 'chair-casting-vote');
    expect(
      seen(castingRule, ({ ballot }) => (has(ballot, 'castingVote') ? ballot.castingVote : 'none')),
    ).toEqual(['no', 'none', 'yes']);
  });
});

describe('declarationArbitrary and registerArbitrary', () => {
  it('declare every type of interest from 0 to 60 days after it arose, ending on or after that day or not at all', () => {
    const declarations = sample(declarationArbitrary(), 250);
    expect(seen(declarations, (declaration) => declaration.type)).toEqual([
      'financial',
      'indirect',
      'non-financial-personal',
      'non-financial-professional',
    ]);
    for (const declaration of declarations) {
      expect(declaration.id).toMatch(/^d-[1-9]\d{0,3}$/);
      expect(declaration.personId).toMatch(PERSON_ID);
      expect(declaration.arisesOn >= '2013-04-01' && declaration.arisesOn <= '2021-12-31').toBe(
        true,
      );
      const delay = daysBetween(declaration.arisesOn, declaration.declaredOn);
      expect(delay >= 0 && delay <= 60).toBe(true);
      if (declaration.endsOn !== undefined)
        expect(declaration.endsOn >= declaration.arisesOn).toBe(true);
      for (const id of declaration.organisationIds ?? []) expect(id).toMatch(PRACTICE_ID);
    }
    expect(
      seen(
        declarations,
        (declaration) => daysBetween(declaration.arisesOn, declaration.declaredOn) > 28,
      ),
    ).toEqual([false, true]);
    for (const field of ['endsOn', 'organisationIds', 'direct', 'mitigation', 'consentToPublish']) {
      expect(seen(declarations, (declaration) => has(declaration, field))).toEqual([false, true]);
    }
  });

  it('give registers up to 6 declarations with unique IDs, 4 nil returns and 3 review dates, reaching each', () => {
    const registers = sample(registerArbitrary(), 250);
    expect(Math.max(...registers.map((register) => register.declarations.length))).toBe(6);
    expect(Math.max(...registers.map((register) => register.nilReturns?.length ?? 0))).toBe(4);
    expect(Math.max(...registers.map((register) => register.reviewedOn?.length ?? 0))).toBe(3);
    for (const register of registers) {
      const ids = register.declarations.map((declaration) => declaration.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const nil of register.nilReturns ?? []) expect(nil.personId).toMatch(PERSON_ID);
    }
    expect(seen(registers, (register) => has(register, 'nilReturns'))).toEqual([false, true]);
    expect(seen(registers, (register) => has(register, 'reviewedOn'))).toEqual([false, true]);
  });
});

describe('offerArbitrary', () => {
  it('reaches every kind and source, up to £200, offered and declared from April 2015, each optional field present and absent', () => {
    const offers = sample(offerArbitrary(), 250);
    expect(seen(offers, (offer) => offer.kind)).toEqual(['cash-or-voucher', 'gift', 'hospitality']);
    expect(seen(offers, (offer) => offer.source.kind)).toEqual(['other', 'supplier']);
    for (const offer of offers) {
      expect(offer.id).toMatch(/^o-[1-9]\d{0,3}$/);
      expect(offer.recipientId).toMatch(PERSON_ID);
      expect(offer.source.id).toMatch(/^source-[1-9]\d{0,2}$/);
      expect(offer.source.name).toMatch(NAME);
      expect(offer.offeredOn >= '2015-04-01' && offer.offeredOn <= '2022-06-30').toBe(true);
      if (offer.declaredOn !== undefined) {
        expect(offer.declaredOn >= '2015-04-01' && offer.declaredOn <= '2022-06-30').toBe(true);
      }
      expect(offer.valuePence >= 0 && offer.valuePence <= 20_000).toBe(true);
    }
    for (const field of [
      'description',
      'promotional',
      'accepted',
      'onBehalfOfOrganisation',
      'declaredOn',
      'seniorApproval',
    ]) {
      expect(seen(offers, (offer) => has(offer, field))).toEqual([false, true]);
    }
  });
});

describe('agendaItemArbitrary and meetingArbitrary', () => {
  it('reach every kind of decision, with or without determinations and minuted voters', () => {
    const items = sample(agendaItemArbitrary(), 200);
    expect(seen(items, (item) => item.decisionKind)).toEqual([
      'for-information',
      'investment',
      'other',
      'performance-management',
      'procurement',
    ]);
    for (const field of ['determinations', 'recordedVoterIds']) {
      expect(seen(items, (item) => has(item, field))).toEqual([false, true]);
    }
    expect(seen(items, (item) => has(item.subject, 'affectsMemberPractices'))).toEqual([
      false,
      true,
    ]);
    expect(seen(items, (item) => item.subject.organisationIds.length)).toEqual([0, 1, 2, 3]);
  });

  it('give meetings from December 2014, with up to 10 unique attendees and 3 items with unique IDs', () => {
    const meetings = sample(meetingArbitrary(), 200);
    expect(seen(meetings, (meeting) => meeting.committeeId)).toEqual(['jc', 'pccc']);
    expect(seen(meetings, (meeting) => meeting.items.length)).toEqual([0, 1, 2, 3]);
    expect(Math.max(...meetings.map((meeting) => meeting.attendeeIds.length))).toBe(10);
    for (const meeting of meetings) {
      expect(meeting.id).toMatch(/^meeting-[1-9]\d{0,2}$/);
      expect(meeting.date >= '2014-12-01' && meeting.date <= '2022-06-30').toBe(true);
      for (const id of meeting.attendeeIds) expect(id).toMatch(PERSON_ID);
      expect(new Set(meeting.attendeeIds).size).toBe(meeting.attendeeIds.length);
      const itemIds = meeting.items.map((item) => item.id);
      expect(new Set(itemIds).size).toBe(itemIds.length);
    }
  });

  it('keep to 10 attendees and 3 items even when fast-check is asked for larger values', () => {
    fc.configureGlobal({ baseSize: 'large' });
    try {
      const meetings = sample(meetingArbitrary(), 30);
      expect(
        meetings.every((meeting) => meeting.attendeeIds.length <= 10 && meeting.items.length <= 3),
      ).toBe(true);
    } finally {
      fc.resetConfigureGlobal();
    }
  });
});

describe('procurementDecisionArbitrary', () => {
  it('gives each element of the register present or missing, in the register’s own words', () => {
    const decisions = sample(procurementDecisionArbitrary(), 250);
    for (const field of [
      'title',
      'decisionDetails',
      'decisionMakers',
      'conflictsSummary',
      'managementActions',
      'decidedBy',
      'contractValuePence',
      'organisationIds',
    ]) {
      expect(seen(decisions, (decision) => has(decision, field))).toEqual([false, true]);
    }
    expect(seen(decisions, (decision) => decision.conflictsSummary ?? 'none')).toEqual([
      'A member declared a financial interest.',
      'None declared',
      'none',
    ]);
    expect(seen(decisions, (decision) => decision.managementActions ?? 'none')).toEqual([
      'Not applicable',
      'The member left for the item.',
      'none',
    ]);
    expect(seen(decisions, (decision) => decision.decidedBy ?? 'none')).toEqual([
      'Primary Care Commissioning Committee',
      'none',
    ]);
    // -1: no decision makers recorded; a list given names one to three.
    expect(seen(decisions, (decision) => decision.decisionMakers?.length ?? -1)).toEqual([
      -1, 1, 2, 3,
    ]);
    expect(seen(decisions, (decision) => decision.organisationIds?.length ?? -1)).toEqual([
      -1, 0, 1, 2, 3,
    ]);
    const makers = decisions.flatMap((decision) => decision.decisionMakers ?? []);
    expect(seen(makers, (maker) => has(maker, 'role'))).toEqual([false, true]);
    expect(seen(makers, (maker) => has(maker, 'personId'))).toEqual([false, true]);
    for (const decision of decisions) {
      expect(decision.id).toMatch(/^pd-[1-9]\d{0,2}$/);
      expect(decision.decidedOn >= '2014-12-01' && decision.decidedOn <= '2022-06-30').toBe(true);
      for (const id of decision.organisationIds ?? []) expect(id).toMatch(/^org-[1-9]\d{0,2}$/);
      for (const maker of decision.decisionMakers ?? []) {
        expect(maker.name).toMatch(NAME);
        if (maker.personId !== undefined) expect(maker.personId).toMatch(PERSON_ID);
      }
    }
  });
});

describe('commissioningEventArbitrary', () => {
  it('reaches all thirteen event types, each dated from June 2014 to June 2022', () => {
    const events = sample(commissioningEventArbitrary(), 300);
    expect(seen(events, (event) => event.type)).toEqual([...EVENT_TYPES].sort());
    for (const event of events)
      expect(event.on >= '2014-06-01' && event.on <= '2022-06-30').toBe(true);
    const only = sample(commissioningEventArbitrary({ types: ['GIVE_NOTICE'] }), 20);
    expect(seen(only, (event) => event.type)).toEqual(['GIVE_NOTICE']);
  });

  it('gives an amended constitution each approval or none, and applications up to three signatories', () => {
    const amendments = sample(commissioningEventArbitrary({ types: ['AMEND_CONSTITUTION'] }), 60);
    for (const field of ['approvedByMembers', 'approvedByNhsEngland']) {
      expect(seen(amendments, (event) => has(event, field))).toEqual([false, true]);
    }
    const applications = sample(commissioningEventArbitrary({ types: ['SUBMIT_APPLICATION'] }), 80);
    expect(
      seen(applications, (event) =>
        event.type === 'SUBMIT_APPLICATION' ? event.signedBy.length : -1,
      ),
    ).toEqual([0, 1, 2, 3]);
  });

  it('records ballots of up to 6 members and establishes committees of up to 8', () => {
    const ballots = sample(commissioningEventArbitrary({ types: ['RECORD_BALLOT'] }), 100);
    expect(
      seen(ballots, (event) =>
        event.type === 'RECORD_BALLOT' ? event.result.counts.eligible : -1,
      ),
    ).toEqual([1, 2, 3, 4, 5, 6]);
    const committees = sample(commissioningEventArbitrary({ types: ['ESTABLISH_COMMITTEE'] }), 120);
    expect(
      Math.max(
        ...committees.map((event) =>
          event.type === 'ESTABLISH_COMMITTEE' ? event.committee.members.length : -1,
        ),
      ),
    ).toBe(8);
  });
});

describe('commissioningStateArbitrary', () => {
  it('gives settled CCGs in every model, and moves to delegation from each model, go-live year and step', () => {
    const states = sample(commissioningStateArbitrary(), 300);
    const settled = states.filter((state) => state.proposal === undefined);
    const moving = states.flatMap((state) =>
      state.proposal === undefined ? [] : [{ state, proposal: state.proposal }],
    );
    expect(seen(settled, (state) => state.status)).toEqual(['A', 'B', 'C', 'none']);
    expect(settled.every((state) => state.history.length === 0)).toBe(true);
    expect(seen(moving, ({ proposal }) => proposal.goLive)).toEqual(
      ['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022'].map(
        (year) => `${year}-04-01`,
      ),
    );
    expect(seen(moving, ({ state }) => state.origin.status)).toEqual(['A', 'B', 'none']);
    expect(seen(moving, ({ state }) => state.history.length)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });
});

describe('applicationWaveArbitrary', () => {
  const waves = sample(applicationWaveArbitrary(), 250);

  it('goes live on a 1 April from 2015 to 2022 for either model, citing one or two sources', () => {
    expect(seen(waves, (wave) => wave.model)).toEqual(['B', 'C']);
    expect(seen(waves, (wave) => wave.goLive)).toEqual(
      ['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022'].map(
        (year) => `${year}-04-01`,
      ),
    );
    expect(seen(waves, (wave) => wave.sources.length)).toEqual([1, 2]);
  });

  it('closes between June and December of the year before go-live, or unknown (null), or says nothing', () => {
    expect(
      seen(waves, (wave) =>
        has(wave, 'closes') ? (wave.closes === null ? 'null' : 'date') : 'absent',
      ),
    ).toEqual(['absent', 'date', 'null']);
    for (const wave of waves) {
      if (typeof wave.closes !== 'string') continue;
      expect(wave.closes.slice(0, 4)).toBe(String(Number(wave.goLive.slice(0, 4)) - 1));
      expect(wave.closes.slice(5) >= '06-01' && wave.closes.slice(5) <= '12-31').toBe(true);
    }
  });

  it('carries the regional note or no note field at all', () => {
    expect(seen(waves, (wave) => (has(wave, 'note') ? wave.note : 'absent'))).toEqual([
      'From a regional letter.',
      'absent',
    ]);
  });
});
