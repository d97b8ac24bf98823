export { ENTITY_NAMES, ENTITY_SCHEMAS, type EntityName } from './ENTITY_SCHEMAS.js';
export { JSON_SCHEMA_ISSUE_CODES, type JsonSchemaIssue } from './issues.js';
export { type JsonSchema, toJsonSchema } from './toJsonSchema.js';
