// The design card: src/ is pure TypeScript with no I/O — no file system, network, console,
// clock or randomness, and no Node built-in. This test reads every source file and fails on
// any such use in code (comments are ignored).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../src', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : [],
  );
}

/** The file's code with block and line comments removed (string contents are kept). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

const FORBIDDEN: readonly [string, RegExp][] = [
  [
    'a Node built-in',
    /from\s+['"](node:|fs|path|os|child_process|http|https|net|crypto|url|util)['"/]/,
  ],
  ['require()', /\brequire\s*\(/],
  ['the clock', /\bnew\s+Date\b|\bDate\s*\.\s*now\b|\bperformance\s*\.\s*now\b/],
  ['randomness', /\bMath\s*\.\s*random\b|\bcrypto\s*\.\s*getRandomValues\b|\brandomUUID\b/],
  ['the console', /\bconsole\s*\./],
  [
    'the process',
    /\bprocess\s*\.\s*(env|argv|exit|stdout|stderr|stdin|cwd|nextTick|hrtime|platform|versions?)\b/,
  ],
  ['the network', /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b/],
  ['timers', /\bset(Timeout|Interval|Immediate)\s*\(/],
];

describe('src/', () => {
  const files = sourceFiles(root);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(FORBIDDEN)('never uses %s', (_what, pattern) => {
    const offenders = files
      .filter((file) => pattern.test(code(readFileSync(file, 'utf8'))))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('is caught by the check when it breaks the rule', () => {
    expect(
      FORBIDDEN.some(([, pattern]) => pattern.test(code('const now = Date.now(); // now'))),
    ).toBe(true);
    expect(
      FORBIDDEN.some(([, pattern]) =>
        pattern.test(code('/** Date.now() in a comment */ const x = 1;')),
      ),
    ).toBe(false);
  });
});
