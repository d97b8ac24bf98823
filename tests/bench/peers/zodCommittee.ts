// A plain zod schema of the same committee shape as CommitteeSchema (fields, strictness,
// non-empty text, the recursive quorum rule), without the library's own messages or its
// duplicate-member check: what a developer would write with zod alone.
import * as z from 'zod';

const text = z.string().min(1);
const role = z.enum([
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
]);
const ratio = z
  .object({ numerator: z.number().int(), denominator: z.number().int().positive() })
  .strict();
const matcher = z
  .object({
    roles: z.array(role).min(1).optional(),
    posts: z.array(text).min(1).optional(),
    personIds: z.array(text).min(1).optional(),
    offices: z
      .array(z.enum(['chair', 'vice-chair']))
      .min(1)
      .optional(),
  })
  .strict();
const label = text.optional();
const atLeast = z
  .object({
    kind: z.literal('at-least'),
    count: z.number().int().min(1),
    of: matcher.optional(),
    label,
  })
  .strict();
const share = z
  .object({
    kind: z.literal('share'),
    ratio,
    comparator: z.enum(['>', '>=']),
    of: matcher.optional(),
    label,
  })
  .strict();
const allOf = z
  .object({
    kind: z.literal('all-of'),
    get rules() {
      return z.array(rule).min(1);
    },
    label,
  })
  .strict();
const anyOf = z
  .object({
    kind: z.literal('any-of'),
    get rules() {
      return z.array(rule).min(1);
    },
    label,
  })
  .strict();
const rule: z.ZodType = z.discriminatedUnion('kind', [atLeast, share, allOf, anyOf]);

export const PlainCommitteeSchema = z
  .object({
    id: text,
    name: text,
    kind: z.enum(['pccc', 'joint-committee', 'governing-body', 'other']),
    chairId: text,
    members: z.array(
      z
        .object({
          personId: text,
          name: text,
          role,
          voting: z.boolean(),
          post: text.optional(),
        })
        .strict(),
    ),
    viceChairId: text.optional(),
    quorum: z
      .object({
        rule,
        countsNonVotingMembers: z.boolean().optional(),
        countsDiscussionOnlyMembers: z.boolean().optional(),
        source: z
          .object({
            document: text,
            section: z.string().optional(),
            domainId: z.string().optional(),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    meetsInPublic: z.boolean().optional(),
  })
  .strict();
