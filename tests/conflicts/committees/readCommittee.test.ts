// parseCommittee reads a committee by hand first (readCommittee) and falls back to CommitteeSchema
// only when that reading gives up, so the public answer hides a fast path that is too lax: a
// committee the schema refuses would be accepted, unworded, and checked as if it were sound.
// These tests pin the fast path itself against the schema, field by field: for every plain input
// the schema accepts it returns the schema's reading (same JSON, same key order, deeply frozen);
// for every input the schema refuses it returns undefined; it never throws; and it leaves to the
// schema, as its header says, what is not plainly a committee (a class instance, an optional field
// given as undefined, an inherited field). They also pin the repeat check parseCommittee runs on
// the fast path's answer (a quadratic scan up to 24 members, a set above), the day numbers that
// decide which committee rules are in force on `asOf` (isoDayNumber: exactly the real dates
// written YYYY-MM-DD), and that only a committee parseCommittee returned is trusted unvalidated.
import {
  type CoCommissioningError,
  type Committee,
  type CommitteeMember,
  CommitteeSchema,
  checkCommittee,
  checkParsedCommittee,
  createCommissioningState,
  explainTransition,
  type Issue,
  isCoCommissioningError,
  parseCommittee,
  safeCheckCommittee,
  safeParseCommittee,
} from 'co-commissioning';
import { committeeArbitrary, deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, splitIsoDate } from '../../../src/_lib/calendar.js';
import { isoDayNumber } from '../../../src/conflicts/committees/internal/isoDateText.js';
import {
  hasRepeatedPerson,
  readCommittee,
} from '../../../src/conflicts/committees/internal/readCommittee.js';
import { bmaModelPccc, cambridgeshirePccc } from './fixtures.js';

type Step = string | number;
type Path = readonly Step[];
type Fields = Record<Step, unknown>;

/**
 * The BMA model PCCC's core (fixtures.ts) with every field a committee can carry: a vice-chair,
 * meeting in public, members with and without a post, and a quorum from its terms of reference
 * using every clause, every matcher field and both comparators. Some keys are written out of the
 * schema's order (viceChairId before members, a label before its clause, the denominator first,
 * the source first) so that the reading must put them back in the schema's order.
 */
const RICH: Committee = {
  id: 'pccc-model',
  name: 'Primary Care Commissioning Committee',
  kind: 'pccc',
  chairId: 'p-hughes',
  viceChairId: 'p-bell',
  members: [
    {
      post: 'lay-member-governance',
      personId: 'p-hughes',
      name: 'Mrs R Hughes',
      role: 'lay',
      voting: true,
    },
    { personId: 'p-bell', name: 'Mr T Bell', role: 'lay', voting: true, post: 'lay-member-ppi' },
    { personId: 'p-osei', name: 'Ms F Osei', role: 'lay', voting: true },
    {
      personId: 'p-grant',
      name: 'Ms L Grant',
      role: 'executive',
      voting: true,
      post: 'chief-officer',
    },
    {
      personId: 'p-evans',
      name: 'Mr D Evans',
      role: 'executive',
      voting: true,
      post: 'chief-finance-officer',
    },
    { personId: 'p-okafor', name: 'Dr B Okafor', role: 'ccg-gp', voting: false },
  ],
  meetsInPublic: true,
  quorum: {
    source: {
      domainId: 'PCCC-QUORUM-LOCAL',
      document: 'PCCC terms of reference',
      section: '7.1',
    },
    rule: {
      label: 'the quorum of the terms of reference',
      kind: 'all-of',
      rules: [
        { kind: 'at-least', count: 3, label: 'three members' },
        { kind: 'at-least', count: 1, of: { roles: ['lay'] }, label: 'a lay member' },
        {
          kind: 'any-of',
          label: 'the chief officer, the CFO or the vice-chair',
          rules: [
            {
              kind: 'at-least',
              count: 1,
              of: { posts: ['chief-officer', 'chief-finance-officer'] },
            },
            { kind: 'at-least', count: 1, of: { personIds: ['p-bell'], offices: ['vice-chair'] } },
          ],
        },
        {
          kind: 'share',
          ratio: { denominator: 2, numerator: 1 },
          comparator: '>',
          of: { roles: ['lay', 'executive'], offices: ['chair', 'vice-chair'] },
          label: 'more than half of the lay and executive members',
        },
        { kind: 'share', ratio: { numerator: 1, denominator: 3 }, comparator: '>=' },
      ],
    },
    countsNonVotingMembers: false,
    countsDiscussionOnlyMembers: true,
  },
};

const json = (value: unknown) => JSON.stringify(value);
const pathText = (path: Path) => (path.length === 0 ? '(the committee)' : path.join('.'));
const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const step of path) value = (value as Fields)[step];
  return value;
}

/** A copy of the rich committee with the value at `path` replaced by `change(value)`. */
function changedAt(path: Path, change: (value: unknown) => unknown): unknown {
  if (path.length === 0) return change(structuredClone(RICH));
  const copy = structuredClone(RICH);
  const parent = valueAt(copy, path.slice(0, -1)) as Fields;
  const key = path.at(-1) as Step;
  parent[key] = change(parent[key]);
  return copy;
}

/** A copy of the rich committee without the field (or list item) at `path`. */
function removedAt(path: Path): unknown {
  const copy = structuredClone(RICH);
  const parent = valueAt(copy, path.slice(0, -1));
  const key = path.at(-1) as Step;
  if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete (parent as Fields)[key];
  return copy;
}

/** Every place in a value: the value itself, then each field and list item, depth first. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const found: Path[] = [path];
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      found.push(...pathsOf(item, [...path, index]));
    });
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) found.push(...pathsOf(item, [...path, key]));
  }
  return found;
}

const PATHS = pathsOf(RICH);
const OBJECT_PATHS = PATHS.filter((path) => isRecord(valueAt(RICH, path)));
/** The fields the schema lets one leave out (found by leaving each out in turn). */
const OPTIONAL_PATHS = PATHS.filter(
  (path) =>
    path.length > 0 &&
    isRecord(valueAt(RICH, path.slice(0, -1))) &&
    CommitteeSchema.safeParse(removedAt(path)).success,
);

/** Wrong (or differently right) values put in place of each field in turn. */
const REPLACEMENTS: readonly (readonly [string, unknown])[] = [
  ['null', null],
  ["''", ''],
  ['0', 0],
  ['-1', -1],
  ['1.5', 1.5],
  ['2 ** 53', 2 ** 53],
  ["'x'", 'x'],
  ['true', true],
  ['false', false],
  ['[]', []],
  ['[null]', [null]],
  ['{}', {}],
  ['the text 3', '3'],
  // Literals of this and other fields, right and wrong.
  ["'Lay'", 'Lay'],
  ["'nurse'", 'nurse'],
  ["'chair'", 'chair'],
  ["'vice-chair'", 'vice-chair'],
  ["'other'", 'other'],
  ["'>'", '>'],
  ["'>='", '>='],
  ["'=>'", '=>'],
  ["'at-least'", 'at-least'],
  ["'share'", 'share'],
  ["'any-of'", 'any-of'],
  ["'constructor'", 'constructor'],
];

/** Every variant of the rich committee changed at one place, each named by its change. */
function variantsAt(path: Path): [string, unknown][] {
  const value = valueAt(RICH, path);
  const variants: [string, unknown][] = REPLACEMENTS.map(([label, replacement]) => [
    `replaced by ${label}`,
    changedAt(path, () => structuredClone(replacement)),
  ]);
  if (path.length > 0) variants.push(['left out', removedAt(path)]);
  if (typeof value === 'string') variants.push(['wrapped in a list', changedAt(path, (v) => [v])]);
  if (typeof value === 'number') variants.push(['written as text', changedAt(path, String)]);
  if (Array.isArray(value)) {
    variants.push(['with a null item added', changedAt(path, (v) => [...(v as unknown[]), null])]);
    variants.push([
      'with its first item repeated',
      changedAt(path, (v) => [...(v as unknown[]), (v as unknown[])[0]]),
    ]);
  }
  if (isRecord(value)) {
    variants.push([
      'with an unknown field',
      changedAt(path, (v) => ({ ...(v as Fields), unexpectedField: true })),
    ]);
    variants.push([
      'as a list carrying the same fields',
      changedAt(path, (v) => Object.assign([], v)),
    ]);
    variants.push([
      'with no prototype',
      changedAt(path, (v) => Object.assign(Object.create(null) as Fields, v)),
    ]);
  }
  return variants;
}

/** Where the fast path and the schema part ways for one input, in words; undefined if they agree. */
function disagreement(input: unknown): string | undefined {
  let fast: Committee | undefined;
  try {
    fast = readCommittee(input);
  } catch (error) {
    return `readCommittee threw ${String(error)}`;
  }
  const schema = CommitteeSchema.safeParse(input);
  if (!schema.success) {
    const [issue] = schema.error.issues;
    return fast === undefined
      ? undefined
      : `took what the schema refuses (${issue?.path.join('.')}: ${issue?.message}) as ${json(fast)}`;
  }
  if (fast === undefined) return 'left to the schema a committee it accepts';
  if (json(fast) !== json(schema.data))
    return `read ${json(fast)}, the schema ${json(schema.data)}`;
  if (!isDeepFrozen(fast)) return 'returned a committee that is not deeply frozen';
  return undefined;
}

/** A plain class whose instances carry the fields given (the schema reads them; readCommittee declines). */
class Row {
  constructor(fields: unknown) {
    Object.assign(this, fields);
  }
}

describe('readCommittee, the fast reading of a committee', () => {
  describe('when given a committee with every field', () => {
    it('reads it exactly as the schema does: same JSON, schema key order, deeply frozen', () => {
      const input = structuredClone(RICH);
      const fast = readCommittee(input);
      expect(fast).toBeDefined();
      expect(json(fast)).toBe(json(CommitteeSchema.parse(input)));
      expect(isDeepFrozen(fast)).toBe(true);
      expect(fast).not.toBe(input);
      expect(Object.isFrozen(input)).toBe(false);
      // The keys come back in the schema's order, whatever order they were written in.
      expect(Object.keys(fast as Committee)).toEqual([
        'id',
        'name',
        'kind',
        'chairId',
        'members',
        'viceChairId',
        'quorum',
        'meetsInPublic',
      ]);
      expect(Object.keys(fast?.members[0] as CommitteeMember)).toEqual([
        'personId',
        'name',
        'role',
        'voting',
        'post',
      ]);
      expect(Object.keys(fast?.quorum ?? {})).toEqual([
        'rule',
        'countsNonVotingMembers',
        'countsDiscussionOnlyMembers',
        'source',
      ]);
      expect(fast?.quorum?.source).toEqual({
        document: 'PCCC terms of reference',
        section: '7.1',
        domainId: 'PCCC-QUORUM-LOCAL',
      });
      expect(json(fast?.quorum?.source)).toBe(
        '{"document":"PCCC terms of reference","section":"7.1","domainId":"PCCC-QUORUM-LOCAL"}',
      );
      expect(json(fast?.quorum?.rule)).toBe(
        json({
          kind: 'all-of',
          rules: [
            { kind: 'at-least', count: 3, label: 'three members' },
            { kind: 'at-least', count: 1, of: { roles: ['lay'] }, label: 'a lay member' },
            {
              kind: 'any-of',
              rules: [
                {
                  kind: 'at-least',
                  count: 1,
                  of: { posts: ['chief-officer', 'chief-finance-officer'] },
                },
                {
                  kind: 'at-least',
                  count: 1,
                  of: { personIds: ['p-bell'], offices: ['vice-chair'] },
                },
              ],
              label: 'the chief officer, the CFO or the vice-chair',
            },
            {
              kind: 'share',
              ratio: { numerator: 1, denominator: 2 },
              comparator: '>',
              of: { roles: ['lay', 'executive'], offices: ['chair', 'vice-chair'] },
              label: 'more than half of the lay and executive members',
            },
            { kind: 'share', ratio: { numerator: 1, denominator: 3 }, comparator: '>=' },
          ],
          label: 'the quorum of the terms of reference',
        }),
      );
    });

    it('knows which fields are optional as the schema does', () => {
      expect(OPTIONAL_PATHS.map(pathText)).toEqual([
        'viceChairId',
        'members.0.post',
        'members.1.post',
        'members.3.post',
        'members.4.post',
        'meetsInPublic',
        'quorum',
        'quorum.source',
        'quorum.source.domainId',
        'quorum.source.section',
        'quorum.rule.label',
        'quorum.rule.rules.0.label',
        'quorum.rule.rules.1.of',
        'quorum.rule.rules.1.of.roles',
        'quorum.rule.rules.1.label',
        'quorum.rule.rules.2.label',
        'quorum.rule.rules.2.rules.0.of',
        'quorum.rule.rules.2.rules.0.of.posts',
        'quorum.rule.rules.2.rules.1.of',
        'quorum.rule.rules.2.rules.1.of.personIds',
        'quorum.rule.rules.2.rules.1.of.offices',
        'quorum.rule.rules.3.of',
        'quorum.rule.rules.3.of.roles',
        'quorum.rule.rules.3.of.offices',
        'quorum.rule.rules.3.label',
        'quorum.countsNonVotingMembers',
        'quorum.countsDiscussionOnlyMembers',
      ]);
    });

    it.each(OPTIONAL_PATHS.map((path) => [pathText(path), path] as const))(
      'reads it without %s as the schema does',
      (_name, path) => {
        const input = removedAt(path);
        const fast = readCommittee(input);
        expect(fast).toBeDefined();
        expect(json(fast)).toBe(json(CommitteeSchema.parse(input)));
        expect(isDeepFrozen(fast)).toBe(true);
      },
    );

    it('reads it with no prototype anywhere as the schema does', () => {
      const bare = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(bare);
        if (!isRecord(value)) return value;
        const copy = Object.create(null) as Fields;
        for (const [key, item] of Object.entries(value)) copy[key] = bare(item);
        return copy;
      };
      expect(disagreement(bare(RICH))).toBeUndefined();
      expect(readCommittee(bare(RICH))).toBeDefined();
    });
  });

  describe('when one field is wrong, missing, extra or differently right', () => {
    it.each(PATHS.map((path) => [pathText(path), path] as const))(
      'agrees with the schema at %s',
      (_name, path) => {
        const parted = variantsAt(path).flatMap(([change, input]) => {
          const found = disagreement(input);
          return found === undefined ? [] : [`${pathText(path)} ${change}: ${found}`];
        });
        expect(parted).toEqual([]);
      },
    );

    // The sweep above in words: what the schema accepts that looks odd, and what it refuses.
    it.each([
      [
        'an empty matcher (it matches every member)',
        ['quorum', 'rule', 'rules', 1, 'of'],
        {},
        true,
      ],
      ['a zero numerator', ['quorum', 'rule', 'rules', 3, 'ratio', 'numerator'], 0, true],
      ['a negative numerator', ['quorum', 'rule', 'rules', 3, 'ratio', 'numerator'], -1, true],
      ['an empty section', ['quorum', 'source', 'section'], '', true],
      ['an empty DOMAIN rule ID', ['quorum', 'source', 'domainId'], '', true],
      ['the other comparator', ['quorum', 'rule', 'rules', 3, 'comparator'], '>=', true],
      ['an any-of where an all-of was', ['quorum', 'rule', 'kind'], 'any-of', true],
      ['a denominator of 0', ['quorum', 'rule', 'rules', 3, 'ratio', 'denominator'], 0, false],
      ['a negative denominator', ['quorum', 'rule', 'rules', 4, 'ratio', 'denominator'], -3, false],
      ['a fractional numerator', ['quorum', 'rule', 'rules', 4, 'ratio', 'numerator'], 0.5, false],
      ['a count of 0', ['quorum', 'rule', 'rules', 0, 'count'], 0, false],
      ['a count beyond safe integers', ['quorum', 'rule', 'rules', 0, 'count'], 2 ** 53, false],
      ['an empty label', ['quorum', 'rule', 'rules', 0, 'label'], '', false],
      ['an empty label on a combination', ['quorum', 'rule', 'label'], '', false],
      ['a comparator written =>', ['quorum', 'rule', 'rules', 4, 'comparator'], '=>', false],
      ['a clause kind in a list', ['quorum', 'rule', 'kind'], ['all-of'], false],
      ['a clause kind named after an object method', ['quorum', 'rule', 'kind'], 'toString', false],
      ['an empty list of roles', ['quorum', 'rule', 'rules', 1, 'of', 'roles'], [], false],
      [
        'a post that is empty',
        ['quorum', 'rule', 'rules', 2, 'rules', 0, 'of', 'posts', 0],
        '',
        false,
      ],
      [
        'an office that is a role',
        ['quorum', 'rule', 'rules', 3, 'of', 'offices', 0],
        'lay',
        false,
      ],
      [
        'a role that is an office',
        ['quorum', 'rule', 'rules', 3, 'of', 'roles', 0],
        'chair',
        false,
      ],
      [
        'a person ID that is a number',
        ['quorum', 'rule', 'rules', 2, 'rules', 1, 'of', 'personIds', 0],
        7,
        false,
      ],
      ['a matcher given as a list', ['quorum', 'rule', 'rules', 1, 'of'], [], false],
      ['a section given as a number', ['quorum', 'source', 'section'], 7, false],
      ['a DOMAIN rule ID given as a number', ['quorum', 'source', 'domainId'], 7, false],
      ['an empty source document', ['quorum', 'source', 'document'], '', false],
      ['countsNonVotingMembers given as text', ['quorum', 'countsNonVotingMembers'], 'no', false],
      [
        'countsDiscussionOnlyMembers given as 1',
        ['quorum', 'countsDiscussionOnlyMembers'],
        1,
        false,
      ],
      ['members given as an object', ['members'], {}, false],
      ['a member name in a list', ['members', 0, 'name'], ['Mrs R Hughes'], false],
      ['an empty post', ['members', 1, 'post'], '', false],
    ] as const)('with %s, takes it: %s', (_what, path, value, accepted) => {
      const input = changedAt(path, () => structuredClone(value));
      expect(CommitteeSchema.safeParse(input).success).toBe(accepted);
      expect(readCommittee(input) !== undefined).toBe(accepted);
      if (accepted) expect(json(readCommittee(input))).toBe(json(CommitteeSchema.parse(input)));
    });
  });

  describe('when the input is not plainly a committee', () => {
    it.each(OBJECT_PATHS.map((path) => [pathText(path), path] as const))(
      'leaves a class instance at %s to the schema, which parseCommittee then uses',
      (_name, path) => {
        const input = changedAt(path, (value) => new Row(value));
        expect(readCommittee(input)).toBeUndefined();
        expect(json(parseCommittee(input))).toBe(json(CommitteeSchema.parse(input)));
      },
    );

    it.each(OPTIONAL_PATHS.map((path) => [pathText(path), path] as const))(
      'leaves %s given as undefined to the schema, which parseCommittee then uses',
      (_name, path) => {
        const input = changedAt(path, () => undefined);
        expect(readCommittee(input)).toBeUndefined();
        expect(json(parseCommittee(input))).toBe(json(CommitteeSchema.parse(input)));
      },
    );

    it('leaves an inherited field, a Map for a matcher and a non-plain ratio to the schema', () => {
      const inherited = Object.assign(Object.create({ meetsInPublic: true }) as Fields, RICH);
      const mapMatcher = changedAt(['quorum', 'rule', 'rules', 1, 'of'], () => new Map());
      const dateRatio = changedAt(['quorum', 'rule', 'rules', 3, 'ratio'], (ratio) =>
        Object.assign(new Date(0), ratio),
      );
      for (const input of [inherited, mapMatcher, dateRatio]) {
        expect(readCommittee(input)).toBeUndefined();
        expect(json(parseCommittee(input))).toBe(json(CommitteeSchema.parse(input)));
      }
    });

    it('never throws, even for unreadable input', () => {
      const throwing = (path: Path) =>
        changedAt(path.slice(0, -1), (parent) =>
          Object.defineProperty({ ...(parent as Fields) }, path.at(-1) as Step, {
            enumerable: true,
            get() {
              throw new Error('unreadable');
            },
          }),
        );
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      const inputs: unknown[] = [
        undefined,
        null,
        0,
        'pccc',
        [],
        {},
        proxy,
        changedAt(['members'], () => [proxy]),
        changedAt(['quorum', 'rule'], () => proxy),
        throwing(['name']),
        throwing(['members', 2, 'role']),
        throwing(['quorum', 'source', 'section']),
        throwing(['quorum', 'rule', 'rules', 3, 'ratio', 'numerator']),
      ];
      for (const input of inputs) expect(readCommittee(input)).toBeUndefined();
    });
  });

  describe('over generated committees', () => {
    it('reads every valid committee as the schema does (property)', () => {
      fc.assert(
        fc.property(committeeArbitrary({ maxMembers: 30 }), (committee) => {
          expect(readCommittee(committee)).toBeDefined();
          expect(disagreement(committee)).toBeUndefined();
        }),
        { numRuns: 200 },
      );
    });

    it('never takes a near-valid or invalid committee the schema refuses (property)', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            committeeArbitrary({ validity: 'near-valid' }),
            committeeArbitrary({ validity: 'invalid' }),
          ),
          (committee) => {
            expect(disagreement(committee)).toBeUndefined();
          },
        ),
        { numRuns: 400 },
      );
    });
  });
});

describe('hasRepeatedPerson, the repeat check on a committee read by hand', () => {
  const person = (index: number): CommitteeMember => ({
    personId: `p-${index}`,
    name: `Member ${index}`,
    role: index % 2 === 0 ? 'lay' : 'executive',
    voting: true,
  });
  type Repeat = 'no one' | 'the first two' | 'the last two' | 'the first and last';

  /** `count` members, distinct but for the repeat asked for. */
  function roster(count: number, repeat: Repeat): CommitteeMember[] {
    const members = Array.from({ length: count }, (_, index) => person(index));
    const twin = (at: number, of: number) => {
      members[at] = { ...person(at), personId: (members[of] as CommitteeMember).personId };
    };
    if (repeat === 'the first two') twin(1, 0);
    if (repeat === 'the last two') twin(count - 1, count - 2);
    if (repeat === 'the first and last') twin(count - 1, 0);
    return members;
  }

  const committeeOf = (members: CommitteeMember[]): Committee => ({
    id: 'gb-large',
    name: 'CCG Governing Body (extended)',
    kind: 'governing-body',
    chairId: 'p-0',
    members,
  });

  const REPEATS: readonly Repeat[] = ['the first two', 'the last two', 'the first and last'];
  const CASES = [0, 1, 2, 24, 25, 40].flatMap((count) => [
    [count, 'no one' as Repeat, false] as const,
    ...(count < 2 ? [] : REPEATS.map((repeat) => [count, repeat, true] as const)),
  ]);

  it.each(CASES)('of %i members with %s listed twice, answers %s', (count, repeat, expected) => {
    const members = roster(count, repeat);
    expect(new Set(members.map((member) => member.personId)).size < count).toBe(expected);
    expect(hasRepeatedPerson(members)).toBe(expected);
  });

  it('finds a repeat exactly when a person ID appears twice, at any size (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 80 }), { maxLength: 60 }), (numbers) => {
        const members = numbers.map((number) => person(number));
        const repeated = new Set(numbers).size < numbers.length;
        expect(hasRepeatedPerson(members)).toBe(repeated);
      }),
      { numRuns: 300 },
    );
  });

  it.each([25, 40])(
    'lets parseCommittee refuse a %i-member committee listing a person twice, with duplicate_id',
    (count) => {
      for (const repeat of REPEATS) {
        const input = committeeOf(roster(count, repeat));
        // The shape is sound, so the fast path reads it; the repeat is what sends it to the schema.
        expect(readCommittee(input)).toBeDefined();
        const result = safeParseCommittee(input);
        const repeatedId = repeat === 'the last two' ? `p-${count - 2}` : 'p-0';
        expect(result.success ? [] : result.issues.map((issue: Issue) => issue.code)).toEqual([
          'duplicate_id',
        ]);
        expect(result.success ? undefined : result.issues[0]?.message).toBe(
          `Person "${repeatedId}" appears more than once in the committee's member list: list each once.`,
        );
        expect(() => parseCommittee(input)).toThrow(/^\[co-commissioning\] duplicate_id: /);
      }
    },
  );

  it.each([24, 25, 40])('lets parseCommittee accept %i distinct members as read', (count) => {
    const input = committeeOf(roster(count, 'no one'));
    const parsed = parseCommittee(input);
    expect(json(parsed)).toBe(json(CommitteeSchema.parse(input)));
    expect(parsed.members).toHaveLength(count);
  });
});

describe('isoDayNumber, the day number that decides which committee rules are in force', () => {
  const expected = (value: unknown): number => {
    const civil = typeof value === 'string' ? splitIsoDate(value) : undefined;
    return civil === undefined ? Number.NaN : daysFromCivil(civil);
  };

  it('counts days from 1970-01-01 across leap years and centuries', () => {
    expect(isoDayNumber('1970-01-01')).toBe(0);
    expect(isoDayNumber('1970-01-02')).toBe(1);
    expect(isoDayNumber('1969-12-31')).toBe(-1);
    expect(isoDayNumber('2016-04-01') - isoDayNumber('2015-04-01')).toBe(366);
    expect(isoDayNumber('2017-04-01') - isoDayNumber('2016-04-01')).toBe(365);
    // 2100 is not a leap year: 24 leap days from April 2016 to April 2116.
    expect(isoDayNumber('2116-04-01') - isoDayNumber('2016-04-01')).toBe(36_524);
    expect(isoDayNumber('2000-02-29') - isoDayNumber('1900-02-28')).toBe(36_525);
    expect(isoDayNumber('9999-12-31')).toBe(2_932_896);
    expect(isoDayNumber('0000-01-01')).toBe(-719_528);
  });

  it.each([
    ['a time of day after the date', '2016-11-01T09:00'],
    ['a day of one digit', '2016-11-1'],
    ['a slash for the first hyphen', '2016/11-01'],
    ['a slash for the second hyphen', '2016-11/01'],
    ['slashes for both hyphens', '2016/11/01'],
    ['a slash in the month (one below the digits)', '2016-1/-01'],
    ['a colon in the month (one above the digits)', '2016-0:-01'],
    ['a colon in the year', '20:6-11-01'],
    ['a slash in the day', '2016-11-1/'],
    ['a letter in the year', '2O16-11-01'],
    ['month 13', '2016-13-01'],
    ['month 00', '2016-00-10'],
    ['29 February in a common year', '2017-02-29'],
    ['29 February 2100', '2100-02-29'],
    ['31 April', '2017-04-31'],
    ['a full-width digit', '２016-11-01'],
  ])('is NaN for %s (%s)', (_what, text) => {
    expect(isoDayNumber(text)).toBeNaN();
    expect(splitIsoDate(text)).toBeUndefined();
  });

  it('is NaN, without throwing, for what is not text', () => {
    for (const value of [20161101, null, undefined, ['2016-11-01'], { length: 10 }, true]) {
      expect(isoDayNumber(value)).toBeNaN();
    }
  });

  it('agrees with splitIsoDate on every ten-character text and every date (property)', () => {
    const digits = (count: number) =>
      fc.integer({ min: 0, max: 10 ** count - 1 }).map((n) => String(n).padStart(count, '0'));
    const dated = fc
      .tuple(digits(4), digits(2), digits(2))
      .map(([year, month, day]) => `${year}-${month}-${day}`);
    const garbled = fc
      .tuple(dated, fc.nat(9), fc.constantFrom(...'/:-0123456789 aT'))
      .map(([text, index, char]) => `${text.slice(0, index)}${char}${text.slice(index + 1)}`);
    const real = fc
      .record({
        year: fc.integer({ min: 0, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
      })
      .map(
        ({ year, month, day }) =>
          `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(fc.oneof(dated, garbled, real), (text) => {
        expect(isoDayNumber(text)).toBe(expected(text));
      }),
      { numRuns: 2000 },
    );
  });

  describe('through checkCommittee', () => {
    const committee = parseCommittee(cambridgeshirePccc);
    const notInForce = (asOf: string) =>
      checkCommittee(committee, { asOf })
        .rulesApplied.filter((applied) => applied.skipped === 'not-in-force')
        .map((applied) => applied.ruleId);

    it('applies a rule from its first day, and keeps rules with no end in force a century on', () => {
      expect(notInForce('2016-10-31')).toEqual(['COI-PCCC-LMC-SEAT']);
      expect(notInForce('2016-11-01')).toEqual([]);
      expect(notInForce('2014-11-30')).toEqual([
        'COI-PCCC-LAY-CHAIR',
        'COI-PCCC-LAY-EXEC-MAJORITY',
        'COI-PCCC-LAY-MAJORITY',
        'COI-PCCC-OBSERVERS',
        'COI-PCCC-CCG-GP-NO-VOTE',
        'COI-PCCC-LMC-SEAT',
        'COI-PCCC-PUBLIC',
        'COI-GB-THREE-LAY',
      ]);
      expect(notInForce('2116-04-01')).toEqual([]);
      expect(
        checkCommittee(committee, { asOf: '2116-04-01' }).findings.map((f) => f.ruleId),
      ).toEqual(checkCommittee(committee, { asOf: '2017-07-01' }).findings.map((f) => f.ruleId));
    });

    it('refuses at options.asOf, through both doors, every asOf that is not a real date', () => {
      const texts: unknown[] = [
        '2016-11-01T09:00',
        '2016/11-01',
        '2016-11/01',
        '2016-1/-01',
        '2016-0:-01',
        '20:6-11-01',
        '2017-02-29',
        20161101,
        null,
      ];
      const lines = texts.flatMap((asOf) => {
        const options = { asOf } as unknown as { asOf: string };
        const safe = safeCheckCommittee(committee, options);
        expect(safe.success ? [] : safe.issues.map((issue) => issue.path)).toEqual([
          ['options', 'asOf'],
        ]);
        let parsed: unknown;
        try {
          checkParsedCommittee(committee, options);
        } catch (error) {
          parsed = error;
        }
        expect(isCoCommissioningError(parsed)).toBe(true);
        const error = parsed as CoCommissioningError;
        expect(error.issues.map((issue) => issue.path)).toEqual([['options', 'asOf']]);
        const issues = safe.success
          ? ['accepted']
          : safe.issues.map((issue) => `${issue.code}: ${issue.message}`);
        return [
          `asOf ${json(asOf)}`,
          `  checkCommittee: ${issues.join(' / ')}`,
          `  checkParsedCommittee: ${error.code}: ${error.issues[0].message}`,
        ];
      });
      expect(lines.join('\n')).toMatchSnapshot();
    });
  });
});

describe('parsed committees, trusted by identity only', () => {
  const asOf = '2017-07-01';

  it('checks a committee parseCommittee returned as checkCommittee checks the raw one', () => {
    const parsed = parseCommittee(bmaModelPccc);
    expect(json(checkParsedCommittee(parsed, { asOf }))).toBe(
      json(checkCommittee(bmaModelPccc, { asOf })),
    );
  });

  it('validates a deeply frozen look-alike of a parsed committee before checking it', () => {
    const parsed = parseCommittee(bmaModelPccc);
    const lookAlike = deepFreeze({
      ...structuredClone(parsed),
      members: parsed.members.map((member, index) =>
        index === 0 ? { ...member, role: 'chair' } : { ...member },
      ),
    }) as unknown as Committee;
    const result = safeCheckCommittee(lookAlike, { asOf });
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_input', ['committee', 'members', 0, 'role']],
    ]);
    expect(() => checkParsedCommittee(lookAlike, { asOf })).toThrow(
      /^\[co-commissioning\] invalid_input: Give the member role as one of/,
    );
  });

  it.each([null, undefined, 42, 'pccc-model', true])(
    'refuses %j as a committee with invalid_input rather than trusting it',
    (value) => {
      const committee = value as unknown as Committee;
      const result = safeCheckCommittee(committee, { asOf });
      expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
        ['invalid_input', ['committee']],
      ]);
      expect(() => checkParsedCommittee(committee, { asOf })).toThrow(
        /^\[co-commissioning\] invalid_input: /,
      );
    },
  );

  it('refuses an ESTABLISH_COMMITTEE event whose committee is not a committee', () => {
    const state = createCommissioningState({ ccgId: '06H', status: 'B', since: '2015-04-01' });
    const refusals = ['pccc-model', null, { ...bmaModelPccc, kind: 'board' }].map((committee) => {
      const explanation = explainTransition(state, {
        type: 'ESTABLISH_COMMITTEE',
        on: '2016-03-15',
        committee,
      });
      return [explanation.allowed, explanation.issues.map((issue) => [issue.code, issue.path])];
    });
    expect(refusals).toEqual([
      [false, [['invalid_input', ['event', 'committee']]]],
      [false, [['invalid_input', ['event', 'committee']]]],
      [false, [['invalid_input', ['event', 'committee', 'kind']]]],
    ]);
  });
});
