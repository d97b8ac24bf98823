// Type-check cost budget, checked in `npm test` after the build: the reference consumer
// (tests/budgets/consumer.ts, which uses both entry points) is type-checked against the built
// declarations (dist/*.d.ts, resolved through the package's own name, as an application resolves
// them) with `tsc --extendedDiagnostics`, and its instantiation count must stay within the budget
// in budgets.json (set just above the measured count, so a type change that makes editors slow
// fails). The count is deterministic for a given TypeScript version and code, unlike check time.
// `--update` writes the measured count plus the headroom as the new budget.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const budgetsFile = join(root, 'tests', 'budgets', 'budgets.json');
/** Headroom over the measured count when the budget is updated: 2%, at least 200. */
const headroom = (count) => count + Math.max(200, Math.ceil(count * 0.02));

if (!existsSync(join(root, 'dist', 'index.d.ts'))) {
  console.error('type-check budget: dist/index.d.ts is missing; run `npm run build` first.');
  process.exit(1);
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const run = spawnSync(
  process.execPath,
  [tsc, '-p', join(root, 'tests', 'budgets', 'tsconfig.json'), '--extendedDiagnostics'],
  { cwd: root, encoding: 'utf8' },
);
const output = `${run.stdout}${run.stderr}`;
if (run.status !== 0) {
  console.error(output);
  console.error('type-check budget: the reference consumer does not type-check.');
  process.exit(1);
}
const figure = (name) => {
  const match = new RegExp(`^${name}:\\s+([\\d.]+)`, 'm').exec(output);
  return match === null ? undefined : Number(match[1]);
};
const instantiations = figure('Instantiations');
if (instantiations === undefined) {
  console.error(output);
  console.error('type-check budget: tsc printed no instantiation count.');
  process.exit(1);
}

const update = process.argv.includes('--update');
const budgets = existsSync(budgetsFile) ? JSON.parse(readFileSync(budgetsFile, 'utf8')) : {};
const budget = budgets.typeInstantiations;
const over = budget !== undefined && instantiations > budget;
console.log('Type-check budget (tests/budgets/consumer.ts against dist/*.d.ts):');
console.log(
  `  ${over ? 'OVER  ' : 'ok    '}instantiations: ${instantiations}${budget === undefined ? ', no budget yet' : `, budget ${budget}`}`,
);
console.log(
  `  info  types: ${figure('Types')}, check time: ${figure('Check time')} s, memory: ${figure('Memory used')} KB`,
);
if (update) {
  budgets.typeInstantiations = headroom(instantiations);
  writeFileSync(budgetsFile, `${JSON.stringify(budgets, null, 2)}\n`);
  console.log(`Updated ${budgetsFile}.`);
} else if (over) {
  console.error(
    'The type-check budget is exceeded: find the costly type (tsc --generateTrace), or raise the budget in tests/budgets/budgets.json with a reason.',
  );
  process.exit(1);
}
