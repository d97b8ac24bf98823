import * as z from 'zod';
import { IsoDateSchema } from '../core/IsoDate.js';
import { CommissioningStatusSchema } from '../responsibilities/CommissioningStatus.js';
import { MemberPracticeSchema } from './MemberPractice.js';
import { idSchema, nameSchema } from './text.js';

/**
 * The zod schema of a {@link Ccg}. It checks each field; `parseCcg` also checks that no
 * practice appears twice.
 *
 * @example
 * ```ts
 * import { CcgSchema } from 'co-commissioning';
 *
 * CcgSchema.safeParse({
 *   code: '06H', name: 'NHS Cambridgeshire and Peterborough CCG', status: 'Level 3', memberPractices: [],
 * }).success;
 * //=> false
 * ```
 * @category Organisations
 */
export const CcgSchema = z
  .object({
    code: idSchema('CCG code').describe("The CCG's organisation (ODS) code, such as 06H."),
    name: nameSchema('CCG name'),
    status: CommissioningStatusSchema,
    statusSince: IsoDateSchema.optional().describe(
      'The date the current co-commissioning status took effect, written YYYY-MM-DD; delegation always starts on 1 April.',
    ),
    memberPractices: z
      .array(MemberPracticeSchema, {
        error: 'List the member practices (an empty list is allowed).',
      })
      .describe('Every member practice of the CCG, each listed once.'),
    regionId: idSchema('NHS England region ID')
      .optional()
      .describe('The ID of the NHS England region whose team the CCG works with.'),
    lmcId: idSchema('LMC ID')
      .optional()
      .describe('The ID of the Local Medical Committee for the CCG area.'),
  })
  .strict();

/**
 * A clinical commissioning group (DOMAIN Part 2 §5c "CCG"): its code and name, its member
 * practices, its co-commissioning status (none, A, B or C) and the date that status took
 * effect, and the NHS England region and LMC it works with. CCGs existed from 1 April 2013 until
 * integrated care boards replaced them on 1 July 2022 (DOMAIN MODEL-FINAL-STATES).
 *
 * @example
 * ```ts
 * import type { Ccg } from 'co-commissioning';
 *
 * const cambridgeshire: Ccg = {
 *   code: '06H',
 *   name: 'NHS Cambridgeshire and Peterborough CCG',
 *   status: 'C',
 *   statusSince: '2016-04-01',
 *   memberPractices: [{ id: 'practice-01', name: 'Riverside Surgery', contract: 'GMS' }],
 * };
 * ```
 * @category Organisations
 */
export type Ccg = z.infer<typeof CcgSchema>;
