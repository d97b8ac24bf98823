import * as z from 'zod';

/**
 * The zod schema of a {@link DecidedBy}.
 *
 * @example
 * ```ts
 * import { DecidedBySchema } from 'co-commissioning';
 *
 * DecidedBySchema.options; //=> ['nhs-england', 'joint', 'ccg']
 * ```
 * @category Responsibilities
 */
export const DecidedBySchema = z
  .enum(['nhs-england', 'joint', 'ccg'], {
    error: 'Say who decides: nhs-england, joint (the CCG and NHS England together) or ccg.',
  })
  .describe(
    'Who takes the decisions: nhs-england, joint (the CCG and NHS England together, in a joint committee) or ccg (the CCG alone).',
  );

/**
 * Who takes the decisions on a primary care function: NHS England alone (`nhs-england`), the
 * CCG and NHS England together in a joint committee or committees in common (`joint`), or the
 * CCG alone through its primary care commissioning committee (`ccg`).
 *
 * @example
 * ```ts
 * import type { DecidedBy } from 'co-commissioning';
 *
 * const underModelB: DecidedBy = 'joint';
 * ```
 * @category Responsibilities
 */
export type DecidedBy = z.infer<typeof DecidedBySchema>;

/**
 * The zod schema of a {@link CcgRole}.
 *
 * @example
 * ```ts
 * import { CcgRoleSchema } from 'co-commissioning';
 *
 * CcgRoleSchema.options; //=> ['none', 'influence', 'joint', 'decides']
 * ```
 * @category Responsibilities
 */
export const CcgRoleSchema = z
  .enum(['none', 'influence', 'joint', 'decides'], {
    error: "Give the CCG's role as none, influence, joint or decides.",
  })
  .describe(
    "The CCG's part in the decisions: none, influence (involved but not deciding), joint (decides with NHS England) or decides (decides alone).",
  );

/**
 * The CCG's part in decisions on a primary care function, from least to most: `none`,
 * `influence` (involved, consulted or able to shape NHS England's decision, without taking
 * it), `joint` (decides together with NHS England) and `decides` (decides alone). It always
 * agrees with {@link DecidedBy}: `decides` exactly when the CCG decides, `joint` exactly when the
 * decision is joint, and `none` or `influence` when NHS England decides.
 *
 * @example
 * ```ts
 * import type { CcgRole } from 'co-commissioning';
 *
 * const underModelA: CcgRole = 'influence';
 * ```
 * @category Responsibilities
 */
export type CcgRole = z.infer<typeof CcgRoleSchema>;

/** Internal: the order of the CCG's roles, from none (0) to decides (3). */
export const CCG_ROLE_RANK: Readonly<Record<CcgRole, number>> = Object.freeze({
  none: 0,
  influence: 1,
  joint: 2,
  decides: 3,
});
