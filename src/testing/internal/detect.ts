// Internal: recognises what a matcher, assertion or coverage collector was given, by shape.
// Library results are plain frozen objects, so their shape is their type.
import type {
  AgendaItemAssessment,
  AvailableTransition,
  BallotResult,
  CommissioningEvent,
  CommissioningState,
  Committee,
  CommitteeCheck,
  DeclarationsCheck,
  Finding,
  GiftAssessment,
  MeetingAssessment,
  Offer,
  ProcurementDecision,
  ProcurementRegisterCheck,
  Register,
  TransitionExplanation,
  TransitionResult,
} from 'co-commissioning';
import type { BallotCase } from '../builders/buildBallot.js';

type Fields = Record<string, unknown>;

function fields(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Fields)
    : undefined;
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isList = (value: unknown): value is readonly unknown[] => Array.isArray(value);

const isTextList = (value: unknown): value is readonly string[] =>
  isList(value) && value.every(isText);

const VERDICTS: readonly unknown[] = ['pass', 'fail', 'not-applicable', 'unknown'];

/** A guard's or rule's verdict as results list them: an ID, a verdict and a message. */
function isVerdictLine(value: unknown): boolean {
  const found = fields(value);
  return (
    found !== undefined &&
    isText(found['id']) &&
    VERDICTS.includes(found['verdict']) &&
    isText(found['message'])
  );
}

/** An issue as results list them: a code and a message. */
function isIssueLike(value: unknown): boolean {
  const found = fields(value);
  return found !== undefined && isText(found['code']) && isText(found['message']);
}

export function isFinding(value: unknown): value is Finding {
  const found = fields(value);
  return (
    found !== undefined &&
    isText(found['ruleId']) &&
    isText(found['severity']) &&
    isText(found['message']) &&
    isTextList(found['subjectIds'])
  );
}

/** A list of findings, each one well formed (a changed result is not read as a library one). */
const isFindings = (value: unknown): boolean => isList(value) && value.every(isFinding);

export function isCommittee(value: unknown): value is Committee {
  const found = fields(value);
  return (
    found !== undefined &&
    isText(found['kind']) &&
    isText(found['chairId']) &&
    isList(found['members'])
  );
}

export function isCommitteeCheck(value: unknown): value is CommitteeCheck {
  const found = fields(value);
  return (
    found !== undefined &&
    isText(found['committeeId']) &&
    isList(found['rulesApplied']) &&
    isFindings(found['findings'])
  );
}

export function isAgendaItemAssessment(value: unknown): value is AgendaItemAssessment {
  const found = fields(value);
  return (
    found !== undefined &&
    isText(found['meetingId']) &&
    fields(found['item']) !== undefined &&
    isList(found['rulesApplied']) &&
    isFindings(found['findings'])
  );
}

export function isMeetingAssessment(value: unknown): value is MeetingAssessment {
  const found = fields(value);
  return (
    found !== undefined &&
    isText(found['meetingId']) &&
    isList(found['items']) &&
    found['items'].every(isAgendaItemAssessment)
  );
}

export function isProcurementCheck(value: unknown): value is ProcurementRegisterCheck {
  const found = fields(value);
  return (
    found !== undefined &&
    isList(found['checkedIds']) &&
    isList(found['notApplied']) &&
    isFindings(found['findings'])
  );
}

export function isDeclarationsCheck(value: unknown): value is DeclarationsCheck {
  const found = fields(value);
  return (
    found !== undefined &&
    isText(found['regime']) &&
    isList(found['notApplied']) &&
    isFindings(found['findings'])
  );
}

export function isGiftAssessment(value: unknown): value is GiftAssessment {
  const found = fields(value);
  return (
    found !== undefined &&
    isText(found['offerId']) &&
    isText(found['action']) &&
    isList(found['reasons']) &&
    isFindings(found['findings'])
  );
}

export function isRegister(value: unknown): value is Register {
  const found = fields(value);
  return found !== undefined && isList(found['declarations']);
}

export function isOffer(value: unknown): value is Offer {
  const found = fields(value);
  return (
    found !== undefined &&
    isText(found['recipientId']) &&
    isText(found['offeredOn']) &&
    fields(found['source']) !== undefined
  );
}

export function isProcurementRegister(value: unknown): value is readonly ProcurementDecision[] {
  return (
    isList(value) &&
    value.length > 0 &&
    value.every((entry) => isText(fields(entry)?.['decidedOn']))
  );
}

export function isFindingList(value: unknown): value is readonly Finding[] {
  return isList(value) && value.every(isFinding);
}

export function isTransitionResult(value: unknown): value is TransitionResult {
  const found = fields(value);
  return found !== undefined && typeof found['ok'] === 'boolean' && isState(found['state']);
}

export function isTransitionExplanation(value: unknown): value is TransitionExplanation {
  const found = fields(value);
  return (
    found !== undefined &&
    typeof found['allowed'] === 'boolean' &&
    isList(found['guards']) &&
    found['guards'].every(isVerdictLine) &&
    isList(found['issues']) &&
    found['issues'].every(isIssueLike)
  );
}

export function isState(value: unknown): value is CommissioningState {
  const found = fields(value);
  return (
    found !== undefined &&
    typeof found['schemaVersion'] === 'number' &&
    isText(found['status']) &&
    isList(found['history'])
  );
}

export function isStateEventPair(
  value: unknown,
): value is readonly [CommissioningState, CommissioningEvent] {
  return isList(value) && value.length === 2 && isState(value[0]);
}

export function isAvailableTransitions(value: unknown): value is readonly AvailableTransition[] {
  return (
    isList(value) &&
    value.length > 0 &&
    value.every(
      (entry) => isText(fields(entry)?.['availability']) && isList(fields(entry)?.['guards']),
    )
  );
}

export function isBallotResult(value: unknown): value is BallotResult {
  const found = fields(value);
  return (
    found !== undefined &&
    isText(found['ballotId']) &&
    isText(found['outcome']) &&
    fields(found['counts']) !== undefined &&
    isList(found['reasons'])
  );
}

export function isBallotCase(value: unknown): value is BallotCase {
  const found = fields(value);
  return found !== undefined && fields(found['ballot']) !== undefined && isList(found['votes']);
}

/** A few words on what a value is, for "received ..." in a misuse message. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing (undefined)';
  if (isList(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') {
    // Sorted: the words do not depend on the order the keys were written in.
    const keys = Object.keys(value).sort().slice(0, 5);
    return keys.length === 0 ? 'an empty object' : `an object with ${keys.join(', ')}`;
  }
  return typeof value === 'string' ? `the text ${JSON.stringify(value)}` : `a ${typeof value}`;
}
