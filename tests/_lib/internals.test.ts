// Internal helpers shared by every module. Tested directly (not through the package entry)
// because their branches are clearest at their source.

import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { domain, seed000, seed001, seed002, seed003, seed004 } from '../../src/_lib/cite.js';
import { describeValue } from '../../src/_lib/describe.js';
import { fail, toSafe } from '../../src/_lib/fail.js';
import { parseWith } from '../../src/_lib/parseWith.js';
import { isInForce, selectRule } from '../../src/conflicts/rules/selectRule.js';
import type { CoiRule } from '../../src/index.js';

describe('describeValue', () => {
  it.each([
    [null, 'null'],
    [undefined, 'nothing (undefined)'],
    ['', 'an empty string'],
    ['2017/01/01', 'the text "2017/01/01"'],
    ['x'.repeat(50), `the text "${'x'.repeat(37)}..."`],
    [Number.NaN, 'NaN (not a number)'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
    [3.5, 'the number 3.5'],
    [10n, 'the bigint 10n'],
    [true, 'the boolean true'],
    [[1, 2], 'a list of 2'],
    [{}, 'an object'],
    [Symbol('s'), 'a symbol'],
    [() => 1, 'a function'],
  ])('describes %o as %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it('never throws, even on a hostile value', () => {
    const hostile = new Proxy([], {
      get() {
        throw new Error('no');
      },
    });
    expect(describeValue(hostile)).toBe('an unreadable value');
  });
});

describe('cite', () => {
  it('builds a citation for each seed and for DOMAIN.md', () => {
    expect(seed000('Timeline').document).toBe('000_54d237cabb915ae9.txt');
    expect(seed001('Table').document).toBe('001_90e702e51ebd935c.txt');
    expect(seed002('§4.3')).toEqual({ document: '002_4254f9e60152174f.txt', section: '§4.3' });
    expect(seed003('Full Delegation').document).toBe('003_e9730ca5e7cbc14a.txt');
    expect(seed004('Key points').document).toBe('004_e95f1a032380c329.txt');
    expect(domain('BALLOT-THRESHOLD')).toEqual({
      document: 'DOMAIN.md',
      domainId: 'BALLOT-THRESHOLD',
    });
    expect(domain('BALLOT-THRESHOLD', 'rule 54')).toEqual({
      document: 'DOMAIN.md',
      domainId: 'BALLOT-THRESHOLD',
      section: 'rule 54',
    });
  });
});

describe('toSafe', () => {
  it('turns the library error into issues', () => {
    const result = toSafe(() =>
      fail({ code: 'invalid_pence', message: 'Whole pence.', path: [], received: '1.5' }),
    );
    expect(result).toEqual({
      success: false,
      issues: [{ code: 'invalid_pence', message: 'Whole pence.', path: [], received: '1.5' }],
    });
  });

  it('never lets any other error escape', () => {
    const result = toSafe(() => {
      throw new TypeError('boom');
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0].code).toBe('invalid_input');
  });
});

describe('parseWith', () => {
  const schema = z.object({ when: z.string({ error: 'Give a date.' }), n: z.number() }).strict();

  it('returns the parsed value', () => {
    expect(parseWith(schema, { when: 'x', n: 1 })).toEqual({ when: 'x', n: 1 });
  });

  it('reports every problem as invalid_input with the path, prefix and received value', () => {
    expect.assertions(2);
    try {
      parseWith(schema, { when: 3, n: 'two', extra: true }, ['ballot']);
    } catch (error) {
      const issues = (error as { issues: unknown[] }).issues;
      expect(issues).toHaveLength(3);
      expect(issues).toMatchInlineSnapshot(`
        [
          {
            "code": "invalid_input",
            "expected": "string",
            "message": "Give a date. (at ballot.when)",
            "path": [
              "ballot",
              "when",
            ],
            "received": "the number 3",
          },
          {
            "code": "invalid_input",
            "expected": "number",
            "message": "Expected a number, but received the text "two". (at ballot.n)",
            "path": [
              "ballot",
              "n",
            ],
            "received": "the text "two"",
          },
          {
            "code": "invalid_input",
            "expected": "only the documented fields",
            "message": "Remove the field "extra" at ballot: not part of this record.",
            "path": [
              "ballot",
            ],
            "received": "unknown field "extra"",
          },
        ]
      `);
    }
  });

  it('words several unknown fields and a top-level problem plainly', () => {
    expect(() => parseWith(schema, { when: 'x', n: 1, a: 1, b: 2 })).toThrowError(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            message: 'Remove the fields "a", "b": not part of this record.',
          }),
        ],
      }),
    );
    expect(() =>
      parseWith(
        z.string().refine(() => false, { error: 'Never.' }),
        'x',
      ),
    ).toThrowError(
      expect.objectContaining({
        issues: [expect.objectContaining({ message: 'Never.', expected: 'custom' })],
      }),
    );
  });
});

describe('selectRule', () => {
  const rule: CoiRule = {
    id: 'R',
    title: 'R',
    description: 'R',
    subject: 'gift',
    severity: 'advice',
    confidence: 'S',
    sources: [],
    inForce: { from: '2016-06-28', to: '2017-06-15' },
  };

  it('applies a rule only on the days it is in force, both ends inclusive', () => {
    expect(isInForce(rule, '2016-06-27')).toBe(false);
    expect(isInForce(rule, '2016-06-28')).toBe(true);
    expect(isInForce(rule, '2017-06-15')).toBe(true);
    expect(isInForce(rule, '2017-06-16')).toBe(false);
    expect(isInForce({ ...rule, inForce: { from: '2014-12-01' } }, '2030-01-01')).toBe(true);
  });

  it('honours overrides that turn a rule off or re-grade it', () => {
    expect(selectRule(rule, '2017-01-01', undefined)).toEqual({ rule, severity: 'advice' });
    expect(selectRule(rule, '2017-01-01', { R: { severity: 'breach' } })).toEqual({
      rule,
      severity: 'breach',
    });
    expect(selectRule(rule, '2017-01-01', { R: { enabled: false } })).toBeUndefined();
    expect(selectRule(rule, '2017-01-01', { other: { enabled: false } })).toEqual({
      rule,
      severity: 'advice',
    });
    expect(selectRule(rule, '2018-01-01', undefined)).toBeUndefined();
  });
});
