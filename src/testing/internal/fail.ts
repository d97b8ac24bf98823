// Internal: the kit's own way to report malformed input with the library's error class. The
// class comes from the package entry ('co-commissioning'), never from ../core, so the kit and
// the library share one CoCommissioningError at run time.
import { CoCommissioningError, type IssuePath, type Issues } from 'co-commissioning';
import type * as z from 'zod';
import { describeValue } from '../../_lib/describe.js';
import { plainMessage } from '../../_lib/zodMessage.js';

/** Throws `invalid_input` for one value. */
export function invalidInput(
  message: string,
  path: IssuePath,
  expected: string,
  received: unknown,
): never {
  throw new CoCommissioningError([
    { code: 'invalid_input', message, path, expected, received: describeValue(received) },
  ]);
}

/** Turns zod's issues into the library's `invalid_input` issues, with paths and plain words. */
export function issuesFromZod(zodIssues: readonly z.core.$ZodIssue[], prefix: IssuePath): Issues {
  const issues = zodIssues.map((zodIssue) => {
    const path = [
      ...prefix,
      ...zodIssue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    ];
    const where = path.length > 0 ? ` (at ${path.join('.')})` : '';
    if (zodIssue.code === 'unrecognized_keys') {
      // Sorted, so the words do not depend on the order the keys were written in.
      const keys = [...zodIssue.keys]
        .sort()
        .map((key) => JSON.stringify(key))
        .join(', ');
      return {
        code: 'invalid_input' as const,
        message: `Remove ${zodIssue.keys.length === 1 ? 'the field' : 'the fields'} ${keys}${where}: not part of this record.`,
        path,
        expected: 'only the documented fields',
        received: `unknown ${zodIssue.keys.length === 1 ? 'field' : 'fields'} ${keys}`,
      };
    }
    return {
      code: 'invalid_input' as const,
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

/** Parses with a zod schema or throws `CoCommissioningError` with every issue. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix: IssuePath = [],
): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw new CoCommissioningError(issuesFromZod(result.error.issues, prefix));
}
