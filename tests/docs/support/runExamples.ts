import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { build, transform } from 'esbuild';
import { type Example, ROOT } from './extractExamples.js';
import { CLAIM_FUNCTION, type Claim, instrument } from './instrument.js';

/** What happened to one claim when its example ran. */
export interface ClaimOutcome {
  readonly claim: Claim;
  /** Where the claim is written: file and line. */
  readonly at: string;
  /** Whether the claimed expression was evaluated. */
  readonly reached: boolean;
  /** The value of the claimed expression, the first time it was evaluated. */
  readonly actual?: unknown;
  /** The claimed value, evaluated. */
  readonly expected?: unknown;
}

/** What happened when one example ran. */
export interface ExampleRun {
  readonly example: Example;
  /** Why the example could not be instrumented or failed to run; empty when it ran. */
  readonly errors: readonly string[];
  readonly claims: readonly ClaimOutcome[];
}

const nodeRequire = createRequire(join(ROOT, 'package.json'));
/** Packages the library and the examples share, loaded once from node_modules. */
const SHARED = ['zod', 'immer', 'fast-check'] as const;

type ModuleExports = Record<string, unknown>;

/**
 * Bundles both entry points from src/ into one CommonJS script (zod, immer and fast-check stay
 * shared packages), evaluates it once, and returns what 'co-commissioning' and
 * 'co-commissioning/testing' export.
 */
export async function loadLibrary(): Promise<Record<string, ModuleExports>> {
  const bundled = await build({
    stdin: {
      contents:
        "export * as main from 'co-commissioning';\nexport * as testing from 'co-commissioning/testing';\n",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'neutral',
    target: 'es2022',
    external: [...SHARED],
    logLevel: 'silent',
    plugins: [
      {
        name: 'co-commissioning-from-src',
        setup(context) {
          context.onResolve({ filter: /^co-commissioning(\/testing)?$/ }, (args) => ({
            path: join(ROOT, 'src', args.path === 'co-commissioning' ? '' : 'testing', 'index.ts'),
          }));
        },
      },
    ],
  });
  const text = bundled.outputFiles[0]?.text ?? '';
  const module = { exports: {} as Record<string, ModuleExports> };
  const wrapper = runInThisContext(`(function (require, module, exports) {\n${text}\n})`, {
    filename: 'co-commissioning.bundle.cjs',
  }) as (require: (id: string) => unknown, module: unknown, exports: unknown) => void;
  wrapper(sharedRequire, module, module.exports);
  const { main, testing } = module.exports;
  if (main === undefined || testing === undefined) throw new Error('the bundle exports nothing');
  return { 'co-commissioning': main, 'co-commissioning/testing': testing };
}

function sharedRequire(id: string): unknown {
  if ((SHARED as readonly string[]).includes(id)) return nodeRequire(id);
  throw new Error(`an example may import only co-commissioning and ${SHARED.join(', ')}: ${id}`);
}

type Body = () => unknown;

interface Scope {
  readonly parent: Scope | null;
  readonly beforeEach: Body[];
  readonly afterEach: Body[];
}

/**
 * A stand-in for 'vitest' inside an example, so that a guide can show a whole test file: the
 * example's `describe` blocks run at once, its `it`/`test` bodies are collected and run in
 * order after the example's top level (with their `beforeEach`/`afterEach`, `beforeAll` and
 * `afterAll` hooks), and `expect` is the real one of the test that runs the example.
 */
export interface InlineVitest {
  /** What the example's `import ... from 'vitest'` receives. */
  readonly module: ModuleExports;
  /** Runs the collected tests in order; rejects with the first failure. */
  run(): Promise<void>;
}

/** Creates an {@link InlineVitest} whose `expect` is `expect`. */
export function inlineVitest(expect: unknown): InlineVitest {
  const root: Scope = { parent: null, beforeEach: [], afterEach: [] };
  let scope = root;
  const tests: { name: string; body: Body; scope: Scope }[] = [];
  const beforeAll: Body[] = [];
  const afterAll: Body[] = [];
  const unsupported = (name: string) => () => {
    throw new Error(`${name} is not supported in documentation examples`);
  };
  const describe = (_name: string, body: Body): void => {
    const outer = scope;
    scope = { parent: outer, beforeEach: [], afterEach: [] };
    try {
      body();
    } finally {
      scope = outer;
    }
  };
  const it = (name: string, body: Body): void => {
    tests.push({ name, body, scope });
  };
  const skip = (): void => {};
  Object.assign(describe, { skip, only: describe, each: unsupported('describe.each') });
  Object.assign(it, { skip, todo: skip, only: it, each: unsupported('it.each') });
  const chain = (from: Scope | null, pick: (entry: Scope) => Body[]): Body[] =>
    from === null ? [] : [...chain(from.parent, pick), ...pick(from)];
  return {
    module: {
      describe,
      it,
      test: it,
      expect,
      beforeEach: (body: Body) => scope.beforeEach.push(body),
      afterEach: (body: Body) => scope.afterEach.push(body),
      beforeAll: (body: Body) => beforeAll.push(body),
      afterAll: (body: Body) => afterAll.push(body),
    },
    async run() {
      for (const hook of beforeAll) await hook();
      try {
        for (const test of tests) {
          for (const hook of chain(test.scope, (entry) => entry.beforeEach)) await hook();
          try {
            await test.body();
          } catch (error) {
            throw new Error(
              `test "${test.name}" failed: ${error instanceof Error ? error.message : String(error)}`,
            );
          } finally {
            for (const hook of chain(test.scope, (entry) => entry.afterEach).reverse()) {
              await hook();
            }
          }
        }
      } finally {
        for (const hook of afterAll) await hook();
      }
    },
  };
}

/**
 * Runs one example against the loaded library, reporting each `//=>` claim's values. With
 * `vitest`, an example may import 'vitest' and its tests run inline (see {@link InlineVitest}).
 */
export async function runExample(
  example: Example,
  library: Record<string, ModuleExports>,
  vitest?: () => InlineVitest,
): Promise<ExampleRun> {
  const at = (line: number): string => {
    const source = example.lines[line];
    return source === undefined ? example.id : `${source.file}:${source.line}`;
  };
  const instrumented = instrument(example.code);
  const errors = instrumented.problems.map((problem) => `${at(problem.line)}: ${problem.message}`);
  const seen = new Map<number, unknown>();
  const claim = (index: number, value: unknown): unknown => {
    if (!seen.has(index)) seen.set(index, value);
    return value;
  };
  try {
    const { code } = await transform(instrumented.code, {
      loader: 'ts',
      format: 'cjs',
      target: 'es2022',
      sourcefile: example.id,
    });
    const run = runInThisContext(
      `(function (require, module, exports, ${CLAIM_FUNCTION}) {\n${code}\n})`,
      { filename: example.id },
    ) as (
      require: (id: string) => unknown,
      module: unknown,
      exports: unknown,
      claimFunction: typeof claim,
    ) => void;
    const module = { exports: {} };
    const inline = vitest?.();
    const exampleRequire = (id: string): unknown =>
      id === 'vitest' && inline !== undefined ? inline.module : (library[id] ?? sharedRequire(id));
    run(exampleRequire, module, module.exports, claim);
    await inline?.run();
  } catch (error) {
    errors.push(
      `${example.id}: threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
  const claims = instrumented.claims.map((entry, index): ClaimOutcome => {
    const expected = runInThisContext(`(${entry.expected})`);
    return seen.has(index)
      ? { claim: entry, at: at(entry.line), reached: true, actual: seen.get(index), expected }
      : { claim: entry, at: at(entry.line), reached: false, expected };
  });
  return { example, errors, claims };
}
