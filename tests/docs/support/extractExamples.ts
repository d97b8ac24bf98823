import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where one line of an example came from. */
export interface SourceLine {
  /** The file, relative to the repository root. */
  readonly file: string;
  /** The 1-based line number in that file. */
  readonly line: number;
}

/** One runnable example: a ```ts block from a TSDoc `@example` or a markdown file. */
export interface Example {
  /** A stable name for test titles: file and first line. */
  readonly id: string;
  /** The file it came from, relative to the repository root. */
  readonly file: string;
  /** The TypeScript source of the example. */
  readonly code: string;
  /** For each line of `code`, where it came from. */
  readonly lines: readonly SourceLine[];
}

/** A problem found while extracting, such as an `@example` without a ```ts fence. */
export interface ExtractionProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

const FENCE_OPEN = /^(\s*)```(\S*)(.*)$/;
const FENCE_CLOSE = /^\s*```\s*$/;
const TS_LANGS = new Set(['ts', 'typescript']);

/** The repository root, two folders above this file's folder. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Lists files under `dir` (relative to the root) whose names end with `suffix`, sorted. */
export function listFiles(dir: string, suffix: string): string[] {
  const found: string[] = [];
  const walk = (absolute: string): void => {
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      const path = join(absolute, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(suffix)) found.push(relative(ROOT, path));
    }
  };
  walk(join(ROOT, dir));
  return found.sort();
}

/**
 * Extracts every `@example` from the doc comments of a TypeScript file. Each example must hold a
 * ```ts fence; one that does not is reported as a problem.
 */
export function examplesFromSource(
  file: string,
  text: string,
): { examples: Example[]; problems: ExtractionProblem[] } {
  const examples: Example[] = [];
  const problems: ExtractionProblem[] = [];
  for (const match of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const startLine = text.slice(0, match.index).split('\n').length;
    const commentLines = match[0].split('\n').map((line, index) => ({
      text: (index === 0
        ? line.replace(/^\s*\/\*\*\s?/, '')
        : line.replace(/^\s*\*(?!\/) ?/, '')
      ).replace(/\s*\*\/$/, ''),
      line: startLine + index,
    }));
    for (let i = 0; i < commentLines.length; i += 1) {
      const current = commentLines[i];
      if (current === undefined || !/^@example\b/.test(current.text)) continue;
      // The example runs to the next block tag; its code is the first fence inside it.
      let end = i + 1;
      while (end < commentLines.length && !/^@\w/.test(commentLines[end]?.text ?? '')) end += 1;
      const body = commentLines.slice(i + 1, end);
      const fenced = fences(
        file,
        body.map((entry) => entry.text),
        body.map((entry) => entry.line),
      );
      problems.push(...fenced.problems);
      if (fenced.blocks.length === 0) {
        problems.push({ file, line: current.line, message: '@example without a ```ts fence' });
      }
      examples.push(...fenced.blocks);
    }
  }
  return { examples, problems };
}

/**
 * Extracts every ```ts block of a markdown file. A block whose fence reads ```ts continued is
 * joined to the block before it, so that a guide can tell one story across several blocks: the
 * joined blocks are checked and run as one example.
 */
export function examplesFromMarkdown(
  file: string,
  text: string,
): { examples: Example[]; problems: ExtractionProblem[] } {
  const lines = text.split('\n');
  const { blocks, problems } = fences(
    file,
    lines,
    lines.map((_, index) => index + 1),
  );
  return { examples: blocks, problems };
}

function fences(
  file: string,
  lines: readonly string[],
  numbers: readonly number[],
): { blocks: Example[]; problems: ExtractionProblem[] } {
  const blocks: Example[] = [];
  const problems: ExtractionProblem[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = FENCE_OPEN.exec(lines[i] ?? '');
    if (open === null) continue;
    const indent = open[1] ?? '';
    const lang = open[2] ?? '';
    const info = (open[3] ?? '').trim();
    let close = i + 1;
    while (close < lines.length && !FENCE_CLOSE.test(lines[close] ?? '')) close += 1;
    if (close >= lines.length) {
      problems.push({ file, line: numbers[i] ?? 0, message: 'unclosed code fence' });
      break;
    }
    if (TS_LANGS.has(lang)) {
      const body = lines
        .slice(i + 1, close)
        .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line));
      const sourceLines = numbers.slice(i + 1, close).map((line) => ({ file, line }));
      const previous = blocks.at(-1);
      if (info === 'continued' && previous !== undefined) {
        blocks[blocks.length - 1] = {
          ...previous,
          code: `${previous.code}\n${body.join('\n')}`,
          lines: [...previous.lines, ...sourceLines],
        };
      } else {
        if (info === 'continued') {
          problems.push({
            file,
            line: numbers[i] ?? 0,
            message: '```ts continued with nothing before it',
          });
        }
        blocks.push({
          id: `${file}:${numbers[i + 1] ?? 0}`,
          file,
          code: body.join('\n'),
          lines: sourceLines,
        });
      }
    }
    i = close;
  }
  return { blocks, problems };
}

/** Every example of the project: TSDoc examples in src/ and ```ts blocks in the markdown docs. */
export function allExamples(): { examples: Example[]; problems: ExtractionProblem[] } {
  const examples: Example[] = [];
  const problems: ExtractionProblem[] = [];
  for (const file of listFiles('src', '.ts')) {
    const found = examplesFromSource(file, readFileSync(join(ROOT, file), 'utf8'));
    examples.push(...found.examples);
    problems.push(...found.problems);
  }
  for (const file of ['README.md', ...listFiles(join('docs', 'guides'), '.md')]) {
    const found = examplesFromMarkdown(file, readFileSync(join(ROOT, file), 'utf8'));
    examples.push(...found.examples);
    problems.push(...found.problems);
  }
  return { examples, problems };
}
