// `npm run bench`: bundles the benchmark with the library's sources the way the package build
// does (esbuild, ES2022, no name-keeping wrappers; zod, immer and the peers stay external, as
// they are for a user), then runs it in a fresh Node process. Arguments are passed through
// (--quick, --only=transitions,rules,ballots,validation,import, --cpu-prof). The library is also
// bundled alone, as the package build bundles it, for the cold-import measurement.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outdir = join(root, 'reports', 'bench-build');
mkdirSync(outdir, { recursive: true });

const args = process.argv.slice(2);
const entry = args.find((arg) => arg.endsWith('.ts')) ?? join(root, 'tests', 'bench', 'run.ts');
const rest = args.filter((arg) => arg !== entry && arg !== '--cpu-prof');

await build({
  entryPoints: { run: entry },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  sourcemap: 'linked',
  packages: 'external',
  alias: {
    'co-commissioning/testing': join(root, 'src', 'testing', 'index.ts'),
    'co-commissioning': join(root, 'src', 'index.ts'),
  },
  logLevel: 'warning',
});

// The library alone, bundled as the package build bundles it (tsup: esbuild, ES2022, zod and
// immer external), for the cold-import measurement.
const library = join(outdir, 'library', 'index.mjs');
await build({
  entryPoints: [join(root, 'src', 'index.ts')],
  outfile: library,
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  external: ['zod', 'immer'],
  logLevel: 'warning',
});

const profile = args.includes('--cpu-prof') ? ['--cpu-prof', `--cpu-prof-dir=${outdir}`] : [];
const child = spawnSync(
  process.execPath,
  [...profile, '--enable-source-maps', join(outdir, 'run.mjs'), ...rest],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BENCH_LIBRARY: library },
  },
);
process.exit(child.status ?? 1);
