import { CoCommissioningError, type Issues } from '../core/CoCommissioningError.js';
import type { SafeResult } from '../core/SafeResult.js';
import type { Issue } from '../issues.js';

/** Throws the library's error for one or more issues. */
export function fail(first: Issue, ...rest: Issue[]): never {
  throw new CoCommissioningError([first, ...rest]);
}

/** Wraps a throwing door as a safe door: library errors become issues; nothing escapes. */
export function toSafe<T>(run: () => T): SafeResult<T> {
  try {
    return Object.freeze({ success: true, data: run() });
  } catch (error) {
    if (error instanceof CoCommissioningError)
      return Object.freeze({ success: false, issues: error.issues });
    const issues: Issues = [
      {
        code: 'invalid_input',
        message: 'The input could not be read.',
        path: [],
        expected: 'well-formed input',
        received: 'a value that raised an error while being read',
      },
    ];
    return Object.freeze({ success: false, issues: new CoCommissioningError(issues).issues });
  }
}
