import { join, relative } from 'node:path';
import ts from 'typescript';
import { ROOT } from './extractExamples.js';

/** The TSDoc of one exported name of an entry point. */
export interface ExportedDoc {
  /** The entry point, as users import it. */
  readonly entry: 'co-commissioning' | 'co-commissioning/testing';
  /** The exported name. */
  readonly name: string;
  /** Where it is declared, relative to the repository root, with its line. */
  readonly at: string;
  /** The `@category` values of its doc comment. */
  readonly categories: readonly string[];
  /** The `@example` blocks of its doc comment, as written. */
  readonly examples: readonly string[];
  /** Whether its doc comment has a summary before the first tag. */
  readonly hasSummary: boolean;
}

const ENTRIES = {
  'co-commissioning': join(ROOT, 'src', 'index.ts'),
  'co-commissioning/testing': join(ROOT, 'src', 'testing', 'index.ts'),
} as const;

function tagText(tag: ts.JSDocTag): string {
  const comment = tag.comment;
  if (comment === undefined) return '';
  return typeof comment === 'string' ? comment : comment.map((part) => part.text).join('');
}

/**
 * Lists every name exported by the two entry points, values and types alike, with the
 * `@category` and `@example` tags of the doc comment on its declaration. Walks the TypeScript
 * program, so a new export is listed the moment it is added.
 */
export function exportedDocs(): ExportedDoc[] {
  const configPath = join(ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile.bind(ts.sys));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram(Object.values(ENTRIES), { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const docs: ExportedDoc[] = [];
  for (const [entry, file] of Object.entries(ENTRIES) as [ExportedDoc['entry'], string][]) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`Cannot read the exports of ${file}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      for (const declaration of symbol.declarations ?? []) {
        const tags = ts.getJSDocTags(declaration);
        const declarationFile = declaration.getSourceFile();
        const { line } = declarationFile.getLineAndCharacterOfPosition(declaration.getStart());
        const comments = ts
          .getJSDocCommentsAndTags(declaration)
          .filter((node): node is ts.JSDoc => ts.isJSDoc(node));
        docs.push({
          entry,
          name: exported.name,
          at: `${relative(ROOT, declarationFile.fileName)}:${line + 1}`,
          categories: tags.filter((tag) => tag.tagName.text === 'category').map(tagText),
          examples: tags.filter((tag) => tag.tagName.text === 'example').map(tagText),
          hasSummary: comments.some((comment) => tagTextOf(comment).trim() !== ''),
        });
      }
    }
  }
  return docs;
}

function tagTextOf(comment: ts.JSDoc): string {
  const text = comment.comment;
  if (text === undefined) return '';
  return typeof text === 'string' ? text : text.map((part) => part.text).join('');
}
