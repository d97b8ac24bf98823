import * as z from 'zod';
import { IsoDateSchema } from '../core/IsoDate.js';
import { ContractTypeSchema } from './ContractType.js';
import { idSchema, nameSchema } from './text.js';

/**
 * The zod schema of a {@link MemberPractice}. A list size and the date it was counted go
 * together: give both or neither.
 *
 * @example
 * ```ts
 * import { MemberPracticeSchema } from 'co-commissioning';
 *
 * MemberPracticeSchema.safeParse({
 *   id: 'practice-01', name: 'Riverside Surgery', contract: 'GMS', listSize: 8250,
 * }).success;
 * //=> false
 * ```
 * @category Organisations
 */
export const MemberPracticeSchema = z
  .object({
    id: idSchema('practice ID').describe(
      "The practice's identifier, such as its organisation (ODS) code; unique within the CCG.",
    ),
    name: nameSchema('practice name'),
    contract: ContractTypeSchema,
    listSize: z
      .number({ error: 'Give the registered list size as a whole number of patients.' })
      .int({ error: 'Give the registered list size as a whole number of patients.' })
      .min(0, { error: 'The registered list size cannot be negative.' })
      .max(Number.MAX_SAFE_INTEGER, { error: 'The registered list size is too large.' })
      .optional()
      .describe(
        'The number of patients registered with the practice on the date listSizeOn; used to weight ballots by list size.',
      ),
    listSizeOn: IsoDateSchema.optional().describe(
      'The date on which listSize was counted, written YYYY-MM-DD.',
    ),
    representativeId: idSchema('person ID of the practice representative')
      .optional()
      .describe(
        "The person ID of the practice's representative to the CCG: every practice nominates one (2013 GMS contract change; DOMAIN Part 2 §5c).",
      ),
  })
  .strict()
  .superRefine((practice, context) => {
    if (practice.listSize !== undefined && practice.listSizeOn === undefined) {
      context.addIssue({
        code: 'custom',
        message:
          'Give the date the list size was counted (listSizeOn, written YYYY-MM-DD) along with the list size.',
        path: ['listSizeOn'],
        input: practice.listSizeOn,
      });
    }
    if (practice.listSize === undefined && practice.listSizeOn !== undefined) {
      context.addIssue({
        code: 'custom',
        message: 'Give the list size counted on listSizeOn, or remove listSizeOn.',
        path: ['listSize'],
        input: practice.listSize,
      });
    }
  });

/**
 * A GP practice that is a member of a CCG (DOMAIN Part 2 §5c "MemberPractice"): its ID, name,
 * contract (GMS, PMS or APMS), and optionally its registered list size as at a date and its
 * practice representative.
 *
 * @example
 * ```ts
 * import type { MemberPractice } from 'co-commissioning';
 *
 * const riverside: MemberPractice = {
 *   id: 'practice-01',
 *   name: 'Riverside Surgery',
 *   contract: 'GMS',
 *   listSize: 8250,
 *   listSizeOn: '2015-10-01',
 * };
 * ```
 * @category Organisations
 */
export type MemberPractice = z.infer<typeof MemberPracticeSchema>;
