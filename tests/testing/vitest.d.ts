import type { CoCommissioningMatchers } from 'co-commissioning/testing';

// The kit's matchers, for `expect(...)` in these tests (after expect.extend in each file).
declare module 'vitest' {
  interface Matchers<T = unknown> extends CoCommissioningMatchers<T> {}
}
