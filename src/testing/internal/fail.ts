// Internal: the kit's own way to report malformed input with the library's error class. The
// class comes from the package entry ('co-commissioning'), never from ../core, so the kit and
// the library share one CoCommissioningError at run time.
import { CoCommissioningError, type IssuePath } from 'co-commissioning';
import type * as z from 'zod';
import { describeValue } from '../../_lib/describe.js';
import { fromZodIssues } from '../../_lib/parseWith.js';

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

/** Parses with a zod schema or throws `CoCommissioningError` with every issue. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix: IssuePath = [],
): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  // The library's words for zod's issues, thrown with the class from the package entry.
  throw new CoCommissioningError(fromZodIssues(result.error.issues, prefix));
}
