import type { Citation } from '../../core/citation.js';
import type { IsoDate } from '../../core/IsoDate.js';
import type { ReasonValue } from '../../core/Reason.js';

/**
 * How serious a finding is: a `breach` of a rule the sources state as a requirement, a
 * `warning` of a likely problem, or `advice` that a recommendation is not followed.
 *
 * @example
 * ```ts
 * import type { Severity } from 'co-commissioning';
 *
 * const severity: Severity = 'breach';
 * ```
 * @category Conflicts of interest
 */
export type Severity = 'breach' | 'warning' | 'advice';

/**
 * How sure the library is of a rule, as DOMAIN.md tags it: `V` verified in the source named,
 * `S` secondary (seen in a summary or a CCG policy quoting the guidance), `I` inferred, `U`
 * unverified. Rules tagged `S`, `I` or `U` default to `warning` or `advice` and can be turned
 * off or re-graded.
 *
 * @example
 * ```ts
 * import type { Confidence } from 'co-commissioning';
 *
 * const confidence: Confidence = 'V';
 * ```
 * @category Conflicts of interest
 */
export type Confidence = 'V' | 'S' | 'I' | 'U';

/**
 * What a rule examines: a committee's make-up, a meeting's agenda item, a gift or hospitality
 * offer, a register of interests, or the register of procurement decisions.
 *
 * @example
 * ```ts
 * import type { RuleSubject } from 'co-commissioning';
 *
 * const subject: RuleSubject = 'committee';
 * ```
 * @category Conflicts of interest
 */
export type RuleSubject = 'committee' | 'meeting' | 'gift' | 'register' | 'procurement';

/**
 * The dates a rule is in force, both inclusive. `to` is absent while the rule still stands.
 *
 * @example
 * ```ts
 * import type { InForce } from 'co-commissioning';
 *
 * const regime2016: InForce = { from: '2016-06-28', to: '2017-06-15' };
 * ```
 * @category Conflicts of interest
 */
export interface InForce {
  /** The first day the rule applies. */
  readonly from: IsoDate;
  /** The last day the rule applies, when it has been replaced. */
  readonly to?: IsoDate;
}

/**
 * One conflict-of-interest rule as data: its DOMAIN.md ID, a plain title, its default
 * severity, how sure the library is of it, where it comes from and when it is in force.
 *
 * @example
 * ```ts
 * import type { CoiRule } from 'co-commissioning';
 *
 * const layViceChair: CoiRule = {
 *   id: 'LOCAL-PCCC-LAY-VICE-CHAIR',
 *   title: 'The PCCC vice-chair is a lay member',
 *   description: 'Our terms of reference require a lay vice-chair.',
 *   subject: 'committee',
 *   severity: 'breach',
 *   confidence: 'V',
 *   sources: [{ document: 'Our PCCC terms of reference', section: '4.2' }],
 *   inForce: { from: '2016-04-01' },
 * };
 * ```
 * @category Conflicts of interest
 */
export interface CoiRule {
  /** The rule's ID: a DOMAIN.md ID for built-in rules; any unique text for local rules. */
  readonly id: string;
  /** A plain one-line title. */
  readonly title: string;
  /** What the rule requires, in a sentence or two. */
  readonly description: string;
  /** What the rule examines. */
  readonly subject: RuleSubject;
  /** The severity of a finding when the rule is not met, unless overridden. */
  readonly severity: Severity;
  /** The DOMAIN.md confidence tag. */
  readonly confidence: Confidence;
  /** Where the rule comes from. */
  readonly sources: readonly Citation[];
  /** When the rule is in force. */
  readonly inForce: InForce;
}

/**
 * One finding of a rule check: which rule, how serious, what was found, about whom, the
 * source, and the evidence (the values the rule looked at).
 *
 * @example
 * ```ts
 * import type { Finding } from 'co-commissioning';
 *
 * const finding: Finding = {
 *   ruleId: 'COI-PCCC-LAY-CHAIR',
 *   severity: 'warning',
 *   message: 'The chair, Dr A Patel, is a CCG GP, not a lay member.',
 *   subjectIds: ['p-patel'],
 *   source: { document: 'DOMAIN.md', domainId: 'COI-PCCC-LAY-CHAIR' },
 *   evidence: { chairRole: 'ccg-gp' },
 * };
 * ```
 * @category Conflicts of interest
 */
export interface Finding {
  /** The rule that produced the finding. */
  readonly ruleId: string;
  /** How serious it is, after any override. */
  readonly severity: Severity;
  /** What was found, in words a governance lead can act on. */
  readonly message: string;
  /** The people, items, offers or declarations the finding is about. */
  readonly subjectIds: readonly string[];
  /** The rule's main source. */
  readonly source: Citation;
  /** The values the rule looked at. */
  readonly evidence: Readonly<Record<string, ReasonValue>>;
  /** What would put it right, where the library can say. */
  readonly remedy?: string;
}

/**
 * A user's adjustment of one built-in rule: turn it off, or change its severity (for example
 * make an `advice` rule a `breach` because the CCG's constitution requires it).
 *
 * @example
 * ```ts
 * import type { RuleOverride } from 'co-commissioning';
 *
 * const strictLmcSeat: RuleOverride = { severity: 'breach' };
 * ```
 * @category Conflicts of interest
 */
export interface RuleOverride {
  /** `false` turns the rule off. */
  readonly enabled?: boolean;
  /** The severity to report instead of the rule's default. */
  readonly severity?: Severity;
}

/**
 * A rule the user adds without forking: its metadata plus a check over the subject. The check
 * returns the findings' message, subjects and evidence; the library fills in the rule ID,
 * severity and source.
 *
 * @typeParam S - What the rule examines (a committee, an offer, ...).
 * @typeParam C - The context the check receives (the `asOf` date and the like).
 * @example
 * ```ts
 * import type { LocalRule } from 'co-commissioning';
 *
 * type Panel = { readonly viceChairRole: string };
 * const layViceChair: LocalRule<Panel, { readonly asOf: string }> = {
 *   id: 'LOCAL-LAY-VICE-CHAIR',
 *   title: 'The vice-chair is a lay member',
 *   description: 'Our terms of reference require a lay vice-chair.',
 *   subject: 'committee',
 *   severity: 'breach',
 *   confidence: 'V',
 *   sources: [{ document: 'Our PCCC terms of reference', section: '4.2' }],
 *   inForce: { from: '2016-04-01' },
 *   check: (panel) =>
 *     panel.viceChairRole === 'lay'
 *       ? []
 *       : [{ message: 'The vice-chair is not lay.', subjectIds: [], evidence: { role: panel.viceChairRole } }],
 * };
 * ```
 * @category Conflicts of interest
 */
export interface LocalRule<S, C> extends CoiRule {
  /** Returns one draft per problem found; an empty list when the rule is met. */
  readonly check: (subject: S, context: C) => readonly FindingDraft[];
}

/**
 * What a {@link LocalRule}'s check returns for each problem it finds.
 *
 * @example
 * ```ts
 * import type { FindingDraft } from 'co-commissioning';
 *
 * const draft: FindingDraft = { message: 'No lay vice-chair.', subjectIds: [], evidence: {} };
 * ```
 * @category Conflicts of interest
 */
export interface FindingDraft {
  /** What was found. */
  readonly message: string;
  /** Whom or what it concerns. */
  readonly subjectIds: readonly string[];
  /** The values looked at. */
  readonly evidence: Readonly<Record<string, ReasonValue>>;
  /** What would put it right. */
  readonly remedy?: string;
}

/**
 * The options every conflict-of-interest check takes to choose its rules: the date whose
 * guidance applies, per-rule overrides, and local rules.
 *
 * @typeParam S - What the local rules examine.
 * @typeParam C - The context local rules receive.
 * @example
 * ```ts
 * import type { RuleOptions } from 'co-commissioning';
 *
 * const options: RuleOptions<unknown, unknown> = {
 *   asOf: '2017-07-01',
 *   overrides: { 'COI-PCCC-LMC-SEAT': { enabled: false } },
 * };
 * ```
 * @category Conflicts of interest
 */
export interface RuleOptions<S, C> {
  /** The date whose guidance applies: rules not in force on this date are not applied. */
  readonly asOf: IsoDate;
  /** Adjustments to built-in rules, by rule ID. */
  readonly overrides?: Readonly<Record<string, RuleOverride>>;
  /** Rules of the user's own, applied after the built-in ones. */
  readonly localRules?: readonly LocalRule<S, C>[];
}
