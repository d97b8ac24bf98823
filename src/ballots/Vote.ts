import * as z from 'zod';
import { IsoDateSchema } from '../core/IsoDate.js';

/**
 * The four choices a returned ballot paper can carry, in the order reports list them.
 *
 * @example
 * ```ts
 * import { VOTE_CHOICES } from 'co-commissioning';
 *
 * VOTE_CHOICES; //=> ['yes', 'no', 'abstain', 'spoilt']
 * ```
 * @category Ballots
 */
export const VOTE_CHOICES = ['yes', 'no', 'abstain', 'spoilt'] as const;

/**
 * The zod schema of a {@link VoteChoice}.
 *
 * @example
 * ```ts
 * import { VoteChoiceSchema } from 'co-commissioning';
 *
 * VoteChoiceSchema.safeParse('abstain').success; //=> true
 * VoteChoiceSchema.safeParse('APPROVE').success; //=> false
 * ```
 * @category Ballots
 */
export const VoteChoiceSchema = z.enum(VOTE_CHOICES, {
  error: 'Give the choice as yes, no, abstain or spoilt.',
});

/**
 * What a returned ballot says: `'yes'` (for, "APPROVE"), `'no'` (against, "REJECT"),
 * `'abstain'` (returned, neither for nor against) or `'spoilt'` (returned but unreadable or
 * void). Ballots seen were binary (DOMAIN BALLOT-OPTIONS, Part 2 §1.7 rule 56); how abstentions
 * and spoilt papers count is the threshold's `base`.
 *
 * @example
 * ```ts
 * import type { VoteChoice } from 'co-commissioning';
 *
 * const approve: VoteChoice = 'yes';
 * ```
 * @category Ballots
 */
export type VoteChoice = z.infer<typeof VoteChoiceSchema>;

/**
 * The zod schema of a {@link Vote}. The tally does not run it on every vote (it checks votes by
 * hand for speed and rejects malformed ones); use it to check votes at your own boundary.
 *
 * @example
 * ```ts
 * import { VoteSchema } from 'co-commissioning';
 *
 * VoteSchema.safeParse({ memberId: 'P001', choice: 'yes', castOn: '2015-09-14' }).success; //=> true
 * ```
 * @category Ballots
 */
export const VoteSchema = z
  .object({
    memberId: z
      .string({ error: 'Give the member ID of the practice that voted, as text.' })
      .min(1, { error: 'Give the member ID of the practice that voted; it cannot be empty.' }),
    choice: VoteChoiceSchema,
    castOn: IsoDateSchema,
  })
  .strict();

/**
 * One returned ballot: which member cast it, what it says and the day it was cast (or
 * received). Votes are data to be counted, not trusted: the tally rejects votes from
 * non-members, repeats, changed votes (by the ballot's rule), votes outside the window,
 * unknown choices and malformed records, and lists each rejection with a code.
 *
 * @example
 * ```ts
 * import type { Vote } from 'co-commissioning';
 *
 * const vote: Vote = { memberId: 'P001', choice: 'yes', castOn: '2015-09-14' };
 * ```
 * @category Ballots
 */
export type Vote = z.infer<typeof VoteSchema>;
