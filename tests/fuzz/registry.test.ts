// Issue #9: every public entry point is fuzzed. The list is read from the runtime exports, so an
// export added without fuzz samples fails here until it gets some.
import * as library from 'co-commissioning';
import * as testing from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';
import { callChecked, preview } from './support/contract.js';
import { ENTRIES, functionExports, WITHOUT_SAMPLES } from './support/registry.js';
import { SAMPLES } from './support/samples.js';

describe('the fuzz registry', () => {
  it('has samples for every function exported by co-commissioning and co-commissioning/testing', () => {
    expect(WITHOUT_SAMPLES).toEqual([]);
  });

  it('has no samples for a name that is no longer exported', () => {
    const exported = new Set(
      [...functionExports(library), ...functionExports(testing)].map(([name]) => name),
    );
    expect(Object.keys(SAMPLES).filter((name) => !exported.has(name))).toEqual([]);
  });

  it('covers dozens of entry points, each with at least one sample', () => {
    expect(ENTRIES.length).toBeGreaterThanOrEqual(70);
    for (const entry of ENTRIES) expect(entry.samples.length, entry.name).toBeGreaterThan(0);
  });

  it('pairs every safe door with a throwing door that is exported', () => {
    for (const entry of ENTRIES.filter((candidate) => candidate.door === 'safe')) {
      expect(
        ENTRIES.some((candidate) => candidate.name === entry.throwingDoor),
        entry.name,
      ).toBe(true);
    }
  });

  describe.each(ENTRIES.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    it('accepts each of its well-formed samples and keeps the contract', () => {
      for (const args of entry.samples) {
        const outcome = callChecked(entry, args);
        // An assertion's samples include failing expectations: both answers are well formed.
        if (entry.door === 'assertion') continue;
        expect(outcome.kind, preview(outcome)).toBe('returned');
        if (entry.door === 'safe') {
          expect(
            outcome.kind === 'returned' && (outcome.value as { success: boolean }).success,
          ).toBe(true);
        }
      }
    });
  });
});
