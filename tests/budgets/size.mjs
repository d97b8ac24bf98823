// Size budgets, checked in `npm test` after the build: the built package as a browser
// application's bundler sees it (the `default` export condition: dist/modules/, one module per
// source file), minified with esbuild and compressed with gzip -9, together with its one run-time
// dependency, zod:
//   - the whole library (`export * from 'co-commissioning'`);
//   - a tree-shaken import of tallyBallot alone.
// Each size must stay within its budget in budgets.json (set just above the measured size, so a
// regression fails). `--update` writes the measured sizes plus the headroom as the new budgets.
// Also printed, for information: the goals of issue 10 (40 KB and 12 KB), the library's own code
// without zod, and zod's smallest footprint (one two-field object schema), which is the floor
// under any import that validates with zod classic.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const budgetsFile = join(root, 'tests', 'budgets', 'budgets.json');
const packageFile = join(root, 'dist', 'modules', 'index.js');
/** Headroom over the measured size when budgets are updated: 1%, at least 256 bytes. */
const headroom = (bytes) => bytes + Math.max(256, Math.ceil(bytes * 0.01));

if (!existsSync(packageFile)) {
  console.error('size budgets: dist/modules/index.js is missing; run `npm run build` first.');
  process.exit(1);
}

/** Bundles an entry for the browser, minified; returns the minified and gzipped sizes. */
async function measure(contents, loader = 'js', external = []) {
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
    external,
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
    label: 'whole library, with zod',
    entry: `export * from 'co-commissioning';`,
    goal: 40 * 1024,
  },
  {
    id: 'tallyBallot',
    label: 'tallyBallot alone, with its dependencies',
    entry: `export { tallyBallot } from 'co-commissioning';`,
    goal: 12 * 1024,
  },
];
const info = [
  {
    label: 'whole library without zod (its own code: rules, citations, messages)',
    entry: `export * from 'co-commissioning';`,
    external: ['zod'],
  },
  {
    label: 'tallyBallot alone without zod',
    entry: `export { tallyBallot } from 'co-commissioning';`,
    external: ['zod'],
  },
  {
    label: 'zod classic, one two-field object schema (its floor)',
    entry: `import * as z from 'zod'; export const s = z.object({ a: z.string(), b: z.number() });`,
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
    `  ${over ? 'OVER  ' : 'ok    '}${check.label}: ${size.gzipped} bytes gzipped (${kb(size.gzipped)}; ${size.minified} minified)${budget === undefined ? ', no budget yet' : `, budget ${budget} bytes`}; goal ${kb(check.goal)} ${size.gzipped <= check.goal ? 'met' : 'missed'}`,
  );
  if (update) {
    budgets.gzipBytes = { ...budgets.gzipBytes, [check.id]: headroom(size.gzipped) };
  }
}
for (const item of info) {
  const size = await measure(item.entry, 'js', item.external);
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
