import {
  isPolicyAssertionError,
  POLICY_ASSERTION_CODES,
  PolicyAssertionError,
} from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

describe('PolicyAssertionError', () => {
  it('is an Error with a name, a code, the message, and what was expected and found', () => {
    const error = new PolicyAssertionError({
      code: 'not_allowed',
      message: 'Expected GO_LIVE on 2016-04-01 to be allowed, but it was refused.',
      expected: 'allowed',
      actual: ['GUARD-DUE-DILIGENCE'],
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PolicyAssertionError');
    expect(error.code).toBe('not_allowed');
    expect(error.message).toBe('Expected GO_LIVE on 2016-04-01 to be allowed, but it was refused.');
    expect(error.expected).toBe('allowed');
    expect(error.actual).toEqual(['GUARD-DUE-DILIGENCE']);
  });
});

describe('POLICY_ASSERTION_CODES', () => {
  it('lists each code once, in snake_case', () => {
    expect(new Set(POLICY_ASSERTION_CODES).size).toBe(POLICY_ASSERTION_CODES.length);
    for (const code of POLICY_ASSERTION_CODES) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });
});

describe('isPolicyAssertionError', () => {
  it('recognises the class, and a copy from another bundle by its name and code', () => {
    const error = new PolicyAssertionError({
      code: 'not_compliant',
      message: 'x',
      expected: 'compliant',
      actual: [],
    });
    expect(isPolicyAssertionError(error)).toBe(true);
    expect(isPolicyAssertionError({ name: 'PolicyAssertionError', code: 'not_compliant' })).toBe(
      true,
    );
  });

  it('refuses anything else', () => {
    for (const value of [
      null,
      undefined,
      'PolicyAssertionError',
      new Error('x'),
      { name: 'PolicyAssertionError', code: 'made_up' },
      { name: 'CoCommissioningError', code: 'not_compliant' },
    ]) {
      expect(isPolicyAssertionError(value)).toBe(false);
    }
  });
});
