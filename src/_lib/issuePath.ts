import type { IssuePath } from '../core/issue.js';
import { describeValue } from './describe.js';
import { fail } from './fail.js';
import { isIssuePath } from './isIssuePath.js';

/**
 * Checks a caller-given issue path (`['electorate', 3, 'listSize']`): a list of property names
 * and whole list indexes. Throws `invalid_input` for anything else, so no issue ever carries a
 * malformed path.
 */
export function checkIssuePath(path: unknown): IssuePath {
  if (isIssuePath(path)) return path;
  return fail({
    code: 'invalid_input',
    message: `Give the path as a list of property names and list indexes (such as ['votes', 3]), not ${describeValue(path)}.`,
    path: ['path'],
    expected: 'a list of property names and list indexes',
    received: describeValue(path),
  });
}
