import { ISSUE_CODES, ORGANISATION_ISSUE_CODES } from 'co-commissioning';
import { describe, expect, it } from 'vitest';

describe('ORGANISATION_ISSUE_CODES', () => {
  it('lists duplicate_id, and each is part of the library-wide list', () => {
    expect(ORGANISATION_ISSUE_CODES).toEqual(['duplicate_id']);
    for (const code of ORGANISATION_ISSUE_CODES) expect(ISSUE_CODES).toContain(code);
  });
});
