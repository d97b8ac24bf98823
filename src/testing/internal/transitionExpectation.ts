// Internal: expectations about transitions (refused by guards, allowed) on a TransitionResult, a
// TransitionExplanation, or a [state, event] pair, which is explained first.
import { type Citation, explainTransition, type Issue, type Verdict } from 'co-commissioning';
import type { RefusalMatcherOptions, TransitionMatcherOptions } from '../matchers/options.js';
import { guardIdsArgument, optionsArgument } from './arguments.js';
import { isStateEventPair, isTransitionExplanation, isTransitionResult } from './detect.js';
import { type Expectation, unsupported } from './expectation.js';
import { describeGuard, describeVerdict, guardById, item } from './words.js';

interface GuardVerdict {
  readonly id: string;
  readonly verdict: Verdict;
  readonly message: string;
  readonly sources?: readonly Citation[];
  readonly remedy?: string;
}

interface TransitionSubject {
  readonly hint: string;
  readonly event: string;
  readonly accepted: boolean;
  /** Every guard's verdict, when known (a refused TransitionResult carries only the failures). */
  readonly guards: readonly GuardVerdict[] | null;
  readonly failing: readonly GuardVerdict[];
  /** Issues that are not guard failures: an unknown or malformed event. */
  readonly issues: readonly Issue[];
}

const ACCEPTS =
  'what transition or explainTransition returned, or a [state, event] pair to explain';

function eventWords(event: unknown): string {
  if (typeof event !== 'object' || event === null) return 'the event';
  const { type, on } = event as { type?: unknown; on?: unknown };
  if (typeof type !== 'string') return 'the event';
  return typeof on === 'string' ? `${type} on ${on}` : type;
}

function split(issues: readonly Issue[]): {
  failing: GuardVerdict[];
  others: Issue[];
} {
  const failing: GuardVerdict[] = [];
  const others: Issue[] = [];
  for (const issue of issues) {
    if (issue.code === 'guard_failed') {
      failing.push({
        id: issue.guardId,
        verdict: 'fail',
        message: issue.message,
        sources: issue.sources,
        remedy: issue.remedy,
      });
    } else {
      others.push(issue);
    }
  }
  return { failing, others };
}

function resolve(
  received: unknown,
  options: TransitionMatcherOptions,
  what: string,
): TransitionSubject {
  if (isTransitionResult(received)) {
    options.coverage?.record(received);
    if (received.ok) {
      return {
        hint: 'transition',
        event: eventWords(received.record.event),
        accepted: true,
        guards: received.record.guards,
        failing: [],
        issues: [],
      };
    }
    const { failing, others } = split(received.issues);
    return {
      hint: 'transition',
      event: 'the event',
      accepted: false,
      guards: null,
      failing,
      issues: others,
    };
  }
  if (isTransitionExplanation(received)) {
    options.coverage?.record(received);
    const others = split(received.issues).others;
    return {
      hint: 'explanation',
      event: received.type ?? 'the event',
      accepted: received.allowed,
      guards: received.guards,
      failing: received.guards.filter((guard) => guard.verdict === 'fail'),
      issues: others,
    };
  }
  if (isStateEventPair(received)) {
    const [state, event] = received;
    const { coverage, ...transitionOptions } = options;
    const explanation = explainTransition(state, event, transitionOptions);
    coverage?.record(explanation);
    return {
      ...resolve(explanation, {}, what),
      hint: '[state, event]',
      event: eventWords(event),
    };
  }
  return unsupported(what, ACCEPTS, received);
}

function labelled(subject: TransitionSubject, eventLabel: string | undefined): TransitionSubject {
  return eventLabel === undefined ? subject : { ...subject, event: eventLabel };
}

function issueLines(issues: readonly Issue[]): string[] {
  return issues.map((issue) => item(`${issue.code}: ${issue.message}`));
}

function guardList(subject: TransitionSubject): string {
  // Only an accepted event is listed, and an accepted event always has its guards' verdicts.
  const guards = subject.guards ?? [];
  return `Guards:\n${guards.map((guard) => describeVerdict(guard)).join('\n')}`;
}

function refusalLines(subject: TransitionSubject): string[] {
  return [...subject.failing.map((guard) => describeVerdict(guard)), ...issueLines(subject.issues)];
}

function unknownGuards(ids: readonly string[]): string[] {
  return ids
    .filter((id) => guardById(id) === undefined)
    .map((id) => `GUARDS has no guard ${id}: check the ID.`);
}

/** toBeRefusedBy / assertRefusedBy. */
export function refusalExpectation(
  received: unknown,
  givenIds: readonly string[],
  given: RefusalMatcherOptions,
  what: string,
  eventLabel?: string,
): Expectation {
  const guardIds = guardIdsArgument(givenIds, what);
  const { only = false, ...transitionOptions } = optionsArgument<RefusalMatcherOptions>(
    given,
    what,
  );
  const subject = labelled(resolve(received, transitionOptions, what), eventLabel);
  const failed = new Set(subject.failing.map((guard) => guard.id));
  const missing = guardIds.filter((id) => !failed.has(id));
  const extra = subject.failing.filter((guard) => !guardIds.includes(guard.id));
  const pass =
    !subject.accepted &&
    missing.length === 0 &&
    (!only || guardIds.length === 0 || (extra.length === 0 && subject.issues.length === 0));
  const by = guardIds.length === 0 ? '' : ` by ${guardIds.join(' and ')}${only ? ' only' : ''}`;
  const failure = (): string => {
    if (subject.accepted) {
      return [
        `Expected ${subject.event} to be refused${by}, but it was accepted.`,
        ...guardIds.map(describeGuard),
        guardList(subject),
      ].join('\n');
    }
    if (missing.length > 0) {
      const known = new Map((subject.guards ?? []).map((guard) => [guard.id, guard]));
      return [
        `Expected ${subject.event} to be refused${by}, but ${missing.join(' and ')} did not fail.`,
        ...missing.map((id) => {
          const verdict = known.get(id);
          const outcome =
            verdict === undefined
              ? subject.guards === null
                ? `${id} did not fail.`
                : `${id} was not evaluated on this event.`
              : `${id} came out ${verdict.verdict}: ${verdict.message}`;
          return `${describeGuard(id)}\n${outcome}`;
        }),
        'It was refused by:',
        ...refusalLines(subject),
        ...unknownGuards(missing),
      ].join('\n');
    }
    return [
      `Expected ${subject.event} to be refused${by}, but it was also refused by:`,
      ...extra.map((guard) => describeVerdict(guard)),
      ...issueLines(subject.issues),
    ].join('\n');
  };
  const negatedFailure = (): string => {
    const named =
      guardIds.length === 0
        ? subject.failing
        : subject.failing.filter((guard) => guardIds.includes(guard.id));
    return [
      `Expected ${subject.event} not to be refused${by}, but it was:`,
      ...named.map((guard) => describeVerdict(guard)),
      ...(guardIds.length === 0 ? issueLines(subject.issues) : []),
    ].join('\n');
  };
  return {
    pass,
    code: 'not_refused',
    subject: subject.hint,
    expected: guardIds.length === 0 ? 'refused' : [...guardIds],
    actual: subject.accepted
      ? 'accepted'
      : [...subject.failing.map((guard) => guard.id), ...subject.issues.map((issue) => issue.code)],
    failure,
    negatedFailure,
  };
}

/** toBeAllowed / assertAllowed. */
export function allowedExpectation(
  received: unknown,
  given: TransitionMatcherOptions,
  what: string,
  eventLabel?: string,
): Expectation {
  const options = optionsArgument<TransitionMatcherOptions>(given, what);
  const subject = labelled(resolve(received, options, what), eventLabel);
  return {
    pass: subject.accepted,
    code: 'not_allowed',
    subject: subject.hint,
    expected: 'allowed',
    actual: subject.accepted
      ? 'accepted'
      : [...subject.failing.map((guard) => guard.id), ...subject.issues.map((issue) => issue.code)],
    failure: () =>
      [
        `Expected ${subject.event} to be allowed, but it was refused:`,
        ...refusalLines(subject),
      ].join('\n'),
    negatedFailure: () =>
      [
        `Expected ${subject.event} not to be allowed, but it was accepted.`,
        guardList(subject),
      ].join('\n'),
  };
}
