/**
 * co-commissioning/testing: helpers for test suites that assert policy rules, and for the
 * library's own tests. Needs the optional peer dependency fast-check.
 *
 * @packageDocumentation
 */
export {
  type IsoDateArbitraryOptions,
  isoDateArbitrary,
  penceArbitrary,
  type RatioArbitraryOptions,
  ratioArbitrary,
} from './arbitraries.js';
export { deepFreeze, isDeepFrozen } from './deepFreeze.js';
