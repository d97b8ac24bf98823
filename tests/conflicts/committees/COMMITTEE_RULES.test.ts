import { COI_RULES, COMMITTEE_RULES, CommitteeKindSchema, isIsoDate } from 'co-commissioning';
import { describe, expect, it } from 'vitest';

const SEEDS = /^00[0-4]_[0-9a-f]{16}\.txt$/;

describe('COMMITTEE_RULES', () => {
  describe('when read as the catalogue of committee rules', () => {
    it('lists the DOMAIN.md rule IDs, each once', () => {
      expect(COMMITTEE_RULES.map((rule) => rule.id)).toEqual([
        'COI-PCCC-CHAIR-IS-MEMBER',
        'COI-PCCC-LAY-CHAIR',
        'COI-PCCC-LAY-EXEC-MAJORITY',
        'COI-PCCC-LAY-MAJORITY',
        'COI-PCCC-OBSERVERS',
        'COI-PCCC-CCG-GP-NO-VOTE',
        'COI-PCCC-LMC-SEAT',
        'COI-PCCC-PUBLIC',
        'GB-COMPOSITION',
        'COI-GB-THREE-LAY',
      ]);
    });

    it('is part of COI_RULES, in order', () => {
      const ids = COI_RULES.map((rule) => rule.id);
      expect(ids.slice(0, COMMITTEE_RULES.length)).toEqual(COMMITTEE_RULES.map((rule) => rule.id));
    });

    it('cites a seed document or a DOMAIN.md rule for every rule', () => {
      for (const rule of COMMITTEE_RULES) {
        expect(rule.subject).toBe('committee');
        expect(rule.sources.length).toBeGreaterThan(0);
        for (const source of rule.sources) {
          expect(
            SEEDS.test(source.document) ||
              (source.document === 'DOMAIN.md' && source.domainId !== undefined),
          ).toBe(true);
        }
      }
    });

    it('reports a breach only for rules a seed states or DOMAIN.md verifies', () => {
      for (const rule of COMMITTEE_RULES.filter((r) => r.severity === 'breach')) {
        const seedStated = rule.sources.some((source) => SEEDS.test(source.document));
        expect(rule.confidence === 'V' || seedStated).toBe(true);
      }
    });

    it('grades the lay-and-executive majority a breach and the lay-only reading advice', () => {
      const severity = (id: string) => COMMITTEE_RULES.find((rule) => rule.id === id)?.severity;
      expect(severity('COI-PCCC-LAY-EXEC-MAJORITY')).toBe('breach');
      expect(severity('COI-PCCC-LAY-MAJORITY')).toBe('advice');
    });

    it('gives real dates and known committee kinds', () => {
      for (const rule of COMMITTEE_RULES) {
        expect(isIsoDate(rule.inForce.from)).toBe(true);
        expect(rule.appliesTo.length).toBeGreaterThan(0);
        for (const kind of rule.appliesTo)
          expect(CommitteeKindSchema.safeParse(kind).success).toBe(true);
      }
    });

    it('applies the lay chair and observer rules to PCCCs and joint committees', () => {
      const kinds = (id: string) => COMMITTEE_RULES.find((rule) => rule.id === id)?.appliesTo;
      expect(kinds('COI-PCCC-LAY-CHAIR')).toEqual(['pccc', 'joint-committee']);
      expect(kinds('COI-PCCC-OBSERVERS')).toEqual(['pccc', 'joint-committee']);
      expect(kinds('COI-PCCC-CCG-GP-NO-VOTE')).toEqual(['pccc']);
    });

    it('is deeply frozen', () => {
      expect(Object.isFrozen(COMMITTEE_RULES)).toBe(true);
      for (const rule of COMMITTEE_RULES) {
        expect(
          Object.isFrozen(rule) && Object.isFrozen(rule.sources) && Object.isFrozen(rule.inForce),
        ).toBe(true);
      }
    });
  });
});
