import * as z from 'zod';
import { IsoDateSchema } from '../../core/IsoDate.js';

const text = (what: string) =>
  z
    .string({ error: `Give the ${what} as text.` })
    .min(1, { error: `Give the ${what}: it cannot be empty.` });

/**
 * The zod schema of a {@link DecisionKind}.
 *
 * @example
 * ```ts
 * import { DecisionKindSchema } from 'co-commissioning';
 *
 * DecisionKindSchema.safeParse('investment').success; //=> true
 * ```
 * @category Conflicts of interest
 */
export const DecisionKindSchema = z.enum(
  ['investment', 'performance-management', 'procurement', 'other', 'for-information'],
  {
    error:
      'Give the decision kind as one of: investment, performance-management, procurement, other, for-information.',
  },
);

/**
 * What an agenda item asks the committee to do: an `investment` decision, a
 * `performance-management` decision about a practice's contract, a `procurement` decision,
 * some `other` decision, or nothing (`for-information`: noted, not decided). Seed 004's minimum
 * ("GP members ... must not be involved in any investment or performance management decisions
 * affecting member practices") turns on the first two.
 *
 * @example
 * ```ts
 * import type { DecisionKind } from 'co-commissioning';
 *
 * const kind: DecisionKind = 'performance-management';
 * ```
 * @category Conflicts of interest
 */
export type DecisionKind = z.infer<typeof DecisionKindSchema>;

/**
 * The zod schema of a {@link ConflictAction}.
 *
 * @example
 * ```ts
 * import { ConflictActionSchema } from 'co-commissioning';
 *
 * ConflictActionSchema.options; //=> ['note-only', 'discuss-no-vote', 'withdraw']
 * ```
 * @category Conflicts of interest
 */
export const ConflictActionSchema = z.enum(['note-only', 'discuss-no-vote', 'withdraw'], {
  error: 'Give the action as note-only, discuss-no-vote or withdraw.',
});

/**
 * What the chair decides for a member with an interest in an item (DOMAIN COI-MEETING-DECLARE,
 * rule 35, [V] S19): `note-only` (the interest is recorded; the member takes part and may vote),
 * `discuss-no-vote` (the member joins the discussion but does not vote) or `withdraw` (the member
 * leaves for the item). The three options follow a CCG policy seen in S65 [S].
 *
 * @example
 * ```ts
 * import type { ConflictAction } from 'co-commissioning';
 *
 * const action: ConflictAction = 'withdraw';
 * ```
 * @category Conflicts of interest
 */
export type ConflictAction = z.infer<typeof ConflictActionSchema>;

/**
 * The zod schema of a {@link Determination}.
 *
 * @example
 * ```ts
 * import { DeterminationSchema } from 'co-commissioning';
 *
 * DeterminationSchema.parse({ personId: 'p-okafor', action: 'withdraw' }).action; //=> 'withdraw'
 * ```
 * @category Conflicts of interest
 */
export const DeterminationSchema = z
  .object({
    personId: text('person ID'),
    action: ConflictActionSchema,
    declarationIds: z
      .array(text('declaration ID'), { error: 'List the declarations the determination covers.' })
      .optional(),
    note: z.string({ error: 'Give the note as text.' }).optional(),
  })
  .strict();

/**
 * The chair's recorded determination for one person on one item (DOMAIN rule 35: "The chair of
 * the meeting has responsibility for deciding whether there is a conflict of interest and the
 * appropriate course of corresponding action"). The library respects it, and flags one that is
 * less strict than its default for the interest.
 *
 * @example
 * ```ts
 * import type { Determination } from 'co-commissioning';
 *
 * const determination: Determination = {
 *   personId: 'p-okafor', action: 'discuss-no-vote', declarationIds: ['d-1'],
 *   note: 'Clinical advice needed on the list dispersal.',
 * };
 * ```
 * @category Conflicts of interest
 */
export type Determination = z.infer<typeof DeterminationSchema>;

/**
 * The zod schema of an {@link AgendaItem}.
 *
 * @example
 * ```ts
 * import { AgendaItemSchema } from 'co-commissioning';
 *
 * AgendaItemSchema.safeParse({
 *   id: '4', title: 'Riverside Surgery: remedial notice', decisionKind: 'performance-management',
 *   subject: { organisationIds: ['practice-riverside'] },
 * }).success;
 * //=> true
 * ```
 * @category Conflicts of interest
 */
export const AgendaItemSchema = z
  .object({
    id: text('agenda item ID'),
    title: text('agenda item title'),
    decisionKind: DecisionKindSchema,
    subject: z
      .object({
        organisationIds: z.array(text('organisation ID'), {
          error: 'List the practices, providers or other organisations the item affects.',
        }),
        affectsMemberPractices: z
          .boolean({
            error: 'Say whether the item affects member practices (true or false).',
          })
          .optional(),
      })
      .strict(),
    determinations: z
      .array(DeterminationSchema, { error: "List the chair's determinations for the item." })
      .optional(),
    recordedVoterIds: z
      .array(text('person ID'), { error: 'List the person IDs of those who voted on the item.' })
      .optional()
      .describe(
        'Who voted on the item, as minuted; used to check that no conflicted member voted.',
      ),
  })
  .strict();

/**
 * One item on a meeting's agenda: what it decides, which organisations it affects (their IDs are
 * matched with the organisations named in declarations of interest), whether it affects member
 * practices (when left out, it is worked out from the member practice IDs given to
 * `assessAgendaItem`, or assumed), the chair's determinations, and, once minuted, who voted.
 *
 * @example
 * ```ts
 * import type { AgendaItem } from 'co-commissioning';
 *
 * const item: AgendaItem = {
 *   id: '4', title: 'Riverside Surgery: remedial notice', decisionKind: 'performance-management',
 *   subject: { organisationIds: ['practice-riverside'], affectsMemberPractices: true },
 * };
 * ```
 * @category Conflicts of interest
 */
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

/**
 * The zod schema of a {@link Meeting}.
 *
 * @example
 * ```ts
 * import { MeetingSchema } from 'co-commissioning';
 *
 * MeetingSchema.safeParse({
 *   id: 'm-2016-05', committeeId: 'pccc', date: '2016-05-12', attendeeIds: [], items: [],
 * }).success;
 * //=> true
 * ```
 * @category Conflicts of interest
 */
export const MeetingSchema = z
  .object({
    id: text('meeting ID'),
    committeeId: text('committee ID'),
    date: IsoDateSchema,
    attendeeIds: z.array(text('person ID'), {
      error: 'List the person IDs of everyone present.',
    }),
    items: z.array(AgendaItemSchema, { error: 'List the agenda items.' }),
  })
  .strict();

/**
 * One meeting of a committee: its date (which decides the declarations in force), who was
 * present, and its agenda.
 *
 * @example
 * ```ts
 * import type { Meeting } from 'co-commissioning';
 *
 * const meeting: Meeting = {
 *   id: 'm-2016-05', committeeId: 'pccc', date: '2016-05-12',
 *   attendeeIds: ['p-hughes', 'p-grant', 'p-okafor'],
 *   items: [
 *     {
 *       id: '4', title: 'Riverside Surgery: remedial notice', decisionKind: 'performance-management',
 *       subject: { organisationIds: ['practice-riverside'] },
 *     },
 *   ],
 * };
 * ```
 * @category Conflicts of interest
 */
export type Meeting = z.infer<typeof MeetingSchema>;
