// Issue #9: keys that reach for an object's prototype (`__proto__`, `constructor`, `prototype`,
// ...) as own keys anywhere in well-formed input, as JSON.parse produces them, and as IDs and
// names. No call pollutes a built-in prototype, crashes, or lets such a key change an answer
// through the prototype chain.
import { type Committee, checkCommittee, responsibility } from 'co-commissioning';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertNoPollution, callChecked } from './support/contract.js';
import { PROTOTYPE_KEYS, pathsOf } from './support/hostile.js';
import { FUZZED } from './support/registry.js';
import { type Args, copy } from './support/samples.js';
import { FUZZ_TIMEOUT, fuzzParameters, share } from './support/settings.js';

const POISON: readonly unknown[] = [
  { polluted: 'yes' },
  { toString: 'polluted', valueOf: 1 },
  'polluted',
  [],
  null,
  { __proto__: null, polluted: true },
];

/** Object positions (not lists) inside arguments. */
function objectPaths(args: Args): (readonly (string | number)[])[] {
  return pathsOf(args).filter((path) => {
    let item: unknown = args;
    for (const key of path) item = (item as Record<string | number, unknown>)[key];
    return typeof item === 'object' && item !== null && !Array.isArray(item);
  });
}

function inject(args: Args, path: readonly (string | number)[], key: string, value: unknown) {
  const root = copy(args) as unknown[];
  let target: unknown = root;
  for (const step of path) target = (target as Record<string | number, unknown>)[step];
  Object.defineProperty(target, key, {
    value: copy(value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return root;
}

describe.each(FUZZED.map((entry) => [entry.name, entry, entry.samples.map(objectPaths)] as const))(
  '%s',
  (_name, entry, paths) => {
    it('keeps its contract with a prototype key added to any object of a well-formed input', {
      timeout: FUZZ_TIMEOUT,
    }, () => {
      const samples = entry.samples.map((args, index) => [args, paths[index] ?? []] as const);
      const usable = samples.filter(([, objectPathList]) => objectPathList.length > 0);
      if (usable.length === 0) return;
      fc.assert(
        fc.property(
          fc.constantFrom(...usable),
          fc.nat(),
          fc.constantFrom(...PROTOTYPE_KEYS),
          fc.constantFrom(...POISON),
          ([args, objectPathList], pick, key, value) => {
            const path = objectPathList[pick % objectPathList.length] ?? [];
            callChecked(entry, inject(args, path, key, value));
          },
        ),
        fuzzParameters(share(0.2 * entry.weight)),
      );
    });

    it('keeps its contract when a whole argument is JSON with a __proto__ key', {
      timeout: FUZZ_TIMEOUT,
    }, () => {
      for (let index = 0; index < entry.arity; index += 1) {
        for (const sample of entry.samples) {
          const args = [...sample];
          args[index] = JSON.parse(
            '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}',
          );
          callChecked(entry, args);
        }
      }
      assertNoPollution(entry.name);
    });
  },
);

describe('records keyed by ID', () => {
  it('do not take an entry from a __proto__ key: a local arrangement hidden there is not applied', () => {
    const hidden = JSON.parse(
      '{"arrangements":{"__proto__":{"complaints":{"decidedBy":"ccg","ccgRole":"decides","evidence":"x"}}}}',
    );
    expect(responsibility('complaints', 'C', hidden)).toEqual(responsibility('complaints', 'C'));
  });

  it('do not take an override from a __proto__ key: a rule hidden there is not turned off', () => {
    const gpChaired: Committee = {
      id: 'c',
      name: 'PCCC',
      kind: 'pccc',
      chairId: 'g',
      members: [{ personId: 'g', name: 'Dr G', role: 'ccg-gp', voting: true }],
    };
    const hidden = JSON.parse(
      '{"asOf":"2017-07-01","overrides":{"__proto__":{"COI-PCCC-LAY-CHAIR":{"enabled":false}}}}',
    );
    expect(checkCommittee(gpChaired, hidden)).toEqual(
      checkCommittee(gpChaired, { asOf: '2017-07-01' }),
    );
  });
});
