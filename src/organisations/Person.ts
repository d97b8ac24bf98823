import * as z from 'zod';
import { MemberRoleSchema } from './MemberRole.js';
import { idSchema, nameSchema } from './text.js';

/**
 * The zod schema of a {@link LayFocus}.
 *
 * @example
 * ```ts
 * import { LayFocusSchema } from 'co-commissioning';
 *
 * LayFocusSchema.options;
 * //=> ['audit-and-governance', 'patient-and-public-involvement', 'primary-care-commissioning', 'other']
 * ```
 * @category Organisations
 */
export const LayFocusSchema = z
  .enum(
    [
      'audit-and-governance',
      'patient-and-public-involvement',
      'primary-care-commissioning',
      'other',
    ],
    {
      error:
        "Give the lay member's focus as audit-and-governance, patient-and-public-involvement, primary-care-commissioning or other.",
    },
  )
  .describe(
    "A lay member's area of responsibility: audit and governance, patient and public involvement, primary care commissioning, or other.",
  );

/**
 * A lay member's area of responsibility. A CCG governing body must have two lay members, one for
 * audit and governance and one for patient and public involvement (DOMAIN GB-COMPOSITION, rule
 * 26); some CCGs added a lay member for primary care commissioning (DOMAIN Part 2 §5c).
 *
 * @example
 * ```ts
 * import type { LayFocus } from 'co-commissioning';
 *
 * const focus: LayFocus = 'patient-and-public-involvement';
 * ```
 * @category Organisations
 */
export type LayFocus = z.infer<typeof LayFocusSchema>;

/**
 * The zod schema of a {@link Person}. A lay focus is only for lay members.
 *
 * @example
 * ```ts
 * import { PersonSchema } from 'co-commissioning';
 *
 * PersonSchema.safeParse({
 *   id: 'p-okafor', name: 'Dr A. Okafor', role: 'ccg-gp', layFocus: 'other',
 * }).success;
 * //=> false
 * ```
 * @category Organisations
 */
export const PersonSchema = z
  .object({
    id: idSchema('person ID'),
    name: nameSchema("person's name"),
    role: MemberRoleSchema.optional().describe(
      "The person's usual role on commissioning committees; each committee membership records the role held there.",
    ),
    jobTitle: nameSchema('job title')
      .optional()
      .describe('The job title, such as Accountable Officer or Chief Finance Officer.'),
    layFocus: LayFocusSchema.optional(),
    practiceIds: z
      .array(idSchema('practice ID'), { error: 'List the practice IDs as text.' })
      .optional()
      .describe(
        'The member practices the person is a partner in, works at or represents; decisions about these practices concern them.',
      ),
  })
  .strict()
  .refine((person) => person.layFocus === undefined || person.role === 'lay', {
    error: 'Only a lay member has a lay focus: set role to lay, or remove layFocus.',
    path: ['layFocus'],
  });

/**
 * A person who sits on, advises or represents a body in co-commissioning: a lay member, an
 * executive, a GP, a nurse, a representative of Healthwatch, the Health and Wellbeing Board, the
 * LMC or NHS England (DOMAIN Part 2 §5c "Person/Role"). `role` uses {@link MemberRole};
 * `practiceIds` links a GP or practice manager to the practices whose decisions concern them.
 *
 * @example
 * ```ts
 * import type { Person } from 'co-commissioning';
 *
 * const chair: Person = {
 *   id: 'p-hughes',
 *   name: 'Ms J. Hughes',
 *   role: 'lay',
 *   jobTitle: 'Lay Member for Patient and Public Involvement',
 *   layFocus: 'patient-and-public-involvement',
 * };
 * ```
 * @category Organisations
 */
export type Person = z.infer<typeof PersonSchema>;
