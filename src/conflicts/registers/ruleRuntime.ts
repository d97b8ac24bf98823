import * as z from 'zod';
import { fail } from '../../_lib/fail.js';
import { freezeDeep } from '../../_lib/freezeDeep.js';
import { fromZodIssues } from '../../_lib/parseWith.js';
import { safeParse } from '../../_lib/safeParse.js';
import { addDays } from '../../core/addDays.js';
import type { Citation } from '../../core/citation.js';
import { CitationSchema } from '../../core/citation.js';
import { type IsoDate, IsoDateSchema } from '../../core/IsoDate.js';
import type { Ratio } from '../../core/Ratio.js';
import type { ReasonValue } from '../../core/Reason.js';
import type { Issue } from '../../issues.js';
import type { CoiRule, Finding, FindingDraft, LocalRule, RuleOverride } from '../rules/CoiRule.js';
import { type ActiveRule, isInForce, selectRule } from '../rules/selectRule.js';
import {
  DEFAULT_REGIME_2017_FROM,
  type GuidanceRegime,
  REGIME_2016_FROM,
  type Regime2017Start,
  regimeOn,
} from './guidanceRegimeOn.js';
import type { RuleNotApplied } from './RuleNotApplied.js';

// Internal machinery shared by the gift, register and procurement checks: option schemas,
// choosing rules by date and regime, turning local rules' drafts into findings, freezing.

export const SeveritySchema = z.enum(['breach', 'warning', 'advice'], {
  error: 'Give the severity as "breach", "warning" or "advice".',
});

export const OverridesSchema = z.record(
  z.string({ error: 'Key each override by its rule ID.' }),
  z
    .object(
      {
        enabled: z
          .boolean({ error: 'Give "enabled" as true or false (false turns the rule off).' })
          .optional(),
        severity: SeveritySchema.optional(),
      },
      { error: 'Give each override as an object such as { "enabled": false }.' },
    )
    .strict(),
  { error: 'Give the overrides as an object keyed by rule ID.' },
);

const nonEmpty = (what: string) =>
  z.string({ error: `Give the ${what} as text.` }).min(1, { error: `Give the ${what}.` });

/** The schema of a user's local rule; `check` must be a function. */
export const LocalRuleSchema = z
  .object(
    {
      id: nonEmpty('local rule ID'),
      title: z.string({ error: 'Give the local rule a title.' }),
      description: z.string({ error: 'Describe the local rule in words.' }),
      subject: z.enum(['committee', 'meeting', 'gift', 'register', 'procurement'], {
        error:
          'Give what the local rule examines: committee, meeting, gift, register or procurement.',
      }),
      severity: SeveritySchema,
      confidence: z.enum(['V', 'S', 'I', 'U'], {
        error: 'Give the local rule a confidence tag: V, S, I or U.',
      }),
      sources: z
        .array(CitationSchema, { error: 'List the local rule’s sources.' })
        .min(1, { error: 'Give the local rule at least one source.' }),
      inForce: z
        .object(
          { from: IsoDateSchema, to: IsoDateSchema.optional() },
          { error: 'Give the dates the local rule is in force, such as { "from": "2017-04-01" }.' },
        )
        .strict(),
      check: z.custom<(subject: unknown, context: unknown) => readonly FindingDraft[]>(
        (value) => typeof value === 'function',
        { error: 'Give the local rule a check function.' },
      ),
    },
    { error: 'Give each local rule as an object.' },
  )
  .strict();

/** How a check chooses its regime: the June 2017 start, and an optional forced regime. */
export interface RegimeChoice {
  readonly regime2017From: Regime2017Start;
  readonly forced: GuidanceRegime | undefined;
}

export function regimeChoice(
  regime2017From: Regime2017Start | undefined,
  forced: GuidanceRegime | undefined,
): RegimeChoice {
  return { regime2017From: regime2017From ?? DEFAULT_REGIME_2017_FROM, forced };
}

/** The regime a check applies: the forced one, or the one in force on `asOf`. */
export function regimeFor(asOf: IsoDate, choice: RegimeChoice): GuidanceRegime {
  return choice.forced ?? regimeOn(asOf, choice.regime2017From);
}

/**
 * The date rules are chosen by: `asOf`, or, when a regime is forced, that regime's first day
 * (for `'before-2016'`, the day before the 2016 regime).
 */
export function ruleDate(asOf: IsoDate, choice: RegimeChoice): IsoDate {
  switch (choice.forced) {
    case undefined:
      return asOf;
    case 'before-2016':
      return addDays(REGIME_2016_FROM, -1);
    case '2016':
      return REGIME_2016_FROM;
    case '2017':
      return choice.regime2017From;
  }
}

const DEFAULT_2016_TO = addDays(DEFAULT_REGIME_2017_FROM, -1);

/** A built-in rule with its June 2017 change date moved to the chosen start. */
export function shiftRule(rule: CoiRule, regime2017From: Regime2017Start): CoiRule {
  if (regime2017From === DEFAULT_REGIME_2017_FROM) return rule;
  if (rule.inForce.to === DEFAULT_2016_TO) {
    return { ...rule, inForce: { from: rule.inForce.from, to: addDays(regime2017From, -1) } };
  }
  if (rule.inForce.from === DEFAULT_REGIME_2017_FROM) {
    return { ...rule, inForce: { from: regime2017From } };
  }
  return rule;
}

/** Why a rule was not applied. */
export type NotAppliedWhy = 'not-in-force' | 'turned-off';

/** Chooses a built-in rule for a check, or says why it was not chosen. */
export function chooseRule(
  rule: CoiRule,
  asOf: IsoDate,
  choice: RegimeChoice,
  overrides: Readonly<Record<string, RuleOverride>> | undefined,
): ActiveRule | NotAppliedWhy {
  const shifted = shiftRule(rule, choice.regime2017From);
  const date = ruleDate(asOf, choice);
  const active = selectRule(shifted, date, overrides);
  if (active !== undefined) return active;
  return isInForce(shifted, date) ? 'turned-off' : 'not-in-force';
}

/** Records a rule the check did not apply. */
export function notApplied(rule: CoiRule, why: NotAppliedWhy, date: IsoDate): RuleNotApplied {
  return { ruleId: rule.id, why, message: notAppliedMessage(rule, why, date) };
}

export function notAppliedMessage(rule: CoiRule, why: NotAppliedWhy, date: IsoDate): string {
  if (why === 'turned-off') return `${rule.id} is turned off by your overrides.`;
  const to = rule.inForce.to === undefined ? '' : ` to ${rule.inForce.to}`;
  return `${rule.id} is not in force on ${date} (in force from ${rule.inForce.from}${to}).`;
}

/** Builds a finding from a chosen rule and what was found. */
export function toFinding(active: ActiveRule, draft: FindingDraft): Finding {
  const source: Citation = active.rule.sources[0] ?? {
    document: 'DOMAIN.md',
    domainId: active.rule.id,
  };
  const finding: Finding = {
    ruleId: active.rule.id,
    severity: active.severity,
    message: draft.message,
    subjectIds: [...draft.subjectIds],
    source: copyCitation(source),
    evidence: copyEvidence(draft.evidence),
  };
  return draft.remedy === undefined ? finding : { ...finding, remedy: draft.remedy };
}

function copyCitation(citation: Citation): Citation {
  return { ...citation };
}

function copyEvidence(
  evidence: Readonly<Record<string, ReasonValue>>,
): Readonly<Record<string, ReasonValue>> {
  const copy: Record<string, ReasonValue> = {};
  for (const [key, value] of Object.entries(evidence)) {
    copy[key] =
      typeof value === 'object' && value !== null
        ? ({ numerator: value.numerator, denominator: value.denominator } satisfies Ratio)
        : value;
  }
  return copy;
}

/** Runs the user's local rules in force on the rule date and returns their findings. */
export function runLocalRules<S, C>(
  localRules: readonly LocalRule<S, C>[] | undefined,
  subject: S,
  context: C,
  date: IsoDate,
  overrides: Readonly<Record<string, RuleOverride>> | undefined,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of localRules ?? []) {
    const active = selectRule(rule, date, overrides);
    if (active === undefined) continue;
    for (const draft of rule.check(subject, context)) findings.push(toFinding(active, draft));
  }
  return findings;
}

/** Sorts built-in findings (all from `order`) by their rule's place, then by subject and message. */
export function sortFindings(findings: readonly Finding[], order: readonly string[]): Finding[] {
  const rank = (ruleId: string) => order.indexOf(ruleId);
  return [...findings].sort(
    (a, b) =>
      rank(a.ruleId) - rank(b.ruleId) ||
      compareText(a.subjectIds.join(' '), b.subjectIds.join(' ')) ||
      compareText(a.message, b.message),
  );
}

/** Compares text by UTF-16 code units, independent of locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Deeply freezes a result the library built (never the caller's input). */
export function frozen<T>(value: T): T {
  return freezeDeep(value);
}

/** The local rules of an options object, typed for the check (validated by LocalRuleSchema). */
export function asLocalRules<S, C>(
  rules: readonly z.output<typeof LocalRuleSchema>[] | undefined,
): readonly LocalRule<S, C>[] | undefined {
  return rules as readonly LocalRule<S, C>[] | undefined;
}

/** The validated overrides, without the `undefined` fields zod's optional types allow. */
export function asOverrides(
  overrides: z.output<typeof OverridesSchema> | undefined,
): Readonly<Record<string, RuleOverride>> | undefined {
  if (overrides === undefined) return undefined;
  const clean: Record<string, RuleOverride> = {};
  for (const [ruleId, override] of Object.entries(overrides)) {
    clean[ruleId] = {
      ...(override.enabled === undefined ? {} : { enabled: override.enabled }),
      ...(override.severity === undefined ? {} : { severity: override.severity }),
    };
  }
  return clean;
}

/**
 * Parses a subject and its options together, so one error reports every issue in both (the
 * subject's first), with `invalid_input` codes and paths under `subject` and `options`.
 */
export function parseSubjectAndOptions<S extends z.ZodType, O extends z.ZodType>(
  subjectSchema: S,
  subject: unknown,
  subjectPath: string,
  optionsSchema: O,
  options: unknown,
): [z.output<S>, z.output<O>] {
  const parsedSubject = safeParse(subjectSchema, subject, [subjectPath]);
  const parsedOptions = safeParse(optionsSchema, options, ['options']);
  if (parsedSubject.success && parsedOptions.success) {
    return [parsedSubject.data, parsedOptions.data];
  }
  const issues = [
    ...(parsedSubject.success ? [] : fromZodIssues(parsedSubject.error.issues, [subjectPath])),
    ...(parsedOptions.success ? [] : fromZodIssues(parsedOptions.error.issues, ['options'])),
  ];
  const [first, ...rest] = issues as [Issue, ...Issue[]];
  return fail(first, ...rest);
}
