import * as z from 'zod';

/**
 * Every co-commissioning status, in order of the CCG's growing role: `none`, then models `A`
 * (greater involvement), `B` (joint commissioning) and `C` (delegated commissioning)
 * (DOMAIN MODEL-ENUM, Part 2 §1.1 rule 1; seed 004 "What is co-commissioning?").
 *
 * @example
 * ```ts
 * import { COMMISSIONING_STATUSES } from 'co-commissioning';
 *
 * COMMISSIONING_STATUSES; //=> ['none', 'A', 'B', 'C']
 * ```
 * @category Responsibilities
 */
export const COMMISSIONING_STATUSES = Object.freeze(['none', 'A', 'B', 'C'] as const);

/**
 * The zod schema of a {@link CommissioningStatus}.
 *
 * @example
 * ```ts
 * import { CommissioningStatusSchema } from 'co-commissioning';
 *
 * CommissioningStatusSchema.safeParse('B').success; //=> true
 * CommissioningStatusSchema.safeParse('Level 2').success; //=> false
 * ```
 * @category Responsibilities
 */
export const CommissioningStatusSchema = z
  .enum(COMMISSIONING_STATUSES, {
    error:
      'Give the co-commissioning status as none (no co-commissioning), A (greater involvement), B (joint commissioning) or C (delegated commissioning).',
  })
  .describe(
    'The co-commissioning model: none, A (greater involvement, Level 1), B (joint commissioning, Level 2) or C (delegated commissioning, Level 3).',
  );

/**
 * A CCG's co-commissioning status for primary medical services:
 * - `none`: no co-commissioning; NHS England commissions general practice alone (DOMAIN
 *   MODEL-ENUM: five CCGs wanted no role in January 2015).
 * - `A`: greater involvement (Southwark's "Level 1, Influence"): the CCG influences NHS
 *   England's decisions but takes none (seed 004 "Model A").
 * - `B`: joint commissioning ("Level 2"): the CCG and NHS England decide together in a joint
 *   committee (seed 004 "Model B").
 * - `C`: delegated commissioning ("Level 3"): the CCG decides through its primary care
 *   commissioning committee; NHS England keeps statutory liability (seed 004 "Model C").
 *
 * See `MODELS` for names and aliases.
 *
 * @example
 * ```ts
 * import type { CommissioningStatus } from 'co-commissioning';
 *
 * const southwark2016: CommissioningStatus = 'B';
 * ```
 * @category Responsibilities
 */
export type CommissioningStatus = z.infer<typeof CommissioningStatusSchema>;
