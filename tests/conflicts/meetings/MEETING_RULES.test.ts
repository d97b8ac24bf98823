import { COI_RULES, isIsoDate, MEETING_RULES, QUORUM_REMEDIES } from 'co-commissioning';
import { describe, expect, it } from 'vitest';

const SEEDS = /^00[0-4]_[0-9a-f]{16}\.txt$/;

describe('MEETING_RULES', () => {
  describe('when read as the catalogue of meeting rules', () => {
    it('lists the DOMAIN.md rule IDs, each once, and all are in COI_RULES', () => {
      const ids = MEETING_RULES.map((rule) => rule.id);
      expect(ids).toEqual([
        'COI-MEETING-DECLARE',
        'COI-CONFLICTED-NO-VOTE',
        'COI-CHAIR-DETERMINATION',
        'COI-CONFLICTED-CHAIR',
        'SEED-COI-MINIMUM',
        'PCCC-QUORUM-LOCAL',
        'COI-QUORUM-LOSS',
      ]);
      const all = COI_RULES.map((rule) => rule.id);
      for (const id of ids) expect(all).toContain(id);
      expect(new Set(all).size).toBe(all.length);
    });

    it('cites its sources and reports a breach only for verified or seed-stated rules', () => {
      for (const rule of MEETING_RULES) {
        expect(rule.subject).toBe('meeting');
        expect(isIsoDate(rule.inForce.from)).toBe(true);
        expect(rule.sources.length).toBeGreaterThan(0);
        if (rule.severity === 'breach') {
          expect(rule.confidence === 'V' || rule.sources.some((s) => SEEDS.test(s.document))).toBe(
            true,
          );
        } else {
          expect(['S', 'I', 'U']).toContain(rule.confidence);
        }
      }
    });

    it('applies the December 2014 rules from 2014-12-01 and the seed 004 minimum from 2016-11-01', () => {
      const from = (id: string) => MEETING_RULES.find((rule) => rule.id === id)?.inForce.from;
      expect(from('COI-CONFLICTED-NO-VOTE')).toBe('2014-12-01');
      expect(from('SEED-COI-MINIMUM')).toBe('2016-11-01');
    });
  });
});

describe('QUORUM_REMEDIES', () => {
  describe('when read as the fallback for an inquorate meeting (DOMAIN rule 37)', () => {
    it('lists defer, refer, co-opt and refer to NHS England, in that order', () => {
      expect(QUORUM_REMEDIES.map((remedy) => [remedy.order, remedy.action])).toEqual([
        [1, 'defer'],
        [2, 'refer-other-committee'],
        [3, 'co-opt-temporary'],
        [4, 'refer-nhs-england'],
      ]);
    });

    it('cites rule 37 for every step and offers NHS England only to PCCCs and joint committees', () => {
      for (const remedy of QUORUM_REMEDIES) {
        expect(remedy.sources[0]).toMatchObject({
          document: 'DOMAIN.md',
          domainId: 'COI-QUORUM-LOSS',
        });
      }
      expect(QUORUM_REMEDIES.at(-1)?.appliesTo).toEqual(['pccc', 'joint-committee']);
      expect(Object.isFrozen(QUORUM_REMEDIES[0]?.sources)).toBe(true);
    });
  });
});
