// Issue #9: very large inputs (10,000 practices, 100,000 votes, 1,000 committee members, and
// long registers and histories), each run once rather than per fast-check case: every call keeps
// its contract. How the time grows with the input (10× the input, about 10× the time) is a
// speed goal, so it is measured by `npm run bench` (group "growth", from the same inputs), not
// asserted here. FUZZ_LARGE=off leaves this suite out.
import { describe, expect, it } from 'vitest';
import { callChecked } from './support/contract.js';
import { DIMENSIONS } from './support/dimensions.js';
import { entry } from './support/registry.js';
import { FUZZ_LARGE } from './support/settings.js';

describe
  .runIf(FUZZ_LARGE)
  .each(DIMENSIONS.map((dimension) => [dimension.what, dimension] as const))(
  'when the %s grow',
  (_what, dimension) => {
    const large = dimension.make(dimension.n * 10);

    it.each(dimension.entries)(
      `%s keeps its contract for ${dimension.n * 10} ${dimension.what}`,
      (name) => {
        const outcome = callChecked(entry(name), large);
        expect(outcome.kind).toBe('returned');
      },
      120_000,
    );
  },
);
