import type { IssueOf } from '../core/issue.js';

/**
 * Issues raised by the JSON Schema export: `unknown_entity` for a name not in `ENTITY_NAMES`.
 *
 * @example
 * ```ts
 * import type { JsonSchemaIssue } from 'co-commissioning';
 *
 * const issue: JsonSchemaIssue = {
 *   code: 'unknown_entity', message: 'Use one of the entity names.', path: ['entity'], received: 'the text "ccgs"',
 * };
 * ```
 * @category Core
 */
export type JsonSchemaIssue = IssueOf<'unknown_entity', { readonly received: string }>;

/**
 * Every code a {@link JsonSchemaIssue} may carry.
 *
 * @example
 * ```ts
 * import { JSON_SCHEMA_ISSUE_CODES } from 'co-commissioning';
 *
 * JSON_SCHEMA_ISSUE_CODES; //=> ['unknown_entity']
 * ```
 * @category Core
 */
export const JSON_SCHEMA_ISSUE_CODES = [
  'unknown_entity',
] as const satisfies readonly JsonSchemaIssue['code'][];
