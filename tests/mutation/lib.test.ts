// Assertions that pin what mutation testing found unpinned in src/_lib (issue #9), through the
// public functions that use each helper: plain words for zod's own messages, issue paths given
// by the caller, exact comparison of very large ratios, and four-digit years.
import {
  APPLICATION_CALENDAR,
  COI_RULES,
  COMMISSIONING_MACHINE,
  compareRatios,
  createCommissioningState,
  firstAprilOnOrAfter,
  GUARDS,
  loadState,
  PRIMARY_CARE_FUNCTIONS,
  parseIsoDate,
  pence,
  safeLoadState,
  safeParseLmc,
  serializeState,
  tallyBallot,
} from 'co-commissioning';
import { describe, expect, it } from 'vitest';

const stored = JSON.parse(
  serializeState(createCommissioningState({ ccgId: '06H', status: 'B', since: '2016-01-01' })),
) as Record<string, unknown>;

const record = (patch: Record<string, unknown>) => ({
  event: { type: 'GO_LIVE', on: '2016-04-01' },
  statusBefore: 'B',
  statusAfter: 'B',
  guards: [],
  patches: [patch],
  inversePatches: [],
});

/** The first issue of a refused load. */
function firstIssue(value: unknown) {
  const result = safeLoadState(value);
  if (result.success) throw new Error('the state was accepted');
  return result.issues[0];
}

describe('the words of an issue found by a schema', () => {
  it('name the one value a literal accepts', () => {
    expect(firstIssue({ ...stored, schemaVersion: 0 })).toEqual({
      code: 'invalid_input',
      message: 'Expected 1, but received the number 0. (at schemaVersion)',
      path: ['schemaVersion'],
      expected: 'invalid_value',
      received: 'the number 0',
    });
  });

  it('list every value an enumeration accepts, quoted', () => {
    expect(firstIssue({ ...stored, history: [record({ op: 'move', path: [] })] }).message).toBe(
      'Expected one of "add", "remove", "replace", but received the text "move". (at history.0.patches.0.op)',
    );
  });

  it('say that a value fits none of the forms a union accepts', () => {
    expect(
      firstIssue({ ...stored, history: [record({ op: 'add', path: [], value: Number.NaN })] }),
    ).toEqual({
      code: 'invalid_input',
      message:
        'This value matches none of the accepted forms; received NaN (not a number). (at history.0.patches.0.value)',
      path: ['history', 0, 'patches', 0, 'value'],
      expected: 'invalid_union',
      received: 'NaN (not a number)',
    });
  });

  it('name the expected type in words', () => {
    expect(firstIssue({ ...stored, ccgId: 5 }).message).toBe(
      'Expected text, but received the number 5. (at ccgId)',
    );
    expect(firstIssue({ ...stored, history: 'none' }).message).toBe(
      'Expected a list, but received the text "none". (at history)',
    );
  });

  it('list unknown fields in sorted order, with the right number', () => {
    expect(safeParseLmc({ id: 'lmc', name: 'Somerset LMC', zeta: 1, alpha: 2 })).toEqual({
      success: false,
      issues: [
        {
          code: 'invalid_input',
          message: 'Remove the fields "alpha", "zeta": not part of this record.',
          path: [],
          expected: 'only the documented fields',
          received: 'unknown fields "alpha", "zeta"',
        },
      ],
    });
    expect(safeParseLmc({ id: 'lmc', name: 'Somerset LMC', zeta: 1 })).toMatchObject({
      issues: [{ received: 'unknown field "zeta"' }],
    });
  });
});

describe('a safe door given a value that cannot be read', () => {
  it('returns invalid_input for the whole input rather than throwing', () => {
    const unreadable = {
      get id(): string {
        throw new Error('unreadable');
      },
      name: 'Somerset LMC',
    };
    expect(safeParseLmc(unreadable)).toEqual({
      success: false,
      issues: [
        {
          code: 'invalid_input',
          message: 'The input could not be read.',
          path: [],
          expected: 'well-formed input',
          received: 'a value that raised an error while being read',
        },
      ],
    });
  });
});

describe('a path given by the caller', () => {
  it.each([
    ['text', 'votes'],
    ['a list with an object', [{}]],
    ['a list with a negative index', ['votes', -1]],
    ['a list with a fraction', ['votes', 1.5]],
    // biome-ignore lint/suspicious/noSparseArray: a list with a hole is what is being refused
    ['a list with a hole', ['votes', , 'castOn']],
  ])('is refused when it is %s', (_what, path) => {
    for (const call of [
      () => parseIsoDate('2016-02-30', path as never),
      () => pence(1.5, path as never),
    ]) {
      expect(call).toThrowError(
        expect.objectContaining({
          code: 'invalid_input',
          issues: [
            expect.objectContaining({
              path: ['path'],
              expected: 'a list of property names and list indexes',
              message: expect.stringMatching(
                /^Give the path as a list of property names and list indexes \(such as \['votes', 3\]\), not /,
              ),
            }),
          ],
        }),
      );
    }
  });

  it('is accepted when it holds names and whole indexes', () => {
    expect(() => parseIsoDate('x', ['votes', 0, 'castOn'])).toThrowError(
      expect.objectContaining({ code: 'invalid_iso_date' }),
    );
  });
});

describe('a date', () => {
  it('must be text: a list holding a date is not one', () => {
    expect(() => parseIsoDate(['2016-04-01'])).toThrowError(
      expect.objectContaining({ code: 'invalid_iso_date' }),
    );
  });

  it('keeps four digits in years before 1000', () => {
    expect(firstAprilOnOrAfter('0500-01-01')).toBe('0500-04-01');
    expect(firstAprilOnOrAfter('0099-05-01')).toBe('0100-04-01');
  });

  it('is described whole up to 40 characters, shortened beyond', () => {
    const forty = 'x'.repeat(40);
    expect(() => parseIsoDate(forty)).toThrowError(
      expect.objectContaining({
        issues: [expect.objectContaining({ received: `the text "${forty}"` })],
      }),
    );
    expect(() => parseIsoDate(`${forty}y`)).toThrowError(
      expect.objectContaining({
        issues: [expect.objectContaining({ received: `the text "${'x'.repeat(37)}..."` })],
      }),
    );
  });
});

describe('compareRatios', () => {
  it('tells apart ratios of very large numbers that doubles would round to equal', () => {
    const a = { numerator: 9_007_199_254_740_991, denominator: 9_007_199_254_740_990 };
    const b = { numerator: 9_007_199_254_740_990, denominator: 9_007_199_254_740_989 };
    expect(compareRatios(a, b)).toBe(-1);
    expect(compareRatios(b, a)).toBe(1);
    expect(compareRatios(a, a)).toBe(0);
  });
});

describe('the citations the library gives', () => {
  /** Every object in a value that looks like a citation. */
  function citations(value: unknown, found: object[] = []): object[] {
    if (Array.isArray(value)) for (const item of value) citations(item, found);
    else if (typeof value === 'object' && value !== null) {
      if ('document' in value) found.push(value);
      for (const item of Object.values(value)) citations(item, found);
    }
    return found;
  }

  it('carry no field left undefined (a section is there only when it is known)', () => {
    const result = tallyBallot(
      {
        id: 'b',
        question: 'Apply for delegated commissioning?',
        opens: '2015-09-01',
        closes: '2015-09-30',
        electorate: [{ memberId: 'P1' }, { memberId: 'P2' }],
        rules: {
          weighting: { kind: 'per-member' },
          threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'yes-no' },
          tie: 'not-carried',
        },
      },
      [{ memberId: 'P1', choice: 'yes', castOn: '2015-09-10' }],
    );
    const all = citations([
      result,
      COI_RULES,
      GUARDS,
      APPLICATION_CALENDAR,
      PRIMARY_CARE_FUNCTIONS,
      COMMISSIONING_MACHINE,
      loadState(
        serializeState(createCommissioningState({ ccgId: 'x', status: 'A', since: '2016-01-01' })),
      ),
    ]);
    expect(all.length).toBeGreaterThan(50);
    for (const citation of all)
      for (const [key, value] of Object.entries(citation)) expect(value, key).not.toBeUndefined();
  });
});
