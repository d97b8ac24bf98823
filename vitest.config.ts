import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^co-commissioning\/testing$/, replacement: src('testing/index.ts') },
      { find: /^co-commissioning$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup/failOnConsole.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      // Issue #9: at least 95% of the lines and branches of src/ (src/testing included).
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
  },
});
