// Examples that cannot rot (issue #8): every TSDoc `@example` in src/ and every ```ts block in
// README.md and docs/guides/*.md is type-checked in one strict TypeScript program, then run
// against the library built from src/, and each `//=> value` comment is compared with the
// value of the expression before it.
import { beforeAll, describe, expect, it } from 'vitest';
import { allExamples, examplesFromMarkdown } from './support/extractExamples.js';
import { instrument } from './support/instrument.js';
import { inlineVitest, loadLibrary, runExample } from './support/runExamples.js';
import { typecheckExamples } from './support/typecheck.js';

const { examples, problems } = allExamples();

describe('documentation examples', () => {
  describe('when they are collected', () => {
    it('finds every @example of src/ in a ```ts fence', () => {
      expect(problems).toEqual([]);
    });

    it('finds the examples of src/, README.md and every guide', () => {
      const files = new Set(examples.map((example) => example.file));
      expect(examples.filter((example) => example.file.startsWith('src/')).length).toBeGreaterThan(
        300,
      );
      expect(files).toContain('README.md');
      for (const guide of [
        'docs/guides/getting-started.md',
        'docs/guides/member-ballot.md',
        'docs/guides/conflicts-in-a-meeting.md',
        'docs/guides/gifts-and-hospitality.md',
        'docs/guides/changing-model.md',
      ]) {
        expect(files).toContain(guide);
      }
    });
  });

  describe('when they are type-checked', () => {
    // One program for every example, with one broken on purpose to show that errors are caught
    // and placed at the line of their file.
    const broken = examplesFromMarkdown(
      'broken.md',
      ['```ts', "import { ratio } from 'co-commissioning';", "ratio('1', 2);", '```'].join('\n'),
    ).examples;
    let messages: string[] = [];
    beforeAll(() => {
      messages = typecheckExamples([...examples, ...broken]).map(
        (diagnostic) => diagnostic.message,
      );
    }, 180_000);

    it('compiles every example under the strict compiler options', () => {
      expect(messages.filter((message) => !message.startsWith('broken.md:'))).toEqual([]);
    });

    it('reports an example that does not compile at the line of its file', () => {
      expect(messages.filter((message) => message.startsWith('broken.md:'))).toEqual([
        expect.stringMatching(/^broken\.md:3: TS2345: /),
      ]);
    });
  });

  describe('when they run', () => {
    let library: Awaited<ReturnType<typeof loadLibrary>>;
    beforeAll(async () => {
      library = await loadLibrary();
    }, 60_000);

    for (const example of examples) {
      it(`${example.id} runs and shows the values it claims`, async () => {
        const run = await runExample(example, library, () => inlineVitest(expect));
        expect(run.errors).toEqual([]);
        for (const claim of run.claims) {
          expect(claim.reached, `${claim.at}: ${claim.claim.actual} never ran`).toBe(true);
          expect(claim.actual, `${claim.at}: ${claim.claim.actual}`).toEqual(claim.expected);
        }
      });
    }
  });
});

describe('the example checker', () => {
  describe('when a //=> value is wrong', () => {
    it('reports the actual value against the claimed one', async () => {
      const [example] = examplesFromMarkdown(
        'wrong.md',
        [
          '```ts',
          "import { ratio } from 'co-commissioning';",
          'ratio(2, 4); //=> { numerator: 1, denominator: 3 }',
          '```',
        ].join('\n'),
      ).examples;
      if (example === undefined) throw new Error('no example found');
      const run = await runExample(example, await loadLibrary());
      expect(run.errors).toEqual([]);
      expect(run.claims).toHaveLength(1);
      expect(run.claims[0]?.actual).not.toEqual(run.claims[0]?.expected);
      expect(run.claims[0]?.at).toBe('wrong.md:3');
    });
  });

  describe('when an example throws', () => {
    it('reports the error', async () => {
      const { examples: throwing } = examplesFromMarkdown(
        'throws.md',
        [
          '```ts',
          "import { parseIsoDate } from 'co-commissioning';",
          "parseIsoDate('2017-02-30');",
          '```',
        ].join('\n'),
      );
      const [example] = throwing;
      if (example === undefined) throw new Error('no example found');
      const run = await runExample(example, await loadLibrary());
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(/^throws\.md:2: threw /);
    });
  });

  describe('when a //=> comment follows no expression', () => {
    it('reports the claim as a problem', () => {
      expect(instrument('//=> 1').problems).toEqual([
        {
          line: 0,
          message: 'no expression statement or single-variable declaration before this //=>',
        },
      ]);
      expect(instrument("x; //=> 'joint' (seed 004)").problems[0]?.message).toBe(
        'the //=> value "\'joint\' (seed 004)" does not read as a JavaScript value',
      );
    });
  });

  describe('when a //=> comment follows a statement inside a branch', () => {
    it('claims the innermost expression', () => {
      const { code, claims } = instrument("if (ok) result.code; //=> 'x'");
      expect(claims).toEqual([{ line: 0, expected: "'x'", actual: 'result.code' }]);
      expect(code).toBe("if (ok) __claim(0, (result.code)); //=> 'x'");
    });
  });

  describe('when an example is a vitest test file', () => {
    it('runs its tests inline, with their hooks, and reports a failing one', async () => {
      const code = (assertion: string) =>
        [
          '```ts',
          "import { beforeEach, describe, expect, it } from 'vitest';",
          "import { ratio } from 'co-commissioning';",
          'let seen = 0;',
          'beforeEach(() => { seen += 1; });',
          "describe('ratio', () => {",
          "  it('keeps the terms', () => { expect(ratio(2, 4)).toEqual({ numerator: 2, denominator: 4 }); });",
          `  it('is checked', () => { ${assertion} });`,
          '});',
          '```',
        ].join('\n');
      const library = await loadLibrary();
      const passing = examplesFromMarkdown('tests.md', code('expect(seen).toBe(2);')).examples[0];
      const failing = examplesFromMarkdown('tests.md', code('expect(seen).toBe(3);')).examples[0];
      if (passing === undefined || failing === undefined) throw new Error('no example found');
      expect((await runExample(passing, library, () => inlineVitest(expect))).errors).toEqual([]);
      const failed = await runExample(failing, library, () => inlineVitest(expect));
      expect(failed.errors).toHaveLength(1);
      expect(failed.errors[0]).toMatch(/^tests\.md:2: threw Error: test "is checked" failed: /);
    });
  });

  describe('when blocks of a guide continue one another', () => {
    it('joins them into one example with the lines of both', () => {
      const { examples: joined } = examplesFromMarkdown(
        'story.md',
        ['```ts', 'const a = 1;', '```', 'Prose.', '```ts continued', 'a; //=> 1', '```'].join(
          '\n',
        ),
      );
      expect(joined).toHaveLength(1);
      expect(joined[0]?.code).toBe('const a = 1;\na; //=> 1');
      expect(joined[0]?.lines.map((line) => line.line)).toEqual([2, 6]);
    });
  });
});
