import type { IssuePath } from '../core/issue.js';
/** Whether a value is a list of property names and whole list indexes (holes are not keys). */
export function isIssuePath(path: unknown): path is IssuePath {
  if (!Array.isArray(path)) return false;
  for (let index = 0; index < path.length; index += 1) {
    const key: unknown = path[index];
    if (typeof key !== 'string' && !(Number.isSafeInteger(key) && (key as number) >= 0))
      return false;
  }
  return true;
}
