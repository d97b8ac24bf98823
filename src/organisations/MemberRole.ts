import * as z from 'zod';

/**
 * The zod schema of a {@link MemberRole}.
 *
 * @example
 * ```ts
 * import { MemberRoleSchema } from 'co-commissioning';
 *
 * MemberRoleSchema.safeParse('lay').success; //=> true
 * MemberRoleSchema.safeParse('chair').success; //=> false
 * ```
 * @category Organisations
 */
export const MemberRoleSchema = z.enum(
  [
    'lay',
    'executive',
    'ccg-gp',
    'other-area-gp',
    'secondary-care-doctor',
    'nurse',
    'practice-manager',
    'lmc',
    'healthwatch',
    'health-and-wellbeing-board',
    'local-authority',
    'nhs-england',
  ],
  {
    error:
      'Give the member role as one of: lay, executive, ccg-gp, other-area-gp, secondary-care-doctor, nurse, practice-manager, lmc, healthwatch, health-and-wellbeing-board, local-authority, nhs-england.',
  },
);

/**
 * The role a person holds on a commissioning committee (PCCC, joint committee or governing
 * body). It decides how the conflict-of-interest rules count them:
 * - `lay`: a lay member (DOMAIN LAY-EXCLUSIONS; a GP partner is never lay).
 * - `executive`: a CCG employed officer, such as the accountable officer or chief finance
 *   officer (DOMAIN EXECUTIVE-DEF, an inferred definition).
 * - `ccg-gp`: a GP from one of the CCG's own member practices.
 * - `other-area-gp`: a GP from another CCG's area, a way to keep clinical input without the
 *   conflict (seed 004, Model C governance).
 * - `secondary-care-doctor`, `nurse`: the governing body's secondary care specialist and nurse.
 * - `practice-manager`: a practice manager from a member practice.
 * - `lmc`: a Local Medical Committee representative (GPC recommends a seat, seed 004).
 * - `healthwatch`, `health-and-wellbeing-board`, `local-authority`: representatives with the
 *   right to attend as non-voting members (seed 004; DOMAIN COI-PCCC-OBSERVERS).
 * - `nhs-england`: an NHS England regional team representative.
 *
 * @example
 * ```ts
 * import type { MemberRole } from 'co-commissioning';
 *
 * const chairRole: MemberRole = 'lay';
 * ```
 * @category Organisations
 */
export type MemberRole = z.infer<typeof MemberRoleSchema>;
