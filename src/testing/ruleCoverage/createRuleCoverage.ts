import {
  COI_RULES,
  type Finding,
  GUARDS,
  type RuleNotApplied,
  type RuleSubject,
  type Verdict,
} from 'co-commissioning';
import { deepFreeze } from '../deepFreeze.js';
import {
  isAgendaItemAssessment,
  isAvailableTransitions,
  isCommitteeCheck,
  isDeclarationsCheck,
  isFindingList,
  isGiftAssessment,
  isMeetingAssessment,
  isProcurementCheck,
  isTransitionExplanation,
  isTransitionResult,
  kindOf,
} from '../internal/detect.js';
import { readable } from '../internal/readable.js';
import { PolicyAssertionError } from '../PolicyAssertionError.js';

/**
 * How often one conflict-of-interest rule came out each way in the results recorded.
 *
 * @example
 * ```ts
 * import type { RuleCoverageEntry } from 'co-commissioning/testing';
 *
 * const entry: RuleCoverageEntry = {
 *   ruleId: 'COI-PCCC-LAY-CHAIR', title: 'The committee has a lay chair', subject: 'committee',
 *   builtIn: true, hit: 1, notHit: 3, notApplicable: 0, unknown: 0,
 * };
 * ```
 * @category Testing
 */
export interface RuleCoverageEntry {
  /** The rule's ID. */
  readonly ruleId: string;
  /** The rule's title from `COI_RULES`, or `null` for a local rule. */
  readonly title: string | null;
  /** What the rule examines, or `null` for a local rule. */
  readonly subject: RuleSubject | null;
  /** Whether the rule is one of `COI_RULES`. */
  readonly builtIn: boolean;
  /** Times the rule was hit: it produced a finding (for gifts, also a failing reason). */
  readonly hit: number;
  /** Times it was applied and not hit. */
  readonly notHit: number;
  /** Times it was not applicable: not in force, turned off, or for another kind of subject. */
  readonly notApplicable: number;
  /** Times it could not be decided for want of data. */
  readonly unknown: number;
}

/**
 * How often one guard of the commissioning machine came out each way in the results recorded.
 *
 * @example
 * ```ts
 * import type { GuardCoverageEntry } from 'co-commissioning/testing';
 *
 * const entry: GuardCoverageEntry = {
 *   guardId: 'GUARD-LMC-CONSULTED', title: 'The LMC was consulted', builtIn: true,
 *   pass: 2, fail: 1, unknown: 0, notApplicable: 0,
 * };
 * ```
 * @category Testing
 */
export interface GuardCoverageEntry {
  /** The guard's ID. */
  readonly guardId: string;
  /** The guard's title from `GUARDS`, or `null` for an ID not in `GUARDS`. */
  readonly title: string | null;
  /** Whether the guard is one of `GUARDS`. */
  readonly builtIn: boolean;
  /** Times it passed. */
  readonly pass: number;
  /** Times it failed. */
  readonly fail: number;
  /** Times it could not be decided (the event lacked data, or the sources are silent). */
  readonly unknown: number;
  /** Times it was not applicable (turned off by options). */
  readonly notApplicable: number;
}

/**
 * What a {@link RuleCoverage} collector has seen: every built-in rule and guard (each listed
 * even when never seen), local rules and unknown guard IDs after them, and the lists of what was
 * never exercised.
 *
 * @example
 * ```ts
 * import { createRuleCoverage, type RuleCoverageReport } from 'co-commissioning/testing';
 *
 * const report: RuleCoverageReport = createRuleCoverage().report();
 * report.recorded; //=> 0
 * ```
 * @category Testing
 */
export interface RuleCoverageReport {
  /** How many results were recorded. */
  readonly recorded: number;
  /** Every rule of `COI_RULES` in catalogue order, then local rules by ID. */
  readonly rules: readonly RuleCoverageEntry[];
  /** Every guard of `GUARDS` in order, then other guard IDs seen, by ID. */
  readonly guards: readonly GuardCoverageEntry[];
  /** Rules never hit: no test made them produce a finding. */
  readonly rulesNeverHit: readonly string[];
  /** Rules never applied without being hit: no test saw them pass. */
  readonly rulesNeverPassed: readonly string[];
  /** Rules never applied at all (only ever not applicable, or never seen). */
  readonly rulesNeverApplied: readonly string[];
  /** Guards that never failed. */
  readonly guardsNeverFailed: readonly string[];
  /** Guards that never passed. */
  readonly guardsNeverPassed: readonly string[];
  /** Guards never evaluated to pass, fail or unknown. */
  readonly guardsNeverEvaluated: readonly string[];
  /** A few lines for a test log: the counts, and what was never exercised. */
  readonly summary: string;
}

/**
 * A collector of rule outcomes and guard verdicts, made by {@link createRuleCoverage}. It holds
 * its own counts and nothing else: there is no global registry, so a suite passes its collector
 * explicitly (to the matchers' `coverage` option, or to `record`).
 *
 * @example
 * ```ts
 * import { checkCommittee } from 'co-commissioning';
 * import { buildCommittee, createRuleCoverage, type RuleCoverage } from 'co-commissioning/testing';
 *
 * const coverage: RuleCoverage = createRuleCoverage();
 * coverage.record(checkCommittee(buildCommittee({ chair: 'ccg-gp' }), { asOf: '2017-06-01' }));
 * coverage.report().rules.find((rule) => rule.ruleId === 'COI-PCCC-LAY-CHAIR')?.hit; //=> 1
 * ```
 * @category Testing
 */
export interface RuleCoverage {
  /**
   * Records the rule outcomes or guard verdicts of a result: a `CommitteeCheck`, a
   * `DeclarationsCheck`, a `ProcurementRegisterCheck`, a `GiftAssessment`, an
   * `AgendaItemAssessment` or `MeetingAssessment`, a `TransitionResult`, a
   * `TransitionExplanation`, the list `availableTransitions` returns, a {@link ScenarioReport},
   * a list of findings, or a list of any of these.
   *
   * @param result - What a check, assessment, transition or scenario returned.
   * @throws {@link PolicyAssertionError} `unsupported_subject` for anything else;
   * `CoCommissioningError` `invalid_input` for a value that cannot be read as plain data.
   */
  record(result: unknown): void;
  /**
   * Reports what was recorded so far.
   *
   * @returns A new, deeply frozen {@link RuleCoverageReport}.
   */
  report(): RuleCoverageReport;
}

type RuleOutcome = 'hit' | 'notHit' | 'notApplicable' | 'unknown';
type GuardOutcome = 'pass' | 'fail' | 'unknown' | 'notApplicable';

const RULE_OUTCOME: Readonly<Record<Verdict, RuleOutcome>> = {
  fail: 'hit',
  pass: 'notHit',
  'not-applicable': 'notApplicable',
  unknown: 'unknown',
};
const GUARD_OUTCOME: Readonly<Record<Verdict, GuardOutcome>> = {
  pass: 'pass',
  fail: 'fail',
  unknown: 'unknown',
  'not-applicable': 'notApplicable',
};

const RULE_IDS = new Set(COI_RULES.map((rule) => rule.id));
const GUARD_IDS = new Set<string>(GUARDS.map((guard) => guard.id));

/**
 * Creates a collector of rule-outcome coverage: which conflict-of-interest rules (each of
 * `COI_RULES`: hit, not hit, not applicable) and which guards of the commissioning machine
 * (each of `GUARDS`: pass, fail, unknown) a test suite has exercised, and what it never has. It
 * is explicit and local: no global state, nothing recorded unless the suite records it, so two
 * suites (or two tests) never share counts unless they share the collector.
 *
 * @returns A new, empty {@link RuleCoverage} collector.
 *
 * @example
 * ```ts
 * import { checkCommittee, transition } from 'co-commissioning';
 * import { buildCommissioningState, buildCommittee, createRuleCoverage } from 'co-commissioning/testing';
 *
 * const coverage = createRuleCoverage();
 * coverage.record(checkCommittee(buildCommittee(), { asOf: '2017-06-01' }));
 * coverage.record(transition(buildCommissioningState(), { type: 'GO_LIVE', on: '2016-04-01' }));
 * const report = coverage.report();
 * report.rulesNeverHit.includes('COI-PCCC-LAY-CHAIR'); //=> true
 * report.guards.find((guard) => guard.guardId === 'GUARD-PROPOSAL-OPEN')?.fail; //=> 1
 * ```
 * @category Testing
 */
export function createRuleCoverage(): RuleCoverage {
  const rules = new Map<string, Record<RuleOutcome, number>>();
  const guards = new Map<string, Record<GuardOutcome, number>>();
  let recorded = 0;

  const rule = (id: string, outcome: RuleOutcome): void => {
    const counts = rules.get(id) ?? { hit: 0, notHit: 0, notApplicable: 0, unknown: 0 };
    counts[outcome] += 1;
    rules.set(id, counts);
  };
  const guard = (id: string, outcome: GuardOutcome): void => {
    const counts = guards.get(id) ?? { pass: 0, fail: 0, unknown: 0, notApplicable: 0 };
    counts[outcome] += 1;
    guards.set(id, counts);
  };
  const guardVerdicts = (verdicts: readonly { id: string; verdict: Verdict }[]): void => {
    for (const verdict of verdicts) guard(verdict.id, GUARD_OUTCOME[verdict.verdict]);
  };
  /** Rules of one subject from a check that lists skipped rules and findings. */
  const catalogueCheck = (
    subject: RuleSubject,
    findings: readonly Finding[],
    notApplied: readonly RuleNotApplied[],
  ): void => {
    const skipped = new Map(notApplied.map((entry) => [entry.ruleId, entry.why]));
    const hit = new Set(findings.map((finding) => finding.ruleId));
    for (const entry of COI_RULES) {
      if (entry.subject !== subject) continue;
      const why = skipped.get(entry.id);
      if (why !== undefined) rule(entry.id, why === 'no-data' ? 'unknown' : 'notApplicable');
      else rule(entry.id, hit.has(entry.id) ? 'hit' : 'notHit');
    }
    for (const id of hit) if (!RULE_IDS.has(id)) rule(id, 'hit');
  };

  const visit = (result: unknown): void => {
    if (isCommitteeCheck(result) || isAgendaItemAssessment(result)) {
      for (const applied of result.rulesApplied)
        rule(applied.ruleId, RULE_OUTCOME[applied.verdict]);
    } else if (isMeetingAssessment(result)) {
      for (const assessed of result.items) visit(assessed);
    } else if (isProcurementCheck(result)) {
      catalogueCheck('procurement', result.findings, result.notApplied);
    } else if (isDeclarationsCheck(result)) {
      catalogueCheck('register', result.findings, result.notApplied);
    } else if (isGiftAssessment(result)) {
      const outcomes = new Map<string, RuleOutcome>();
      for (const reason of result.reasons) {
        if (!RULE_IDS.has(reason.id)) continue;
        const outcome = RULE_OUTCOME[reason.verdict];
        const before = outcomes.get(reason.id);
        if (
          before === undefined ||
          outcome === 'hit' ||
          (outcome === 'unknown' && before === 'notHit')
        )
          outcomes.set(reason.id, outcome);
      }
      for (const finding of result.findings) outcomes.set(finding.ruleId, 'hit');
      for (const entry of COI_RULES) {
        if (entry.subject === 'gift' && !outcomes.has(entry.id))
          outcomes.set(entry.id, 'notApplicable');
      }
      for (const [id, outcome] of outcomes) rule(id, outcome);
    } else if (isTransitionResult(result)) {
      if (result.ok) guardVerdicts(result.record.guards);
      else
        for (const issue of result.issues)
          if (issue.code === 'guard_failed') guard(issue.guardId, 'fail');
    } else if (isTransitionExplanation(result)) {
      guardVerdicts(result.guards);
    } else if (isAvailableTransitions(result)) {
      for (const available of result) guardVerdicts(available.guards);
    } else if (isScenarioReport(result)) {
      for (const step of result.steps) guardVerdicts(step.guards);
      for (const check of result.checks)
        if (check.committeeCheck !== undefined) visit(check.committeeCheck);
    } else if (isFindingList(result)) {
      for (const finding of result) rule(finding.ruleId, 'hit');
    } else if (Array.isArray(result)) {
      for (const entry of result) visit(entry);
    } else {
      throw new PolicyAssertionError({
        code: 'unsupported_subject',
        message: `createRuleCoverage().record cannot read ${kindOf(result)}: give it what a check, an assessment, transition, explainTransition, availableTransitions or runScenario returned.`,
        expected: 'a check, assessment, transition result, explanation or scenario report',
        actual: kindOf(result),
      });
    }
  };

  return Object.freeze({
    record(result: unknown): void {
      readable('createRuleCoverage().record', () => visit(result));
      recorded += 1;
    },
    report(): RuleCoverageReport {
      const ruleEntries: RuleCoverageEntry[] = [
        ...COI_RULES.map((entry) => ({
          ruleId: entry.id,
          title: entry.title,
          subject: entry.subject,
          builtIn: true,
          ...(rules.get(entry.id) ?? { hit: 0, notHit: 0, notApplicable: 0, unknown: 0 }),
        })),
        ...[...rules.keys()]
          .filter((id) => !RULE_IDS.has(id))
          .sort()
          .map((id) => ({
            ruleId: id,
            title: null,
            subject: null,
            builtIn: false,
            ...(rules.get(id) as Record<RuleOutcome, number>),
          })),
      ];
      const guardEntries: GuardCoverageEntry[] = [
        ...GUARDS.map((entry) => ({
          guardId: entry.id,
          title: entry.title,
          builtIn: true,
          ...(guards.get(entry.id) ?? { pass: 0, fail: 0, unknown: 0, notApplicable: 0 }),
        })),
        ...[...guards.keys()]
          .filter((id) => !GUARD_IDS.has(id))
          .sort()
          .map((id) => ({
            guardId: id,
            title: null,
            builtIn: false,
            ...(guards.get(id) as Record<GuardOutcome, number>),
          })),
      ];
      const ruleIds = (keep: (entry: RuleCoverageEntry) => boolean) =>
        ruleEntries.filter(keep).map((entry) => entry.ruleId);
      const guardIds = (keep: (entry: GuardCoverageEntry) => boolean) =>
        guardEntries.filter(keep).map((entry) => entry.guardId);
      const rulesNeverHit = ruleIds((entry) => entry.hit === 0);
      const rulesNeverPassed = ruleIds((entry) => entry.notHit === 0);
      const rulesNeverApplied = ruleIds((entry) => entry.hit + entry.notHit + entry.unknown === 0);
      const guardsNeverFailed = guardIds((entry) => entry.fail === 0);
      const guardsNeverPassed = guardIds((entry) => entry.pass === 0);
      const guardsNeverEvaluated = guardIds(
        (entry) => entry.pass + entry.fail + entry.unknown === 0,
      );
      const list = (ids: readonly string[]) => (ids.length === 0 ? 'none' : ids.join(', '));
      const summary = [
        `Recorded ${recorded} ${recorded === 1 ? 'result' : 'results'}.`,
        `Rules hit: ${ruleEntries.length - rulesNeverHit.length} of ${ruleEntries.length}; never hit: ${list(rulesNeverHit)}.`,
        `Rules never applied: ${list(rulesNeverApplied)}.`,
        `Guards failed: ${guardEntries.length - guardsNeverFailed.length} of ${guardEntries.length}; never failed: ${list(guardsNeverFailed)}.`,
        `Guards never evaluated: ${list(guardsNeverEvaluated)}.`,
      ].join('\n');
      return deepFreeze({
        recorded,
        rules: ruleEntries,
        guards: guardEntries,
        rulesNeverHit,
        rulesNeverPassed,
        rulesNeverApplied,
        guardsNeverFailed,
        guardsNeverPassed,
        guardsNeverEvaluated,
        summary,
      });
    },
  });
}

interface ScenarioReportShape {
  readonly steps: readonly { readonly guards: readonly { id: string; verdict: Verdict }[] }[];
  readonly checks: readonly { readonly committeeCheck?: unknown }[];
}

function isScenarioReport(value: unknown): value is ScenarioReportShape {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { scenario?: unknown; steps?: unknown; checks?: unknown };
  return (
    typeof candidate.scenario === 'string' &&
    Array.isArray(candidate.steps) &&
    Array.isArray(candidate.checks)
  );
}
