import { join } from 'node:path';
import ts from 'typescript';
import { type Example, ROOT } from './extractExamples.js';

/** A compile error in an example, placed at the line of the file the example came from. */
export interface ExampleDiagnostic {
  readonly example: Example;
  readonly message: string;
}

/** The folder the examples are placed in, as virtual files, for module resolution. */
const VIRTUAL_DIR = join(ROOT, 'tests', 'docs', '.examples');

/**
 * Type-checks every example in one TypeScript program, with the project's strict compiler
 * options and 'co-commissioning' and 'co-commissioning/testing' resolving to src/ (tsconfig.json
 * `paths`). Each example is its own module. Returns the errors, placed at their source lines.
 */
export function typecheckExamples(examples: readonly Example[]): ExampleDiagnostic[] {
  const configPath = join(ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile.bind(ts.sys));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true };

  const virtual = new Map<string, Example>();
  examples.forEach((example, index) => {
    virtual.set(join(VIRTUAL_DIR, `example${index}.ts`), example);
  });
  const textOf = (example: Example): string => `${example.code}\nexport {};\n`;

  const host = ts.createCompilerHost(options, true);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => virtual.has(name) || fileExists(name);
  host.readFile = (name) => {
    const example = virtual.get(name);
    return example === undefined ? readFile(name) : textOf(example);
  };
  host.getSourceFile = (name, languageVersion, onError, shouldCreate) => {
    const example = virtual.get(name);
    return example === undefined
      ? getSourceFile(name, languageVersion, onError, shouldCreate)
      : ts.createSourceFile(name, textOf(example), languageVersion, true);
  };

  const program = ts.createProgram([...virtual.keys()], options, host);
  const diagnostics: ExampleDiagnostic[] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file;
    const example = file === undefined ? undefined : virtual.get(file.fileName);
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (example === undefined || file === undefined || diagnostic.start === undefined) {
      // An error outside the examples (for example in src/) still fails the check.
      const where = file === undefined ? '' : `${file.fileName}: `;
      diagnostics.push({
        example: { id: 'program', file: where, code: '', lines: [] },
        message: `${where}${text}`,
      });
      continue;
    }
    const { line } = file.getLineAndCharacterOfPosition(diagnostic.start);
    const source = example.lines[line];
    const at = source === undefined ? example.id : `${source.file}:${source.line}`;
    diagnostics.push({ example, message: `${at}: TS${diagnostic.code}: ${text}` });
  }
  return diagnostics;
}
