import { CoCommissioningError } from '../core/CoCommissioningError.js';
import type { IssuePath } from '../core/issue.js';
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
    return Object.freeze({
      success: false,
      issues: new CoCommissioningError([unreadableIssue([])]).issues,
    });
  }
}

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
