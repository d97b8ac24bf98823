// `npm run test:docs`: the browser test of the documentation site. It needs the site built
// first (`npm run docs`), so it runs apart from the unit tests, without coverage. It keeps the
// main configuration's aliases and console guard, and replaces the list of test files.
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.js';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/docs/**/*.browser.spec.ts'],
    coverage: { enabled: false },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
