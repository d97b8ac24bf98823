// The practical limit for a committee check: the same rules as checkCommittee's built-in
// committee rules (on a PCCC or a joint committee, checked on a date after November 2016), written
// by hand as an if-chain over one pass of the members. No validation, no messages, no citations.
import type { Committee } from 'co-commissioning';

/** What one pass over the members finds. */
interface Counts {
  chairRole: string | undefined;
  viceChairFound: boolean;
  voting: number;
  votingLay: number;
  votingExecutive: number;
  votingNhsEngland: number;
  votingObservers: number;
  votingCcgGps: number;
  lmc: number;
}

function count(committee: Committee): Counts {
  const counts: Counts = {
    chairRole: undefined,
    viceChairFound: false,
    voting: 0,
    votingLay: 0,
    votingExecutive: 0,
    votingNhsEngland: 0,
    votingObservers: 0,
    votingCcgGps: 0,
    lmc: 0,
  };
  for (const member of committee.members) {
    if (member.personId === committee.chairId) counts.chairRole = member.role;
    if (member.personId === committee.viceChairId) counts.viceChairFound = true;
    if (member.role === 'lmc') counts.lmc += 1;
    if (!member.voting) continue;
    counts.voting += 1;
    switch (member.role) {
      case 'lay':
        counts.votingLay += 1;
        break;
      case 'executive':
        counts.votingExecutive += 1;
        break;
      case 'nhs-england':
        counts.votingNhsEngland += 1;
        break;
      case 'ccg-gp':
        counts.votingCcgGps += 1;
        break;
      case 'healthwatch':
      case 'health-and-wellbeing-board':
      case 'local-authority':
        counts.votingObservers += 1;
        break;
      default:
        break;
    }
  }
  return counts;
}

function layExecutiveVotes(committee: Committee, counts: Counts): number {
  const nhs = committee.kind === 'joint-committee' ? counts.votingNhsEngland : 0;
  return counts.votingLay + counts.votingExecutive + nhs;
}

/** The IDs of the rules a committee breaks, from a bare if-chain (no objects per rule). */
export function violatedRuleIds(committee: Committee): string[] {
  const counts = count(committee);
  const violated: string[] = [];
  const pccc = committee.kind === 'pccc';
  if (
    counts.chairRole === undefined ||
    (committee.viceChairId !== undefined && !counts.viceChairFound)
  )
    violated.push('COI-PCCC-CHAIR-IS-MEMBER');
  if (counts.chairRole !== 'lay') violated.push('COI-PCCC-LAY-CHAIR');
  if (!(2 * layExecutiveVotes(committee, counts) > counts.voting))
    violated.push('COI-PCCC-LAY-EXEC-MAJORITY');
  if (pccc && !(2 * counts.votingLay > counts.voting)) violated.push('COI-PCCC-LAY-MAJORITY');
  if (counts.votingObservers > 0) violated.push('COI-PCCC-OBSERVERS');
  if (pccc && counts.votingCcgGps > 0) violated.push('COI-PCCC-CCG-GP-NO-VOTE');
  if (pccc && counts.lmc === 0) violated.push('COI-PCCC-LMC-SEAT');
  if (pccc && committee.meetsInPublic === false) violated.push('COI-PCCC-PUBLIC');
  return violated;
}

/** One outcome per rule, as a rules table returns them. */
export interface HandOutcome {
  readonly ruleId: string;
  readonly severity: 'breach' | 'warning' | 'advice';
  readonly verdict: 'pass' | 'fail' | 'unknown' | 'not-applicable';
}

/** The committee check written by hand: one outcome object per rule, and compliance. */
export function handCheckCommittee(committee: Committee): {
  compliant: boolean;
  outcomes: HandOutcome[];
} {
  const counts = count(committee);
  const pccc = committee.kind === 'pccc';
  const outcomes: HandOutcome[] = [];
  const chairIsMember =
    counts.chairRole !== undefined &&
    (committee.viceChairId === undefined || counts.viceChairFound);
  outcomes.push({
    ruleId: 'COI-PCCC-CHAIR-IS-MEMBER',
    severity: 'warning',
    verdict: chairIsMember ? 'pass' : 'fail',
  });
  const layChair = counts.chairRole === 'lay';
  outcomes.push({
    ruleId: 'COI-PCCC-LAY-CHAIR',
    severity: 'breach',
    verdict: layChair ? 'pass' : 'fail',
  });
  const majority = 2 * layExecutiveVotes(committee, counts) > counts.voting;
  outcomes.push({
    ruleId: 'COI-PCCC-LAY-EXEC-MAJORITY',
    severity: 'breach',
    verdict: majority ? 'pass' : 'fail',
  });
  outcomes.push({
    ruleId: 'COI-PCCC-LAY-MAJORITY',
    severity: 'advice',
    verdict: pccc ? (2 * counts.votingLay > counts.voting ? 'pass' : 'fail') : 'not-applicable',
  });
  const observers = counts.votingObservers === 0;
  outcomes.push({
    ruleId: 'COI-PCCC-OBSERVERS',
    severity: 'breach',
    verdict: observers ? 'pass' : 'fail',
  });
  outcomes.push({
    ruleId: 'COI-PCCC-CCG-GP-NO-VOTE',
    severity: 'advice',
    verdict: pccc ? (counts.votingCcgGps === 0 ? 'pass' : 'fail') : 'not-applicable',
  });
  outcomes.push({
    ruleId: 'COI-PCCC-LMC-SEAT',
    severity: 'advice',
    verdict: pccc ? (counts.lmc > 0 ? 'pass' : 'fail') : 'not-applicable',
  });
  outcomes.push({
    ruleId: 'COI-PCCC-PUBLIC',
    severity: 'advice',
    verdict: !pccc
      ? 'not-applicable'
      : committee.meetsInPublic === undefined
        ? 'unknown'
        : committee.meetsInPublic
          ? 'pass'
          : 'fail',
  });
  return { compliant: layChair && majority && observers, outcomes };
}

/** Whether a committee has no breach (lay chair, lay and executive majority, no voting observers). */
export function handCommitteeCompliant(committee: Committee): boolean {
  const counts = count(committee);
  return (
    counts.chairRole === 'lay' &&
    2 * layExecutiveVotes(committee, counts) > counts.voting &&
    counts.votingObservers === 0
  );
}
