import * as z from 'zod';
import { IsoDateSchema } from '../../core/IsoDate.js';
import { PenceSchema } from '../../core/Pence.js';

/**
 * The zod schema of a {@link ProcurementDecision}. The four elements DOMAIN rule 43 requires
 * are optional here so that {@link checkProcurementRegister} can report each missing one as a
 * finding instead of rejecting the whole register.
 *
 * @example
 * ```ts
 * import { ProcurementDecisionSchema } from 'co-commissioning';
 *
 * ProcurementDecisionSchema.safeParse({ id: 'pd-1', decidedOn: '2016-05-12' }).success; //=> true
 * ```
 * @category Conflicts of interest
 */
export const ProcurementDecisionSchema = z
  .object(
    {
      id: z
        .string({ error: 'Give the procurement decision ID as text.' })
        .min(1, { error: 'Give the procurement decision ID: it cannot be empty.' }),
      decidedOn: IsoDateSchema,
      title: z.string({ error: 'Give the decision’s title as text.' }).optional(),
      decisionDetails: z
        .string({ error: 'Describe the decision as text.' })
        .optional()
        .describe('What was decided: the service, the procurement route, the provider chosen.'),
      decisionMakers: z
        .array(
          z
            .object(
              {
                name: z.string({ error: 'Give each decision-maker’s name as text.' }),
                role: z.string({ error: 'Give each decision-maker’s role as text.' }).optional(),
                personId: z
                  .string({ error: 'Give each decision-maker’s person ID as text.' })
                  .optional(),
              },
              { error: 'Give each decision-maker as { name, role?, personId? }.' },
            )
            .strict(),
          { error: 'List who was involved in making the decision.' },
        )
        .optional(),
      conflictsSummary: z
        .string({ error: 'Summarise the conflicts of interest as text ("None declared" if none).' })
        .optional(),
      managementActions: z
        .string({
          error: 'Describe how the conflicts were managed as text ("Not applicable" if none).',
        })
        .optional(),
      decidedBy: z
        .string({ error: 'Name the committee or person that made the decision.' })
        .optional(),
      contractValuePence: PenceSchema.optional(),
      organisationIds: z
        .array(z.string({ error: 'Give each organisation ID as text.' }), {
          error: 'List the organisations (bidders, providers) the decision concerns.',
        })
        .optional(),
    },
    { error: 'Give each procurement decision as an object.' },
  )
  .strict();

/**
 * One entry in a CCG's register of procurement decisions (DOMAIN COI-PROCUREMENT-REGISTER,
 * rule 43; check CHK-PROC-REGISTER; seed 002 §3.5): the details of the decision, who was
 * involved in making it, a summary of any conflicts of interest and how they were managed.
 * `title`, `decidedBy`, `contractValuePence` (whole pence) and `organisationIds` are extra
 * detail a register often carries.
 *
 * @example
 * ```ts
 * import type { ProcurementDecision } from 'co-commissioning';
 *
 * const les: ProcurementDecision = {
 *   id: 'pd-2016-04', decidedOn: '2016-05-12', title: 'Anticoagulation monitoring LES',
 *   decisionDetails: 'Local Enhanced Service offered to all member practices for 2016/17.',
 *   decisionMakers: [{ name: 'Lay chair', role: 'lay' }, { name: 'Chief finance officer', role: 'executive' }],
 *   conflictsSummary: 'GP members declared a financial interest as their practices may provide the service.',
 *   managementActions: 'GP members took part in the discussion but did not vote.',
 * };
 * ```
 * @category Conflicts of interest
 */
export type ProcurementDecision = z.infer<typeof ProcurementDecisionSchema>;
