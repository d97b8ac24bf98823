// `npm run test:tz` starts the suites in other time zones and locales (tests/tz/run.mjs): this
// checks the process really is where the runner says, so that run cannot pass by staying in UTC.
import { env } from 'node:process';
import { describe, expect, it } from 'vitest';

const expected = env['EXPECT_TZ'];

describe.runIf(expected !== undefined)('the time zone of a test:tz run', () => {
  it('is the one the runner asked for, far from UTC', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(expected);
    // Kiritimati is UTC+14 all year; St John's is UTC−3:30 or −2:30: never a whole-hour offset of 0.
    expect(new Date(Date.UTC(2016, 0, 1)).getTimezoneOffset()).not.toBe(0);
  });
});
