import ts from 'typescript';

/** One `//=>` claim in an example: the value the statement before it should produce. */
export interface Claim {
  /** 0-based line of the `//=>` comment in the example's code. */
  readonly line: number;
  /** The text of the claimed value, as written after `//=>`. */
  readonly expected: string;
  /** The text of the expression whose value is claimed. */
  readonly actual: string;
}

/** The result of instrumenting an example: code that reports each claim, or why it cannot. */
export interface Instrumented {
  /** The example's code with each claimed expression wrapped in `__claim(index, value)`. */
  readonly code: string;
  /** The claims, in the order of `__claim`'s first argument. */
  readonly claims: readonly Claim[];
  /** Claims that could not be tied to an expression or read as a value. */
  readonly problems: readonly { readonly line: number; readonly message: string }[];
}

/** The name of the function instrumented code calls with each claimed value. */
export const CLAIM_FUNCTION = '__claim';

const CLAIM = /\/\/=>\s?(.*)$/;

/**
 * Rewrites an example so that the value of each expression followed by a `//=>` comment (on the
 * same line, or on the lines after it) is passed to `__claim(index, value)` before it is used.
 * The claimed text after `//=>` must read as a JavaScript expression (a literal, an array or an
 * object); its value is compared by the caller.
 */
export function instrument(code: string): Instrumented {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true);
  const statements: ts.Statement[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) statements.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);

  const lines = code.split('\n');
  const lineStarts = source.getLineStarts();
  const claims: Claim[] = [];
  const problems: { line: number; message: string }[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  lines.forEach((text, line) => {
    const match = CLAIM.exec(text);
    if (match === null || match.index === undefined) return;
    const position = (lineStarts[line] ?? 0) + match.index;
    const expected = (match[1] ?? '').trim();
    const parsedExpected = readsAsValue(expected);
    if (parsedExpected !== undefined) {
      problems.push({ line, message: `the //=> value "${expected}" ${parsedExpected}` });
      return;
    }
    // The claimed statement is the innermost one that ends last before the comment, with only
    // white space and comments between them.
    let target: ts.Statement | undefined;
    for (const statement of statements) {
      if (statement.end > position) continue;
      const between = code.slice(statement.end, position);
      if (!/^(\s|\/\/[^\n]*\n)*$/.test(between)) continue;
      if (
        target === undefined ||
        statement.end > target.end ||
        (statement.end === target.end && statement.pos > target.pos)
      ) {
        target = statement;
      }
    }
    const expression = target === undefined ? undefined : claimedExpression(target);
    if (expression === undefined) {
      problems.push({
        line,
        message: 'no expression statement or single-variable declaration before this //=>',
      });
      return;
    }
    const index = claims.length;
    claims.push({ line, expected, actual: expression.getText(source) });
    edits.push({
      start: expression.getStart(source),
      end: expression.end,
      text: `${CLAIM_FUNCTION}(${index}, (${expression.getText(source)}))`,
    });
  });
  let instrumented = code;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    instrumented = instrumented.slice(0, edit.start) + edit.text + instrumented.slice(edit.end);
  }
  return { code: instrumented, claims, problems };
}

function claimedExpression(statement: ts.Statement): ts.Expression | undefined {
  if (ts.isExpressionStatement(statement)) return statement.expression;
  if (ts.isVariableStatement(statement)) {
    const [only, ...rest] = statement.declarationList.declarations;
    if (only !== undefined && rest.length === 0) return only.initializer;
  }
  return undefined;
}

/** Returns undefined when `text` reads as one JavaScript expression, else why not. */
function readsAsValue(text: string): string | undefined {
  if (text === '') return 'is empty';
  const { diagnostics } = ts.transpileModule(`export default (${text});`, {
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  if (diagnostics !== undefined && diagnostics.length > 0) {
    return 'does not read as a JavaScript value';
  }
  return undefined;
}
