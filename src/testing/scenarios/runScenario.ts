import {
  availableTransitions,
  type BallotResult,
  CoCommissioningError,
  type CommissioningEvent,
  type CommissioningState,
  type Committee,
  type CommitteeCheck,
  checkCommittee,
  createCommissioningState,
  type EventType,
  explainTransition,
  type IsoDate,
  type IssuePath,
  isCoCommissioningError,
  loadState,
  type Reason,
  type SafeResult,
  type TransitionExplanation,
  type TransitionOptions,
  tallyBallot,
  transition,
} from 'co-commissioning';
import type * as z from 'zod';
import { type BuildBallotOptions, buildBallot } from '../builders/buildBallot.js';
import { deepFreeze } from '../deepFreeze.js';
import { parseOrThrow } from '../internal/fail.js';
import { readable } from '../internal/readable.js';
import { allowedExpectation, refusalExpectation } from '../internal/transitionExpectation.js';
import { describeFinding, plural } from '../internal/words.js';
import { ScenarioSchema } from './ScenarioSchema.js';

/**
 * What one step of a scenario was expected to do.
 *
 * @example
 * ```ts
 * import type { StepExpectation } from 'co-commissioning/testing';
 *
 * const expected: StepExpectation = { accepted: false, refusedBy: ['GUARD-LMC-CONSULTED'], only: false };
 * ```
 * @category Testing
 */
export interface StepExpectation {
  /** Whether the event should be accepted. */
  readonly accepted: boolean;
  /** The guards that should refuse it (empty: any refusal, or none when accepted). */
  readonly refusedBy: readonly string[];
  /** Whether no other guard may refuse it. */
  readonly only: boolean;
}

/**
 * What one step of a scenario did.
 *
 * @example
 * ```ts
 * import type { StepOutcome } from 'co-commissioning/testing';
 *
 * const actual: StepOutcome = { accepted: false, refusedBy: ['GUARD-LMC-CONSULTED'], issues: [] };
 * ```
 * @category Testing
 */
export interface StepOutcome {
  /** Whether the event was accepted. */
  readonly accepted: boolean;
  /** The guards that failed. */
  readonly refusedBy: readonly string[];
  /** The codes of other issues that refused it (an unknown or malformed event). */
  readonly issues: readonly string[];
}

/**
 * The report of one step of a scenario: what was expected, what happened, whether they agree,
 * every guard's verdict and the explanation in words.
 *
 * @example
 * ```ts
 * import type { ScenarioStepReport } from 'co-commissioning/testing';
 *
 * function line(step: ScenarioStepReport): string {
 *   return `${step.passed ? 'pass' : 'FAIL'} ${step.index + 1}. ${step.type} on ${step.on}`;
 * }
 * ```
 * @category Testing
 */
export interface ScenarioStepReport {
  /** The step's position in `when`, from 0. */
  readonly index: number;
  /** The event's type. */
  readonly type: EventType;
  /** The event's date. */
  readonly on: IsoDate;
  /** The step's note, or `null`. */
  readonly note: string | null;
  /** What the scenario expected. */
  readonly expected: StepExpectation;
  /** What happened. */
  readonly actual: StepOutcome;
  /** Whether the step did what was expected. */
  readonly passed: boolean;
  /** Every guard's verdict, with its reason, sources and remedy (from `explainTransition`). */
  readonly guards: readonly Reason[];
  /** What happened and why, in words; on failure, the expectation that was not met. */
  readonly message: string;
}

/**
 * The report of one check in a scenario's `then`: the subject, expected and actual values,
 * whether they agree and why.
 *
 * @example
 * ```ts
 * import type { ScenarioCheckReport } from 'co-commissioning/testing';
 *
 * const check: ScenarioCheckReport = {
 *   subject: 'model', expected: 'C', actual: 'C', passed: true, message: 'The model is C, as expected.',
 * };
 * ```
 * @category Testing
 */
export interface ScenarioCheckReport {
  /** What was checked: `model`, `since`, `proposal`, `historyLength`, `ballot <name>` or `committee <name>`. */
  readonly subject: string;
  /** The value expected. */
  readonly expected: unknown;
  /** The value found. */
  readonly actual: unknown;
  /** Whether they agree. */
  readonly passed: boolean;
  /** The check in words. */
  readonly message: string;
  /** For a committee, the full check by `checkCommittee`. */
  readonly committeeCheck?: CommitteeCheck;
  /** For a ballot, the full result of `tallyBallot`. */
  readonly ballotResult?: BallotResult;
}

/**
 * What {@link runScenario} returns: whether the scenario passed, each step and each check with
 * expected and actual values and explanations, the final state, and a summary to print.
 *
 * @example
 * ```ts
 * import { runScenario, type ScenarioReport } from 'co-commissioning/testing';
 *
 * const report: ScenarioReport = runScenario({
 *   name: 'Nothing happens', given: { model: 'A', since: '2015-04-01' }, when: [], then: { model: 'A' },
 * });
 * report.passed; //=> true
 * ```
 * @category Testing
 */
export interface ScenarioReport {
  /** The scenario's name. */
  readonly scenario: string;
  /** Whether every step and check passed. */
  readonly passed: boolean;
  /** Each step, in order. */
  readonly steps: readonly ScenarioStepReport[];
  /** Each check of `then`. */
  readonly checks: readonly ScenarioCheckReport[];
  /** The CCG's state after the last step. */
  readonly finalState: CommissioningState;
  /** The report in words, one line per step and check, with explanations of failures. */
  readonly summary: string;
}

type Parsed = z.output<typeof ScenarioSchema>;
type BallotSpec = NonNullable<Parsed['given']['ballots']>[string];

/** Re-throws the library's error with each issue's path under `prefix`. */
function under<T>(prefix: IssuePath, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isCoCommissioningError(error)) throw error;
    const [first, ...rest] = error.issues.map((issue) => {
      const path = [...prefix, ...issue.path];
      // The words name the same place as the path.
      const at = issue.path.length === 0 ? '' : ` (at ${issue.path.join('.')})`;
      const message =
        at !== '' && issue.message.endsWith(at)
          ? `${issue.message.slice(0, -at.length)} (at ${path.join('.')})`
          : issue.message;
      return { ...issue, path, message };
    });
    throw new CoCommissioningError([first as (typeof error.issues)[0], ...rest]);
  }
}

function unknownName(kind: 'ballot' | 'committee', name: string, path: IssuePath): never {
  throw new CoCommissioningError([
    {
      code: 'invalid_input',
      message: `No ${kind} named "${name}" in given.${kind}s: name one of them, or give the ${kind} itself.`,
      path,
      expected: `the name of a ${kind} in given.${kind}s`,
      received: `the text ${JSON.stringify(name)}`,
    },
  ]);
}

function tally(spec: BallotSpec, path: IssuePath): BallotResult {
  return under(path, () => {
    if ('ballot' in spec && 'votes' in spec) return tallyBallot(spec.ballot, spec.votes);
    // zod types an optional field as `T | undefined`; it never adds an absent key.
    const { ballot, votes } = buildBallot(spec as BuildBallotOptions);
    return tallyBallot(ballot, votes);
  });
}

/**
 * Every guard's verdict on a step. An event the library cannot even evaluate (such as a
 * committee listing a person twice) is a refusal with the library's issues, so one bad step never
 * stops the report.
 */
function explain(
  state: CommissioningState,
  event: CommissioningEvent,
  options: TransitionOptions,
): TransitionExplanation {
  try {
    return explainTransition(state, event, options);
  } catch (error) {
    if (!isCoCommissioningError(error)) throw error;
    return { type: event.type, allowed: false, guards: [], issues: error.issues };
  }
}

function sameSet(expected: readonly string[], actual: readonly string[]): boolean {
  const a = [...new Set(expected)].sort();
  const b = [...new Set(actual)].sort();
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

function list(ids: readonly string[]): string {
  return ids.length === 0 ? 'none' : ids.join(', ');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

/**
 * Runs a policy scenario written as JSON (see {@link Scenario}; its JSON Schema is
 * {@link scenarioJsonSchema}), so a policy team can state a case without writing code: the
 * CCG's starting point, the events in order with what should happen to each (accepted, or
 * refused by named guards), and what should be true at the end (the model, the proposal,
 * ballots' outcomes, committees' findings).
 *
 * Each step is explained with `explainTransition` (every guard's verdict, reason, source and
 * remedy) and then applied with `transition`; a refused step leaves the state as it was, and
 * the scenario goes on. A step or check that does not do what was expected is reported, not
 * thrown: the report says what was expected, what happened and why. Pure: the same scenario
 * always gives the same report.
 *
 * @param scenario - The scenario, as parsed JSON (anything is accepted and checked).
 * @returns A deeply frozen {@link ScenarioReport}.
 * @throws `CoCommissioningError` `invalid_input` when the scenario does not match
 * {@link ScenarioSchema} (every issue, with its path), names a ballot or committee that is not
 * in `given`, or gives a ballot or stored state the library refuses (with the path to it), or
 * cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { runScenario } from 'co-commissioning/testing';
 *
 * const report = runScenario({
 *   name: 'An application without LMC consultation is refused',
 *   given: { ccgId: '06H', model: 'B', since: '2015-04-01', ballots: { members: { eligible: 107, yes: 52, no: 31 } } },
 *   when: [
 *     { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' },
 *     { type: 'RECORD_BALLOT', on: '2015-10-01', ballot: 'members' },
 *     { type: 'GOVERNING_BODY_DECISION', on: '2015-10-06', approved: true },
 *     {
 *       type: 'SUBMIT_APPLICATION', on: '2015-11-06', signedBy: ['accountable-officer', 'audit-committee-chair'],
 *       expect: { refusedBy: ['GUARD-LMC-CONSULTED'], only: true },
 *     },
 *   ],
 *   then: { model: 'B', proposal: { target: 'C' }, ballots: { members: { outcome: 'carried' } } },
 * });
 * report.passed; //=> true
 * report.steps[3]?.message;
 * //=> 'SUBMIT_APPLICATION on 2015-11-06 was refused, as expected, by GUARD-LMC-CONSULTED: The LMC has not been consulted by 2015-11-06.'
 * ```
 * @category Testing
 */
export function runScenario(scenario: unknown): ScenarioReport {
  return readable('runScenario', () => {
    const parsed: Parsed = parseOrThrow(ScenarioSchema, scenario);
    const { given } = parsed;
    // zod types an optional field as `T | undefined`; it never adds an absent key, so the
    // parsed options are TransitionOptions under exactOptionalPropertyTypes.
    const options = (given.options ?? {}) as TransitionOptions;
    let state: CommissioningState =
      given.state !== undefined
        ? under(['given', 'state'], () => loadState(given.state))
        : createCommissioningState({
            ccgId: given.ccgId ?? 'CCG',
            status: given.model as NonNullable<typeof given.model>,
            since: given.since as IsoDate,
          });
    // The transition options are checked once, where they were written (an override naming no
    // guard is an input error at given.options, not a refusal of every step).
    under(['given'], () => availableTransitions(state, state.since, options));

    const ballots = new Map<string, BallotResult>();
    for (const [name, spec] of Object.entries(given.ballots ?? {})) {
      ballots.set(name, tally(spec, ['given', 'ballots', name]));
    }
    const committees = new Map<string, Committee>(Object.entries(given.committees ?? {}));

    // Resolve every step's references before running any, so a bad name is an input error.
    const events: CommissioningEvent[] = parsed.when.map((step, index) => {
      const { expect: _expect, note: _note, ...fields } = step;
      if (fields.type === 'RECORD_BALLOT') {
        const path = ['when', index, 'ballot'];
        const result =
          typeof fields.ballot === 'string'
            ? (ballots.get(fields.ballot) ?? unknownName('ballot', fields.ballot, path))
            : tally(fields.ballot, path);
        return { type: fields.type, on: fields.on, result };
      }
      if (fields.type === 'ESTABLISH_COMMITTEE') {
        const committee =
          typeof fields.committee === 'string'
            ? (committees.get(fields.committee) ??
              unknownName('committee', fields.committee, ['when', index, 'committee']))
            : fields.committee;
        return { type: fields.type, on: fields.on, committee };
      }
      return fields as CommissioningEvent;
    });

    const steps: ScenarioStepReport[] = parsed.when.map((step, index) => {
      const event = events[index] as CommissioningEvent;
      const label = `${event.type} on ${event.on}`;
      const wanted = step.expect ?? 'accepted';
      const expected: StepExpectation =
        typeof wanted === 'string'
          ? { accepted: wanted === 'accepted', refusedBy: [], only: false }
          : { accepted: false, refusedBy: wanted.refusedBy, only: wanted.only ?? false };
      const explanation = explain(state, event, options);
      const failing = explanation.guards.filter((guard) => guard.verdict === 'fail');
      const actual: StepOutcome = {
        accepted: explanation.allowed,
        refusedBy: failing.map((guard) => guard.id),
        issues: explanation.issues
          .filter((issue) => issue.code !== 'guard_failed')
          .map((issue) => issue.code),
      };
      const expectation = expected.accepted
        ? allowedExpectation(explanation, {}, 'runScenario', label)
        : refusalExpectation(
            explanation,
            expected.refusedBy,
            { only: expected.only },
            'runScenario',
            label,
          );
      if (explanation.allowed) state = transition(state, event, options).state;
      const because = failing.map((guard) => `${guard.id}: ${guard.message}`).join(' ');
      const message = !expectation.pass
        ? expectation.failure()
        : actual.accepted
          ? `${label} was accepted.`
          : `${label} was refused, as expected${because === '' ? `: ${explanation.issues.map((issue) => issue.message).join(' ')}` : `, by ${because}`}`;
      return {
        index,
        type: event.type,
        on: event.on,
        note: step.note ?? null,
        expected,
        actual,
        passed: expectation.pass,
        guards: explanation.guards,
        message,
      };
    });

    const checks: ScenarioCheckReport[] = [];
    const then = parsed.then ?? {};
    const compare = (subject: string, expected: unknown, actual: unknown, words: string) => {
      const passed = expected === actual;
      checks.push({
        subject,
        expected,
        actual,
        passed,
        message: passed
          ? `${words} is ${String(actual)}, as expected.`
          : `${words} should be ${String(expected)}, but is ${String(actual)}.`,
      });
    };
    if (then.model !== undefined) compare('model', then.model, state.status, 'The model');
    if (then.since !== undefined)
      compare('since', then.since, state.since, "The model's start date");
    if (then.historyLength !== undefined)
      compare(
        'historyLength',
        then.historyLength,
        state.history.length,
        'The number of accepted events',
      );
    if (then.proposal !== undefined) {
      const proposal = state.proposal;
      const wanted = then.proposal;
      const actual =
        proposal === undefined
          ? null
          : { kind: proposal.kind, target: proposal.target, goLive: proposal.goLive };
      const passed =
        wanted === null
          ? actual === null
          : actual !== null &&
            (wanted.kind === undefined || wanted.kind === actual.kind) &&
            (wanted.target === undefined || wanted.target === actual.target) &&
            (wanted.goLive === undefined || wanted.goLive === actual.goLive);
      const describe = (value: typeof actual | typeof wanted) =>
        value === null
          ? 'no change in progress'
          : [
              value.kind === undefined ? undefined : value.kind === 'exit' ? 'an exit' : 'a change',
              value.target === undefined ? undefined : `to ${value.target}`,
              value.goLive === undefined ? undefined : `going live on ${value.goLive}`,
            ]
              .filter((part) => part !== undefined)
              .join(' ') || 'a change in progress';
      checks.push({
        subject: 'proposal',
        expected: wanted,
        actual,
        passed,
        message: passed
          ? `The proposal is ${describe(actual)}, as expected.`
          : `The proposal should be ${describe(wanted)}, but is ${describe(actual)}.`,
      });
    }
    for (const [name, wanted] of Object.entries(then.ballots ?? {})) {
      const result = ballots.get(name) ?? unknownName('ballot', name, ['then', 'ballots', name]);
      const actual = {
        outcome: result.outcome,
        yes: result.counts.yes,
        no: result.counts.no,
        cast: result.counts.cast,
      };
      // In a fixed order, so the words do not depend on the order the figures were written in;
      // a figure given as undefined (a key written without a value) is not an expectation.
      const differences = (Object.keys(actual) as (keyof typeof actual)[]).filter(
        (key) => wanted[key] !== undefined && wanted[key] !== actual[key],
      );
      const figures = `${result.outcome}: ${actual.yes} yes, ${actual.no} no, ${actual.cast} of ${result.counts.eligible} returned`;
      checks.push({
        subject: `ballot ${name}`,
        expected: wanted,
        actual,
        passed: differences.length === 0,
        message:
          differences.length === 0
            ? `Ballot ${name} was ${figures}, as expected.`
            : `Ballot ${name} should have ${differences.map((key) => `${key} ${String(wanted[key])}`).join(', ')}, but was ${figures}.`,
        ballotResult: result,
      });
    }
    for (const [name, wanted] of Object.entries(then.committees ?? {})) {
      const committee =
        committees.get(name) ?? unknownName('committee', name, ['then', 'committees', name]);
      const check = under(['then', 'committees', name], () =>
        checkCommittee(committee, { ...options.committeeRules, asOf: wanted.asOf }),
      );
      const breaches = check.findings
        .filter((finding) => finding.severity === 'breach')
        .map((finding) => finding.ruleId);
      const flagged = check.findings.map((finding) => finding.ruleId);
      const problems: string[] = [];
      if (wanted.compliant !== undefined && wanted.compliant !== check.compliant)
        problems.push(`it should ${wanted.compliant ? '' : 'not '}be compliant`);
      if (wanted.breaches !== undefined && !sameSet(wanted.breaches, breaches))
        problems.push(
          `it should breach exactly ${list(wanted.breaches)}, but breaches ${list(breaches)}`,
        );
      if (wanted.findings !== undefined && !sameSet(wanted.findings, flagged))
        problems.push(
          `its findings should be exactly ${list(wanted.findings)}, but are ${list(flagged)}`,
        );
      const people = new Map([
        [committee.id, 'the committee'],
        ...committee.members.map((member) => [member.personId, member.name] as const),
      ]);
      const findings = check.findings.map((finding) => describeFinding(finding, people));
      checks.push({
        subject: `committee ${name}`,
        expected: wanted,
        actual: { compliant: check.compliant, breaches, findings: flagged },
        passed: problems.length === 0,
        message: [
          problems.length === 0
            ? `Committee ${name} on ${wanted.asOf} is ${check.compliant ? 'compliant' : 'not compliant'}, ${flagged.length === 0 ? 'with no finding' : `with findings under ${list(flagged)}`}, as expected.`
            : `Committee ${name} on ${wanted.asOf}: ${problems.join('; ')}.`,
          ...findings,
        ].join('\n'),
        committeeCheck: check,
      });
    }

    const passed = steps.every((step) => step.passed) && checks.every((check) => check.passed);
    const summary = [
      `Scenario: ${parsed.name}: ${passed ? 'PASSED' : 'FAILED'} (${plural(steps.length, 'step')}, ${plural(checks.length, 'check')})`,
      ...steps.map(
        (step) =>
          `${step.passed ? 'pass' : 'FAIL'} ${step.index + 1}. ${step.type} on ${step.on}${step.passed ? '' : `\n${indent(step.message)}`}`,
      ),
      ...checks.map(
        (check) =>
          `${check.passed ? 'pass' : 'FAIL'} then ${check.subject}${check.passed ? '' : `\n${indent(check.message)}`}`,
      ),
    ].join('\n');
    return deepFreeze({ scenario: parsed.name, passed, steps, checks, finalState: state, summary });
  });
}

/**
 * The safe door of {@link runScenario}: the report, or the issues that stopped the scenario
 * from running, never a throw. A scenario whose steps or checks fail is not an error: it comes
 * back as `success: true` with `data.passed` false.
 *
 * @param scenario - The scenario, as parsed JSON (anything is accepted).
 * @returns `{ success: true, data }` with the {@link ScenarioReport}, or `{ success: false,
 * issues }` with `invalid_input` issues.
 *
 * @example
 * ```ts
 * import { safeRunScenario } from 'co-commissioning/testing';
 *
 * const result = safeRunScenario({ name: 'No start', given: {}, when: [] });
 * result.success ? 'ran' : result.issues[0].message;
 * //=> 'Give the starting point: model and since (such as "model": "B", "since": "2015-04-01"), or a stored state. (at given.model)'
 * ```
 * @category Testing
 */
export function safeRunScenario(scenario: unknown): SafeResult<ScenarioReport> {
  try {
    return Object.freeze({ success: true, data: runScenario(scenario) });
  } catch (error) {
    // runScenario throws only the library's error (readable turns anything else into one).
    return Object.freeze({ success: false, issues: (error as CoCommissioningError).issues });
  }
}
