// Runs Stryker one module of src/ at a time and combines the scores: `npm run mutation:modules`,
// or `node tests/mutation/byModule.mjs core ballots` for some modules. Each run is incremental
// (reports/mutation/<module>.incremental.json), so a second run tests only what changed. The
// combined score counts every module's mutants together, as one full run would.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { argv, exit } from 'node:process';
import config from '../../stryker.config.mjs';

const MODULES = [
  '_lib',
  'core',
  'organisations',
  'responsibilities',
  'jsonSchemas',
  'ballots',
  'conflicts',
  'commissioning',
  'testing',
];

const chosen = argv.length > 2 ? argv.slice(2) : MODULES;
const unknown = chosen.filter((name) => !MODULES.includes(name));
if (unknown.length > 0) {
  process.stderr.write(`Unknown module ${unknown.join(', ')}: choose from ${MODULES.join(', ')}\n`);
  exit(2);
}

mkdirSync('reports/mutation', { recursive: true });
// Barrels and type-only files stay excluded, as in a full run.
const excluded = config.mutate.filter((pattern) => pattern.startsWith('!'));

for (const name of chosen) {
  const started = Date.now();
  const result = spawnSync(
    'npx',
    [
      'stryker',
      'run',
      '--mutate',
      [`src/${name}/**/*.ts`, ...excluded].join(','),
      '--incremental',
      '--incrementalFile',
      `reports/mutation/${name}.incremental.json`,
    ],
    { stdio: 'inherit' },
  );
  // Only a report this run wrote: a run that stopped early (a failing dry run) leaves the last
  // module's report behind, which must not be filed under this module.
  const report = 'reports/mutation/mutation.json';
  if (existsSync(report) && statSync(report).mtimeMs >= started)
    copyFileSync(report, `reports/mutation/${name}.json`);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  process.stdout.write(`\n${name}: finished in ${minutes} minutes (exit ${result.status})\n`);
}

// The combined score over every module with a report: killed and timed-out mutants over all
// mutants that were tested or not covered (ignored and static mutants left out).
const DETECTED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
const rows = [];
let detected = 0;
let counted = 0;
for (const name of MODULES) {
  const file = `reports/mutation/${name}.json`;
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  let moduleDetected = 0;
  let moduleCounted = 0;
  for (const [path, { mutants }] of Object.entries(report.files)) {
    // The --mutate pattern may leave files of the barrel's excluded list in the report.
    if (!path.includes(`src/${name}/`)) continue;
    for (const mutant of mutants) {
      if (!COUNTED.has(mutant.status)) continue;
      moduleCounted += 1;
      if (DETECTED.has(mutant.status)) moduleDetected += 1;
    }
  }
  detected += moduleDetected;
  counted += moduleCounted;
  const score = moduleCounted === 0 ? 100 : (100 * moduleDetected) / moduleCounted;
  rows.push({
    module: name,
    mutants: moduleCounted,
    detected: moduleDetected,
    score: score.toFixed(2),
  });
}
const total = counted === 0 ? 100 : (100 * detected) / counted;
rows.push({ module: 'all', mutants: counted, detected, score: total.toFixed(2) });
writeFileSync('reports/mutation/summary.json', `${JSON.stringify(rows, null, 2)}\n`);
for (const row of rows)
  process.stdout.write(
    `${row.module.padEnd(18)} ${String(row.mutants).padStart(6)} ${row.score}%\n`,
  );
exit(total >= 80 ? 0 : 1);
