// Size budgets, checked in `npm test` after the build: the built package (dist/index.js) as a
// browser application's bundler sees it, minified with esbuild and compressed with gzip -9,
// together with its dependencies (zod and immer):
//   - the whole library (`export * from 'co-commissioning'`);
//   - a tree-shaken import of tallyBallot alone.
// Each size must stay within its budget in budgets.json (set just above the measured size, so a
// regression fails). `--update` writes the measured sizes plus the headroom as the new budgets.
// Also printed, for information: the dependencies alone, and the same imports bundled from the
// sources module by module (what a bundler could drop if the package shipped separate modules).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const budgetsFile = join(root, 'tests', 'budgets', 'budgets.json');
const packageFile = join(root, 'dist', 'index.js');
/** Headroom over the measured size when budgets are updated: 1%, at least 256 bytes. */
const headroom = (bytes) => bytes + Math.max(256, Math.ceil(bytes * 0.01));

if (!existsSync(packageFile)) {
  console.error('size budgets: dist/index.js is missing; run `npm run build` first.');
  process.exit(1);
}

/** Bundles an entry for the browser, minified; returns the minified and gzipped sizes. */
async function measure(contents, loader = 'js') {
  const result = await build({
    stdin: { contents, resolveDir: root, loader, sourcefile: 'consumer.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
    // Resolve 'co-commissioning' as a user's bundler does (the package's exports, so dist/),
    // not through the repository's tsconfig paths (which point at src/).
    tsconfigRaw: {},
    metafile: true,
  });
  const inputs = Object.keys(Object.values(result.metafile.outputs)[0].inputs);
  if (
    contents.includes("from 'co-commissioning'") &&
    !inputs.some((input) => input.startsWith('dist/'))
  )
    throw new Error('co-commissioning did not resolve to dist/.');
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

const checks = [
  {
    id: 'library',
    label: 'whole library, with zod and immer',
    entry: `export * from 'co-commissioning';`,
  },
  {
    id: 'tallyBallot',
    label: 'tallyBallot alone, with its dependencies',
    entry: `export { tallyBallot } from 'co-commissioning';`,
  },
];
const info = [
  {
    label: 'zod and immer alone (everything they export)',
    entry: `export * from 'zod'; export * from 'immer';`,
  },
  {
    label: 'whole library, bundled from the sources',
    entry: `export * from './src/index.ts';`,
    loader: 'ts',
  },
  {
    label: 'tallyBallot alone, bundled from the sources',
    entry: `export { tallyBallot } from './src/index.ts';`,
    loader: 'ts',
  },
];

/** The time the newest file under a folder was last changed. */
function newest(dir) {
  let latest = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const stats = statSync(join(dir, name));
    if (stats.isFile()) latest = Math.max(latest, stats.mtimeMs);
  }
  return latest;
}

const update = process.argv.includes('--update');
const budgets = existsSync(budgetsFile) ? JSON.parse(readFileSync(budgetsFile, 'utf8')) : {};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let failed = false;
console.log('Size budgets (esbuild --minify, gzip -9):');
for (const check of checks) {
  const size = await measure(check.entry);
  const budget = budgets.gzipBytes?.[check.id];
  const over = budget !== undefined && size.gzipped > budget;
  if (over) failed = true;
  console.log(
    `  ${over ? 'OVER  ' : 'ok    '}${check.label}: ${size.gzipped} bytes gzipped (${kb(size.gzipped)}; ${size.minified} minified)${budget === undefined ? ', no budget yet' : `, budget ${budget} bytes`}`,
  );
  if (update) {
    budgets.gzipBytes = { ...budgets.gzipBytes, [check.id]: headroom(size.gzipped) };
  }
}
for (const item of info) {
  const size = await measure(item.entry, item.loader);
  console.log(`  info  ${item.label}: ${size.gzipped} bytes gzipped (${kb(size.gzipped)})`);
}
if (newest(join(root, 'src')) > statSync(packageFile).mtimeMs)
  console.log(
    '  note  src/ has changed since dist/ was built: run `npm run build` for current sizes.',
  );
if (update) {
  writeFileSync(budgetsFile, `${JSON.stringify(budgets, null, 2)}\n`);
  console.log(`Updated ${budgetsFile}.`);
} else if (failed) {
  console.error(
    'A size budget is exceeded: find what grew (esbuild --metafile), or raise the budget in tests/budgets/budgets.json with a reason.',
  );
  process.exit(1);
}
