import {
  CoCommissioningError,
  formatCitation,
  ISSUE_CODES,
  type Issue,
  type IssueCode,
  isCoCommissioningError,
  parseIsoDate,
  SOURCE_DOCUMENTS,
} from 'co-commissioning';
import * as fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';

describe('CoCommissioningError', () => {
  const issue: Issue = {
    code: 'invalid_pence',
    message: 'Expected whole pence.',
    path: ['valuePence'],
    received: 'the number 1.5',
  };

  it('carries the first code, every issue and a prefixed message', () => {
    const error = new CoCommissioningError([issue, { ...issue, path: ['other'] }]);
    expect(error.name).toBe('CoCommissioningError');
    expect(error.code).toBe('invalid_pence');
    expect(error.issues).toHaveLength(2);
    expect(error.message).toBe(
      '[co-commissioning] invalid_pence: Expected whole pence. (and 1 more)',
    );
    expect(error).toBeInstanceOf(Error);
    expect(Object.isFrozen(error.issues)).toBe(true);
  });

  it('does not keep a reference to the caller’s list', () => {
    const issues: [Issue] = [issue];
    const error = new CoCommissioningError(issues);
    issues.pop();
    expect(error.issues).toHaveLength(1);
  });
});

describe('isCoCommissioningError', () => {
  it('recognises the class and a structural copy from another bundle', () => {
    expect.assertions(3);
    try {
      parseIsoDate('x');
    } catch (error) {
      expect(isCoCommissioningError(error)).toBe(true);
    }
    const copy = { name: 'CoCommissioningError', code: 'invalid_iso_date', issues: [{}] };
    expect(isCoCommissioningError(copy)).toBe(true);
    expect(isCoCommissioningError({ ...copy, issues: [] })).toBe(false);
  });

  it('is false for anything else and never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(isCoCommissioningError(value)).toBe(false);
      }),
    );
    expect(isCoCommissioningError(new Error('x'))).toBe(false);
  });
});

describe('ISSUE_CODES', () => {
  it('lists every code once, in snake_case', () => {
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
    for (const code of ISSUE_CODES) expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
  });

  it('is exactly the IssueCode union', () => {
    expectTypeOf<(typeof ISSUE_CODES)[number]>().toEqualTypeOf<IssueCode>();
  });
});

describe('formatCitation', () => {
  it('names a seed document by author, date and file', () => {
    expect(formatCitation({ document: '004_e95f1a032380c329.txt', section: 'Key points 3' })).toBe(
      'BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Key points 3',
    );
  });

  it('names a DOMAIN rule by its ID', () => {
    expect(
      formatCitation({ document: 'DOMAIN.md', domainId: 'BALLOT-THRESHOLD', section: 'rule 54' }),
    ).toBe('DOMAIN.md BALLOT-THRESHOLD, rule 54');
  });

  it('passes an unknown document through as given', () => {
    expect(formatCitation({ document: 'Our constitution', section: '5.2' })).toBe(
      'Our constitution, 5.2',
    );
  });

  it('catalogues each seed under its own file name', () => {
    for (const [file, source] of Object.entries(SOURCE_DOCUMENTS)) expect(source.file).toBe(file);
  });
});
