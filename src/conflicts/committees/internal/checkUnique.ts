import type { IssuePath } from '../../../core/issue.js';
import type { Issue } from '../../../issues.js';

/**
 * Lists a `duplicate_id` issue for every record after the first that repeats an ID, naming
 * where it sits. `what` names the records in the message ("Person", "Agenda item").
 */
export function duplicateIssues(
  ids: readonly string[],
  path: IssuePath,
  what: string,
  list: string,
): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      issues.push({
        code: 'duplicate_id',
        message: `${what} ${JSON.stringify(id)} appears more than once in ${list}: list each once.`,
        path: [...path, index],
        id,
      });
    }
    seen.add(id);
  });
  return issues;
}
