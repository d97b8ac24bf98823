import type * as z from 'zod';
import { toSafe } from '../../_lib/fail.js';
import { daysBetween } from '../../core/daysBetween.js';
import type { IsoDate } from '../../core/IsoDate.js';
import type { SafeResult } from '../../core/SafeResult.js';
import { type Declaration, type Register, RegisterSchema } from '../Register.js';
import type { CoiRule, Finding, RuleOptions } from '../rules/CoiRule.js';
import { REGISTER_RULES } from '../rules/registerRules.js';
import type { ActiveRule } from '../rules/selectRule.js';
import type { GuidanceRegime, Regime2017Start } from './guidanceRegimeOn.js';
import { addMonths } from './months.js';
import { publicationOf, RECORD_YEARS, RETENTION_MONTHS } from './publication.js';
import type { RuleNotApplied } from './RuleNotApplied.js';
import { checkDeclarationIds, RegisterCheckOptionsSchema } from './registerInput.js';
import {
  asLocalRules,
  asOverrides,
  chooseRule,
  compareText,
  frozen,
  notApplied,
  parseSubjectAndOptions,
  regimeChoice,
  regimeFor,
  ruleDate,
  runLocalRules,
  shiftRule,
  sortFindings,
  toFinding,
} from './ruleRuntime.js';

/** The most days after an interest arises that a declaration is still on time. */
const DECLARE_WITHIN_DAYS = 28;

/**
 * What {@link checkDeclarations} passes to each local rule's check, besides the register.
 *
 * @example
 * ```ts
 * import type { DeclarationsRuleContext } from 'co-commissioning';
 *
 * const context: DeclarationsRuleContext = { asOf: '2017-07-01', regime: '2017', decisionMakerIds: ['p-lay'] };
 * ```
 * @category Conflicts of interest
 */
export interface DeclarationsRuleContext {
  /** The date of the check. */
  readonly asOf: IsoDate;
  /** The guidance regime applied. */
  readonly regime: GuidanceRegime;
  /** The decision-makers given, if any. */
  readonly decisionMakerIds?: readonly string[];
}

/**
 * Options for {@link checkDeclarations}.
 *
 * @example
 * ```ts
 * import type { CheckDeclarationsOptions } from 'co-commissioning';
 *
 * const options: CheckDeclarationsOptions = {
 *   asOf: '2018-07-01',
 *   decisionMakerIds: ['p-lay-chair', 'p-okafor'],
 *   overrides: { 'COI-REGISTER-RETENTION': { enabled: false } },
 * };
 * ```
 * @category Conflicts of interest
 */
export interface CheckDeclarationsOptions extends RuleOptions<Register, DeclarationsRuleContext> {
  /** The date each person took up the role that brought them under the register duty, by person ID: an interest held before then is due within 28 days of joining, not of arising. */
  readonly joinedOn?: Readonly<Record<string, IsoDate>>;
  /** The people who take part in decisions (PCCC members and the like); needed to find non-declarers and, from 2017, to know whom the published register covers. */
  readonly decisionMakerIds?: readonly string[];
  /** The day the 2017 rules start: `'2017-06-16'` (default, CCG statutory guidance) or `'2017-06-01'` (NHS-wide guidance). */
  readonly regime2017From?: Regime2017Start;
  /** Apply this regime's rules whatever the date; default: the regime in force on `asOf`. */
  readonly regime?: GuidanceRegime;
}

/**
 * What {@link checkDeclarations} found.
 *
 * @example
 * ```ts
 * import type { DeclarationsCheck } from 'co-commissioning';
 *
 * const clean: DeclarationsCheck = { compliant: true, findings: [], regime: '2017', notApplied: [] };
 * ```
 * @category Conflicts of interest
 */
export interface DeclarationsCheck {
  /** `true` when no finding is a `breach` (warnings and advice do not make a register non-compliant). */
  readonly compliant: boolean;
  /** Every finding, built-in rules first in catalogue order, then local rules. */
  readonly findings: readonly Finding[];
  /** The guidance regime applied. */
  readonly regime: GuidanceRegime;
  /** Built-in rules not applied, and why. */
  readonly notApplied: readonly RuleNotApplied[];
}

type Parsed = z.output<typeof RegisterCheckOptionsSchema>;

/**
 * Checks a register of interests on a date, under the guidance in force then:
 *
 * - **COI-DECLARE-28D** (breach): an interest declared more than 28 days after the duty to
 *   declare it began: the latest of `arisesOn`, the person's `joinedOn` date (an interest held
 *   before joining is due within 28 days of joining) and the rule's first day (1 April 2013).
 *   `declaredOn − start` of 28 days is on time, 29 is late. A declaration made before the
 *   interest arises (a forthcoming appointment) is on time. A declaration dated after `asOf`
 *   is not yet on the register: it is late once more than 28 days have passed by `asOf`.
 * - **COI-REGISTER-FIELDS** (warning): an interest that ends before it arises.
 * - **SEED-COI-MEASURES** (warning, [I]): a decision-maker (in `decisionMakerIds`) with
 *   neither a declaration nor a nil return made by `asOf`, unless they joined 28 days ago or
 *   less. Without `decisionMakerIds` the rule is reported in `notApplied` with `no-data`.
 * - **COI-REGISTER-2017** (breach, from the 2017 regime): no `reviewedOn` date within the last
 *   year. The review is due 12 calendar months after the later of the last review and the
 *   day the rule started; `asOf` on the due date is on time, the day after is overdue.
 * - **COI-REGISTER-RETENTION** (advice, [S]): an interest that ended more than 6 months
 *   before `asOf` and would otherwise be published: it should have left the published
 *   register (it stays on it up to and including the day 6 calendar months after `endsOn`).
 *
 * The library does not flag an interest only for having no end date: open-ended interests
 * (a GP partnership) are normal, and the 2017 annual review is the check that keeps end dates
 * current.
 *
 * @param register - The register of interests: declarations, nil returns and review dates.
 * @param options - The date, the decision-makers, overrides and local rules, and the June
 * 2017 date.
 * @returns Whether the register is compliant, the findings, the regime and the rules not
 * applied, deeply frozen.
 * @throws {@link CoCommissioningError} `invalid_input` for a malformed register or options,
 * or two declarations with the same ID.
 *
 * @example
 * ```ts
 * import { checkDeclarations, type Register } from 'co-commissioning';
 *
 * const register: Register = {
 *   declarations: [
 *     {
 *       id: 'd-1', personId: 'p-okafor', type: 'financial', description: 'GP partner, Riverside Surgery',
 *       arisesOn: '2017-03-01', declaredOn: '2017-03-30',
 *     },
 *   ],
 *   nilReturns: [{ personId: 'p-lay-chair', declaredOn: '2017-04-03' }],
 *   reviewedOn: ['2017-04-03'],
 * };
 * const check = checkDeclarations(register, { asOf: '2017-05-01', decisionMakerIds: ['p-okafor', 'p-lay-chair'] });
 * check.compliant; //=> false
 * check.findings.map((finding) => finding.ruleId); //=> ['COI-DECLARE-28D']
 * ```
 * @category Conflicts of interest
 */
export function checkDeclarations(
  register: Register,
  options: CheckDeclarationsOptions,
): DeclarationsCheck {
  const [parsedRegister, parsed] = parseSubjectAndOptions(
    RegisterSchema,
    register,
    'register',
    RegisterCheckOptionsSchema,
    options,
  );
  checkDeclarationIds(parsedRegister);
  const overrides = asOverrides(parsed.overrides);
  const choice = regimeChoice(parsed.regime2017From, parsed.regime);
  const regime = regimeFor(parsed.asOf, choice);
  const date = ruleDate(parsed.asOf, choice);
  const declarations = [...parsedRegister.declarations].sort((a, b) => compareText(a.id, b.id));

  const active = new Map<string, ActiveRule>();
  const skipped: RuleNotApplied[] = [];
  for (const rule of REGISTER_RULES as readonly CoiRule[]) {
    const chosen = chooseRule(rule, parsed.asOf, choice, overrides);
    // Words from the rule as moved by regime2017From, so they give the dates it is read with.
    if (typeof chosen === 'string')
      skipped.push(notApplied(shiftRule(rule, choice.regime2017From), chosen, date));
    else active.set(rule.id, chosen);
  }

  const findings: Finding[] = [];
  const late = active.get('COI-DECLARE-28D');
  if (late !== undefined) {
    findings.push(...lateFindings(late, declarations, parsed.asOf, parsed.joinedOn));
  }
  const fields = active.get('COI-REGISTER-FIELDS');
  if (fields !== undefined) findings.push(...dateFindings(fields, declarations));
  const measures = active.get('SEED-COI-MEASURES');
  if (measures !== undefined) {
    if (parsed.decisionMakerIds === undefined) {
      skipped.push({
        ruleId: measures.rule.id,
        why: 'no-data',
        message: `${measures.rule.id} needs the list of decision-makers (decisionMakerIds) to find who has not declared.`,
      });
    } else {
      findings.push(
        ...nonDeclarerFindings(
          measures,
          parsedRegister,
          parsed.decisionMakerIds,
          parsed.asOf,
          parsed.joinedOn,
        ),
      );
    }
  }
  const annual = active.get('COI-REGISTER-2017');
  if (annual !== undefined) {
    findings.push(...reviewFindings(annual, parsedRegister.reviewedOn ?? [], parsed.asOf));
  }
  const retention = active.get('COI-REGISTER-RETENTION');
  if (retention !== undefined) {
    findings.push(...retentionFindings(retention, annual, declarations, parsed));
  }

  const order = (REGISTER_RULES as readonly CoiRule[]).map((rule) => rule.id);
  const context: DeclarationsRuleContext =
    parsed.decisionMakerIds === undefined
      ? { asOf: parsed.asOf, regime }
      : { asOf: parsed.asOf, regime, decisionMakerIds: parsed.decisionMakerIds };
  const all = [
    ...sortFindings(findings, order),
    ...runLocalRules(
      asLocalRules<Register, DeclarationsRuleContext>(parsed.localRules),
      parsedRegister,
      context,
      date,
      overrides,
    ),
  ];
  return frozen({
    compliant: !all.some((finding) => finding.severity === 'breach'),
    findings: all,
    regime,
    notApplied: skipped,
  });
}

/**
 * The safe door of {@link checkDeclarations}: the same check, or the issues, never a throw.
 *
 * @param register - The register of interests (unvalidated input is fine).
 * @param options - As for {@link checkDeclarations}.
 * @returns `{ success: true, data }` with the check, or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeCheckDeclarations } from 'co-commissioning';
 *
 * const result = safeCheckDeclarations({ declarations: 'none' }, { asOf: '2017-07-01' });
 * result.success; //=> false
 * ```
 * @category Conflicts of interest
 */
export function safeCheckDeclarations(
  register: unknown,
  options: unknown,
): SafeResult<DeclarationsCheck> {
  return toSafe(() => checkDeclarations(register as Register, options as CheckDeclarationsOptions));
}

function describe(declaration: Declaration): string {
  return `Declaration ${declaration.id} (${declaration.personId}: ${declaration.description})`;
}

/** The day the duty to declare began: the latest of the interest arising, joining, and the rule. */
function dutyStart(
  declaration: Declaration,
  joinedOn: Readonly<Record<string, IsoDate>> | undefined,
  ruleFrom: IsoDate,
): IsoDate {
  const joined =
    joinedOn !== undefined && Object.hasOwn(joinedOn, declaration.personId)
      ? joinedOn[declaration.personId]
      : undefined;
  return [declaration.arisesOn, joined ?? declaration.arisesOn, ruleFrom].reduce((a, b) =>
    b > a ? b : a,
  );
}

function lateFindings(
  active: ActiveRule,
  declarations: readonly Declaration[],
  asOf: IsoDate,
  joinedOn: Readonly<Record<string, IsoDate>> | undefined,
): Finding[] {
  const findings: Finding[] = [];
  for (const declaration of declarations) {
    const start = dutyStart(declaration, joinedOn, active.rule.inForce.from);
    const since =
      start === declaration.arisesOn
        ? `the interest arose on ${declaration.arisesOn}`
        : `the duty to declare it began on ${start} (the interest arose on ${declaration.arisesOn})`;
    const evidence = {
      declarationId: declaration.id,
      personId: declaration.personId,
      arisesOn: declaration.arisesOn,
      dutyFrom: start,
      declaredOn: declaration.declaredOn,
      limitDays: DECLARE_WITHIN_DAYS,
    };
    const subjectIds = [declaration.id, declaration.personId];
    if (declaration.declaredOn <= asOf) {
      const days = daysBetween(start, declaration.declaredOn);
      if (days > DECLARE_WITHIN_DAYS) {
        findings.push(
          toFinding(active, {
            message: `${describe(declaration)} was declared on ${declaration.declaredOn}, ${days} days after ${since}: later than the ${DECLARE_WITHIN_DAYS} days allowed.`,
            subjectIds,
            evidence: { ...evidence, days },
            remedy:
              'Record the late declaration as a breach under the CCG’s breach process, and remind the person to declare interests within 28 days.',
          }),
        );
      }
      continue;
    }
    const days = daysBetween(start, asOf);
    if (days > DECLARE_WITHIN_DAYS) {
      findings.push(
        toFinding(active, {
          message: `${describe(declaration)} had not been declared by ${asOf}, ${days} days after ${since}: later than the ${DECLARE_WITHIN_DAYS} days allowed (it was declared on ${declaration.declaredOn}).`,
          subjectIds,
          evidence: { ...evidence, days, asOf },
          remedy: 'Declare the interest now and record the delay as a breach.',
        }),
      );
    }
  }
  return findings;
}

function dateFindings(active: ActiveRule, declarations: readonly Declaration[]): Finding[] {
  const findings: Finding[] = [];
  for (const declaration of declarations) {
    const { endsOn } = declaration;
    if (endsOn === undefined || endsOn >= declaration.arisesOn) continue;
    findings.push(
      toFinding(active, {
        message: `${describe(declaration)} ends on ${endsOn} before it arises on ${declaration.arisesOn}: one of the dates is wrong.`,
        subjectIds: [declaration.id, declaration.personId],
        evidence: { declarationId: declaration.id, arisesOn: declaration.arisesOn, endsOn },
        remedy: 'Correct the date the interest arose or ended.',
      }),
    );
  }
  return findings;
}

function nonDeclarerFindings(
  active: ActiveRule,
  register: Register,
  decisionMakerIds: readonly string[],
  asOf: IsoDate,
  joinedOn: Readonly<Record<string, IsoDate>> | undefined,
): Finding[] {
  const declared = new Set<string>();
  for (const declaration of register.declarations) {
    if (declaration.declaredOn <= asOf) declared.add(declaration.personId);
  }
  for (const nil of register.nilReturns ?? []) {
    if (nil.declaredOn <= asOf) declared.add(nil.personId);
  }
  // Someone who joined 28 days ago or less is not yet due to declare.
  const stillInTime = (personId: string) => {
    const joined =
      joinedOn !== undefined && Object.hasOwn(joinedOn, personId) ? joinedOn[personId] : undefined;
    return joined !== undefined && daysBetween(joined, asOf) <= DECLARE_WITHIN_DAYS;
  };
  const people = [...new Set(decisionMakerIds)].sort(compareText);
  return people
    .filter((personId) => !declared.has(personId) && !stillInTime(personId))
    .map((personId) =>
      toFinding(active, {
        message: `${personId} takes part in decisions but has neither a declaration of interests nor a nil return on the register by ${asOf}.`,
        subjectIds: [personId],
        evidence: { personId, asOf },
        remedy: 'Ask them to declare their interests, or to make a nil return if they have none.',
      }),
    );
}

function reviewFindings(
  active: ActiveRule,
  reviewedOn: readonly IsoDate[],
  asOf: IsoDate,
): Finding[] {
  const past = reviewedOn.filter((date) => date <= asOf).sort(compareText);
  const last = past.at(-1);
  const start = active.rule.inForce.from;
  const reference = last !== undefined && last > start ? last : start;
  const dueBy = addMonths(reference, 12);
  if (asOf <= dueBy) return [];
  const lastText =
    last === undefined ? 'has no recorded review' : `was last confirmed accurate on ${last}`;
  return [
    toFinding(active, {
      message: `The register ${lastText}; an annual check was due by ${dueBy} and is overdue on ${asOf}.`,
      subjectIds: [],
      evidence: { lastReviewedOn: last ?? null, dueBy, asOf },
      remedy: 'Check the register is accurate and up to date, and record the date in reviewedOn.',
    }),
  ];
}

function retentionFindings(
  active: ActiveRule,
  annual: ActiveRule | undefined,
  declarations: readonly Declaration[],
  parsed: Parsed,
): Finding[] {
  const decisionMakers =
    parsed.decisionMakerIds === undefined ? undefined : new Set(parsed.decisionMakerIds);
  const findings: Finding[] = [];
  for (const declaration of declarations) {
    if (declaration.endsOn === undefined) continue;
    // Advice only for an entry that would otherwise be on the published register.
    const publication = publicationOf(declaration, {
      asOf: parsed.asOf,
      retention: undefined,
      // Without a list of decision-makers the advice covers everyone.
      decisionMakingOnly: decisionMakers === undefined ? undefined : annual,
      decisionMakers,
    });
    if (!publication.published) continue;
    const until = addMonths(declaration.endsOn, RETENTION_MONTHS);
    if (parsed.asOf <= until) continue;
    const keepUntil = addMonths(declaration.endsOn, RECORD_YEARS * 12);
    findings.push(
      toFinding(active, {
        message: `${describe(declaration)} ended on ${declaration.endsOn}: it stays on the published register until ${until} and should now be removed from it. Keep the record until at least ${keepUntil}.`,
        subjectIds: [declaration.id, declaration.personId],
        evidence: {
          declarationId: declaration.id,
          endsOn: declaration.endsOn,
          publishedUntil: until,
          keepRecordUntil: keepUntil,
          asOf: parsed.asOf,
        },
        remedy: 'Remove the entry from the published register; keep the record.',
      }),
    );
  }
  return findings;
}
