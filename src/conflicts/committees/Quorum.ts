import * as z from 'zod';
import { CitationSchema } from '../../core/citation.js';
import { RatioSchema } from '../../core/Ratio.js';
import { MemberRoleSchema } from '../../organisations/MemberRole.js';

const text = (what: string) =>
  z
    .string({ error: `Give the ${what} as text.` })
    .min(1, { error: `Give the ${what}: it cannot be empty.` });

/**
 * The zod schema of a {@link MemberMatcher}.
 *
 * @example
 * ```ts
 * import { MemberMatcherSchema } from 'co-commissioning';
 *
 * MemberMatcherSchema.parse({ posts: ['chief-officer', 'chief-finance-officer'] }).posts?.length;
 * //=> 2
 * ```
 * @category Conflicts of interest
 */
export const MemberMatcherSchema = z
  .object({
    roles: z
      .array(MemberRoleSchema, { error: 'List the member roles that match.' })
      .min(1, { error: 'List at least one role, or leave roles out.' })
      .optional(),
    posts: z
      .array(text('post'), { error: 'List the posts that match.' })
      .min(1, { error: 'List at least one post, or leave posts out.' })
      .optional(),
    personIds: z
      .array(text('person ID'), { error: 'List the person IDs that match.' })
      .min(1, { error: 'List at least one person ID, or leave personIds out.' })
      .optional(),
    offices: z
      .array(
        z.enum(['chair', 'vice-chair'], {
          error: 'Give the office as chair or vice-chair.',
        }),
        { error: 'List the offices that match (chair, vice-chair).' },
      )
      .min(1, { error: 'List at least one office, or leave offices out.' })
      .optional(),
  })
  .strict();

/**
 * Which committee members a quorum clause counts. Each field given narrows the match (a member
 * must satisfy every field given); within a field any listed value matches. An empty matcher
 * matches every member.
 * - `roles`: the member's {@link MemberRole} is one of these (`['ccg-gp', 'other-area-gp']` for
 *   "a GP").
 * - `posts`: the member's `post` is one of these (`['chief-officer', 'chief-finance-officer']`
 *   for "the chief officer or the CFO").
 * - `personIds`: the member is one of these people.
 * - `offices`: the member is the committee's chair or vice-chair.
 *
 * @example
 * ```ts
 * import type { MemberMatcher } from 'co-commissioning';
 *
 * // A lay member, nurse or secondary care doctor who is the chair or vice-chair.
 * const clinicalOrLayChair: MemberMatcher = {
 *   roles: ['lay', 'nurse', 'secondary-care-doctor'],
 *   offices: ['chair', 'vice-chair'],
 * };
 * ```
 * @category Conflicts of interest
 */
export type MemberMatcher = z.infer<typeof MemberMatcherSchema>;

const label = text('label')
  .optional()
  .describe('Words for this clause in messages, such as "a lay member".');

const AtLeastSchema = z
  .object({
    kind: z.literal('at-least'),
    count: z
      .number({ error: 'Give the count as a whole number.' })
      .int({ error: 'Give the count as a whole number.' })
      .min(1, { error: 'The count must be at least 1.' }),
    of: MemberMatcherSchema.optional(),
    label,
  })
  .strict();

const ShareSchema = z
  .object({
    kind: z.literal('share'),
    ratio: RatioSchema,
    comparator: z.enum(['>', '>='], {
      error: 'Give the comparator as ">" (more than) or ">=" (at least).',
    }),
    of: MemberMatcherSchema.optional(),
    label,
  })
  .strict();

const AllOfSchema = z
  .object({
    kind: z.literal('all-of'),
    get rules() {
      return z
        .array(QuorumRuleSchema, { error: 'List the clauses that must all hold.' })
        .min(1, { error: 'List at least one clause.' });
    },
    label,
  })
  .strict();

const AnyOfSchema = z
  .object({
    kind: z.literal('any-of'),
    get rules() {
      return z
        .array(QuorumRuleSchema, { error: 'List the clauses of which one must hold.' })
        .min(1, { error: 'List at least one clause.' });
    },
    label,
  })
  .strict();

/**
 * The zod schema of a {@link QuorumRule}.
 *
 * @example
 * ```ts
 * import { QuorumRuleSchema } from 'co-commissioning';
 *
 * QuorumRuleSchema.safeParse({ kind: 'at-least', count: 3 }).success; //=> true
 * QuorumRuleSchema.safeParse({ kind: 'at-least', count: 0 }).success; //=> false
 * ```
 * @category Conflicts of interest
 */
export const QuorumRuleSchema = z.discriminatedUnion(
  'kind',
  [AtLeastSchema, ShareSchema, AllOfSchema, AnyOfSchema],
  { error: 'Give the quorum clause kind as one of: at-least, share, all-of, any-of.' },
);

/**
 * A committee's quorum rule as data, composed of clauses (no national quorum exists: each
 * committee's terms of reference set their own, DOMAIN PCCC-QUORUM-LOCAL, rule 23 [V] S20):
 * - `at-least`: at least `count` members who count toward quorum and match `of`.
 * - `share`: the members present who count, as a share of all the committee's members matching
 *   `of` (voting members only unless the quorum counts non-voting members), compared with
 *   `ratio` by `comparator` exactly (`'>'` with 1/2 is "more than half").
 * - `all-of`: every clause holds. `any-of`: at least one clause holds.
 * A person can satisfy several clauses at once ("three members including a lay member").
 *
 * @example
 * ```ts
 * import type { QuorumRule } from 'co-commissioning';
 *
 * // "At least three members, including a lay member and the chief officer, CFO or chief of
 * // service delivery and quality" (DOMAIN rule 23, first example).
 * const quorum: QuorumRule = {
 *   kind: 'all-of',
 *   rules: [
 *     { kind: 'at-least', count: 3 },
 *     { kind: 'at-least', count: 1, of: { roles: ['lay'] }, label: 'a lay member' },
 *     {
 *       kind: 'at-least', count: 1, label: 'the chief officer, CFO or chief of service delivery',
 *       of: { posts: ['chief-officer', 'chief-finance-officer', 'chief-of-service-delivery'] },
 *     },
 *   ],
 * };
 * ```
 * @category Conflicts of interest
 */
export type QuorumRule = z.infer<typeof QuorumRuleSchema>;

/**
 * The zod schema of a {@link Quorum}.
 *
 * @example
 * ```ts
 * import { QuorumSchema } from 'co-commissioning';
 *
 * QuorumSchema.parse({ rule: { kind: 'at-least', count: 4 } }).rule.kind; //=> 'at-least'
 * ```
 * @category Conflicts of interest
 */
export const QuorumSchema = z
  .object({
    rule: QuorumRuleSchema,
    countsNonVotingMembers: z
      .boolean({ error: 'Say whether non-voting members count toward quorum (true or false).' })
      .optional(),
    countsDiscussionOnlyMembers: z
      .boolean({
        error:
          'Say whether members who stay for discussion but may not vote count toward quorum (true or false).',
      })
      .optional(),
    source: CitationSchema.optional(),
  })
  .strict();

/**
 * A committee's quorum as its terms of reference state it: the rule, whether non-voting members
 * count (default `false`: only voting members count), whether members who stay for discussion
 * without voting because of a conflict count (default `false`; no national text settles this,
 * DOMAIN Part 3 Q4, so the library takes the cautious reading and lets you choose), and the
 * terms of reference section it comes from.
 *
 * @example
 * ```ts
 * import type { Quorum } from 'co-commissioning';
 *
 * const quorum: Quorum = {
 *   rule: { kind: 'at-least', count: 4 },
 *   countsDiscussionOnlyMembers: false,
 *   source: { document: 'PCCC terms of reference', section: '7.1' },
 * };
 * ```
 * @category Conflicts of interest
 */
export type Quorum = z.infer<typeof QuorumSchema>;
