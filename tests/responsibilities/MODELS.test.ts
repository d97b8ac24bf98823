import { COMMISSIONING_STATUSES, MODELS } from 'co-commissioning';
import { isDeepFrozen } from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

describe('MODELS', () => {
  describe('when listing the models', () => {
    it('returns none, A, B and C in order, with the BMA names and Southwark levels', () => {
      expect(MODELS.map((model) => [model.status, model.name, model.level])).toEqual([
        ['none', 'No co-commissioning', 0],
        ['A', 'Greater involvement', 1],
        ['B', 'Joint commissioning', 2],
        ['C', 'Delegated commissioning', 3],
      ]);
      expect(MODELS.map((model) => model.status)).toEqual(COMMISSIONING_STATUSES);
    });

    it.each([
      ['Model A', 'A'],
      ['Level 1', 'A'],
      ['Influence', 'A'],
      ['Model B', 'B'],
      ['Level 2', 'B'],
      ['Level Two', 'B'],
      ['Model C', 'C'],
      ['Level 3', 'C'],
      ['Level Three', 'C'],
      ['Full delegation', 'C'],
    ])('finds the alias "%s" on status %s only', (alias, status) => {
      expect(
        MODELS.filter((model) => model.aliases.includes(alias)).map((model) => model.status),
      ).toEqual([status]);
    });

    it('gives each model a one-line meaning, a decision body and sources', () => {
      for (const model of MODELS) {
        expect(model.meaning).toMatch(/^[A-Z][^\n]*\.$/);
        expect(model.decisionBody.length).toBeGreaterThan(0);
        expect(model.sources.length).toBeGreaterThan(0);
      }
    });

    it('cites the BMA model sections for A, B and C and DOMAIN MODEL-ENUM for none', () => {
      const sections = MODELS.map(
        (model) => model.sources[0]?.section ?? model.sources[0]?.domainId,
      );
      expect(sections).toEqual([
        'Part 2 §1.1 rule 1',
        'Model A: Greater involvement',
        'Model B: Joint commissioning',
        'Model C: Delegated commissioning',
      ]);
    });
  });

  it('is deeply frozen', () => {
    expect(isDeepFrozen(MODELS)).toBe(true);
    expect(isDeepFrozen(COMMISSIONING_STATUSES)).toBe(true);
  });
});
