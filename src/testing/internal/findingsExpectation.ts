// Internal: expectations about findings (compliant, breaches a rule, is flagged by a rule) on any
// subject that has findings, or on a raw committee, register, offer or procurement register,
// which is checked first with the asOf date given.
import {
  type AssessGiftOptions,
  assessGift,
  type CheckCommitteeOptions,
  type CheckDeclarationsOptions,
  type CheckProcurementRegisterOptions,
  COI_RULES,
  checkCommittee,
  checkDeclarations,
  checkProcurementRegister,
  type Finding,
  type GiftAssessment,
  type RuleNotApplied,
  type RuleSubject,
  type Severity,
  type Verdict,
} from 'co-commissioning';
import type { CheckMatcherOptions, FindingMatcherOptions } from '../matchers/options.js';
import { optionsArgument, ruleIdArgument } from './arguments.js';
import {
  isAgendaItemAssessment,
  isCommittee,
  isCommitteeCheck,
  isDeclarationsCheck,
  isFindingList,
  isGiftAssessment,
  isMeetingAssessment,
  isOffer,
  isProcurementCheck,
  isProcurementRegister,
  isRegister,
} from './detect.js';
import { type Expectation, missingAsOf, unsupported } from './expectation.js';
import {
  describeFinding,
  describeFindings,
  describeMembers,
  describeRule,
  plural,
  ruleById,
} from './words.js';

interface RuleState {
  readonly verdict: Verdict;
  readonly skipped?: string;
  readonly message?: string;
}

interface FindingsSubject {
  readonly hint: string;
  readonly label: string;
  readonly asOf: string | null;
  readonly compliant: boolean;
  readonly findings: readonly Finding[];
  readonly rules: ReadonlyMap<string, RuleState>;
  readonly people: ReadonlyMap<string, string>;
  readonly context: string | null;
  readonly kind: string | null;
}

const ACCEPTS =
  'a committee, register of interests, offer or register of procurement decisions (with { asOf }), a result of checkCommittee, checkDeclarations, checkProcurementRegister, assessGift, assessAgendaItem or assessMeeting, or a list of findings';

const noBreach = (findings: readonly Finding[]) =>
  !findings.some((finding) => finding.severity === 'breach');

/** The options of each kind of findings matcher (CheckMatcherOptions and its extensions). */
const CHECK_OPTIONS = Object.freeze(['asOf', 'checkOptions', 'coverage']);
const FINDING_OPTIONS = Object.freeze([...CHECK_OPTIONS, 'subjectId']);
const FLAG_OPTIONS = Object.freeze([...FINDING_OPTIONS, 'severity']);

const VERDICT_RANK: Readonly<Record<Verdict, number>> = Object.freeze({
  'not-applicable': 0,
  pass: 1,
  unknown: 2,
  fail: 3,
});

function fromApplied(
  applied: readonly { ruleId: string; verdict: Verdict; skipped?: string }[],
): Map<string, RuleState> {
  const rules = new Map<string, RuleState>();
  for (const entry of applied) {
    const before = rules.get(entry.ruleId);
    // Across agenda items the most telling verdict wins, whatever the items' order: a failure
    // anywhere, then one that could not be decided, then a pass, then not applicable.
    if (before === undefined || VERDICT_RANK[entry.verdict] > VERDICT_RANK[before.verdict])
      rules.set(
        entry.ruleId,
        entry.skipped === undefined
          ? { verdict: entry.verdict }
          : { verdict: entry.verdict, skipped: entry.skipped },
      );
  }
  return rules;
}

function fromCatalogue(
  subject: RuleSubject,
  findings: readonly Finding[],
  notApplied: readonly RuleNotApplied[],
): Map<string, RuleState> {
  const rules = new Map<string, RuleState>();
  const skipped = new Map(notApplied.map((entry) => [entry.ruleId, entry]));
  for (const rule of COI_RULES) {
    if (rule.subject !== subject) continue;
    const entry = skipped.get(rule.id);
    if (entry !== undefined) {
      rules.set(rule.id, {
        verdict: entry.why === 'no-data' ? 'unknown' : 'not-applicable',
        skipped: entry.why,
        message: entry.message,
      });
    } else {
      const hit = findings.some((finding) => finding.ruleId === rule.id);
      rules.set(rule.id, { verdict: hit ? 'fail' : 'pass' });
    }
  }
  return rules;
}

function fromGift(
  assessment: GiftAssessment,
  hint: string,
  asOf: string | undefined,
): FindingsSubject {
  const rules = new Map<string, RuleState>();
  for (const reason of assessment.reasons) {
    if (rules.get(reason.id)?.verdict !== 'fail') rules.set(reason.id, { verdict: reason.verdict });
  }
  return {
    hint,
    label: `offer "${assessment.offerId}"`,
    asOf: asOf ?? null,
    compliant: noBreach(assessment.findings),
    findings: assessment.findings,
    rules,
    people: new Map(),
    context: null,
    kind: null,
  };
}

function resolve(
  received: unknown,
  options: CheckMatcherOptions,
  what: string,
  example: (variable: string) => string,
): FindingsSubject {
  const none = new Map<string, string>();
  // The subject's words, and the variable name the example in the message gives it.
  const asOfOf = (subject: string, variable: string): string => {
    if (options.asOf === undefined) missingAsOf(what, subject, example(variable));
    return options.asOf;
  };
  const record = <T>(result: T): T => {
    options.coverage?.record(result);
    return result;
  };
  if (isCommitteeCheck(received)) {
    record(received);
    return {
      hint: 'check',
      label: `the check of committee "${received.committeeId}"`,
      asOf: received.asOf,
      compliant: received.compliant,
      findings: received.findings,
      rules: fromApplied(received.rulesApplied),
      people: new Map([[received.committeeId, 'the committee']]),
      context: null,
      kind: null,
    };
  }
  if (isAgendaItemAssessment(received)) {
    record(received);
    return {
      hint: 'assessment',
      label: `agenda item "${received.item.id}" of meeting "${received.meetingId}"`,
      asOf: received.asOf,
      compliant: noBreach(received.findings),
      findings: received.findings,
      rules: fromApplied(received.rulesApplied),
      people: new Map(
        received.attendees.flatMap((attendee) =>
          attendee.name === null ? [] : [[attendee.personId, attendee.name] as const],
        ),
      ),
      context: null,
      kind: null,
    };
  }
  if (isMeetingAssessment(received)) {
    record(received);
    const findings = received.items.flatMap((assessed) => assessed.findings);
    return {
      hint: 'assessment',
      label: `meeting "${received.meetingId}"`,
      asOf: received.asOf,
      compliant: noBreach(findings),
      findings,
      rules: fromApplied(received.items.flatMap((assessed) => assessed.rulesApplied)),
      people: new Map(
        received.items.flatMap((assessed) =>
          assessed.attendees.flatMap((attendee) =>
            attendee.name === null ? [] : [[attendee.personId, attendee.name] as const],
          ),
        ),
      ),
      context: null,
      kind: null,
    };
  }
  if (isProcurementCheck(received)) {
    record(received);
    return {
      hint: 'check',
      label: 'the register of procurement decisions',
      asOf: options.asOf ?? null,
      compliant: received.compliant,
      findings: received.findings,
      rules: fromCatalogue('procurement', received.findings, received.notApplied),
      people: none,
      context: null,
      kind: null,
    };
  }
  if (isDeclarationsCheck(received)) {
    record(received);
    return {
      hint: 'check',
      label: 'the register of interests',
      asOf: options.asOf ?? null,
      compliant: received.compliant,
      findings: received.findings,
      rules: fromCatalogue('register', received.findings, received.notApplied),
      people: none,
      context: null,
      kind: null,
    };
  }
  if (isGiftAssessment(received)) return fromGift(record(received), 'assessment', options.asOf);
  if (isFindingList(received)) {
    record(received);
    return {
      hint: 'findings',
      label: 'the list of findings',
      asOf: options.asOf ?? null,
      compliant: noBreach(received),
      findings: received,
      rules: new Map(),
      people: none,
      context: null,
      kind: null,
    };
  }
  if (isCommittee(received)) {
    const asOf = asOfOf('committee', 'committee');
    const check = record(
      checkCommittee(received, {
        ...(options.checkOptions as Omit<CheckCommitteeOptions, 'asOf'> | undefined),
        asOf,
      }),
    );
    return {
      hint: 'committee',
      label: `committee "${received.id}" (${received.name})`,
      asOf,
      compliant: check.compliant,
      findings: check.findings,
      rules: fromApplied(check.rulesApplied),
      people: new Map([
        [received.id, 'the committee'],
        ...received.members.map((member) => [member.personId, member.name] as const),
      ]),
      context: describeMembers(received.members, received.chairId, received.viceChairId),
      kind: received.kind,
    };
  }
  if (isRegister(received)) {
    const asOf = asOfOf('register of interests', 'register');
    const check = record(
      checkDeclarations(received, {
        ...(options.checkOptions as Omit<CheckDeclarationsOptions, 'asOf'> | undefined),
        asOf,
      }),
    );
    return {
      hint: 'register',
      label: 'the register of interests',
      asOf,
      compliant: check.compliant,
      findings: check.findings,
      rules: fromCatalogue('register', check.findings, check.notApplied),
      people: none,
      context: null,
      kind: null,
    };
  }
  if (isOffer(received)) {
    const asOf = asOfOf('gift or hospitality offer', 'offer');
    const assessment = record(
      assessGift(received, {
        ...(options.checkOptions as Omit<AssessGiftOptions, 'asOf'> | undefined),
        asOf,
      }),
    );
    return fromGift(assessment, 'offer', asOf);
  }
  if (isProcurementRegister(received)) {
    const asOf = asOfOf('register of procurement decisions', 'decisions');
    const check = record(
      checkProcurementRegister(received, {
        ...(options.checkOptions as Omit<CheckProcurementRegisterOptions, 'asOf'> | undefined),
        asOf,
      }),
    );
    return {
      hint: 'register',
      label: 'the register of procurement decisions',
      asOf,
      compliant: check.compliant,
      findings: check.findings,
      rules: fromCatalogue('procurement', check.findings, check.notApplied),
      people: none,
      context: null,
      kind: null,
    };
  }
  return unsupported(what, ACCEPTS, received);
}

/** How to call the matcher or assertion with a date, for a message about a given subject. */
function usage(what: string, args: string): (variable: string) => string {
  return (variable) =>
    what.startsWith('to')
      ? `expect(${variable}).${what}(${args})`
      : `${what}(${variable}, ${args})`;
}

function on(subject: FindingsSubject): string {
  return subject.asOf === null ? '' : ` on ${subject.asOf}`;
}

/** Why a rule produced no matching finding, from how it came out. */
function whyNot(subject: FindingsSubject, ruleId: string): string {
  const state = subject.rules.get(ruleId);
  if (state === undefined) {
    return ruleById(ruleId) === undefined
      ? 'no finding names it, and COI_RULES has no rule with that ID'
      : 'no finding names the rule';
  }
  switch (state.skipped) {
    case 'not-in-force':
      return `the rule is not in force${on(subject)}`;
    case 'turned-off':
      return 'the rule is turned off by an override';
    case 'other-kind':
      return subject.kind === null
        ? 'the rule does not apply to this kind of committee'
        : `the rule does not apply to a committee of kind '${subject.kind}'`;
    case 'no-data':
      return `the rule could not be applied: ${(state.message ?? 'data is missing').replace(/\.$/, '')}`;
    default:
      switch (state.verdict) {
        case 'unknown':
          return 'the rule could not be decided: the data it needs is missing';
        case 'fail':
          // Such as an offer the rule says to decline: what to do, not a breach that happened.
          return 'the rule came out as fail without a finding: it says what to do, and nothing against it has happened';
        case 'not-applicable':
          return 'the rule does not apply here';
        default:
          return 'the rule was applied and passed';
      }
  }
}

function withContext(subject: FindingsSubject, ...blocks: readonly string[]): string {
  return [...blocks, ...(subject.context === null ? [] : [subject.context])].join('\n');
}

/** toBeCompliant / assertCompliant. */
export function complianceExpectation(
  received: unknown,
  given: CheckMatcherOptions,
  what: string,
): Expectation {
  const options = optionsArgument<CheckMatcherOptions>(given, what, CHECK_OPTIONS);
  const subject = resolve(received, options, what, usage(what, "{ asOf: '2017-06-01' }"));
  const breaches = subject.findings.filter((finding) => finding.severity === 'breach');
  const others = subject.findings.filter((finding) => finding.severity !== 'breach');
  return {
    pass: subject.compliant,
    code: 'not_compliant',
    subject: subject.hint,
    expected: 'compliant',
    actual: breaches.map((finding) => finding.ruleId),
    failure: () =>
      withContext(
        subject,
        `Expected ${subject.label} to be compliant${on(subject)}, but it has ${plural(breaches.length, 'breach', 'breaches')}:`,
        ...breaches.map((finding) => describeFinding(finding, subject.people)),
        ...(others.length === 0
          ? []
          : [describeFindings('Other findings', others, subject.people)]),
      ),
    negatedFailure: () =>
      withContext(
        subject,
        `Expected ${subject.label} not to be compliant${on(subject)}, but it is: no finding is a breach.`,
        describeFindings('Findings', subject.findings, subject.people),
      ),
  };
}

/** toBreach / toFlag and their assertions. */
export function findingExpectation(
  received: unknown,
  givenRuleId: string,
  given: FindingMatcherOptions & { readonly severity?: Severity },
  verb: 'breach' | 'flag',
  what: string,
): Expectation {
  const ruleId = ruleIdArgument(givenRuleId, what);
  const options = optionsArgument<FindingMatcherOptions & { readonly severity?: Severity }>(
    given,
    what,
    verb === 'flag' ? FLAG_OPTIONS : FINDING_OPTIONS,
  );
  const subject = resolve(
    received,
    options,
    what,
    usage(what, `'${ruleId}', { asOf: '2017-06-01' }`),
  );
  const severity = verb === 'breach' ? 'breach' : options.severity;
  const subjectId = options.subjectId;
  const ofRule = subject.findings.filter((finding) => finding.ruleId === ruleId);
  const ofSeverity = ofRule.filter(
    (finding) => severity === undefined || finding.severity === severity,
  );
  const matching = ofSeverity.filter(
    (finding) => subjectId === undefined || finding.subjectIds.includes(subjectId),
  );
  const about = subjectId === undefined ? '' : ` about ${subjectId}`;
  const phrase =
    verb === 'breach'
      ? `breach ${ruleId}${about}`
      : `be flagged by ${ruleId}${severity === undefined ? '' : ` as ${severity}`}${about}`;
  const why = (): string => {
    if (ofRule.length > 0 && ofSeverity.length === 0) {
      const severities = [...new Set(ofRule.map((finding) => finding.severity))].join(' and ');
      return `its findings under the rule are ${severities}, not ${severity}`;
    }
    if (ofSeverity.length > 0) {
      const named = [...new Set(ofSeverity.flatMap((finding) => finding.subjectIds))].join(', ');
      return `its findings under the rule are about ${named === '' ? 'no one in particular' : named}`;
    }
    return whyNot(subject, ruleId);
  };
  return {
    pass: matching.length > 0,
    code: verb === 'breach' ? 'rule_not_breached' : 'rule_not_flagged',
    subject: subject.hint,
    expected: `${ruleId}${severity === undefined ? '' : ` as ${severity}`}${about}`,
    actual: subject.findings.map((finding) => `${finding.severity} ${finding.ruleId}`),
    failure: () =>
      withContext(
        subject,
        `Expected ${subject.label} to ${phrase}${on(subject)}, but ${why()}.`,
        describeRule(ruleId),
        describeFindings('Findings', subject.findings, subject.people),
      ),
    negatedFailure: () =>
      [
        `Expected ${subject.label} not to ${phrase}${on(subject)}, but it ${verb === 'breach' ? 'does' : 'is'}:`,
        ...matching.map((finding) => describeFinding(finding, subject.people)),
      ].join('\n'),
  };
}
