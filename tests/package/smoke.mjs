// Package smoke test: packs the library, installs the tarball into a throwaway consumer project
// and checks it the way users will meet it. Run after `npm run build`; part of `npm test`.
//   (a) import from ESM, (b) require from CommonJS,
//   (c) type-check a strict TypeScript consumer under moduleResolution node16 and bundler,
//   (d) bundle for the browser with esbuild and fail if any Node built-in is pulled in,
//   (e) compare the exported names with tests/package/exports.json (`--update` rewrites it).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const update = process.argv.includes('--update');
const work = mkdtempSync(join(tmpdir(), 'co-commissioning-smoke-'));
const consumer = join(work, 'consumer');
mkdirSync(consumer);
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const step = (name) => process.stdout.write(`smoke: ${name}\n`);
let failures = 0;
const check = (ok, message) => {
  if (!ok) {
    failures += 1;
    process.stderr.write(`smoke: FAILED: ${message}\n`);
  }
};

try {
  step('npm pack');
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  const tarball = join(work, packed[0].filename);
  const files = packed[0].files.map((file) => file.path);
  check(
    files.every(
      (file) =>
        file === 'package.json' ||
        file.startsWith('dist/') ||
        /^(README|LICENSE|CHANGELOG)/i.test(file),
    ),
    `the tarball holds only dist/ and package metadata, not: ${files.filter((f) => !f.startsWith('dist/')).join(', ')}`,
  );

  step('install the tarball into a consumer project');
  const version = (name) =>
    JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
  );
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--no-package-lock',
      tarball,
      `zod@${version('zod')}`,
      `fast-check@${version('fast-check')}`,
    ],
    consumer,
  );

  step('(a) import from ESM');
  writeFileSync(
    join(consumer, 'esm.mjs'),
    `import * as lib from 'co-commissioning';
import * as testing from 'co-commissioning/testing';
import voteSchema from 'co-commissioning/schemas/vote.schema.json' with { type: 'json' };
const out = { main: Object.keys(lib).sort(), testing: Object.keys(testing).sort(),
  percent: lib.formatPercent({ numerator: 52, denominator: 83 }, 1), schemaId: voteSchema.$id };
process.stdout.write(JSON.stringify(out));`,
  );
  const esm = JSON.parse(run('node', ['esm.mjs'], consumer));
  check(esm.percent === '62.7%', `ESM formatPercent gave ${esm.percent}`);
  check(
    esm.schemaId === 'co-commissioning/schemas/vote.schema.json',
    'ESM imports a shipped JSON Schema',
  );

  step('(b) require from CommonJS');
  writeFileSync(
    join(consumer, 'cjs.cjs'),
    `const lib = require('co-commissioning');
const testing = require('co-commissioning/testing');
let caught = false;
try { lib.parseIsoDate('2017-02-30'); } catch (error) { caught = lib.isCoCommissioningError(error) && error instanceof lib.CoCommissioningError; }
const schemaIds = lib.ENTITY_NAMES.map((name) => require('co-commissioning/schemas/' + name + '.schema.json').$id);
process.stdout.write(JSON.stringify({ main: Object.keys(lib).sort(), testing: Object.keys(testing).sort(), caught, schemaIds,
  percent: lib.formatPercent({ numerator: 29, denominator: 200 }, 1) }));`,
  );
  const cjs = JSON.parse(run('node', ['cjs.cjs'], consumer));
  check(cjs.percent === '14.5%', `CJS formatPercent gave ${cjs.percent}`);
  check(cjs.caught, 'CJS error is a CoCommissioningError');
  check(
    cjs.schemaIds.length > 0 && cjs.schemaIds.every((id) => id.endsWith('.schema.json')),
    'CJS requires every shipped JSON Schema',
  );
  check(JSON.stringify(cjs.main) === JSON.stringify(esm.main), 'ESM and CJS export the same names');
  check(
    JSON.stringify(cjs.testing) === JSON.stringify(esm.testing),
    'ESM and CJS testing export the same names',
  );

  step('(c) type-check strict consumers (node16 and bundler)');
  const consumerSource = `import { formatPercent, ratio, safeParseIsoDate, type Issue, type Ratio } from 'co-commissioning';
import { deepFreeze } from 'co-commissioning/testing';
const share: Ratio = deepFreeze(ratio(52, 83));
export const shown: string = formatPercent(share, 1);
const parsed = safeParseIsoDate('2016-04-01');
export const first: Issue | string = parsed.success ? parsed.data : parsed.issues[0];
// @ts-expect-error a ratio needs a denominator
export const broken: Ratio = { numerator: 1 };
`;
  writeFileSync(join(consumer, 'consumer.ts'), consumerSource);
  writeFileSync(
    join(consumer, 'consumer-cjs.cts'),
    `import lib = require('co-commissioning');\nexport const shown: string = lib.formatPercent(lib.ratio(1, 8), 0);\n`,
  );
  const tsc = require.resolve('typescript/bin/tsc');
  const base = {
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    target: 'ES2022',
    types: [],
  };
  for (const [name, options, files] of [
    [
      'node16',
      { module: 'node16', moduleResolution: 'node16' },
      ['consumer.ts', 'consumer-cjs.cts'],
    ],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, ['consumer.ts']],
  ]) {
    writeFileSync(
      join(consumer, `tsconfig.${name}.json`),
      JSON.stringify({ compilerOptions: { ...base, ...options }, files }, null, 2),
    );
    try {
      run('node', [tsc, '-p', `tsconfig.${name}.json`], consumer);
    } catch (error) {
      check(false, `TypeScript consumer (${name}) failed:\n${error.stdout}${error.stderr}`);
    }
  }

  step('(d) bundle for the browser with no Node built-ins');
  const esbuild = require('esbuild');
  const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
  for (const entry of ['co-commissioning', 'co-commissioning/testing']) {
    writeFileSync(join(consumer, 'browser.mjs'), `export * from '${entry}';\n`);
    const result = await esbuild.build({
      entryPoints: [join(consumer, 'browser.mjs')],
      absWorkingDir: consumer,
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const imports = Object.values(result.metafile.inputs).flatMap((input) =>
      input.imports.map((i) => i.path),
    );
    const pulled = imports.filter((path) => builtins.has(path));
    check(
      pulled.length === 0,
      `${entry} pulls Node built-ins into a browser bundle: ${pulled.join(', ')}`,
    );
  }

  step('(e) exported names match tests/package/exports.json');
  const listFile = join(root, 'tests', 'package', 'exports.json');
  const actual = { '.': esm.main, './testing': esm.testing };
  if (update) {
    writeFileSync(listFile, `${JSON.stringify(actual, null, 2)}\n`);
    step('exports.json rewritten');
  } else {
    const expected = JSON.parse(readFileSync(listFile, 'utf8'));
    for (const entry of Object.keys(actual)) {
      const missing = (expected[entry] ?? []).filter((name) => !actual[entry].includes(name));
      const added = actual[entry].filter((name) => !(expected[entry] ?? []).includes(name));
      check(
        missing.length === 0 && added.length === 0,
        `exports of ${entry} changed. Removed: [${missing.join(', ')}]; added: [${added.join(', ')}]. ` +
          'If intended, run `node tests/package/smoke.mjs --update` and note it in CHANGELOG.md.',
      );
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures > 0) {
  process.stderr.write(`smoke: ${failures} check(s) failed\n`);
  process.exit(1);
}
step('all checks passed');
