import * as z from 'zod';
import { MemberRoleSchema } from '../../organisations/MemberRole.js';
import { QuorumSchema } from './Quorum.js';

const text = (what: string) =>
  z
    .string({ error: `Give the ${what} as text.` })
    .min(1, { error: `Give the ${what}: it cannot be empty.` });

/**
 * The zod schema of a {@link CommitteeKind}.
 *
 * @example
 * ```ts
 * import { CommitteeKindSchema } from 'co-commissioning';
 *
 * CommitteeKindSchema.options;
 * //=> ['pccc', 'joint-committee', 'governing-body', 'other']
 * ```
 * @category Conflicts of interest
 */
export const CommitteeKindSchema = z.enum(['pccc', 'joint-committee', 'governing-body', 'other'], {
  error: 'Give the committee kind as one of: pccc, joint-committee, governing-body, other.',
});

/**
 * What kind of committee it is, which decides the rules that apply to it:
 * - `pccc`: a CCG's Primary Care Commissioning Committee, which decides alone under delegated
 *   commissioning (Model C; seed 004 "Model C: Delegated commissioning").
 * - `joint-committee`: a joint committee (or one of several committees in common) of CCGs and the
 *   NHS England regional team (Model B; seed 004 "Model B: Joint commissioning"; DOMAIN rule 25c).
 * - `governing-body`: the CCG's governing body (DOMAIN GB-COMPOSITION, rule 26).
 * - `other`: any other committee or sub-committee.
 *
 * @example
 * ```ts
 * import type { CommitteeKind } from 'co-commissioning';
 *
 * const kind: CommitteeKind = 'pccc';
 * ```
 * @category Conflicts of interest
 */
export type CommitteeKind = z.infer<typeof CommitteeKindSchema>;

/**
 * The zod schema of a {@link CommitteeMember}.
 *
 * @example
 * ```ts
 * import { CommitteeMemberSchema } from 'co-commissioning';
 *
 * CommitteeMemberSchema.parse({ personId: 'p-hughes', name: 'Mrs R Hughes', role: 'lay', voting: true }).role;
 * //=> 'lay'
 * ```
 * @category Conflicts of interest
 */
export const CommitteeMemberSchema = z
  .object({
    personId: text('person ID'),
    name: text("member's name"),
    role: MemberRoleSchema,
    voting: z.boolean({
      error: 'Say whether the member has a vote: true for a voting member, false otherwise.',
    }),
    post: text('post (such as chief-officer or chief-finance-officer)')
      .optional()
      .describe(
        'The post the member holds, in your own words (such as "chief-officer" or "lay-member-audit"), for quorum rules that name posts rather than roles.',
      ),
  })
  .strict();

/**
 * One member of a committee: who they are, the role that decides how the rules count them,
 * whether they have a vote, and optionally the post they hold (for quorum rules such as "the
 * chief officer or the chief finance officer", DOMAIN PCCC-QUORUM-LOCAL).
 *
 * @example
 * ```ts
 * import type { CommitteeMember } from 'co-commissioning';
 *
 * const cfo: CommitteeMember = {
 *   personId: 'p-cfo', name: 'Mr D Evans', role: 'executive', voting: true, post: 'chief-finance-officer',
 * };
 * ```
 * @category Conflicts of interest
 */
export type CommitteeMember = z.infer<typeof CommitteeMemberSchema>;

/**
 * The zod schema of a {@link Committee}. It checks the shape only; {@link parseCommittee} also
 * checks that no person is listed twice.
 *
 * @example
 * ```ts
 * import { CommitteeSchema } from 'co-commissioning';
 *
 * CommitteeSchema.safeParse({ id: 'pccc', name: 'PCCC', kind: 'pccc', chairId: 'p-1', members: [] }).success;
 * //=> true
 * ```
 * @category Conflicts of interest
 */
export const CommitteeSchema = z
  .object({
    id: text('committee ID'),
    name: text('committee name'),
    kind: CommitteeKindSchema,
    chairId: text("chair's person ID"),
    members: z.array(CommitteeMemberSchema, {
      error: 'List the committee members (an empty list if none).',
    }),
    viceChairId: text("vice-chair's person ID").optional(),
    quorum: QuorumSchema.optional().describe(
      "The committee's own quorum rule from its terms of reference (DOMAIN PCCC-QUORUM-LOCAL).",
    ),
    meetsInPublic: z
      .boolean({ error: 'Say whether the committee meets in public (true or false).' })
      .optional()
      .describe('Whether the committee meets in public (DOMAIN COI-PCCC-PUBLIC).'),
  })
  .strict();

/**
 * A decision-making committee: a PCCC (Model C), a joint committee (Model B), a governing body
 * or another committee, with its chair, members, and optionally its vice-chair, its own quorum
 * rule and whether it meets in public. The first five fields are fixed by the public API.
 *
 * @example
 * ```ts
 * import type { Committee } from 'co-commissioning';
 *
 * const pccc: Committee = {
 *   id: 'pccc', name: 'Primary Care Commissioning Committee', kind: 'pccc', chairId: 'p-hughes',
 *   members: [
 *     { personId: 'p-hughes', name: 'Mrs R Hughes', role: 'lay', voting: true },
 *     { personId: 'p-ao', name: 'Ms L Grant', role: 'executive', voting: true },
 *     { personId: 'p-patel', name: 'Dr A Patel', role: 'ccg-gp', voting: false },
 *   ],
 * };
 * ```
 * @category Conflicts of interest
 */
export type Committee = z.infer<typeof CommitteeSchema>;
