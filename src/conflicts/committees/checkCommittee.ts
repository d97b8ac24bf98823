import * as z from 'zod';
import { toSafe } from '../../_lib/fail.js';
import { parseWith } from '../../_lib/parseWith.js';
import { toCivil } from '../../_lib/toCivil.js';
import { type IsoDate, IsoDateSchema } from '../../core/IsoDate.js';
import type { Verdict } from '../../core/Reason.js';
import type { SafeResult } from '../../core/SafeResult.js';
import type { MemberRole } from '../../organisations/MemberRole.js';
import { COI_RULES } from '../rules/COI_RULES.js';
import type { Finding, FindingDraft, LocalRule, RuleOptions, Severity } from '../rules/CoiRule.js';
import {
  COMMITTEE_RULES,
  type CommitteeRule,
  type CommitteeRuleId,
} from '../rules/committeeRules.js';
import { isInForce, selectRule } from '../rules/selectRule.js';
import {
  type Committee,
  type CommitteeKind,
  CommitteeKindSchema,
  type CommitteeMember,
} from './Committee.js';
import { joinWords, percentWords, ROLE_WORDS } from './internal/roleWords.js';
import {
  checkLocalRuleIds,
  checkRuleIds,
  localRuleSchema,
  makeFinding,
  OverridesSchema,
  type RuleOutcome,
  ruleApplication,
  runLocalRule,
  skippedApplication,
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
  const parsed = parseCommittee(committee);
  // The schema types a local rule's check loosely (any function); it is the caller's own.
  const settings = parseWith(CheckCommitteeOptionsSchema, options, [
    'options',
  ]) as unknown as CheckCommitteeOptions;
  const localRules = settings.localRules ?? [];
  checkLocalRuleIds(localRules, ALL_RULE_IDS, ['options', 'localRules']);
  const known = new Set([...ALL_RULE_IDS, ...localRules.map((rule) => rule.id)]);
  checkRuleIds(Object.keys(settings.overrides ?? {}), known, ['options', 'overrides']);
  checkRuleIds(Object.keys(settings.appliesTo ?? {}), known, ['options', 'appliesTo']);
  return checkParsedCommittee(parsed, settings);
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
 * {@link parseCommittee} (or {@link CommitteeSchema}): the same rules and result without
 * validating the committee again, for checking many committees. Only `asOf` is checked; the
 * committee and the other options are trusted to be well formed, as their types say.
 *
 * @param committee - A committee that has passed {@link parseCommittee}.
 * @param options - The date whose guidance applies, and any overrides, local rules and choices.
 * @returns A new, deeply frozen {@link CommitteeCheck}, as {@link checkCommittee} returns.
 * @throws {@link CoCommissioningError} `invalid_iso_date` for a malformed `asOf`;
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
  const { asOf, overrides } = options;
  toCivil(asOf, ['options', 'asOf']);
  const nhsEnglandIsExecutive =
    options.nhsEnglandCountsAsExecutive ?? committee.kind === 'joint-committee';
  const tally = tallyMembers(committee, nhsEnglandIsExecutive);
  const findings: Finding[] = [];
  const rulesApplied: RuleApplication[] = [];
  let compliant = true;

  for (let index = 0; index < COMMITTEE_RULES.length; index += 1) {
    const rule = COMMITTEE_RULES[index] as CommitteeRule;
    const records = RECORDS[index] as readonly RuleApplication[];
    const active = selectRule(rule, asOf, overrides);
    if (active === undefined) {
      const row = isInForce(rule, asOf) ? TURNED_OFF : NOT_IN_FORCE;
      const severity = overrides?.[rule.id]?.severity ?? rule.severity;
      rulesApplied.push(records[row + SEVERITIES.indexOf(severity)] as RuleApplication);
      continue;
    }
    const { severity } = active;
    const column = SEVERITIES.indexOf(severity);
    const kinds = options.appliesTo?.[rule.id] ?? rule.appliesTo;
    if (!kinds.includes(committee.kind)) {
      rulesApplied.push(records[OTHER_KIND + column] as RuleApplication);
      continue;
    }
    const outcome = (EVALUATOR_LIST[index] as Evaluator)(tally, committee);
    if (outcome === 'unknown' || outcome.length === 0) {
      rulesApplied.push(
        records[(outcome === 'unknown' ? UNKNOWN : PASS) + column] as RuleApplication,
      );
      continue;
    }
    for (const draft of outcome) {
      findings.push(
        makeFinding(rule, severity, draft.message, draft.subjectIds, draft.evidence, draft.remedy),
      );
    }
    if (severity === 'breach') compliant = false;
    rulesApplied.push(records[FAIL + column] as RuleApplication);
  }

  for (const rule of options.localRules ?? []) {
    const active = selectRule(rule, asOf, overrides);
    if (active === undefined) {
      rulesApplied.push(skippedApplication(rule, asOf, overrides));
      continue;
    }
    const kinds = options.appliesTo?.[rule.id] ?? rule.appliesTo;
    if (kinds !== undefined && !kinds.includes(committee.kind)) {
      rulesApplied.push(ruleApplication(rule.id, 'other-kind', active.severity));
      continue;
    }
    const found = runLocalRule(rule, active.severity, committee, Object.freeze({ asOf }));
    findings.push(...found);
    if (found.length > 0 && active.severity === 'breach') compliant = false;
    rulesApplied.push(
      ruleApplication(rule.id, found.length > 0 ? 'fail' : 'pass', active.severity),
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

/** What one pass over the members finds. */
interface Tally {
  chair: CommitteeMember | undefined;
  viceChair: CommitteeMember | undefined;
  firstLay: CommitteeMember | undefined;
  votingMembers: number;
  votingLay: number;
  votingExecutive: number;
  votingNhsEngland: number;
  nhsEnglandIsExecutive: boolean;
  lay: number;
  executive: number;
  nurse: number;
  secondaryCare: number;
  lmc: number;
  votingObservers: CommitteeMember[] | undefined;
  votingCcgGps: CommitteeMember[] | undefined;
}

const OBSERVER_ROLES: ReadonlySet<MemberRole> = new Set([
  'healthwatch',
  'health-and-wellbeing-board',
  'local-authority',
]);

function tallyMembers(committee: Committee, nhsEnglandIsExecutive: boolean): Tally {
  const tally: Tally = {
    chair: undefined,
    viceChair: undefined,
    firstLay: undefined,
    votingMembers: 0,
    votingLay: 0,
    votingExecutive: 0,
    votingNhsEngland: 0,
    nhsEnglandIsExecutive,
    lay: 0,
    executive: 0,
    nurse: 0,
    secondaryCare: 0,
    lmc: 0,
    votingObservers: undefined,
    votingCcgGps: undefined,
  };
  for (const member of committee.members) {
    const { personId, role, voting } = member;
    if (personId === committee.chairId) tally.chair = member;
    if (personId === committee.viceChairId) tally.viceChair = member;
    switch (role) {
      case 'lay':
        tally.lay += 1;
        if (voting) tally.votingLay += 1;
        tally.firstLay ??= member;
        break;
      case 'executive':
        tally.executive += 1;
        if (voting) tally.votingExecutive += 1;
        break;
      case 'nhs-england':
        if (voting) tally.votingNhsEngland += 1;
        break;
      case 'nurse':
        tally.nurse += 1;
        break;
      case 'secondary-care-doctor':
        tally.secondaryCare += 1;
        break;
      case 'lmc':
        tally.lmc += 1;
        break;
      case 'ccg-gp':
        if (voting) {
          if (tally.votingCcgGps === undefined) tally.votingCcgGps = [member];
          else tally.votingCcgGps.push(member);
        }
        break;
      default:
        if (voting && OBSERVER_ROLES.has(role)) {
          if (tally.votingObservers === undefined) tally.votingObservers = [member];
          else tally.votingObservers.push(member);
        }
    }
    if (voting) tally.votingMembers += 1;
  }
  return tally;
}

type Evaluator = (tally: Tally, committee: Committee) => readonly FindingDraft[] | 'unknown';

const NONE: readonly FindingDraft[] = Object.freeze([]);
const HALF = Object.freeze({ numerator: 1, denominator: 2 });

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
  'COI-PCCC-CHAIR-IS-MEMBER': (tally, committee) => {
    const drafts: FindingDraft[] = [];
    if (tally.chair === undefined) {
      drafts.push({
        message: `The chair (person ID ${JSON.stringify(committee.chairId)}) is not on the committee's member list.`,
        subjectIds: [committee.chairId],
        evidence: { chairId: committee.chairId },
        remedy: 'Add the chair to the member list with their role, or correct chairId.',
      });
    }
    if (committee.viceChairId !== undefined && tally.viceChair === undefined) {
      drafts.push({
        message: `The vice-chair (person ID ${JSON.stringify(committee.viceChairId)}) is not on the committee's member list.`,
        subjectIds: [committee.viceChairId],
        evidence: { viceChairId: committee.viceChairId },
        remedy: 'Add the vice-chair to the member list with their role, or correct viceChairId.',
      });
    }
    return drafts.length === 0 ? NONE : drafts;
  },

  'COI-PCCC-LAY-CHAIR': (tally, committee) => {
    const { chair, viceChair, firstLay } = tally;
    if (chair?.role === 'lay') return NONE;
    const remedy =
      viceChair?.role === 'lay'
        ? `Appoint a lay member as chair, such as the vice-chair, ${viceChair.name}.`
        : firstLay !== undefined
          ? `Appoint a lay member as chair, such as ${firstLay.name}.`
          : 'Appoint a lay member to the committee as its chair.';
    if (chair === undefined) {
      return [
        {
          message: `The chair (person ID ${JSON.stringify(committee.chairId)}) is not on the member list, so the committee cannot show that it has a lay chair.`,
          subjectIds: [committee.chairId],
          evidence: { chairId: committee.chairId, chairRole: null },
          remedy,
        },
      ];
    }
    return [
      {
        message: `The chair, ${chair.name}, is ${ROLE_WORDS[chair.role]}, not a lay member.`,
        subjectIds: [chair.personId],
        evidence: { chairId: chair.personId, chairRole: chair.role },
        remedy,
      },
    ];
  },

  'COI-PCCC-LAY-EXEC-MAJORITY': (tally, committee) => {
    const executive =
      tally.votingExecutive + (tally.nhsEnglandIsExecutive ? tally.votingNhsEngland : 0);
    const group = tally.votingLay + executive;
    const voting = tally.votingMembers;
    if (voting > 0 && 2 * group > voting) return NONE;
    const portion = share(group, voting);
    const nhs =
      tally.nhsEnglandIsExecutive && tally.votingNhsEngland > 0
        ? `, counting ${plural(tally.votingNhsEngland, 'NHS England member', 'NHS England members')} as executive`
        : '';
    return [
      {
        message:
          portion === null
            ? 'The committee has no voting members, so lay and executive members cannot hold a majority of the votes.'
            : `Lay and executive members hold ${group} of the ${voting} votes (${percentWords(group, voting)}; ${tally.votingLay} lay, ${executive} executive${nhs}): not more than half, so they do not form a majority.`,
        subjectIds: [committee.id],
        evidence: {
          votingMembers: voting,
          layVoting: tally.votingLay,
          executiveVoting: executive,
          layAndExecutiveVoting: group,
          share: portion,
          threshold: HALF,
          nhsEnglandCountsAsExecutive: tally.nhsEnglandIsExecutive,
        },
        remedy: majorityRemedy(group, voting, 'lay-or-executive'),
      },
    ];
  },

  'COI-PCCC-LAY-MAJORITY': (tally, committee) => {
    const group = tally.votingLay;
    const voting = tally.votingMembers;
    if (voting > 0 && 2 * group > voting) return NONE;
    const portion = share(group, voting);
    return [
      {
        message:
          portion === null
            ? 'The committee has no voting members, so lay members cannot hold a majority of the votes.'
            : `Lay members hold ${group} of the ${voting} votes (${percentWords(group, voting)}): not more than half. Seed 004 reads the PCCC rule as a lay majority; DOMAIN rule 18 and seed 002 ask only for a lay and executive majority.`,
        subjectIds: [committee.id],
        evidence: { votingMembers: voting, layVoting: group, share: portion, threshold: HALF },
        remedy: majorityRemedy(group, voting, 'lay'),
      },
    ];
  },

  'COI-PCCC-OBSERVERS': (tally) =>
    tally.votingObservers === undefined
      ? NONE
      : tally.votingObservers.map((member) => ({
          message: `${member.name}, ${ROLE_WORDS[member.role]}, has a vote; Healthwatch, Health and Wellbeing Board and local authority representatives sit on the committee as non-voting members.`,
          subjectIds: [member.personId],
          evidence: { personId: member.personId, role: member.role, voting: true },
          remedy: `Record ${member.name} as a non-voting member.`,
        })),

  'COI-PCCC-CCG-GP-NO-VOTE': (tally) =>
    tally.votingCcgGps === undefined
      ? NONE
      : tally.votingCcgGps.map((member) => ({
          message: `${member.name}, a CCG GP, has a vote; NHS England's conflicts guidance recommends that the CCG's own GPs have no vote on the PCCC.`,
          subjectIds: [member.personId],
          evidence: { personId: member.personId, role: member.role, voting: true },
          remedy: `Make ${member.name} a non-voting member, and keep clinical input through voting GPs from other CCG areas, the secondary care doctor or the nurse.`,
        })),

  'COI-PCCC-LMC-SEAT': (tally, committee) =>
    tally.lmc > 0
      ? NONE
      : [
          {
            message:
              'The committee has no LMC representative; GPC recommends that the Local Medical Committee has a seat on the PCCC.',
            subjectIds: [committee.id],
            evidence: { lmcMembers: 0 },
            remedy: 'Offer the Local Medical Committee a seat on the committee.',
          },
        ],

  'COI-PCCC-PUBLIC': (_tally, committee) =>
    committee.meetsInPublic === undefined
      ? 'unknown'
      : committee.meetsInPublic
        ? NONE
        : [
            {
              message:
                'The committee does not meet in public; PCCCs are expected to meet in public and publish their minutes.',
              subjectIds: [committee.id],
              evidence: { meetsInPublic: false },
              remedy: 'Hold the committee in public and publish its minutes.',
            },
          ],

  'GB-COMPOSITION': (tally, committee) => {
    const members = committee.members.length;
    const lacks: string[] = [];
    if (members < 6) lacks.push(`at least six members (it has ${members})`);
    if (tally.lay < 2) lacks.push(`two lay members (it has ${tally.lay})`);
    if (tally.executive < 2)
      lacks.push(
        `the accountable officer and a chief finance officer (two executives; it has ${tally.executive})`,
      );
    if (tally.nurse < 1) lacks.push('a registered nurse');
    if (tally.secondaryCare < 1) lacks.push('a secondary care specialist');
    if (lacks.length === 0) return NONE;
    return [
      {
        message: `The governing body lacks ${joinWords(lacks)}.`,
        subjectIds: [committee.id],
        evidence: {
          members,
          lay: tally.lay,
          executive: tally.executive,
          nurse: tally.nurse,
          secondaryCareDoctor: tally.secondaryCare,
        },
        remedy: `Appoint ${joinWords(lacks.map((lack) => lack.replace(/ \(.*\)$/, '')))} to the governing body.`,
      },
    ];
  },

  'COI-GB-THREE-LAY': (tally, committee) =>
    tally.lay >= 3
      ? NONE
      : [
          {
            message: `The governing body has ${plural(tally.lay, 'lay member', 'lay members')}; the 2016 guidance recommends at least three.`,
            subjectIds: [committee.id],
            evidence: { lay: tally.lay, recommended: 3 },
            remedy: `Appoint ${plural(3 - tally.lay, 'more lay member', 'more lay members')}, or explain why not (comply or explain).`,
          },
        ],
});

/** The evaluators in catalogue order, so the check walks them by index. */
const EVALUATOR_LIST: readonly Evaluator[] = COMMITTEE_RULES.map(
  (rule) => EVALUATORS[rule.id as CommitteeRuleId],
);
