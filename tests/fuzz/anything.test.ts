// Issue #9: whatever a form or spreadsheet holds, every public entry point returns a value or
// throws CoCommissioningError with coded issues (its safe door never throws), leaves its
// arguments and every built-in prototype alone, and returns deeply frozen results.
import * as fc from 'fast-check';
import { describe, it } from 'vitest';
import { callChecked } from './support/contract.js';
import { anyArgs, anyValue, jsonValue } from './support/hostile.js';
import { FUZZED } from './support/registry.js';
import { FUZZ_TIMEOUT, fuzzParameters, share } from './support/settings.js';

describe.each(FUZZED.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
  it('keeps its contract for arguments of any kind at all (fc.anything)', {
    timeout: FUZZ_TIMEOUT,
  }, () => {
    fc.assert(
      fc.property(anyArgs(entry.arity, anyValue), (args) => {
        callChecked(entry, args);
      }),
      fuzzParameters(share(0.4 * entry.weight)),
    );
  });

  it('keeps its contract for arguments of any JSON shape (fc.jsonValue)', {
    timeout: FUZZ_TIMEOUT,
  }, () => {
    fc.assert(
      fc.property(anyArgs(entry.arity, jsonValue), (args) => {
        callChecked(entry, args);
      }),
      fuzzParameters(share(0.4 * entry.weight)),
    );
  });

  it('keeps its contract when one argument is well formed and another is anything', {
    timeout: FUZZ_TIMEOUT,
  }, () => {
    const samples = entry.samples.filter((args) => args.length > 1);
    if (samples.length === 0) return;
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.nat(),
        fc.oneof(anyValue, jsonValue),
        (sample, which, value) => {
          const args = [...sample];
          args[which % args.length] = value;
          callChecked(entry, args);
        },
      ),
      fuzzParameters(share(0.2 * entry.weight)),
    );
  });
});
