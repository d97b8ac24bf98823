import * as z from 'zod';
import { toSafe } from '../../_lib/fail.js';
import { parseWith } from '../../_lib/parseWith.js';
import type { Citation } from '../../core/citation.js';
import { type IsoDate, IsoDateSchema } from '../../core/IsoDate.js';
import type { ReasonValue, Verdict } from '../../core/Reason.js';
import type { SafeResult } from '../../core/SafeResult.js';
import { COI_RULES } from '../rules/COI_RULES.js';
import type { Finding, LocalRule, RuleOptions, Severity } from '../rules/CoiRule.js';
import {
  COMMITTEE_RULES,
  type CommitteeRule,
  type CommitteeRuleId,
} from '../rules/committeeRules.js';
import { selectRule } from '../rules/selectRule.js';
import {
  type Committee,
  type CommitteeKind,
  CommitteeKindSchema,
  type CommitteeMember,
} from './Committee.js';
import { isoDayNumber } from './internal/isoDateText.js';
import type { MemberTally } from './internal/memberTally.js';
import { parsedTally } from './internal/parsed.js';
import { joinWords, percentWords, ROLE_WORDS } from './internal/roleWords.js';
import {
  checkLocalRuleIds,
  checkRuleIds,
  localRuleSchema,
  OverridesSchema,
  type RuleOutcome,
  ruleApplication,
  runLocalRule,
  skippedApplication,
  sourceOf,
} from './internal/ruleOptions.js';
import { parseCommittee } from './parseCommittee.js';

/**
 * What a local committee rule's check receives besides the committee: the date whose guidance
 * applies.
 *
 * @example
 * ```ts
 * import type { CommitteeRuleContext } from 'co-commissioning';
 *
 * const context: CommitteeRuleContext = { asOf: '2017-07-01' };
 * ```
 * @category Conflicts of interest
 */
export interface CommitteeRuleContext {
  /** The date whose guidance applies. */
  readonly asOf: IsoDate;
}

/**
 * A rule of the user's own about a committee, run after the built-in rules: a
 * {@link LocalRule} over a {@link Committee}, optionally limited to some kinds of committee.
 *
 * @example
 * ```ts
 * import type { LocalCommitteeRule } from 'co-commissioning';
 *
 * const layViceChair: LocalCommitteeRule = {
 *   id: 'LOCAL-LAY-VICE-CHAIR',
 *   title: 'The vice-chair is a lay member',
 *   description: 'Our PCCC terms of reference require a lay vice-chair.',
 *   subject: 'committee',
 *   severity: 'breach',
 *   confidence: 'V',
 *   sources: [{ document: 'PCCC terms of reference', section: '4.2' }],
 *   inForce: { from: '2016-04-01' },
 *   appliesTo: ['pccc'],
 *   check: (committee) =>
 *     committee.members.some((m) => m.personId === committee.viceChairId && m.role === 'lay')
 *       ? []
 *       : [{ message: 'The vice-chair is not a lay member.', subjectIds: [committee.id], evidence: {} }],
 * };
 * ```
 * @category Conflicts of interest
 */
export interface LocalCommitteeRule extends LocalRule<Committee, CommitteeRuleContext> {
  /** The kinds of committee the rule applies to (default: every kind). */
  readonly appliesTo?: readonly CommitteeKind[];
}

/**
 * Options for {@link checkCommittee}.
 *
 * @example
 * ```ts
 * import type { CheckCommitteeOptions } from 'co-commissioning';
 *
 * const options: CheckCommitteeOptions = {
 *   asOf: '2017-07-01',
 *   overrides: { 'COI-PCCC-LAY-MAJORITY': { severity: 'breach' } },
 *   appliesTo: { 'COI-PCCC-CCG-GP-NO-VOTE': ['pccc', 'joint-committee'] },
 * };
 * ```
 * @category Conflicts of interest
 */
export interface CheckCommitteeOptions extends RuleOptions<Committee, CommitteeRuleContext> {
  /** The date whose guidance applies: rules not in force on this date are not applied. */
  readonly asOf: IsoDate;
  /** Rules of your own, run after the built-in rules. */
  readonly localRules?: readonly LocalCommitteeRule[];
  /** The kinds of committee a rule (built-in or local) applies to, replacing its `appliesTo`. */
  readonly appliesTo?: Readonly<Record<string, readonly CommitteeKind[]>>;
  /**
   * Whether NHS England members count as executive members for the lay-and-executive majority
   * (DOMAIN Part 3 Q11 leaves it open). Default: yes on a joint committee, where NHS England's
   * officers are the executive side of the joint decision (DOMAIN rule 25d); no on a PCCC and
   * elsewhere, where "executive" means the CCG's own officers (DOMAIN EXECUTIVE-DEF, rule 28).
   */
  readonly nhsEnglandCountsAsExecutive?: boolean;
}

/**
 * How one rule came out for a committee, so a paper can show everything that was checked:
 * `pass`, `fail` (with findings), `unknown` (the committee lacks the data, such as whether it
 * meets in public) or `not-applicable` with the reason it was skipped.
 *
 * @example
 * ```ts
 * import type { RuleApplication } from 'co-commissioning';
 *
 * const skipped: RuleApplication = {
 *   ruleId: 'COI-PCCC-LMC-SEAT', verdict: 'not-applicable', severity: 'advice', skipped: 'not-in-force',
 * };
 * ```
 * @category Conflicts of interest
 */
export interface RuleApplication {
  /** The rule's ID. */
  readonly ruleId: string;
  /** How the rule came out. */
  readonly verdict: Verdict;
  /** The severity its findings carry (after any override). */
  readonly severity: Severity;
  /**
   * Why the rule was not applied: not in force on `asOf`, turned off by an override, or not
   * applicable to this kind of committee.
   */
  readonly skipped?: 'not-in-force' | 'turned-off' | 'other-kind';
}

/**
 * What {@link checkCommittee} returns: whether the committee complies (no finding is a
 * `breach`), the findings, and every rule with how it came out.
 *
 * @example
 * ```ts
 * import type { CommitteeCheck } from 'co-commissioning';
 *
 * function summary(check: CommitteeCheck): string {
 *   return `${check.compliant ? 'Compliant' : 'Not compliant'}: ${check.findings.length} finding(s).`;
 * }
 * ```
 * @category Conflicts of interest
 */
export interface CommitteeCheck {
  /** The committee checked. */
  readonly committeeId: string;
  /** The date whose guidance was applied. */
  readonly asOf: IsoDate;
  /** `true` when no finding has severity `breach`. */
  readonly compliant: boolean;
  /** The findings, built-in rules first in catalogue order, then local rules. */
  readonly findings: readonly Finding[];
  /** Every built-in and local rule, in the same order, with how it came out. */
  readonly rulesApplied: readonly RuleApplication[];
}

const ALL_RULE_IDS: ReadonlySet<string> = new Set(COI_RULES.map((rule) => rule.id));

const CheckCommitteeOptionsSchema = z
  .object({
    asOf: IsoDateSchema,
    overrides: OverridesSchema.optional(),
    localRules: z
      .array(localRuleSchema('committee'), { error: 'List the local rules.' })
      .optional(),
    appliesTo: z
      .record(
        z.string(),
        z.array(CommitteeKindSchema, { error: 'List the committee kinds the rule applies to.' }),
        { error: 'Give appliesTo as an object keyed by rule ID.' },
      )
      .optional(),
    nhsEnglandCountsAsExecutive: z
      .boolean({
        error: 'Say whether NHS England members count as executive members (true or false).',
      })
      .optional(),
  })
  .strict();

/**
 * Checks a committee's make-up against the conflict-of-interest rules in force on a date: a lay
 * chair, a lay-and-executive majority of the votes (strict: exactly half is not a majority),
 * non-voting Healthwatch, Health and Wellbeing Board and local authority members, and the
 * recommendations on the CCG's own GPs, an LMC seat and meeting in public; for a governing body,
 * its statutory members (see {@link COMMITTEE_RULES} for each rule, its source, its dates and
 * the kinds of committee it applies to). Local rules run after the built-in rules.
 *
 * @param committee - The committee: its kind, chair and members with their roles and votes.
 * @param options - The date whose guidance applies, and any overrides, local rules and choices.
 * @returns A new, deeply frozen {@link CommitteeCheck}: each finding names the people concerned,
 * cites its rule's source, quotes its evidence (counts, and shares as exact ratios) and says
 * what would put it right.
 * @throws {@link CoCommissioningError} `invalid_input`, `invalid_iso_date` or `duplicate_id`
 * for a malformed committee or options; `unknown_rule_override` when an override names no rule;
 * `local_rule_failed` when a local rule's check throws or answers badly.
 *
 * @example
 * ```ts
 * import { checkCommittee } from 'co-commissioning';
 *
 * const check = checkCommittee(
 *   {
 *     id: 'pccc', name: 'Primary Care Commissioning Committee', kind: 'pccc', chairId: 'p-patel',
 *     members: [
 *       { personId: 'p-patel', name: 'Dr A Patel', role: 'ccg-gp', voting: true },
 *       { personId: 'p-hughes', name: 'Mrs R Hughes', role: 'lay', voting: true },
 *       { personId: 'p-grant', name: 'Ms L Grant', role: 'executive', voting: true },
 *     ],
 *   },
 *   { asOf: '2017-07-01' },
 * );
 * check.compliant; //=> false
 * check.findings[0]?.message; //=> 'The chair, Dr A Patel, is a CCG GP, not a lay member.'
 * ```
 * @category Conflicts of interest
 */
export function checkCommittee(
  committee: Committee,
  options: CheckCommitteeOptions,
): CommitteeCheck {
  const [parsed, tally] = validated(committee);
  const simple = simpleOptions(options);
  const day = simple === undefined ? Number.NaN : isoDayNumber(simple.asOf);
  if (simple !== undefined && !Number.isNaN(day)) return runChecks(parsed, tally, simple, day);
  const settings = parseOptions(options);
  return runChecks(parsed, tally, settings, isoDayNumber(settings.asOf));
}

/**
 * The safe door of {@link checkCommittee}: returns the check or the issues, never throws.
 *
 * @param committee - The committee to check.
 * @param options - The date whose guidance applies, and any overrides, local rules and choices.
 * @returns `{ success: true, data }` with the {@link CommitteeCheck}, or
 * `{ success: false, issues }` when the committee or options are malformed.
 *
 * @example
 * ```ts
 * import { safeCheckCommittee } from 'co-commissioning';
 *
 * const result = safeCheckCommittee(
 *   { id: 'pccc', name: 'PCCC', kind: 'pccc', chairId: 'p-1', members: [] },
 *   { asOf: '2017-02-30' },
 * );
 * result.success ? 'checked' : result.issues[0].path; //=> ['options', 'asOf']
 * ```
 * @category Conflicts of interest
 */
export function safeCheckCommittee(
  committee: Committee,
  options: CheckCommitteeOptions,
): SafeResult<CommitteeCheck> {
  return toSafe(() => checkCommittee(committee, options));
}

/**
 * The fast path of {@link checkCommittee} for a committee already validated by
 * {@link parseCommittee}: the same rules and result without validating the committee again, for
 * checking many committees (parse once, check many). The committee is recognised as one that
 * {@link parseCommittee} returned (a deeply frozen copy the library made itself); any other
 * committee, however it is typed, is validated first, as {@link checkCommittee} does, so
 * unvalidated data is never checked. Options other than `asOf` and
 * `nhsEnglandCountsAsExecutive` are validated on each call.
 *
 * @param committee - A committee returned by {@link parseCommittee}.
 * @param options - The date whose guidance applies, and any overrides, local rules and choices.
 * @returns A new, deeply frozen {@link CommitteeCheck}, as {@link checkCommittee} returns.
 * @throws {@link CoCommissioningError} as {@link checkCommittee}: `invalid_input` for a
 * malformed `asOf` or other options; `invalid_input` or `duplicate_id` for a committee that was
 * not validated and is malformed; `unknown_rule_override` for an override naming no rule;
 * `local_rule_failed` when a local rule's check throws or answers badly.
 *
 * @example
 * ```ts
 * import { checkParsedCommittee, parseCommittee } from 'co-commissioning';
 *
 * const committee = parseCommittee({
 *   id: 'pccc', name: 'PCCC', kind: 'pccc', chairId: 'p-hughes',
 *   members: [
 *     { personId: 'p-hughes', name: 'Mrs R Hughes', role: 'lay', voting: true },
 *     { personId: 'p-grant', name: 'Ms L Grant', role: 'executive', voting: true },
 *     { personId: 'p-lmc', name: 'Dr S Khan', role: 'lmc', voting: false },
 *   ],
 *   meetsInPublic: true,
 * });
 * checkParsedCommittee(committee, { asOf: '2017-07-01' }).findings.length; //=> 1
 * ```
 * @category Conflicts of interest
 */
export function checkParsedCommittee(
  committee: Committee,
  options: CheckCommitteeOptions,
): CommitteeCheck {
  // As checkCommittee, without validating a parsed committee again: the same issues, in the
  // same order (the committee's, then the options'), from either door.
  const [parsed, tally] = validated(committee);
  const simple = simpleOptions(options);
  const day = simple === undefined ? Number.NaN : isoDayNumber(simple.asOf);
  if (simple !== undefined && !Number.isNaN(day)) return runChecks(parsed, tally, simple, day);
  const settings = parseOptions(options);
  return runChecks(parsed, tally, settings, isoDayNumber(settings.asOf));
}

/** A committee parseCommittee returned, with its tally; any other committee is parsed first. */
function validated(committee: Committee): readonly [Committee, MemberTally] {
  const tally = parsedTally(committee);
  if (tally !== undefined) return [committee, tally];
  const parsed = parseCommittee(committee);
  return [parsed, parsedTally(parsed) as MemberTally];
}

/**
 * Options that are only `asOf` (and perhaps `nhsEnglandCountsAsExecutive`), read once by hand
 * into a new object (the caller checks the date); undefined for anything else, which the schema
 * then parses.
 */
function simpleOptions(options: unknown): CheckCommitteeOptions | undefined {
  try {
    if (typeof options !== 'object' || options === null || Array.isArray(options)) return undefined;
    const prototype = Object.getPrototypeOf(options);
    if (prototype !== Object.prototype && prototype !== null) return undefined;
    // Every own key, enumerable or not, as the schema reads each field it knows.
    const ownKeys = Reflect.ownKeys(options);
    const keys = ownKeys.length;
    for (const key of ownKeys)
      if (key !== 'asOf' && key !== 'nhsEnglandCountsAsExecutive') return undefined;
    const { asOf, nhsEnglandCountsAsExecutive } = options as Record<string, unknown>;
    if (typeof asOf !== 'string') return undefined;
    if (nhsEnglandCountsAsExecutive === undefined) return keys === 1 ? { asOf } : undefined;
    if (typeof nhsEnglandCountsAsExecutive !== 'boolean' || keys !== 2) return undefined;
    return { asOf, nhsEnglandCountsAsExecutive };
  } catch {
    return undefined;
  }
}

/** Validates options with the schema, then checks that every rule ID they name exists. */
function parseOptions(options: unknown): CheckCommitteeOptions {
  // The schema types a local rule's check loosely (any function); it is the caller's own.
  const settings = parseWith(CheckCommitteeOptionsSchema, options, [
    'options',
  ]) as unknown as CheckCommitteeOptions;
  const localRules = settings.localRules ?? [];
  checkLocalRuleIds(localRules, ALL_RULE_IDS, ['options', 'localRules']);
  const known = new Set([...ALL_RULE_IDS, ...localRules.map((rule) => rule.id)]);
  checkRuleIds(Object.keys(settings.overrides ?? {}), known, ['options', 'overrides']);
  checkRuleIds(Object.keys(settings.appliesTo ?? {}), known, ['options', 'appliesTo']);
  return settings;
}

/** The column of a severity in {@link RECORDS}. */
function column(severity: Severity): number {
  return severity === 'breach' ? 0 : severity === 'warning' ? 1 : 2;
}

/** One bit per kind of committee, so a rule's kinds are one number. */
const KIND_BITS: Readonly<Record<CommitteeKind, number>> = Object.freeze({
  pccc: 1,
  'joint-committee': 2,
  'governing-body': 4,
  other: 8,
});

/** Runs every rule on a validated committee with validated options. */
function runChecks(
  committee: Committee,
  tally: MemberTally,
  options: CheckCommitteeOptions,
  day: number,
): CommitteeCheck {
  // asOf is a valid date here (checked by hand, by the options schema, or by toCivil), and day
  // is its day number.
  const { asOf, overrides, appliesTo } = options;
  const localRules = options.localRules ?? NO_LOCAL_RULES;
  const findings: Finding[] = [];
  const rulesApplied = new Array<RuleApplication>(COMMITTEE_RULES.length + localRules.length);
  const sink = new Sink(
    findings,
    options.nhsEnglandCountsAsExecutive ?? committee.kind === 'joint-committee',
  );
  let compliant = true;

  const kind = KIND_BITS[committee.kind];

  for (let index = 0; index < COMMITTEE_RULES.length; index += 1) {
    const rule = COMMITTEE_RULES[index] as CommitteeRule;
    const records = RECORDS[index] as readonly RuleApplication[];
    // As selectRule chooses, without allocating: in force on asOf (compared as day numbers), not
    // turned off, severity overridden.
    const inForce = day >= (FROM_DAYS[index] as number) && day <= (TO_DAYS[index] as number);
    const override =
      overrides !== undefined && Object.hasOwn(overrides, rule.id) ? overrides[rule.id] : undefined;
    if (!inForce || override?.enabled === false) {
      const severity = overrides?.[rule.id]?.severity ?? rule.severity;
      rulesApplied[index] = records[
        (inForce ? TURNED_OFF : NOT_IN_FORCE) + column(severity)
      ] as RuleApplication;
      continue;
    }
    const severity = override?.severity ?? rule.severity;
    const offset = column(severity);
    const kinds = appliesTo?.[rule.id];
    if (
      kinds === undefined
        ? ((KIND_MASKS[index] as number) & kind) === 0
        : !kinds.includes(committee.kind)
    ) {
      rulesApplied[index] = records[OTHER_KIND + offset] as RuleApplication;
      continue;
    }
    const before = findings.length;
    sink.ruleId = rule.id;
    sink.severity = severity;
    sink.source = SOURCES[index] as Citation;
    const outcome = evaluateRule(rule.id as CommitteeRuleId, tally, committee, sink);
    if (outcome === 'unknown' || findings.length === before) {
      rulesApplied[index] = records[
        (outcome === 'unknown' ? UNKNOWN : PASS) + offset
      ] as RuleApplication;
      continue;
    }
    if (severity === 'breach') compliant = false;
    rulesApplied[index] = records[FAIL + offset] as RuleApplication;
  }

  for (let local = 0; local < localRules.length; local += 1) {
    const rule = localRules[local] as LocalCommitteeRule;
    const at = COMMITTEE_RULES.length + local;
    const active = selectRule(rule, asOf, overrides);
    if (active === undefined) {
      rulesApplied[at] = skippedApplication(rule, asOf, overrides);
      continue;
    }
    const kinds = appliesTo?.[rule.id] ?? rule.appliesTo;
    if (kinds !== undefined && !kinds.includes(committee.kind)) {
      rulesApplied[at] = ruleApplication(rule.id, 'other-kind', active.severity);
      continue;
    }
    const found = runLocalRule(rule, active.severity, committee, Object.freeze({ asOf }));
    findings.push(...found);
    if (found.length > 0 && active.severity === 'breach') compliant = false;
    rulesApplied[at] = ruleApplication(
      rule.id,
      found.length > 0 ? 'fail' : 'pass',
      active.severity,
    );
  }

  return Object.freeze({
    committeeId: committee.id,
    asOf,
    compliant,
    findings: findings.length === 0 ? NO_FINDINGS : Object.freeze(findings),
    rulesApplied: Object.freeze(rulesApplied),
  });
}

const OUTCOMES: readonly RuleOutcome[] = [
  'pass',
  'fail',
  'unknown',
  'not-in-force',
  'turned-off',
  'other-kind',
];
const SEVERITIES: readonly Severity[] = ['breach', 'warning', 'advice'];

/** Every record a built-in rule can produce, built once: checking allocates none of them. */
const RECORDS: readonly (readonly RuleApplication[])[] = COMMITTEE_RULES.map((rule) =>
  Object.freeze(
    OUTCOMES.flatMap((outcome) =>
      SEVERITIES.map((severity) => ruleApplication(rule.id, outcome, severity)),
    ),
  ),
);
const [PASS, FAIL, UNKNOWN, NOT_IN_FORCE, TURNED_OFF, OTHER_KIND] = OUTCOMES.map(
  (_, index) => index * 3,
) as [number, number, number, number, number, number];
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
const NO_LOCAL_RULES: readonly LocalCommitteeRule[] = Object.freeze([]);

/**
 * Where a rule's evaluator puts its findings: one per check, pointed at each rule in turn.
 * Each finding is built frozen, from frozen shared pieces (the rule's source, constant evidence)
 * where it can be, with the same fields in the same order as `makeFinding` gives.
 */
class Sink {
  ruleId = '';
  severity: Severity = 'breach';
  source: Citation = NO_SOURCE;
  constructor(
    readonly findings: Finding[],
    readonly nhsEnglandIsExecutive: boolean,
  ) {}

  /** Adds a finding; its subjects and evidence must be frozen already (shared or new). */
  add(
    message: string,
    subjectIds: readonly string[],
    evidence: Readonly<Record<string, ReasonValue>>,
    remedy: string,
  ): void {
    this.findings.push(
      Object.freeze({
        ruleId: this.ruleId,
        severity: this.severity,
        message,
        subjectIds,
        source: this.source,
        evidence,
        remedy,
      }),
    );
  }
}

/** Adds the rule's findings to the sink; returns 'unknown' when the committee lacks the data. */
type Evaluator = (tally: MemberTally, committee: Committee, sink: Sink) => 'unknown' | undefined;

const NO_SOURCE: Citation = Object.freeze({ document: '' });
const HALF = Object.freeze({ numerator: 1, denominator: 2 });
const NO_LMC = Object.freeze({ lmcMembers: 0 });
const NOT_IN_PUBLIC = Object.freeze({ meetsInPublic: false });

function share(part: number, whole: number) {
  return whole > 0 ? Object.freeze({ numerator: part, denominator: whole }) : null;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The fewest extra votes for a group that make it more than half of all votes. */
function votesToMajority(group: number, voting: number): number {
  return Math.max(0, voting - 2 * group + 1);
}

function majorityRemedy(group: number, voting: number, who: 'lay' | 'lay-or-executive'): string {
  const needed = votesToMajority(group, voting);
  const others = voting - group;
  const noun = who === 'lay' ? 'lay member' : 'lay or executive member';
  const add = `Give a vote to ${plural(needed, `more ${noun}`, `more ${noun}s`)}`;
  if (needed > others || group === 0) return `${add}.`;
  const outside =
    who === 'lay'
      ? needed === 1
        ? 'is not a lay member'
        : 'are not lay members'
      : `${needed === 1 ? 'is' : 'are'} neither lay nor executive`;
  return `${add}, or take the vote from ${plural(needed, 'member', 'members')} who ${outside}.`;
}

const EVALUATORS: Readonly<Record<CommitteeRuleId, Evaluator>> = Object.freeze({
  'COI-PCCC-CHAIR-IS-MEMBER': (tally, committee, sink) => {
    if (tally.chair === undefined) {
      sink.add(
        `The chair (person ID ${JSON.stringify(committee.chairId)}) is not on the committee's member list.`,
        tally.chairIds,
        Object.freeze({ chairId: committee.chairId }),
        'Add the chair to the member list with their role, or correct chairId.',
      );
    }
    if (committee.viceChairId !== undefined && tally.viceChair === undefined) {
      sink.add(
        `The vice-chair (person ID ${JSON.stringify(committee.viceChairId)}) is not on the committee's member list.`,
        tally.viceChairIds as readonly string[],
        Object.freeze({ viceChairId: committee.viceChairId }),
        'Add the vice-chair to the member list with their role, or correct viceChairId.',
      );
    }
    return undefined;
  },

  'COI-PCCC-LAY-CHAIR': (tally, committee, sink) => {
    if (tally.layChair) return undefined;
    const { chair, viceChair, firstLay } = tally;
    const remedy =
      viceChair?.role === 'lay'
        ? `Appoint a lay member as chair, such as the vice-chair, ${viceChair.name}.`
        : firstLay !== undefined
          ? `Appoint a lay member as chair, such as ${firstLay.name}.`
          : 'Appoint a lay member to the committee as its chair.';
    if (chair === undefined) {
      sink.add(
        `The chair (person ID ${JSON.stringify(committee.chairId)}) is not on the member list, so the committee cannot show that it has a lay chair.`,
        tally.chairIds,
        Object.freeze({ chairId: committee.chairId, chairRole: null }),
        remedy,
      );
      return undefined;
    }
    sink.add(
      `The chair, ${chair.name}, is ${ROLE_WORDS[chair.role]}, not a lay member.`,
      tally.chairIds,
      Object.freeze({ chairId: chair.personId, chairRole: chair.role }),
      remedy,
    );
    return undefined;
  },

  'COI-PCCC-LAY-EXEC-MAJORITY': (tally, _committee, sink) => {
    const { nhsEnglandIsExecutive } = sink;
    const executive = tally.votingExecutive + (nhsEnglandIsExecutive ? tally.votingNhsEngland : 0);
    const group = tally.votingLay + executive;
    const voting = tally.votingMembers;
    if (voting > 0 && 2 * group > voting) return undefined;
    const portion = share(group, voting);
    const nhs =
      nhsEnglandIsExecutive && tally.votingNhsEngland > 0
        ? `, counting ${plural(tally.votingNhsEngland, 'NHS England member', 'NHS England members')} as executive`
        : '';
    sink.add(
      portion === null
        ? 'The committee has no voting members, so lay and executive members cannot hold a majority of the votes.'
        : `Lay and executive members hold ${group} of the ${voting} votes (${percentWords(group, voting)}; ${tally.votingLay} lay, ${executive} executive${nhs}): not more than half, so they do not form a majority.`,
      tally.committeeIds,
      Object.freeze({
        votingMembers: voting,
        layVoting: tally.votingLay,
        executiveVoting: executive,
        layAndExecutiveVoting: group,
        share: portion,
        threshold: HALF,
        nhsEnglandCountsAsExecutive: nhsEnglandIsExecutive,
      }),
      majorityRemedy(group, voting, 'lay-or-executive'),
    );
    return undefined;
  },

  'COI-PCCC-LAY-MAJORITY': (tally, _committee, sink) => {
    const group = tally.votingLay;
    const voting = tally.votingMembers;
    if (voting > 0 && 2 * group > voting) return undefined;
    const portion = share(group, voting);
    sink.add(
      portion === null
        ? 'The committee has no voting members, so lay members cannot hold a majority of the votes.'
        : `Lay members hold ${group} of the ${voting} votes (${percentWords(group, voting)}): not more than half. Seed 004 reads the PCCC rule as a lay majority; DOMAIN rule 18 and seed 002 ask only for a lay and executive majority.`,
      tally.committeeIds,
      Object.freeze({ votingMembers: voting, layVoting: group, share: portion, threshold: HALF }),
      majorityRemedy(group, voting, 'lay'),
    );
    return undefined;
  },

  'COI-PCCC-OBSERVERS': (tally, _committee, sink) => {
    const members = tally.votingObservers ?? NO_MEMBERS;
    for (let index = 0; index < members.length; index += 1) {
      const member = members[index] as CommitteeMember;
      sink.add(
        `${member.name}, ${ROLE_WORDS[member.role]}, has a vote; Healthwatch, Health and Wellbeing Board and local authority representatives sit on the committee as non-voting members.`,
        (tally.votingObserverIds as readonly (readonly string[])[])[index] as readonly string[],
        Object.freeze({ personId: member.personId, role: member.role, voting: true }),
        `Record ${member.name} as a non-voting member.`,
      );
    }
    return undefined;
  },

  'COI-PCCC-CCG-GP-NO-VOTE': (tally, _committee, sink) => {
    const members = tally.votingCcgGps ?? NO_MEMBERS;
    for (let index = 0; index < members.length; index += 1) {
      const member = members[index] as CommitteeMember;
      sink.add(
        `${member.name}, a CCG GP, has a vote; NHS England's conflicts guidance recommends that the CCG's own GPs have no vote on the PCCC.`,
        (tally.votingCcgGpIds as readonly (readonly string[])[])[index] as readonly string[],
        Object.freeze({ personId: member.personId, role: member.role, voting: true }),
        `Make ${member.name} a non-voting member, and keep clinical input through voting GPs from other CCG areas, the secondary care doctor or the nurse.`,
      );
    }
    return undefined;
  },

  'COI-PCCC-LMC-SEAT': (tally, _committee, sink) => {
    if (tally.lmc > 0) return undefined;
    sink.add(
      'The committee has no LMC representative; GPC recommends that the Local Medical Committee has a seat on the PCCC.',
      tally.committeeIds,
      NO_LMC,
      'Offer the Local Medical Committee a seat on the committee.',
    );
    return undefined;
  },

  'COI-PCCC-PUBLIC': (tally, committee, sink) => {
    if (committee.meetsInPublic === undefined) return 'unknown';
    if (committee.meetsInPublic) return undefined;
    sink.add(
      'The committee does not meet in public; PCCCs are expected to meet in public and publish their minutes.',
      tally.committeeIds,
      NOT_IN_PUBLIC,
      'Hold the committee in public and publish its minutes.',
    );
    return undefined;
  },

  'GB-COMPOSITION': (tally, committee, sink) => {
    const members = committee.members.length;
    // What the governing body lacks, and whom to appoint for it: only the shortfall.
    const lacks: string[] = [];
    const appoint: string[] = [];
    if (members < 6) {
      lacks.push(`at least six members (it has ${members})`);
    }
    if (tally.lay < 2) {
      lacks.push(`two lay members (it has ${tally.lay})`);
      appoint.push(plural(2 - tally.lay, 'more lay member', 'more lay members'));
    }
    if (tally.executive < 2) {
      lacks.push(
        `the accountable officer and a chief finance officer (two executives; it has ${tally.executive})`,
      );
      appoint.push(
        tally.executive === 0
          ? 'the accountable officer and a chief finance officer'
          : 'whichever of the accountable officer and the chief finance officer it lacks',
      );
    }
    if (tally.nurse < 1) {
      lacks.push('a registered nurse');
      appoint.push('a registered nurse');
    }
    if (tally.secondaryCare < 1) {
      lacks.push('a secondary care specialist');
      appoint.push('a secondary care specialist');
    }
    if (lacks.length === 0) return undefined;
    sink.add(
      `The governing body lacks ${joinWords(lacks)}.`,
      tally.committeeIds,
      Object.freeze({
        members,
        lay: tally.lay,
        executive: tally.executive,
        nurse: tally.nurse,
        secondaryCareDoctor: tally.secondaryCare,
      }),
      // Six members is the sum of the roles it must have, so fewer always lacks a role too.
      `Appoint ${joinWords(appoint)} to the governing body${members < 6 ? ', so that it has at least six members' : ''}.`,
    );
    return undefined;
  },

  'COI-GB-THREE-LAY': (tally, _committee, sink) => {
    if (tally.lay >= 3) return undefined;
    sink.add(
      `The governing body has ${plural(tally.lay, 'lay member', 'lay members')}; the 2016 guidance recommends at least three.`,
      tally.committeeIds,
      Object.freeze({ lay: tally.lay, recommended: 3 }),
      `Appoint ${plural(3 - tally.lay, 'more lay member', 'more lay members')}, or explain why not (comply or explain).`,
    );
    return undefined;
  },
});

const NO_MEMBERS: readonly CommitteeMember[] = Object.freeze([]);

/**
 * Runs a built-in rule's evaluator. A switch with one call site per rule (rather than a call
 * through a table) lets each evaluator be called directly, and inlined.
 */
function evaluateRule(
  id: CommitteeRuleId,
  tally: MemberTally,
  committee: Committee,
  sink: Sink,
): 'unknown' | undefined {
  switch (id) {
    case 'COI-PCCC-CHAIR-IS-MEMBER':
      return EVALUATORS['COI-PCCC-CHAIR-IS-MEMBER'](tally, committee, sink);
    case 'COI-PCCC-LAY-CHAIR':
      return EVALUATORS['COI-PCCC-LAY-CHAIR'](tally, committee, sink);
    case 'COI-PCCC-LAY-EXEC-MAJORITY':
      return EVALUATORS['COI-PCCC-LAY-EXEC-MAJORITY'](tally, committee, sink);
    case 'COI-PCCC-LAY-MAJORITY':
      return EVALUATORS['COI-PCCC-LAY-MAJORITY'](tally, committee, sink);
    case 'COI-PCCC-OBSERVERS':
      return EVALUATORS['COI-PCCC-OBSERVERS'](tally, committee, sink);
    case 'COI-PCCC-CCG-GP-NO-VOTE':
      return EVALUATORS['COI-PCCC-CCG-GP-NO-VOTE'](tally, committee, sink);
    case 'COI-PCCC-LMC-SEAT':
      return EVALUATORS['COI-PCCC-LMC-SEAT'](tally, committee, sink);
    case 'COI-PCCC-PUBLIC':
      return EVALUATORS['COI-PCCC-PUBLIC'](tally, committee, sink);
    case 'GB-COMPOSITION':
      return EVALUATORS['GB-COMPOSITION'](tally, committee, sink);
    case 'COI-GB-THREE-LAY':
      return EVALUATORS['COI-GB-THREE-LAY'](tally, committee, sink);
  }
}

/** The kinds each built-in rule applies to, as bits of {@link KIND_BITS}. */
const KIND_MASKS: readonly number[] = COMMITTEE_RULES.map((rule) =>
  rule.appliesTo.reduce((mask, kind) => mask | KIND_BITS[kind], 0),
);
/** The first and last day each built-in rule is in force, as day numbers. */
const FROM_DAYS: readonly number[] = COMMITTEE_RULES.map((rule) => isoDayNumber(rule.inForce.from));
const TO_DAYS: readonly number[] = COMMITTEE_RULES.map((rule) =>
  rule.inForce.to === undefined ? Number.POSITIVE_INFINITY : isoDayNumber(rule.inForce.to),
);

/** Each built-in rule's main source (frozen, shared by every finding), in catalogue order. */
const SOURCES: readonly Citation[] = COMMITTEE_RULES.map((rule) => sourceOf(rule));
