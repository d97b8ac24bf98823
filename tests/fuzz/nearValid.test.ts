// Issue #9: near-valid input, a well-formed fixture with one field wrong (replaced, removed,
// duplicated, emptied, an extra key, or an ID renamed everywhere to awkward text). Every public
// entry point returns a value or throws CoCommissioningError with coded issues, and keeps the
// rest of its contract.
import * as fc from 'fast-check';
import { describe, it } from 'vitest';
import { callChecked } from './support/contract.js';
import { nearValidArbitrary } from './support/hostile.js';
import { FUZZED } from './support/registry.js';
import { FUZZ_TIMEOUT, fuzzParameters, share } from './support/settings.js';

describe.each(FUZZED.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
  it('keeps its contract when one to three fields of a well-formed input are wrong', {
    timeout: FUZZ_TIMEOUT,
  }, () => {
    fc.assert(
      fc.property(nearValidArbitrary(entry.samples), (args) => {
        callChecked(entry, args);
      }),
      fuzzParameters(share(entry.weight)),
    );
  });
});
