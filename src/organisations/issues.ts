import type { IssueOf } from '../core/issue.js';

/**
 * Issues raised when organisation data is inconsistent beyond its schema:
 * `duplicate_id` when two records in one list share an ID.
 *
 * @example
 * ```ts
 * import type { OrganisationIssue } from 'co-commissioning';
 *
 * const issue: OrganisationIssue = {
 *   code: 'duplicate_id', message: 'Practice Y0001 appears twice.', path: ['memberPractices', 4, 'id'], id: 'Y0001',
 * };
 * ```
 * @category Organisations
 */
export type OrganisationIssue = IssueOf<'duplicate_id', { readonly id: string }>;

/**
 * Every code an {@link OrganisationIssue} may carry.
 *
 * @example
 * ```ts
 * import { ORGANISATION_ISSUE_CODES } from 'co-commissioning';
 *
 * ORGANISATION_ISSUE_CODES.includes('duplicate_id'); //=> true
 * ```
 * @category Organisations
 */
export const ORGANISATION_ISSUE_CODES = [
  'duplicate_id',
] as const satisfies readonly OrganisationIssue['code'][];
