import type * as z from 'zod';
import type { IssuePath } from '../core/issue.js';
import type { Issue } from '../issues.js';
import { fail } from './fail.js';

/** The issue for input whose reading threw (a throwing getter, a revoked proxy). */
export function unreadableIssue(prefix: IssuePath): Issue {
  return {
    code: 'invalid_input',
    message: `The input could not be read${prefix.length > 0 ? ` (at ${prefix.join('.')})` : ''}.`,
    path: [...prefix],
    expected: 'well-formed input',
    received: 'a value that raised an error while being read',
  };
}

/**
 * `schema.safeParse` with the input reported in issues; input that throws while the schema reads
 * it gives the library's `invalid_input` error, never the caller's raw exception.
 */
export function safeParse<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix: IssuePath = [],
): z.ZodSafeParseResult<z.output<S>> {
  try {
    return schema.safeParse(input, { reportInput: true });
  } catch {
    return fail(unreadableIssue(prefix));
  }
}
