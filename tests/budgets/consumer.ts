// A reference consumer of both entry points, written as an application would use the library:
// it validates input with the exported schemas (and extends one, as zod users do), checks a
// committee, counts a ballot, walks the commissioning state machine, asks who decides what and
// reads the results' types by inference. tests/budgets/typecost.mjs type-checks this file
// against the built declarations with `tsc --extendedDiagnostics` and holds its instantiation
// count to a budget, so a change that makes the public types costly for an editor fails CI.
import {
  assessGift,
  type Ballot,
  type BallotResult,
  type CheckCommitteeOptions,
  CoCommissioningError,
  type CommissioningEvent,
  type CommissioningState,
  type Committee,
  type CommitteeCheck,
  type CommitteeMember,
  CommitteeSchema,
  checkCommittee,
  checkDeclarations,
  checkParsedCommittee,
  compareStatuses,
  createCommissioningState,
  explainTransition,
  type Finding,
  formatBallotResult,
  formatPence,
  formatPercent,
  isCoCommissioningError,
  loadState,
  type Offer,
  parseCommittee,
  parseIsoDate,
  pence,
  type Register,
  RegisterSchema,
  ratio,
  responsibility,
  safeCheckCommittee,
  safeTallyBallot,
  serializeState,
  type TransitionResult,
  tallyBallot,
  transition,
  type Vote,
  votesToFlip,
} from 'co-commissioning';
import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import * as z from 'zod';

// Validating input read from a file, and a schema of the application's own built on one of the
// library's.
export const StoredCommitteeSchema = CommitteeSchema.extend({
  region: z.string(),
  reviewedOn: z.array(z.string()).optional(),
});
export type StoredCommittee = z.infer<typeof StoredCommitteeSchema>;

export function readCommittee(json: string): Committee {
  const stored: StoredCommittee = StoredCommitteeSchema.parse(JSON.parse(json));
  const { region: _region, reviewedOn: _reviewedOn, ...committee } = stored;
  return parseCommittee(committee);
}

export function readRegister(json: unknown): Register {
  return RegisterSchema.parse(json);
}

// Checking committees: one at a time, and many after parsing once.
export function breaches(committee: Committee, asOf: string): readonly Finding[] {
  const options: CheckCommitteeOptions = {
    asOf,
    overrides: { 'COI-PCCC-LMC-SEAT': { enabled: false } },
  };
  const check: CommitteeCheck = checkCommittee(committee, options);
  return check.findings.filter((finding) => finding.severity === 'breach');
}

export function dashboard(committees: readonly unknown[], asOf: string) {
  const parsed = committees.map((committee) => parseCommittee(committee));
  return parsed.map((committee) => {
    const check = checkParsedCommittee(committee, { asOf });
    const chair: CommitteeMember | undefined = committee.members.find(
      (member) => member.personId === committee.chairId,
    );
    return {
      id: check.committeeId,
      compliant: check.compliant,
      chair: chair?.name ?? null,
      rules: check.rulesApplied.map((rule) => `${rule.ruleId}: ${rule.verdict}`),
    };
  });
}

export function safely(committee: unknown, asOf: string): string {
  const result = safeCheckCommittee(committee as Committee, { asOf });
  return result.success
    ? `${result.data.findings.length} findings`
    : result.issues.map((issue) => `${issue.code}: ${issue.message}`).join('\n');
}

// Counting a ballot, exactly, and explaining it.
export function count(ballot: Ballot, votes: readonly Vote[]): string {
  const result: BallotResult = tallyBallot(ballot, votes);
  const margin = votesToFlip(ballot, votes);
  const share = formatPercent(result.yesShare, 1);
  return `${result.outcome} (${share}); ${formatBallotResult(result)}; ${JSON.stringify(margin)}`;
}

export function countUnchecked(ballot: unknown, votes: unknown): BallotResult | null {
  const result = safeTallyBallot(ballot, votes);
  return result.success ? result.data : null;
}

// Walking the commissioning state machine and storing the state.
export function apply(
  state: CommissioningState,
  events: readonly CommissioningEvent[],
): CommissioningState {
  let current = state;
  for (const event of events) {
    const result: TransitionResult = transition(current, event);
    if (!result.ok) {
      const why = explainTransition(current, event);
      throw new Error(why.guards.map((guard) => guard.message).join(' '));
    }
    current = result.state;
  }
  return current;
}

export function roundTrip(): CommissioningState {
  const start = createCommissioningState({ ccgId: '06H', status: 'B', since: '2015-04-01' });
  const proposed = transition(start, {
    type: 'PROPOSE',
    on: '2015-07-01',
    target: 'C',
    goLive: '2016-04-01',
  });
  return loadState(serializeState(proposed.ok ? proposed.state : start));
}

// Who decides what, gifts, declarations, and the core values.
export function summary(): string[] {
  const holder = responsibility('primary-care-budget', 'C');
  const changes = compareStatuses('B', 'C');
  const offer: Offer = {
    id: 'o-1',
    recipientId: 'p-1',
    offeredOn: '2017-07-01',
    valuePence: pence(2_500),
    kind: 'gift',
    source: { id: 's-1', name: 'A supplier', kind: 'supplier' },
  };
  const gift = assessGift(offer, { history: [], asOf: '2017-07-01' });
  const declarations = checkDeclarations(
    { declarations: [] },
    { asOf: parseIsoDate('2017-07-01') },
  );
  return [
    holder.decidedBy,
    String(changes.length),
    gift.action,
    String(declarations.findings.length),
    formatPence(pence(2_500)),
    formatPercent(ratio(52, 83), 1),
  ];
}

// Errors, and the testing entry point.
export function describeError(error: unknown): string {
  if (isCoCommissioningError(error)) return `${error.code}: ${error.issues.length} issue(s)`;
  return error instanceof CoCommissioningError ? error.message : String(error);
}

export function frozenCheck(committee: Committee): boolean {
  return isDeepFrozen(checkCommittee(deepFreeze(committee), { asOf: '2017-07-01' }));
}
