import type * as z from 'zod';
import type { Issues } from '../core/CoCommissioningError.js';
import type { IssuePath } from '../core/issue.js';
import type { Issue } from '../issues.js';
import { describeValue } from './describe.js';
import { fail } from './fail.js';
import { safeParse } from './safeParse.js';
import { plainMessage } from './zodMessage.js';

/** Turns zod's issues into the library's `invalid_input` issues, with paths and plain words. */
export function fromZodIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  prefix: IssuePath = [],
): Issues {
  const issues = zodIssues.map((zodIssue): Issue => {
    const path = [
      ...prefix,
      ...zodIssue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    ];
    if (zodIssue.code === 'unrecognized_keys') {
      // Sorted, so the words do not depend on the order the keys were written in.
      const keys = [...zodIssue.keys]
        .sort()
        .map((key) => JSON.stringify(key))
        .join(', ');
      return {
        code: 'invalid_input',
        message: `Remove ${zodIssue.keys.length === 1 ? 'the field' : 'the fields'} ${keys}${path.length > 0 ? ` at ${path.join('.')}` : ''}: not part of this record.`,
        path,
        expected: 'only the documented fields',
        received: `unknown ${zodIssue.keys.length === 1 ? 'field' : 'fields'} ${keys}`,
      };
    }
    const where = path.length > 0 ? ` (at ${path.join('.')})` : '';
    return {
      code: 'invalid_input',
      message: `${plainMessage(zodIssue)}${where}`,
      path,
      expected:
        'expected' in zodIssue && typeof zodIssue.expected === 'string'
          ? zodIssue.expected
          : zodIssue.code,
      received: describeValue(zodIssue.input),
    };
  });
  return issues as unknown as Issues;
}

/** Parses input with a schema, throwing `CoCommissioningError` with every issue on failure. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix: IssuePath = [],
): z.output<S> {
  const result = safeParse(schema, input, prefix);
  if (result.success) return result.data;
  const [first, ...rest] = fromZodIssues(result.error.issues, prefix);
  return fail(first, ...rest);
}
