// Assertions that pin what mutation testing found unpinned in src/responsibilities,
// src/organisations and src/jsonSchemas (issue #9): the summary of each answer, which optional
// fields an answer carries, the direction of a change, and the order of issues.
import {
  compareStatuses,
  type ResponsibilityOptions,
  responsibility,
  safeParseMemberPractice,
  safeResponsibility,
  toJsonSchema,
} from 'co-commissioning';
import { describe, expect, it } from 'vitest';

// The complaints arrangement of a CCG whose delegation agreement gives it complaints (seed 001
// lists complaints management among Southwark's delegated functions).
const complaintsByCcg: ResponsibilityOptions = {
  arrangements: {
    complaints: {
      decidedBy: 'ccg',
      ccgRole: 'decides',
      evidence: 'Delegation agreement, schedule 2',
    },
  },
};

describe('responsibility', () => {
  it('words a national baseline answer with the holder and the model', () => {
    const answer = responsibility('practice-mergers', 'B');
    expect(answer.summary).toBe(
      'Approving practice mergers under joint commissioning (Model B): the CCG and NHS England decide jointly, in a joint committee or committees in common.',
    );
    expect(answer.confidence).toBe('V');
  });

  it('carries a note and the Southwark cell only where the matrix has them', () => {
    const withBoth = responsibility('complaints', 'C');
    expect(withBoth.southwarkCell).toBe('Yes');
    expect(withBoth.note).toMatch(/^The sources disagree \(DOMAIN SEED-CONFLICT-COMPLAINTS\)/);
    const withoutNote = responsibility('general-practice-commissioning', 'A');
    expect('note' in withoutNote).toBe(false);
    expect(withoutNote.southwarkCell).toBe('Potential for involvement but no decision making role');
    const withoutCell = responsibility('gp-contracts', 'C');
    expect('southwarkCell' in withoutCell).toBe(false);
    expect('note' in withoutCell).toBe(true);
  });

  it('words a local arrangement, certain because the CCG records its own evidence', () => {
    const answer = responsibility('complaints', 'C', complaintsByCcg);
    expect(answer.basis).toBe('local-arrangement');
    expect(answer.confidence).toBe('V');
    expect(answer.summary).toMatch(
      /^Complaints management under delegated commissioning \(Model C\): the CCG decides alone, by local arrangement \(Delegation agreement, schedule 2\)\. The national baseline: NHS England decides; the CCG has no role\. Sources disagree\. /,
    );
    expect('note' in (answer.localArrangement ?? {})).toBe(false);
  });

  it('keeps the note of a local arrangement that has one', () => {
    const options: ResponsibilityOptions = {
      arrangements: {
        complaints: { ...complaintsByCcg.arrangements?.['complaints'], note: 'Agreed 2016' },
      },
    } as ResponsibilityOptions;
    expect(responsibility('complaints', 'C', options).localArrangement?.note).toBe('Agreed 2016');
  });

  it('reports unknown function IDs in an arrangement in order of their names', () => {
    const arrangement = { decidedBy: 'ccg', ccgRole: 'decides', evidence: 'x' } as const;
    const result = safeResponsibility('complaints', 'C', {
      arrangements: { 'zz-one': arrangement, 'aa-two': arrangement, 'mm-three': arrangement },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.path.at(-1))).toEqual([
      'aa-two',
      'mm-three',
      'zz-one',
    ]);
  });
});

describe('compareStatuses', () => {
  it('marks a change whose one side the sources disagree on, and says so in its summary', () => {
    const complaints = compareStatuses('A', 'B').find(
      (change) => change.functionId === 'complaints',
    );
    expect(complaints?.from.sourcesDisagree).toBe(false);
    expect(complaints?.to.sourcesDisagree).toBe(true);
    expect(complaints?.sourcesDisagree).toBe(true);
    expect(complaints?.summary).toBe(
      'Complaints management: under Model A NHS England decides and the CCG has no role; under Model B the CCG and NHS England decide jointly. The sources disagree: see alternatives.',
    );
  });

  it('calls a move back from delegation to greater involvement a loss for the CCG', () => {
    const changes = compareStatuses('C', 'A');
    expect(changes.length).toBeGreaterThan(0);
    expect(new Set(changes.map((change) => change.direction))).toEqual(new Set(['ccg-loses']));
  });
});

describe('parseMemberPractice', () => {
  it('reports a list size without its date as a check of the schema (expected: custom)', () => {
    expect(
      safeParseMemberPractice({
        id: 'P1',
        name: 'Riverside Surgery',
        contract: 'GMS',
        listSize: 9,
      }),
    ).toMatchObject({
      success: false,
      issues: [{ path: ['listSizeOn'], expected: 'custom' }],
    });
    expect(
      safeParseMemberPractice({
        id: 'P1',
        name: 'Riverside Surgery',
        contract: 'GMS',
        listSizeOn: '2015-10-01',
      }),
    ).toMatchObject({ success: false, issues: [{ path: ['listSize'], expected: 'custom' }] });
  });
});

describe('toJsonSchema', () => {
  it('refuses a name that is not text, even one that turns into a known name', () => {
    expect(() => toJsonSchema(['ccg'] as never)).toThrowError(
      expect.objectContaining({
        code: 'unknown_entity',
        issues: [expect.objectContaining({ path: ['entity'], received: 'a list of 1' })],
      }),
    );
  });
});
