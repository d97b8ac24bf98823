import * as z from 'zod';
import { fail, toSafe } from '../../_lib/fail.js';
import { type IsoDate, IsoDateSchema } from '../../core/IsoDate.js';
import type { SafeResult } from '../../core/SafeResult.js';
import type { RuleNotApplied } from '../registers/RuleNotApplied.js';
import {
  asLocalRules,
  asOverrides,
  chooseRule,
  compareText,
  frozen,
  LocalRuleSchema,
  notApplied,
  OverridesSchema,
  parseSubjectAndOptions,
  regimeChoice,
  runLocalRules,
  toFinding,
} from '../registers/ruleRuntime.js';
import type { CoiRule, Finding, RuleOptions } from '../rules/CoiRule.js';
import { PROCUREMENT_RULES } from '../rules/procurementRules.js';
import type { ActiveRule } from '../rules/selectRule.js';
import { type ProcurementDecision, ProcurementDecisionSchema } from './ProcurementDecision.js';

/**
 * An element DOMAIN rule 43 requires of each procurement decision on the register.
 *
 * @example
 * ```ts
 * import type { ProcurementElement } from 'co-commissioning';
 *
 * const element: ProcurementElement = 'managementActions';
 * ```
 * @category Conflicts of interest
 */
export type ProcurementElement =
  | 'decisionDetails'
  | 'decisionMakers'
  | 'conflictsSummary'
  | 'managementActions';

/**
 * What {@link checkProcurementRegister} passes to each local rule's check, besides the
 * register's entries.
 *
 * @example
 * ```ts
 * import type { ProcurementRuleContext } from 'co-commissioning';
 *
 * const context: ProcurementRuleContext = { asOf: '2017-07-01' };
 * ```
 * @category Conflicts of interest
 */
export interface ProcurementRuleContext {
  /** The date of the check. */
  readonly asOf: IsoDate;
}

/**
 * Options for {@link checkProcurementRegister}.
 *
 * @example
 * ```ts
 * import type { CheckProcurementRegisterOptions } from 'co-commissioning';
 *
 * const options: CheckProcurementRegisterOptions = {
 *   asOf: '2017-07-01',
 *   overrides: { 'COI-PROCUREMENT-REGISTER': { severity: 'warning' } },
 * };
 * ```
 * @category Conflicts of interest
 */
export type CheckProcurementRegisterOptions = RuleOptions<
  readonly ProcurementDecision[],
  ProcurementRuleContext
>;

/**
 * What {@link checkProcurementRegister} found.
 *
 * @example
 * ```ts
 * import type { ProcurementRegisterCheck } from 'co-commissioning';
 *
 * const clean: ProcurementRegisterCheck = { compliant: true, findings: [], checkedIds: ['pd-1'], notApplied: [] };
 * ```
 * @category Conflicts of interest
 */
export interface ProcurementRegisterCheck {
  /** `true` when no finding is a `breach`. */
  readonly compliant: boolean;
  /** One finding per missing element per decision, then local rules' findings. */
  readonly findings: readonly Finding[];
  /** The decisions checked (decided on or before `asOf`), by date then ID. */
  readonly checkedIds: readonly string[];
  /** Built-in rules not applied, and why. */
  readonly notApplied: readonly RuleNotApplied[];
}

const OptionsSchema = z
  .object(
    {
      asOf: IsoDateSchema,
      overrides: OverridesSchema.optional(),
      localRules: z.array(LocalRuleSchema, { error: 'Give the local rules as a list.' }).optional(),
    },
    { error: 'Give the options as an object with at least asOf, such as { asOf: "2017-07-01" }.' },
  )
  .strict();

const EntriesSchema = z.array(ProcurementDecisionSchema, {
  error: 'Give the register of procurement decisions as a list (empty if none).',
});

const ELEMENTS: readonly { readonly element: ProcurementElement; readonly words: string }[] = [
  { element: 'decisionDetails', words: 'the details of the decision' },
  { element: 'decisionMakers', words: 'who was involved in making it' },
  { element: 'conflictsSummary', words: 'a summary of any conflicts of interest' },
  { element: 'managementActions', words: 'how the conflicts were managed' },
];

/**
 * Checks a register of procurement decisions (DOMAIN COI-PROCUREMENT-REGISTER, rule 43;
 * CHK-PROC-REGISTER): each decision made on or before `asOf` must record the details of the
 * decision, who was involved in making it (at least one named decision-maker), a summary of
 * any conflicts of interest, and how they were managed. Text that is empty or only spaces
 * counts as missing. "None declared" and "Not applicable" are proper entries: the rule
 * requires each element to be recorded, and the library checks that it is, not what it says.
 * Decisions dated after `asOf` are not checked.
 *
 * @param entries - The register of procurement decisions.
 * @param options - The date of the check, overrides and local rules.
 * @returns Whether the register is compliant, one finding per missing element, the decisions
 * checked and any rule not applied, deeply frozen.
 * @throws {@link CoCommissioningError} `invalid_input` for malformed entries or options, or
 * two decisions with the same ID.
 *
 * @example
 * ```ts
 * import { checkProcurementRegister } from 'co-commissioning';
 *
 * const check = checkProcurementRegister(
 *   [
 *     {
 *       id: 'pd-1', decidedOn: '2016-05-12', decisionDetails: 'Anticoagulation monitoring LES for 2016/17',
 *       decisionMakers: [{ name: 'Lay chair' }], conflictsSummary: 'GP members’ practices may provide it',
 *     },
 *   ],
 *   { asOf: '2016-06-30' },
 * );
 * check.compliant; //=> false
 * check.findings.map(({ evidence: { element } }) => element); //=> ['managementActions']
 * ```
 * @category Conflicts of interest
 */
export function checkProcurementRegister(
  entries: readonly ProcurementDecision[],
  options: CheckProcurementRegisterOptions,
): ProcurementRegisterCheck {
  const [parsedEntries, parsed] = parseSubjectAndOptions(
    EntriesSchema,
    entries,
    'entries',
    OptionsSchema,
    options,
  );
  checkIds(parsedEntries);
  const overrides = asOverrides(parsed.overrides);
  const choice = regimeChoice(undefined, undefined);
  const checked = parsedEntries
    .filter((entry) => entry.decidedOn <= parsed.asOf)
    .sort((a, b) => compareText(a.decidedOn, b.decidedOn) || compareText(a.id, b.id));

  const findings: Finding[] = [];
  const skipped: RuleNotApplied[] = [];
  for (const rule of PROCUREMENT_RULES as readonly CoiRule[]) {
    const chosen = chooseRule(rule, parsed.asOf, choice, overrides);
    if (typeof chosen === 'string') skipped.push(notApplied(rule, chosen, parsed.asOf));
    else for (const entry of checked) findings.push(...missingElements(chosen, entry));
  }
  findings.push(
    ...runLocalRules(
      asLocalRules<readonly ProcurementDecision[], ProcurementRuleContext>(parsed.localRules),
      parsedEntries,
      { asOf: parsed.asOf },
      parsed.asOf,
      overrides,
    ),
  );
  return frozen({
    compliant: !findings.some((finding) => finding.severity === 'breach'),
    findings,
    checkedIds: checked.map((entry) => entry.id),
    notApplied: skipped,
  });
}

/**
 * The safe door of {@link checkProcurementRegister}: the same check, or the issues, never a
 * throw.
 *
 * @param entries - The register of procurement decisions (unvalidated input is fine).
 * @param options - As for {@link checkProcurementRegister}.
 * @returns `{ success: true, data }` with the check, or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeCheckProcurementRegister } from 'co-commissioning';
 *
 * safeCheckProcurementRegister([{ id: 'pd-1' }], { asOf: '2017-07-01' }).success; //=> false
 * ```
 * @category Conflicts of interest
 */
export function safeCheckProcurementRegister(
  entries: unknown,
  options: unknown,
): SafeResult<ProcurementRegisterCheck> {
  return toSafe(() =>
    checkProcurementRegister(
      entries as readonly ProcurementDecision[],
      options as CheckProcurementRegisterOptions,
    ),
  );
}

function checkIds(entries: readonly ProcurementDecision[]): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) {
      fail({
        code: 'invalid_input',
        message: `Procurement decision ID "${entry.id}" appears more than once in the register: give each decision its own ID.`,
        path: ['entries', index, 'id'],
        expected: 'unique procurement decision IDs',
        received: `a repeated ID "${entry.id}"`,
      });
    }
    seen.add(entry.id);
  });
}

const blank = (text: string | undefined) => text === undefined || text.trim() === '';

function isMissing(entry: ProcurementDecision, element: ProcurementElement): boolean {
  if (element === 'decisionMakers') {
    const makers = entry.decisionMakers ?? [];
    return makers.length === 0 || makers.some((maker) => blank(maker.name));
  }
  return blank(entry[element]);
}

function missingElements(active: ActiveRule, entry: ProcurementDecision): Finding[] {
  const label = entry.title === undefined ? entry.id : `${entry.id} (${entry.title})`;
  return ELEMENTS.filter(({ element }) => isMissing(entry, element)).map(({ element, words }) =>
    toFinding(active, {
      message:
        element === 'decisionMakers' && (entry.decisionMakers ?? []).length > 0
          ? `Procurement decision ${label} of ${entry.decidedOn} lists a decision-maker without a name: the register must record who was involved in making it.`
          : `Procurement decision ${label} of ${entry.decidedOn} does not record ${words}.`,
      subjectIds: [entry.id],
      evidence: { decisionId: entry.id, decidedOn: entry.decidedOn, element },
      remedy: `Record ${words} on the register of procurement decisions.`,
    }),
  );
}
