import * as z from 'zod';
import { IsoDateSchema } from '../core/IsoDate.js';
import { BallotRulesSchema } from './BallotRules.js';
import { indexElectorate } from './internal/ballotIssues.js';
import { groupDigits, MAX_LIST_SIZE } from './internal/words.js';

/**
 * The zod schema of an {@link Elector}.
 *
 * @example
 * ```ts
 * import { ElectorSchema } from 'co-commissioning';
 *
 * ElectorSchema.safeParse({ memberId: 'P001', listSize: 8412, listSizeOn: '2020-07-01' }).success;
 * //=> true
 * ```
 * @category Ballots
 */
export const ElectorSchema = z
  .object({
    memberId: z
      .string({ error: 'Give each member of the electorate an ID, as text.' })
      .min(1, { error: 'Give each member of the electorate an ID; it cannot be empty.' }),
    listSize: z
      .number({ error: 'Give the list size as a whole number of registered patients.' })
      .refine((value) => Number.isSafeInteger(value) && value >= 0 && value <= MAX_LIST_SIZE, {
        error: `Give the list size as a whole number of registered patients, from 0 to ${groupDigits(MAX_LIST_SIZE)}.`,
      })
      .optional(),
    listSizeOn: IsoDateSchema.optional(),
  })
  .strict();

/**
 * One member of a ballot's electorate, usually a member practice: its ID and, for votes
 * weighted by list size, its registered list size and the date that size was taken
 * (`listSizeOn`, on or before the day the ballot opens).
 *
 * @example
 * ```ts
 * import type { Elector } from 'co-commissioning';
 *
 * const practice: Elector = { memberId: 'P001', listSize: 8412, listSizeOn: '2020-07-01' };
 * ```
 * @category Ballots
 */
export type Elector = z.infer<typeof ElectorSchema>;

/** Internal: the fields of a ballot, shared by {@link BallotSchema} and the tally's fast path. */
export const BALLOT_FIELDS = {
  id: z
    .string({ error: 'Give the ballot an ID, as text.' })
    .min(1, { error: 'Give the ballot an ID; it cannot be empty.' }),
  question: z
    .string({ error: 'Give the question put to the members, as text.' })
    .min(1, { error: 'Give the question put to the members; it cannot be empty.' }),
  opens: IsoDateSchema,
  closes: IsoDateSchema,
  electorate: z
    .array(ElectorSchema, { error: 'Give the electorate as a list of members.' })
    .min(1, { error: 'Give at least one member in the electorate.' }),
  rules: BallotRulesSchema,
  constituency: z
    .string({ error: 'Give the constituency (such as the CCG) as text.' })
    .min(1, { error: 'Give the constituency a name, or leave it out.' })
    .optional(),
  conductedBy: z
    .string({ error: 'Give who conducted the ballot as text.' })
    .min(1, { error: 'Give who conducted the ballot, or leave it out.' })
    .optional(),
  conditions: z
    .array(
      z
        .string({ error: 'Give each condition of the mandate as text.' })
        .min(1, { error: 'A condition cannot be empty.' }),
      { error: 'Give the conditions of the mandate as a list of text.' },
    )
    .optional(),
  castingVote: z
    .enum(['yes', 'no'], { error: "Give the chair's casting vote as yes or no." })
    .optional(),
};

const BallotShapeSchema = z.object(BALLOT_FIELDS).strict();

/**
 * The zod schema of a {@link Ballot}. Beyond the shape it checks what makes a ballot countable,
 * with coded issues: `ballot_window_reversed`, `duplicate_elector`, `missing_list_size`,
 * `list_size_after_opening`, `no_voting_weight` and `casting_vote_without_rule` (see
 * {@link BallotIssue}; when parsed directly with zod the code is in each issue's
 * `params.ballotIssue.code`).
 *
 * @example
 * ```ts
 * import { BallotSchema } from 'co-commissioning';
 *
 * const result = BallotSchema.safeParse({
 *   id: 'b1', question: 'Apply for delegated commissioning?', opens: '2015-09-30', closes: '2015-09-01',
 *   electorate: [{ memberId: 'P1' }],
 *   rules: {
 *     weighting: { kind: 'per-member' },
 *     threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'yes-no' },
 *     tie: 'not-carried',
 *   },
 * });
 * result.success; //=> false
 * ```
 * @category Ballots
 */
export const BallotSchema = BallotShapeSchema.check((context) => {
  // Only a well-shaped ballot is checked further: these checks read its dates and weights.
  if (context.issues.length > 0) return;
  for (const issue of indexElectorate(context.value as Ballot).issues) {
    context.issues.push({
      code: 'custom',
      message: issue.message,
      path: [...issue.path],
      input: context.value,
      params: { ballotIssue: issue },
    });
  }
});

/**
 * A member-practice ballot: the question, the window (both ends inclusive), the electorate and
 * the counting rules ({@link BallotRules}). GPC holds that a CCG should get its members' mandate
 * by a formal democratic vote before changing model (seed 004, Key points); no national rule
 * fixes how (DOMAIN BALLOT-NO-NATIONAL-RULE), so every rule is explicit.
 *
 * Optional fields: `constituency` (the electorate's name, such as the CCG, for reports and
 * concurrent ballots), `conductedBy` (such as the LMC or Electoral Reform Services, DOMAIN
 * BALLOT-ADMIN), `conditions` (what a carried mandate is subject to, such as "final assurance on
 * the budgets and resources", seed 002 §4.2) and `castingVote` (the chair's casting vote after a
 * tie, allowed only with the tie rule `'chair-casting-vote'`).
 *
 * @example
 * ```ts
 * import type { Ballot } from 'co-commissioning';
 *
 * const ballot: Ballot = {
 *   id: 'cp-2015-delegation',
 *   question: 'Should the CCG apply to take on delegated commissioning from April 2016?',
 *   opens: '2015-09-01',
 *   closes: '2015-09-30',
 *   electorate: [{ memberId: 'P001' }, { memberId: 'P002' }],
 *   rules: {
 *     weighting: { kind: 'per-member' },
 *     threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'yes-no' },
 *     tie: 'not-carried',
 *   },
 * };
 * ```
 * @category Ballots
 */
export type Ballot = z.infer<typeof BallotSchema>;
