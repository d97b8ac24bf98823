import * as z from 'zod';
import { fail } from '../../../_lib/fail.js';
import { freezeDeep } from '../../../_lib/freezeDeep.js';
import { fromZodIssues } from '../../../_lib/parseWith.js';
import { type Citation, CitationSchema } from '../../../core/citation.js';
import type { IsoDate } from '../../../core/IsoDate.js';
import { IsoDateSchema } from '../../../core/IsoDate.js';
import type { IssuePath } from '../../../core/issue.js';
import { RatioSchema } from '../../../core/Ratio.js';
import type { ReasonValue, Verdict } from '../../../core/Reason.js';
import type {
  CoiRule,
  Finding,
  LocalRule,
  RuleOverride,
  RuleSubject,
  Severity,
} from '../../rules/CoiRule.js';
import { isInForce } from '../../rules/selectRule.js';
import { CommitteeKindSchema } from '../Committee.js';
import type { RuleApplication } from '../checkCommittee.js';

const text = (what: string) =>
  z
    .string({ error: `Give the ${what} as text.` })
    .min(1, { error: `Give the ${what}: it cannot be empty.` });

export const SeveritySchema = z.enum(['breach', 'warning', 'advice'], {
  error: 'Give the severity as breach, warning or advice.',
});

export const RuleOverrideSchema = z
  .object({
    enabled: z.boolean({ error: 'Say whether the rule is on (true) or off (false).' }).optional(),
    severity: SeveritySchema.optional(),
  })
  .strict();

export const OverridesSchema = z.record(text('rule ID'), RuleOverrideSchema, {
  error: 'Give the overrides as an object keyed by rule ID.',
});

/** The schema of a local rule about a committee or a meeting item. */
export function localRuleSchema(subject: RuleSubject) {
  return z
    .object({
      id: text('local rule ID'),
      title: text('local rule title'),
      description: z.string({ error: 'Describe the local rule in words.' }),
      subject: z.literal(subject, { error: `A local rule here must have subject "${subject}".` }),
      severity: SeveritySchema,
      confidence: z.enum(['V', 'S', 'I', 'U'], {
        error: 'Give the confidence as V, S, I or U.',
      }),
      sources: z.array(CitationSchema, { error: 'List where the local rule comes from.' }).min(1, {
        error: 'Cite at least one source for the local rule, such as your terms of reference.',
      }),
      inForce: z.object({ from: IsoDateSchema, to: IsoDateSchema.optional() }).strict(),
      appliesTo: z
        .array(CommitteeKindSchema, { error: 'List the committee kinds the rule applies to.' })
        .optional(),
      check: z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', {
        error: 'Give the local rule a check function.',
      }),
    })
    .strict();
}

const ReasonValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), RatioSchema]);

const DraftsSchema = z.array(
  z
    .object({
      message: z.string().min(1),
      subjectIds: z.array(z.string()),
      evidence: z.record(z.string(), ReasonValueSchema),
      remedy: z.string().optional(),
    })
    .strict(),
);

/** Refuses overrides (or other per-rule settings) that name no known rule. */
export function checkRuleIds(
  ids: readonly string[],
  known: ReadonlySet<string>,
  path: IssuePath,
): void {
  for (const ruleId of ids) {
    if (!known.has(ruleId)) {
      fail({
        code: 'unknown_rule_override',
        message: `There is no rule ${JSON.stringify(ruleId)}: check the spelling against COI_RULES or your local rules.`,
        path: [...path, ruleId],
        ruleId,
      });
    }
  }
}

/** Refuses a local rule whose ID is already taken by a built-in rule or another local rule. */
export function checkLocalRuleIds(
  rules: readonly { readonly id: string }[],
  builtIn: ReadonlySet<string>,
  path: IssuePath,
): void {
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    if (builtIn.has(rule.id) || seen.has(rule.id)) {
      fail({
        code: 'duplicate_id',
        message: `The local rule ID ${JSON.stringify(rule.id)} is already used by ${builtIn.has(rule.id) ? 'a built-in rule' : 'another local rule'}: give it an ID of its own.`,
        path: [...path, index, 'id'],
        id: rule.id,
      });
    }
    seen.add(rule.id);
  });
}

/** Builds one frozen finding. The evidence's values must already be frozen (ratios). */
export function makeFinding(
  rule: CoiRule,
  severity: Severity,
  message: string,
  subjectIds: readonly string[],
  evidence: Readonly<Record<string, ReasonValue>>,
  remedy?: string,
): Finding {
  const finding: Finding =
    remedy === undefined
      ? { ruleId: rule.id, severity, message, subjectIds, source: sourceOf(rule), evidence }
      : {
          ruleId: rule.id,
          severity,
          message,
          subjectIds,
          source: sourceOf(rule),
          evidence,
          remedy,
        };
  Object.freeze(subjectIds);
  Object.freeze(evidence);
  return Object.freeze(finding);
}

/** The rule's main source: shared when already frozen (built-in rules), else a frozen copy. */
export function sourceOf(rule: CoiRule): Citation {
  const [source] = rule.sources;
  if (source === undefined) return Object.freeze({ document: rule.id });
  return Object.isFrozen(source) ? source : Object.freeze({ ...source });
}

/** Runs a local rule's check, turning a throw or a malformed answer into `local_rule_failed`. */
export function runLocalRule<S, C>(
  rule: LocalRule<S, C>,
  severity: Severity,
  subject: S,
  context: C,
): Finding[] {
  let answer: unknown;
  try {
    answer = rule.check(subject, context);
  } catch (error) {
    const why = error instanceof Error ? `: ${error.message}` : '';
    return fail({
      code: 'local_rule_failed',
      message: `The local rule ${JSON.stringify(rule.id)} failed while checking${why}.`,
      path: ['options', 'localRules', rule.id],
      ruleId: rule.id,
    });
  }
  const parsed = DraftsSchema.safeParse(answer, { reportInput: true });
  if (!parsed.success) {
    const [first] = fromZodIssues(parsed.error.issues);
    return fail({
      code: 'local_rule_failed',
      message: `The local rule ${JSON.stringify(rule.id)} returned something other than a list of findings, each with a message, subjectIds and evidence (${first.message}).`,
      path: ['options', 'localRules', rule.id],
      ruleId: rule.id,
    });
  }
  return parsed.data.map((draft) =>
    makeFinding(
      rule,
      severity,
      draft.message,
      draft.subjectIds,
      freezeDeep(draft.evidence),
      draft.remedy,
    ),
  );
}

/** How a rule came out, or why it was skipped. */
export type RuleOutcome =
  | Exclude<Verdict, 'not-applicable'>
  | NonNullable<RuleApplication['skipped']>;

/** A new frozen record of how a rule came out. */
export function ruleApplication(
  ruleId: string,
  outcome: RuleOutcome,
  severity: Severity,
): RuleApplication {
  return outcome === 'pass' || outcome === 'fail' || outcome === 'unknown'
    ? Object.freeze({ ruleId, verdict: outcome, severity })
    : Object.freeze({ ruleId, verdict: 'not-applicable', severity, skipped: outcome });
}

/** The record of a rule that `selectRule` skipped: not in force on `asOf`, or turned off. */
export function skippedApplication(
  rule: CoiRule,
  asOf: IsoDate,
  overrides: Readonly<Record<string, RuleOverride>> | undefined,
): RuleApplication {
  return ruleApplication(
    rule.id,
    isInForce(rule, asOf) ? 'turned-off' : 'not-in-force',
    overrides?.[rule.id]?.severity ?? rule.severity,
  );
}
