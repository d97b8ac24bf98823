import {
  COMMISSIONING_STATUSES,
  PRIMARY_CARE_FUNCTIONS,
  RESPONSIBILITY_MATRIX,
  type ResponsibilityCell,
} from 'co-commissioning';
import { isDeepFrozen } from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';
import { MODEL_ENUM } from './fixtures.js';

const cells = PRIMARY_CARE_FUNCTIONS.flatMap((entry) =>
  COMMISSIONING_STATUSES.map((status) => ({
    id: entry.id,
    status,
    cell: RESPONSIBILITY_MATRIX[entry.id][status] as ResponsibilityCell,
  })),
);

describe('RESPONSIBILITY_MATRIX', () => {
  describe('when read cell by cell', () => {
    it('has a cell for every function in every status (26 functions × 4 statuses)', () => {
      expect(cells).toHaveLength(104);
      for (const { cell } of cells) expect(cell).toBeDefined();
    });

    it.each(cells)('cites $id under $status, with a confidence tag', ({ cell }) => {
      expect(cell.sources.length).toBeGreaterThan(0);
      expect(['V', 'I']).toContain(cell.confidence);
    });

    it('explains every read-across (I) cell in a note', () => {
      for (const { id, status, cell } of cells) {
        if (cell.confidence === 'I') expect(cell.note, `${id} ${status}`).toMatch(/\.$/);
      }
    });

    it('cites DOMAIN MODEL-ENUM for every function under status none', () => {
      for (const { cell, status } of cells) {
        if (status === 'none') expect(cell.sources).toContainEqual(MODEL_ENUM);
      }
    });

    it('gives every alternative its own sources and a one-sentence summary', () => {
      const alternatives = cells.flatMap(({ cell }) => cell.alternatives ?? []);
      expect(alternatives).toHaveLength(2);
      for (const alternative of alternatives) {
        expect(alternative.sources.length).toBeGreaterThan(0);
        expect(alternative.summary).toMatch(/^[A-Z].*\.$/);
      }
    });

    it('keeps decidedBy and ccgRole in agreement in every cell and alternative', () => {
      const expected = { 'nhs-england': ['none', 'influence'], joint: ['joint'], ccg: ['decides'] };
      for (const { cell } of cells) {
        for (const reading of [cell, ...(cell.alternatives ?? [])]) {
          expect(expected[reading.decidedBy]).toContain(reading.ccgRole);
        }
      }
    });
  });

  it('is deeply frozen', () => {
    expect(isDeepFrozen(RESPONSIBILITY_MATRIX)).toBe(true);
  });
});
