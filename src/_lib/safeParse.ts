import type * as z from 'zod';
import type { IssuePath } from '../core/issue.js';
import { fail, unreadableIssue } from './fail.js';

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
