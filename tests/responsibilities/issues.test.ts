import { ISSUE_CODES, RESPONSIBILITY_ISSUE_CODES, safeResponsibility } from 'co-commissioning';
import { describe, expect, it } from 'vitest';

describe('RESPONSIBILITY_ISSUE_CODES', () => {
  it('lists the codes of the responsibility issues', () => {
    expect(RESPONSIBILITY_ISSUE_CODES).toEqual([
      'unknown_function',
      'unknown_status',
      'invalid_arrangement',
    ]);
  });

  it('is part of the library-wide list', () => {
    for (const code of RESPONSIBILITY_ISSUE_CODES) expect(ISSUE_CODES).toContain(code);
  });

  it('has each code produced by a real call, with a message ending in a full stop', () => {
    const produced = [
      safeResponsibility('mergers', 'B'),
      safeResponsibility('practice-mergers', 'D'),
      safeResponsibility('practice-mergers', 'B', {
        arrangements: {
          'assurance-and-oversight': { decidedBy: 'ccg', ccgRole: 'decides', evidence: 'x' },
        },
      }),
    ].flatMap((result) => (result.success ? [] : result.issues));
    expect(produced.map((issue) => issue.code)).toEqual([...RESPONSIBILITY_ISSUE_CODES]);
    for (const issue of produced) expect(issue.message).toMatch(/\.$/);
  });
});
