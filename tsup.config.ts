import { defineConfig } from 'tsup';

// Two entry points (the library and its testing kit), each as ESM and CommonJS with its own
// declaration files (.d.ts for import, .d.cts for require). Dependencies stay external.
export default defineConfig({
  entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  splitting: false,
  treeshake: true,
  outDir: 'dist',
  // The testing kit imports the library by its own name, so both entry points share one copy
  // of the library at run time (one CoCommissioningError class for instanceof).
  external: ['co-commissioning', 'co-commissioning/testing'],
});
