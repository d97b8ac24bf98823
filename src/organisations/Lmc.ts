import * as z from 'zod';
import { idSchema, nameSchema } from './text.js';

/**
 * The zod schema of an {@link Lmc}.
 *
 * @example
 * ```ts
 * import { LmcSchema } from 'co-commissioning';
 *
 * LmcSchema.parse({ id: 'somerset-lmc', name: 'Somerset LMC' }).name; //=> 'Somerset LMC'
 * ```
 * @category Organisations
 */
export const LmcSchema = z
  .object({
    id: idSchema('LMC ID'),
    name: nameSchema('LMC name'),
    area: nameSchema('area the LMC covers')
      .optional()
      .describe('The area the LMC represents GPs in, such as a county.'),
  })
  .strict();

/**
 * A Local Medical Committee: the statutory body representing GPs in an area. CCGs should consult
 * it well in advance of any co-commissioning decision; GPC recommends it has a seat on the
 * primary care commissioning committee; it may run the member-practice ballot (seed 004 "Key
 * points"; seed 000 timeline; seed 003).
 *
 * @example
 * ```ts
 * import type { Lmc } from 'co-commissioning';
 *
 * const somerset: Lmc = { id: 'somerset-lmc', name: 'Somerset LMC', area: 'Somerset' };
 * ```
 * @category Organisations
 */
export type Lmc = z.infer<typeof LmcSchema>;
