import * as z from 'zod';
import { idSchema, nameSchema } from './text.js';

/**
 * The zod schema of an {@link NhsEnglandRegion}.
 *
 * @example
 * ```ts
 * import { NhsEnglandRegionSchema } from 'co-commissioning';
 *
 * NhsEnglandRegionSchema.parse({ id: 'london', name: 'NHS England (London Region)' }).name;
 * //=> 'NHS England (London Region)'
 * ```
 * @category Organisations
 */
export const NhsEnglandRegionSchema = z
  .object({
    id: idSchema('region ID'),
    name: nameSchema('region name'),
    localTeam: nameSchema('local team name')
      .optional()
      .describe(
        'The local or area team the CCG deals with day to day, where it differs from the region, such as an area team.',
      ),
  })
  .strict();

/**
 * An NHS England region: the regional team that commissions primary medical services with, or
 * for, the CCGs in its area, and that sits on joint committees under Model B (seed 004 "Model B:
 * Joint commissioning"; seed 001 "NHS England (London Region)").
 *
 * @example
 * ```ts
 * import type { NhsEnglandRegion } from 'co-commissioning';
 *
 * const london: NhsEnglandRegion = { id: 'london', name: 'NHS England (London Region)' };
 * ```
 * @category Organisations
 */
export type NhsEnglandRegion = z.infer<typeof NhsEnglandRegionSchema>;
