// Assertions that pin what mutation testing found unpinned in src/core (issue #9): the words and
// paths of each issue, the edges of the calendar, and the error class's own checks.
import {
  addDays,
  CoCommissioningError,
  compareIsoDates,
  compareRatios,
  daysBetween,
  firstAprilOnOrAfter,
  formatCitation,
  formatPercent,
  type Issues,
  isCoCommissioningError,
  isIsoDate,
  parseIsoDate,
  pence,
  reduceRatio,
} from 'co-commissioning';
import { describe, expect, it } from 'vitest';

/** The issues a call throws, or a failure when it does not throw the library's error. */
function issuesOf(run: () => unknown): Issues {
  try {
    run();
  } catch (error) {
    if (error instanceof CoCommissioningError) return error.issues;
    throw error;
  }
  throw new Error('the call did not throw');
}

const issue = {
  code: 'invalid_input',
  message: 'Give the ballot an ID.',
  path: ['ballot', 'id'],
  expected: 'text',
  received: 'nothing (undefined)',
} as const;

describe('CoCommissioningError', () => {
  describe('when given a well-formed list of issues', () => {
    it('takes its code and message from the first and counts the rest', () => {
      const error = new CoCommissioningError([issue, { ...issue, path: [] }]);
      expect(error.code).toBe('invalid_input');
      expect(error.name).toBe('CoCommissioningError');
      expect(error.message).toBe(
        '[co-commissioning] invalid_input: Give the ballot an ID. (and 1 more)',
      );
      expect(error.issues).toEqual([issue, { ...issue, path: [] }]);
    });
  });

  describe('when given anything else', () => {
    const refused = {
      code: 'invalid_input',
      message:
        'Give CoCommissioningError a non-empty list of issues, each with a code, a message and a path.',
      path: ['issues'],
      expected: 'a non-empty list of issues',
    };

    it.each([
      ['nothing', undefined, 'nothing (undefined)'],
      ['an empty list', [], 'a list of 0'],
      ['a list with a number', [5], 'a list of 1'],
      ['a list with null', [null], 'a list of 1'],
      ['an issue without a code', [{ message: 'x', path: [] }], 'a list of 1'],
      ['an issue with a numeric code', [{ code: 1, message: 'x', path: [] }], 'a list of 1'],
      ['an issue without a message', [{ code: 'x', path: [] }], 'a list of 1'],
      ['an issue without a path', [{ code: 'x', message: 'x' }], 'a list of 1'],
      ['a path with a negative index', [{ code: 'x', message: 'x', path: [-1] }], 'a list of 1'],
      ['a path with an object', [{ code: 'x', message: 'x', path: [{}] }], 'a list of 1'],
      ['a good issue then a bad one', [issue, { code: 'x' }], 'a list of 2'],
      // biome-ignore lint/suspicious/noSparseArray: a list with a hole is what is being refused
      ['a list with a hole', [, issue], 'a list of 2'],
    ])('throws invalid_input for %s', (_what, given, received) => {
      expect(issuesOf(() => new CoCommissioningError(given as unknown as Issues))).toEqual([
        { ...refused, received },
      ]);
    });
  });
});

describe('isCoCommissioningError', () => {
  const copy = { name: 'CoCommissioningError', code: 'invalid_input', issues: [issue] };

  it('recognises the error of another copy of the library by its name, code and issues', () => {
    expect(isCoCommissioningError(new CoCommissioningError([issue]))).toBe(true);
    expect(isCoCommissioningError(copy)).toBe(true);
  });

  it.each([
    ['another name', { ...copy, name: 'Error' }],
    ['no name', { code: copy.code, issues: copy.issues }],
    ['a numeric code', { ...copy, code: 1 }],
    ['no code', { name: copy.name, issues: copy.issues }],
    ['issues that are not a list', { ...copy, issues: 'invalid_input' }],
    ['no issues', { ...copy, issues: [] }],
    ['a plain Error', new Error('x')],
    ['null', null],
    ['text', 'CoCommissioningError'],
  ])('rejects a value with %s', (_what, value) => {
    expect(isCoCommissioningError(value)).toBe(false);
  });
});

describe('the issue paths of the core functions', () => {
  it('name the argument that is wrong', () => {
    expect(issuesOf(() => addDays('2016-02-30', 1))[0].path).toEqual(['date']);
    expect(issuesOf(() => compareIsoDates('2016-02-30', '2016-01-01'))[0].path).toEqual(['left']);
    expect(issuesOf(() => compareIsoDates('2016-01-01', '2016-02-30'))[0].path).toEqual(['right']);
    expect(issuesOf(() => daysBetween('x', '2016-01-01'))[0].path).toEqual(['from']);
    expect(issuesOf(() => daysBetween('2016-01-01', 'x'))[0].path).toEqual(['to']);
    expect(issuesOf(() => firstAprilOnOrAfter('x'))[0].path).toEqual(['date']);
    const half = { numerator: 1, denominator: 2 };
    expect(issuesOf(() => compareRatios({ numerator: 1, denominator: 0 }, half))[0].path).toEqual([
      'left',
    ]);
    expect(issuesOf(() => formatPercent({ numerator: 1, denominator: 0 }, 1))[0].path).toEqual([
      'value',
    ]);
    expect(issuesOf(() => formatCitation({ document: '' }))[0].path).toEqual([
      'citation',
      'document',
    ]);
  });

  it('are empty for a value checked on its own', () => {
    expect(issuesOf(() => parseIsoDate('2016-02-30'))[0].path).toEqual([]);
    expect(issuesOf(() => pence(1.5))[0].path).toEqual([]);
    expect(issuesOf(() => reduceRatio({ numerator: 1, denominator: 0 }))[0].path).toEqual([]);
  });

  it('follow the caller’s path when one is given', () => {
    expect(issuesOf(() => parseIsoDate('x', ['votes', 3, 'castOn']))[0].path).toEqual([
      'votes',
      3,
      'castOn',
    ]);
    expect(issuesOf(() => pence('x', ['valuePence']))[0].path).toEqual(['valuePence']);
  });
});

describe('addDays', () => {
  it('explains a day count that is not whole', () => {
    expect(issuesOf(() => addDays('2016-04-01', 1.5))).toEqual([
      {
        code: 'invalid_day_count',
        message: 'Expected a whole number of days, but received the number 1.5.',
        path: ['days'],
        received: 'the number 1.5',
      },
    ]);
  });

  it('reaches the first and last days of the years 0000–9999 and no further', () => {
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(addDays('0000-01-02', -1)).toBe('0000-01-01');
    expect(issuesOf(() => addDays('9999-12-31', 1))).toEqual([
      {
        code: 'invalid_iso_date',
        message: 'Adding 1 days to 9999-12-31 leaves the years 0000–9999.',
        path: ['days'],
        received: 'the number 1',
      },
    ]);
    expect(issuesOf(() => addDays('0000-01-01', -1))[0].code).toBe('invalid_iso_date');
  });
});

describe('firstAprilOnOrAfter', () => {
  it('finds 1 April 9999 and refuses a date after it', () => {
    expect(firstAprilOnOrAfter('9999-01-01')).toBe('9999-04-01');
    expect(firstAprilOnOrAfter('9999-04-01')).toBe('9999-04-01');
    expect(issuesOf(() => firstAprilOnOrAfter('9999-04-02'))).toEqual([
      {
        code: 'invalid_iso_date',
        message: 'There is no 1 April on or after 9999-04-02 before the year 10000.',
        path: ['date'],
        received: '9999-04-02',
      },
    ]);
  });
});

describe('formatPercent', () => {
  it('explains decimals outside 0 to 20', () => {
    expect(issuesOf(() => formatPercent({ numerator: 1, denominator: 2 }, 21))).toEqual([
      {
        code: 'invalid_decimals',
        message: 'Expected a number of decimal places from 0 to 20, but received the number 21.',
        path: ['decimals'],
        received: 'the number 21',
      },
    ]);
  });
});

describe('formatCitation', () => {
  it('adds no section when there is none', () => {
    expect(formatCitation({ document: 'DOMAIN.md', domainId: 'BALLOT-THRESHOLD' })).toBe(
      'DOMAIN.md BALLOT-THRESHOLD',
    );
    expect(formatCitation({ document: 'Local constitution' })).toBe('Local constitution');
  });

  it('does not take a document named after an object property for a known source', () => {
    expect(formatCitation({ document: 'constructor', section: '1' })).toBe('constructor, 1');
    expect(formatCitation({ document: 'toString' })).toBe('toString');
  });
});

describe('isIsoDate', () => {
  it('accepts only text, not a value that turns into a date when written out', () => {
    expect(isIsoDate('2016-04-01')).toBe(true);
    expect(isIsoDate(['2016-04-01'])).toBe(false);
    expect(isIsoDate({ toString: () => '2016-04-01' })).toBe(false);
  });
});

describe('reduceRatio', () => {
  it('describes a value that is not a ratio in words', () => {
    expect(issuesOf(() => reduceRatio('half' as never))[0].message).toBe(
      'Expected a ratio of whole numbers with a denominator above zero, but received the text "half".',
    );
    expect(issuesOf(() => reduceRatio(null as never))[0].message).toBe(
      'Expected a ratio of whole numbers with a denominator above zero, but received null.',
    );
    expect(issuesOf(() => reduceRatio({ numerator: 1.5, denominator: 2 }))[0].message).toBe(
      'Expected a ratio of whole numbers with a denominator above zero, but received the number 1.5 over the number 2.',
    );
  });
});
