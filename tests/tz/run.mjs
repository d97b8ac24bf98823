// `npm run test:tz`: the unit suites and the determinism fuzz suite again, each in fresh
// processes started in two time zones far from UTC (UTC+14 and UTC−3:30, with its half hour)
// and, in the second, a Turkish locale (where 'i'.toUpperCase() is 'İ'). The library reads no
// clock and no locale, so every result, and every digest recorded by the determinism suite in
// the default run, must be the same. The fuzz suites other than determinism run once, in
// `npm run coverage`; here the determinism suite runs fewer cases (FUZZ_RUNS, default 200).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const settings = [
  { TZ: 'Pacific/Kiritimati', LANG: 'en_GB.UTF-8', LC_ALL: 'en_GB.UTF-8' },
  { TZ: 'America/St_Johns', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
];

for (const setting of settings) {
  console.log(`\ntest:tz: TZ=${setting.TZ} LC_ALL=${setting.LC_ALL}`);
  const child = spawnSync(
    process.execPath,
    [
      vitest,
      'run',
      '--exclude=tests/fuzz/anything.test.ts',
      '--exclude=tests/fuzz/immutability.test.ts',
      '--exclude=tests/fuzz/largeInputs.test.ts',
      '--exclude=tests/fuzz/nearValid.test.ts',
      '--exclude=tests/fuzz/prototypeKeys.test.ts',
      '--exclude=tests/docs/**',
      '--exclude=tests/package/**',
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        ...setting,
        EXPECT_TZ: setting.TZ,
        FUZZ_RUNS: process.env.FUZZ_RUNS ?? '200',
      },
    },
  );
  if (child.status !== 0) process.exit(child.status ?? 1);
}
