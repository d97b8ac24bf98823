import * as z from 'zod';
import { deepFreeze } from '../deepFreeze.js';
import { ScenarioSchema } from './ScenarioSchema.js';

/**
 * A JSON Schema document as {@link scenarioJsonSchema} returns it: plain JSON data, with its
 * dialect, ID, title and description named.
 *
 * @example
 * ```ts
 * import type { ScenarioJsonSchema } from 'co-commissioning/testing';
 *
 * const minimal: ScenarioJsonSchema = {
 *   $schema: 'https://json-schema.org/draft/2020-12/schema',
 *   $id: 'example.schema.json',
 *   title: 'Example',
 *   description: 'Anything.',
 * };
 * ```
 * @category Testing
 */
export interface ScenarioJsonSchema {
  /** The JSON Schema dialect: draft 2020-12. */
  readonly $schema: string;
  /** The schema's ID. */
  readonly $id: string;
  /** Its title. */
  readonly title: string;
  /** What it describes. */
  readonly description: string;
  /** The rest of the schema: `type`, `properties`, `required`, `$defs`, ... */
  readonly [keyword: string]: unknown;
}

/**
 * The JSON Schema (draft 2020-12) of a {@link Scenario}, generated from {@link ScenarioSchema},
 * for editors and for tools in other languages: point a scenario file's `$schema` at a copy of
 * it to get completion and checking while writing. Checks JSON Schema cannot express (real
 * calendar dates, a starting point given either as a model or as a state, ballots that add up)
 * are left to {@link runScenario}, which reports them with coded issues.
 *
 * @returns A new, deeply frozen JSON Schema document, with `$id`
 * `co-commissioning/testing/scenario.schema.json`.
 *
 * @example
 * ```ts
 * import { scenarioJsonSchema } from 'co-commissioning/testing';
 *
 * const schema = scenarioJsonSchema();
 * schema.$id; //=> 'co-commissioning/testing/scenario.schema.json'
 * schema['required']; //=> ['name', 'given', 'when']
 * ```
 * @category Testing
 */
export function scenarioJsonSchema(): ScenarioJsonSchema {
  const generated = z.toJSONSchema(ScenarioSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    reused: 'ref',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return deepFreeze({
    $schema: String($schema),
    $id: 'co-commissioning/testing/scenario.schema.json',
    title: 'co-commissioning policy scenario',
    description:
      'A policy case for runScenario: given a starting point and data, when these events happen, then these outcomes follow.',
    ...rest,
  });
}
