import type { IssuePath } from '../core/issue.js';
import type { OrganisationIssue } from './issues.js';

/**
 * Internal: one `duplicate_id` issue for every repeat of an ID in a list, pointing at the
 * repeat and naming where the ID first appeared (positions counted from 1 in the message).
 */
export function duplicateIdIssues(
  ids: readonly string[],
  listPath: IssuePath,
  what: string,
): OrganisationIssue[] {
  const firstSeen = new Map<string, number>();
  const issues: OrganisationIssue[] = [];
  ids.forEach((id, index) => {
    const first = firstSeen.get(id);
    if (first === undefined) {
      firstSeen.set(id, index);
      return;
    }
    issues.push({
      code: 'duplicate_id',
      message: `${what} ID ${JSON.stringify(id)} appears more than once: entries ${first + 1} and ${index + 1} of the list. List each one once.`,
      path: [...listPath, index, 'id'],
      id,
    });
  });
  return issues;
}
