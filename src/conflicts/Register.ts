import * as z from 'zod';
import { IsoDateSchema } from '../core/IsoDate.js';

const id = (what: string) =>
  z
    .string({ error: `Give the ${what} as text.` })
    .min(1, { error: `Give the ${what}: it cannot be empty.` });

/**
 * The four types of interest in NHS England's guidance (DOMAIN COI-TYPES, rule 30):
 * `financial` (a direct financial benefit from a decision), `non-financial-professional`
 * (reputation or career), `non-financial-personal` (a personal benefit neither financial nor
 * professional) and `indirect` (a close association with someone holding one of the others).
 *
 * @example
 * ```ts
 * import { DeclarationTypeSchema } from 'co-commissioning';
 *
 * DeclarationTypeSchema.options;
 * //=> ['financial', 'non-financial-professional', 'non-financial-personal', 'indirect']
 * ```
 * @category Conflicts of interest
 */
export const DeclarationTypeSchema = z.enum(
  ['financial', 'non-financial-professional', 'non-financial-personal', 'indirect'],
  {
    error:
      'Give the type of interest: financial, non-financial-professional, non-financial-personal or indirect.',
  },
);

/**
 * The zod schema of a {@link Declaration}: one entry in a register of interests.
 *
 * @example
 * ```ts
 * import { DeclarationSchema } from 'co-commissioning';
 *
 * DeclarationSchema.parse({
 *   id: 'd-1', personId: 'p-okafor', type: 'financial',
 *   description: 'GP partner at Riverside Surgery', arisesOn: '2015-04-01', declaredOn: '2015-04-10',
 *   organisationIds: ['practice-riverside'],
 * }).organisationIds;
 * //=> ['practice-riverside']
 * ```
 * @category Conflicts of interest
 */
export const DeclarationSchema = z
  .object({
    id: id('declaration ID'),
    personId: id('person ID of whoever holds the interest'),
    type: DeclarationTypeSchema,
    description: z.string({ error: 'Describe the interest in words.' }),
    arisesOn: IsoDateSchema,
    declaredOn: IsoDateSchema,
    endsOn: IsoDateSchema.optional(),
    organisationIds: z
      .array(id('organisation ID'), { error: 'List the organisations the interest concerns.' })
      .optional()
      .describe(
        'The practices, providers, suppliers or other organisations the interest concerns, matched against agenda items.',
      ),
    direct: z
      .boolean({ error: 'Say whether the interest is direct (true) or indirect (false).' })
      .optional(),
    mitigation: z.string({ error: 'Describe the action taken to manage the interest.' }).optional(),
    consentToPublish: z
      .boolean({ error: 'Say whether the person consents to publication (true or false).' })
      .optional(),
  })
  .strict();

/**
 * One entry in a register of interests (DOMAIN COI-REGISTER-FIELDS, rule 32). The first seven
 * fields are fixed by the public API; `organisationIds` ties the interest to the practices or
 * providers an agenda item may affect.
 *
 * @example
 * ```ts
 * import type { Declaration } from 'co-commissioning';
 *
 * const partner: Declaration = {
 *   id: 'd-1', personId: 'p-okafor', type: 'financial',
 *   description: 'GP partner at Riverside Surgery', arisesOn: '2015-04-01', declaredOn: '2015-04-10',
 * };
 * ```
 * @category Conflicts of interest
 */
export type Declaration = z.infer<typeof DeclarationSchema>;

/**
 * The zod schema of a {@link NilReturn}.
 *
 * @example
 * ```ts
 * import { NilReturnSchema } from 'co-commissioning';
 *
 * NilReturnSchema.parse({ personId: 'p-lay', declaredOn: '2017-06-30' }).personId; //=> 'p-lay'
 * ```
 * @category Conflicts of interest
 */
export const NilReturnSchema = z
  .object({
    personId: id('person ID'),
    declaredOn: IsoDateSchema,
  })
  .strict();

/**
 * A person's positive statement that they have no interests to declare, made on a date. A
 * first-class record: someone with neither a declaration nor a nil return has not declared.
 *
 * @example
 * ```ts
 * import type { NilReturn } from 'co-commissioning';
 *
 * const nothingToDeclare: NilReturn = { personId: 'p-lay', declaredOn: '2017-06-30' };
 * ```
 * @category Conflicts of interest
 */
export type NilReturn = z.infer<typeof NilReturnSchema>;

/**
 * The zod schema of a {@link Register}.
 *
 * @example
 * ```ts
 * import { RegisterSchema } from 'co-commissioning';
 *
 * RegisterSchema.parse({ declarations: [], nilReturns: [] }).declarations.length; //=> 0
 * ```
 * @category Conflicts of interest
 */
export const RegisterSchema = z
  .object({
    declarations: z.array(DeclarationSchema, {
      error: 'List the declarations (an empty list if none).',
    }),
    nilReturns: z
      .array(NilReturnSchema, { error: 'List the nil returns (an empty list if none).' })
      .optional(),
    reviewedOn: z
      .array(IsoDateSchema, { error: 'List the dates the register was checked as accurate.' })
      .optional()
      .describe(
        'The dates the CCG confirmed the register accurate and up to date (DOMAIN COI-REGISTER-2017).',
      ),
  })
  .strict();

/**
 * A CCG's register of interests: declarations, nil returns, and the dates the register was
 * reviewed (DOMAIN COI-DECLARE-28D, COI-REGISTER-2017).
 *
 * @example
 * ```ts
 * import type { Register } from 'co-commissioning';
 *
 * const register: Register = { declarations: [], nilReturns: [{ personId: 'p-lay', declaredOn: '2017-06-30' }] };
 * ```
 * @category Conflicts of interest
 */
export type Register = z.infer<typeof RegisterSchema>;
