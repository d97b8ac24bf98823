import * as z from 'zod';

/**
 * The zod schema of a {@link ContractType}.
 *
 * @example
 * ```ts
 * import { ContractTypeSchema } from 'co-commissioning';
 *
 * ContractTypeSchema.options; //=> ['GMS', 'PMS', 'APMS']
 * ```
 * @category Organisations
 */
export const ContractTypeSchema = z
  .enum(['GMS', 'PMS', 'APMS'], {
    error: "Give the practice's contract as GMS, PMS or APMS.",
  })
  .describe(
    "The practice's contract: GMS (General Medical Services), PMS (Personal Medical Services) or APMS (Alternative Provider Medical Services).",
  );

/**
 * The contract under which a GP practice provides primary medical services (DOMAIN FUNC-DELEGATED,
 * rule 13; seed 004 "Model B" and "Model C" function lists):
 * - `GMS`: General Medical Services, on national terms that CCGs and joint committees cannot vary.
 * - `PMS`: Personal Medical Services, locally agreed around nationally set elements.
 * - `APMS`: Alternative Provider Medical Services, locally procured, also around nationally set
 *   elements.
 *
 * @example
 * ```ts
 * import type { ContractType } from 'co-commissioning';
 *
 * const contract: ContractType = 'GMS';
 * ```
 * @category Organisations
 */
export type ContractType = z.infer<typeof ContractTypeSchema>;
