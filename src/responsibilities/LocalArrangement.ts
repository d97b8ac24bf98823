import * as z from 'zod';
import { CommissioningStatusSchema } from './CommissioningStatus.js';
import { type CcgRole, CcgRoleSchema, type DecidedBy, DecidedBySchema } from './Holder.js';
import type { PrimaryCareFunctionId } from './PRIMARY_CARE_FUNCTIONS.js';

const AGREEING_ROLES: Readonly<Record<DecidedBy, readonly CcgRole[]>> = {
  'nhs-england': ['none', 'influence'],
  joint: ['joint'],
  ccg: ['decides'],
};

/**
 * The zod schema of a {@link LocalArrangement}. It checks that `decidedBy` and `ccgRole` agree:
 * `ccg` goes with `decides`, `joint` with `joint`, and `nhs-england` with `none` or `influence`.
 *
 * @example
 * ```ts
 * import { LocalArrangementSchema } from 'co-commissioning';
 *
 * LocalArrangementSchema.safeParse({
 *   decidedBy: 'ccg', ccgRole: 'joint', evidence: 'Delegation agreement, schedule 2',
 * }).success;
 * //=> false
 * ```
 * @category Responsibilities
 */
export const LocalArrangementSchema = z
  .object({
    decidedBy: DecidedBySchema,
    ccgRole: CcgRoleSchema,
    evidence: z
      .string({ error: 'Say where the arrangement is written down, as text.' })
      .trim()
      .min(1, {
        error:
          'Say where the arrangement is written down, such as "Delegation agreement, schedule 2".',
      })
      .describe(
        'Where the arrangement is written down, such as "Delegation agreement, schedule 2" or a committee minute; it becomes the citation of the answer.',
      ),
    statuses: z
      .array(CommissioningStatusSchema, {
        error: 'List the statuses the arrangement applies to, such as ["C"].',
      })
      .min(1, { error: 'List at least one status the arrangement applies to, such as ["C"].' })
      .optional()
      .describe(
        'The statuses the arrangement applies to. When left out: C if the CCG decides, B if the decision is joint, and A, B and C if NHS England decides.',
      ),
    note: z
      .string({ error: 'Give the note as text.' })
      .optional()
      .describe('Anything a reader should know about the arrangement.'),
  })
  .strict()
  .refine((arrangement) => AGREEING_ROLES[arrangement.decidedBy].includes(arrangement.ccgRole), {
    error:
      "The CCG's role must agree with who decides: decidedBy ccg goes with ccgRole decides, joint with joint, and nhs-england with none or influence.",
    path: ['ccgRole'],
  });

/**
 * A CCG's documented local arrangement for one primary care function, where it differs from the
 * national baseline or settles a point the sources disagree on (complaints: DOMAIN
 * SEED-CONFLICT-COMPLAINTS, open question 6). `evidence` says where it is written down and
 * becomes the answer's citation.
 *
 * When `statuses` is left out, the arrangement applies where its decision-maker fits the model:
 * `C` when the CCG decides, `B` when the decision is joint, and `A`, `B` and `C` when NHS England
 * decides. It never applies to `none` unless listed. An arrangement cannot give the CCG a
 * decision under `none` or `A`, nor on a function no model lets a CCG decide (see
 * `PrimaryCareFunction.reservedToNhsEngland`).
 *
 * @example
 * ```ts
 * import type { LocalArrangement } from 'co-commissioning';
 *
 * const complaints: LocalArrangement = {
 *   decidedBy: 'ccg',
 *   ccgRole: 'decides',
 *   evidence: 'Delegation agreement, schedule 2',
 * };
 * ```
 * @category Responsibilities
 */
export type LocalArrangement = z.infer<typeof LocalArrangementSchema>;

/**
 * The zod schema of {@link ResponsibilityOptions}.
 *
 * @example
 * ```ts
 * import { ResponsibilityOptionsSchema } from 'co-commissioning';
 *
 * ResponsibilityOptionsSchema.safeParse({ arrangements: {} }).success; //=> true
 * ```
 * @category Responsibilities
 */
export const ResponsibilityOptionsSchema = z
  .object({
    arrangements: z
      .record(z.string(), LocalArrangementSchema, {
        error: 'Give the arrangements as an object keyed by primary care function ID.',
      })
      .optional()
      .describe(
        "The CCG's documented local arrangements, keyed by primary care function ID (such as complaints).",
      ),
  })
  .strict();

/**
 * Options for {@link responsibility} and {@link compareStatuses}.
 *
 * @example
 * ```ts
 * import type { ResponsibilityOptions } from 'co-commissioning';
 *
 * const options: ResponsibilityOptions = {
 *   arrangements: {
 *     complaints: { decidedBy: 'ccg', ccgRole: 'decides', evidence: 'Delegation agreement, schedule 2' },
 *   },
 * };
 * ```
 * @category Responsibilities
 */
export interface ResponsibilityOptions {
  /**
   * The CCG's documented local arrangements, keyed by primary care function ID, each applied to
   * the statuses it lists (see {@link LocalArrangement} for the default).
   */
  readonly arrangements?: Readonly<Partial<Record<PrimaryCareFunctionId, LocalArrangement>>>;
}
