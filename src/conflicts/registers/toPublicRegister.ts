import { toSafe } from '../../_lib/fail.js';
import type { IsoDate } from '../../core/IsoDate.js';
import type { Reason } from '../../core/Reason.js';
import type { SafeResult } from '../../core/SafeResult.js';
import { type Declaration, type Register, RegisterSchema } from '../Register.js';
import type { CoiRule, RuleOverride } from '../rules/CoiRule.js';
import { REGISTER_RULES } from '../rules/registerRules.js';
import type { ActiveRule } from '../rules/selectRule.js';
import type { GuidanceRegime, Regime2017Start } from './guidanceRegimeOn.js';
import { type PublicationContext, publicationOf, RETENTION_MONTHS } from './publication.js';
import { checkDeclarationIds, RegisterCheckOptionsSchema } from './registerInput.js';
import {
  asOverrides,
  chooseRule,
  compareText,
  frozen,
  notAppliedMessage,
  parseSubjectAndOptions,
  regimeChoice,
  regimeFor,
  ruleDate,
  shiftRule,
} from './ruleRuntime.js';

/**
 * Options for {@link toPublicRegister}.
 *
 * @example
 * ```ts
 * import type { ToPublicRegisterOptions } from 'co-commissioning';
 *
 * const options: ToPublicRegisterOptions = { asOf: '2018-01-31', decisionMakerIds: ['p-okafor'] };
 * ```
 * @category Conflicts of interest
 */
export interface ToPublicRegisterOptions {
  /** The date of publication. */
  readonly asOf: IsoDate;
  /** The decision-making staff: from the 2017 regime only their entries are published. The sources do not define "decision-making staff" (DOMAIN Q12): list whom your CCG counts. */
  readonly decisionMakerIds?: readonly string[];
  /** Adjustments to built-in rules, by rule ID (for example turn COI-REGISTER-RETENTION off). */
  readonly overrides?: Readonly<Record<string, RuleOverride>>;
  /** The day the 2017 rules start: `'2017-06-16'` (default) or `'2017-06-01'`. */
  readonly regime2017From?: Regime2017Start;
  /** Apply this regime's rules whatever the date; default: the regime in force on `asOf`. */
  readonly regime?: GuidanceRegime;
}

/**
 * One entry of the published register: the declaration without its consent flag, and, for an
 * interest that has ended, the last day it stays published.
 *
 * @example
 * ```ts
 * import type { PublicRegisterEntry } from 'co-commissioning';
 *
 * const entry: PublicRegisterEntry = {
 *   id: 'd-2', personId: 'p-okafor', type: 'financial', description: 'Shareholder, Fenland GP Federation',
 *   arisesOn: '2016-04-01', declaredOn: '2016-04-12', endsOn: '2017-09-30', onRegisterUntil: '2018-03-30',
 * };
 * ```
 * @category Conflicts of interest
 */
export type PublicRegisterEntry = Omit<Declaration, 'consentToPublish'> & {
  /** For an ended interest: the last day it stays on the published register (6 months after it ends). */
  readonly onRegisterUntil?: IsoDate;
};

/**
 * Why an entry is left off the published register:
 *
 * - `not-yet-declared`: declared after the publication date.
 * - `retention-period-over`: the interest ended more than 6 months before (COI-REGISTER-RETENTION).
 * - `not-decision-making-staff`: from the 2017 regime, the person is not in `decisionMakerIds` (COI-REGISTER-2017).
 * - `decision-making-staff-unknown`: from the 2017 regime, no `decisionMakerIds` were given, so the library cannot tell who may be published.
 * - `consent-refused`: the person refused consent to publish (`consentToPublish: false`, COI-REGISTER-FIELDS).
 *
 * @example
 * ```ts
 * import type { WithheldReason } from 'co-commissioning';
 *
 * const reason: WithheldReason = 'consent-refused';
 * ```
 * @category Conflicts of interest
 */
export type WithheldReason =
  | 'not-yet-declared'
  | 'retention-period-over'
  | 'not-decision-making-staff'
  | 'decision-making-staff-unknown'
  | 'consent-refused';

/**
 * A declaration left off the published register, and why.
 *
 * @example
 * ```ts
 * import type { WithheldEntry } from 'co-commissioning';
 *
 * const withheld: WithheldEntry = {
 *   declarationId: 'd-9', personId: 'p-admin', reason: 'not-decision-making-staff',
 *   ruleId: 'COI-REGISTER-2017', message: 'p-admin is not among the decision-making staff.',
 * };
 * ```
 * @category Conflicts of interest
 */
export interface WithheldEntry {
  /** The declaration left off. */
  readonly declarationId: string;
  /** Whose it is. */
  readonly personId: string;
  /** Why. */
  readonly reason: WithheldReason;
  /** The rule behind the reason. */
  readonly ruleId: string;
  /** A sentence saying so. */
  readonly message: string;
}

/**
 * The register of interests as it should be published on a date.
 *
 * @example
 * ```ts
 * import type { PublicRegister } from 'co-commissioning';
 *
 * const empty: PublicRegister = { asOf: '2017-07-01', regime: '2017', entries: [], withheld: [], reasons: [] };
 * ```
 * @category Conflicts of interest
 */
export interface PublicRegister {
  /** The date of publication. */
  readonly asOf: IsoDate;
  /** The guidance regime applied. */
  readonly regime: GuidanceRegime;
  /** The entries to publish, sorted by person, then the date the interest arose, then ID. */
  readonly entries: readonly PublicRegisterEntry[];
  /** The declarations left off, in the same order. */
  readonly withheld: readonly WithheldEntry[];
  /** The publication rules applied, each with its source. */
  readonly reasons: readonly Reason[];
}

/**
 * Builds the published register of interests from the full register, on a date, under the
 * guidance in force then. The redaction rules, in the order applied:
 *
 * 1. Only declarations made on or before `asOf` are published.
 * 2. COI-REGISTER-RETENTION ([S], from 28 June 2016): an ended interest stays published up to
 *    and including the day 6 calendar months after `endsOn` (ended 31 August → published until
 *    the last day of February); from the next day it is withheld. The record itself is kept
 *    for at least 6 years. Before the rule is in force, or when turned off, ended interests
 *    stay published: no rule in the sources removes them.
 * 3. COI-REGISTER-2017 ([V], from the 2017 regime): only decision-making staff
 *    (`decisionMakerIds`) are published. Without that list nothing is published and every entry
 *    is withheld as `decision-making-staff-unknown`, so the library never publishes someone by
 *    guesswork. Before 2017 every member's, governing body and committee member's and
 *    employee's entry is published (s.14O: registers published or made accessible).
 * 4. COI-REGISTER-FIELDS ([V]): an entry whose holder refused consent
 *    (`consentToPublish: false`) is withheld; the register should record the reason (rule 32),
 *    which the declaration's fields do not hold. A missing consent flag does not withhold.
 *    Turning the rule off does not publish such an entry: the refusal is the holder's.
 *
 * @param register - The full register of interests.
 * @param options - The publication date, the decision-making staff, overrides and the June
 * 2017 date.
 * @returns The entries to publish, the entries withheld with their reasons, and the rules
 * applied, deeply frozen.
 * @throws {@link CoCommissioningError} `invalid_input` for a malformed register or options,
 * or two declarations with the same ID.
 *
 * @example
 * ```ts
 * import { type Register, toPublicRegister } from 'co-commissioning';
 *
 * const register: Register = {
 *   declarations: [
 *     {
 *       id: 'd-1', personId: 'p-okafor', type: 'financial', description: 'GP partner, Riverside Surgery',
 *       arisesOn: '2015-04-01', declaredOn: '2015-04-10',
 *     },
 *     {
 *       id: 'd-2', personId: 'p-admin', type: 'indirect', description: 'Spouse works for Acme Diagnostics',
 *       arisesOn: '2016-01-01', declaredOn: '2016-01-05',
 *     },
 *   ],
 * };
 * const published = toPublicRegister(register, { asOf: '2017-07-01', decisionMakerIds: ['p-okafor'] });
 * published.entries.map((entry) => entry.id); //=> ['d-1']
 * published.withheld.map((entry) => entry.reason); //=> ['not-decision-making-staff']
 * ```
 * @category Conflicts of interest
 */
export function toPublicRegister(
  register: Register,
  options: ToPublicRegisterOptions,
): PublicRegister {
  const [parsedRegister, parsed] = parseSubjectAndOptions(
    RegisterSchema,
    register,
    'register',
    RegisterCheckOptionsSchema.omit({ localRules: true, joinedOn: true }),
    options,
  );
  checkDeclarationIds(parsedRegister);
  const overrides = asOverrides(parsed.overrides);
  const choice = regimeChoice(parsed.regime2017From, parsed.regime);
  const regime = regimeFor(parsed.asOf, choice);
  const date = ruleDate(parsed.asOf, choice);

  const rules = new Map((REGISTER_RULES as readonly CoiRule[]).map((rule) => [rule.id, rule]));
  const choose = (id: string) => {
    const rule = rules.get(id) as CoiRule;
    // The rule as moved by regime2017From, so its words give the dates it is read with.
    const shifted = shiftRule(rule, choice.regime2017From);
    return { rule: shifted, chosen: chooseRule(rule, parsed.asOf, choice, overrides) };
  };
  const retention = choose('COI-REGISTER-RETENTION');
  const publish2017 = choose('COI-REGISTER-2017');
  const fields = choose('COI-REGISTER-FIELDS');
  const activeOrNone = (chosen: ActiveRule | string) =>
    typeof chosen === 'string' ? undefined : chosen;
  const context: PublicationContext = {
    asOf: parsed.asOf,
    retention: activeOrNone(retention.chosen),
    decisionMakingOnly: activeOrNone(publish2017.chosen),
    decisionMakers:
      parsed.decisionMakerIds === undefined ? undefined : new Set(parsed.decisionMakerIds),
  };

  const sorted = [...parsedRegister.declarations].sort(
    (a, b) =>
      compareText(a.personId, b.personId) ||
      compareText(a.arisesOn, b.arisesOn) ||
      compareText(a.id, b.id),
  );
  const entries: PublicRegisterEntry[] = [];
  const withheld: WithheldEntry[] = [];
  for (const declaration of sorted) {
    const publication = publicationOf(declaration, context);
    if (publication.published) {
      const { consentToPublish: _consent, ...entry } = declaration;
      entries.push(
        publication.until === undefined ? entry : { ...entry, onRegisterUntil: publication.until },
      );
    } else {
      withheld.push({
        declarationId: declaration.id,
        personId: declaration.personId,
        reason: publication.reason,
        ruleId: publication.ruleId,
        message: withheldMessage(declaration, publication.reason, parsed.asOf),
      });
    }
  }

  const reasons: Reason[] = [
    retentionReason(retention.rule, retention.chosen, date),
    decisionMakingReason(publish2017.rule, publish2017.chosen, date, context.decisionMakers),
    consentReason(fields.rule, fields.chosen, date),
  ];
  return frozen({ asOf: parsed.asOf, regime, entries, withheld, reasons });
}

/**
 * The safe door of {@link toPublicRegister}: the same published register, or the issues,
 * never a throw.
 *
 * @param register - The full register of interests (unvalidated input is fine).
 * @param options - As for {@link toPublicRegister}.
 * @returns `{ success: true, data }` with the published register, or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeToPublicRegister } from 'co-commissioning';
 *
 * safeToPublicRegister({ declarations: [] }, { asOf: '2017-13-01' }).success; //=> false
 * ```
 * @category Conflicts of interest
 */
export function safeToPublicRegister(
  register: unknown,
  options: unknown,
): SafeResult<PublicRegister> {
  return toSafe(() => toPublicRegister(register as Register, options as ToPublicRegisterOptions));
}

function withheldMessage(declaration: Declaration, reason: WithheldReason, asOf: IsoDate): string {
  const who = `Declaration ${declaration.id} (${declaration.personId})`;
  switch (reason) {
    case 'not-yet-declared':
      return `${who} was declared on ${declaration.declaredOn}, after ${asOf}.`;
    case 'retention-period-over':
      return `${who} ended on ${declaration.endsOn}, more than ${RETENTION_MONTHS} months before ${asOf}.`;
    case 'not-decision-making-staff':
      return `${who}: ${declaration.personId} is not among the decision-making staff, and only their interests are published under the 2017 guidance.`;
    case 'decision-making-staff-unknown':
      return `${who}: no list of decision-making staff was given, and only their interests are published under the 2017 guidance.`;
    case 'consent-refused':
      return `${who}: ${declaration.personId} refused consent to publish.`;
  }
}

function ruleReason(
  rule: CoiRule,
  verdict: Reason['verdict'],
  message: string,
  extra: Partial<Pick<Reason, 'values' | 'missing' | 'remedy'>> = {},
): Reason {
  return {
    id: rule.id,
    verdict,
    message,
    sources: rule.sources.map((source) => ({ ...source })),
    ...extra,
  };
}

function retentionReason(rule: CoiRule, chosen: ActiveRule | string, date: IsoDate): Reason {
  if (typeof chosen === 'string') {
    return ruleReason(
      rule,
      'not-applicable',
      `${notAppliedMessage(rule, chosen as 'not-in-force' | 'turned-off', date)} Ended interests stay on the published register: no rule in the sources removes them.`,
    );
  }
  return ruleReason(
    rule,
    'pass',
    `An interest that has ended stays on the published register for ${RETENTION_MONTHS} months after it ends, then is removed; the record is kept for at least 6 years.`,
    { values: { months: RETENTION_MONTHS } },
  );
}

function decisionMakingReason(
  rule: CoiRule,
  chosen: ActiveRule | string,
  date: IsoDate,
  decisionMakers: ReadonlySet<string> | undefined,
): Reason {
  if (typeof chosen === 'string') {
    return ruleReason(
      rule,
      'not-applicable',
      `${notAppliedMessage(rule, chosen as 'not-in-force' | 'turned-off', date)} Every declaration on the register is published (s.14O: registers are published or made accessible).`,
    );
  }
  if (decisionMakers === undefined) {
    return ruleReason(
      rule,
      'unknown',
      'Only decision-making staff are published under the 2017 guidance, and no list of them was given: nothing is published.',
      {
        missing: ['decisionMakerIds'],
        remedy: 'Give the person IDs of your decision-making staff in decisionMakerIds.',
      },
    );
  }
  return ruleReason(
    rule,
    'pass',
    `Only decision-making staff are published under the 2017 guidance: ${decisionMakers.size} ${decisionMakers.size === 1 ? 'person is' : 'people are'} listed.`,
    { values: { decisionMakers: decisionMakers.size } },
  );
}

function consentReason(rule: CoiRule, chosen: ActiveRule | string, date: IsoDate): Reason {
  // A refusal of consent is the holder's, not a check the rule makes: entries stay withheld
  // even when the rule is turned off, and the reason says so.
  if (typeof chosen === 'string') {
    return ruleReason(
      rule,
      'not-applicable',
      `${notAppliedMessage(rule, chosen as 'not-in-force' | 'turned-off', date)} An entry whose holder refused consent to publish is still withheld: the library never publishes against a refusal.`,
    );
  }
  return ruleReason(
    rule,
    'pass',
    'An entry whose holder refused consent to publish is withheld; the register should record the reason.',
  );
}
