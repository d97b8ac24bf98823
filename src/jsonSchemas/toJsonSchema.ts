import * as z from 'zod';
import { describeValue } from '../_lib/describe.js';
import { fail } from '../_lib/fail.js';
import { deepFreezeOwn } from '../commissioning/freeze.js';
import { ENTITY_NAMES, ENTITY_SCHEMAS, type EntityName } from './ENTITY_SCHEMAS.js';

/**
 * A JSON Schema document (draft 2020-12), as plain JSON data.
 *
 * @example
 * ```ts
 * import type { JsonSchema } from 'co-commissioning';
 *
 * const schema: JsonSchema = { type: 'string' };
 * ```
 * @category Core
 */
export type JsonSchema = { readonly [key: string]: unknown };

/**
 * The JSON Schema (draft 2020-12) of one of the library's entities, generated from the same zod
 * schema the library validates with, so tools in other languages can check the same data. The
 * same documents ship in the package as `co-commissioning/schemas/<name>.schema.json`.
 *
 * Checks zod cannot express in JSON Schema (a real calendar date such as no 30 February, unique
 * IDs across a list, counts that add up) are left out: data that passes the JSON Schema can
 * still be refused by the library, with a coded issue saying why; data the JSON Schema refuses
 * the library refuses too.
 *
 * @param entity - The entity's name, one of {@link ENTITY_NAMES}.
 * @returns The JSON Schema, with `$id` `co-commissioning/schemas/<name>.schema.json`, deeply frozen.
 * @throws {@link CoCommissioningError} `unknown_entity` for a name not in {@link ENTITY_NAMES}.
 *
 * @example
 * ```ts
 * import { toJsonSchema } from 'co-commissioning';
 *
 * const vote = toJsonSchema('vote');
 * vote['$id']; //=> 'co-commissioning/schemas/vote.schema.json'
 * vote['type']; //=> 'object'
 * ```
 * @category Core
 */
export function toJsonSchema(entity: EntityName): JsonSchema {
  if (typeof entity !== 'string' || !Object.hasOwn(ENTITY_SCHEMAS, entity)) {
    return fail({
      code: 'unknown_entity',
      message: `Expected one of the entity names ${ENTITY_NAMES.join(', ')}, but received ${describeValue(entity)}.`,
      path: ['entity'],
      received: describeValue(entity),
    });
  }
  const generated = z.toJSONSchema(ENTITY_SCHEMAS[entity], {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return deepFreezeOwn({
    $schema,
    $id: `co-commissioning/schemas/${entity}.schema.json`,
    title: entity,
    ...rest,
  });
}
