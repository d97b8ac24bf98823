import type { MemberRole } from '../../../organisations/MemberRole.js';
import type { Committee, CommitteeMember } from '../Committee.js';

/**
 * What one pass over a committee's members finds: everything the built-in committee rules read.
 * Computed once, when a committee is parsed, and kept with it (the committee is deeply frozen,
 * so the tally cannot go stale). Never exposed.
 */
export interface MemberTally {
  readonly chair: CommitteeMember | undefined;
  readonly viceChair: CommitteeMember | undefined;
  readonly firstLay: CommitteeMember | undefined;
  readonly votingMembers: number;
  readonly votingLay: number;
  readonly votingExecutive: number;
  readonly votingNhsEngland: number;
  readonly lay: number;
  readonly executive: number;
  readonly nurse: number;
  readonly secondaryCare: number;
  readonly lmc: number;
  readonly votingObservers: readonly CommitteeMember[] | undefined;
  readonly votingCcgGps: readonly CommitteeMember[] | undefined;
  /** `[committee.id]`, frozen: the subject of every finding about the committee as a whole. */
  readonly committeeIds: readonly string[];
  /** `[committee.chairId]`, frozen: the subject of findings about the chair. */
  readonly chairIds: readonly string[];
  /** `[committee.viceChairId]`, frozen, when the committee names a vice-chair. */
  readonly viceChairIds: readonly string[] | undefined;
  /** Whether the chair is on the member list as a lay member (read without touching the member). */
  readonly layChair: boolean;
  /** The subject of each voting observer's finding (`[personId]`, frozen), in the same order. */
  readonly votingObserverIds: readonly (readonly string[])[] | undefined;
  /** The subject of each voting CCG GP's finding (`[personId]`, frozen), in the same order. */
  readonly votingCcgGpIds: readonly (readonly string[])[] | undefined;
}

const subject = (member: CommitteeMember): readonly string[] => Object.freeze([member.personId]);

const OBSERVER_ROLES: ReadonlySet<MemberRole> = new Set([
  'healthwatch',
  'health-and-wellbeing-board',
  'local-authority',
]);

/** Counts a validated committee's members by role and vote, in one pass. */
export function tallyMembers(committee: Committee): MemberTally {
  let chair: CommitteeMember | undefined;
  let viceChair: CommitteeMember | undefined;
  let firstLay: CommitteeMember | undefined;
  let votingMembers = 0;
  let votingLay = 0;
  let votingExecutive = 0;
  let votingNhsEngland = 0;
  let lay = 0;
  let executive = 0;
  let nurse = 0;
  let secondaryCare = 0;
  let lmc = 0;
  let votingObservers: CommitteeMember[] | undefined;
  let votingCcgGps: CommitteeMember[] | undefined;
  const { chairId, viceChairId, members } = committee;
  for (let index = 0; index < members.length; index += 1) {
    const member = members[index] as CommitteeMember;
    const { personId, role, voting } = member;
    if (personId === chairId) chair = member;
    if (personId === viceChairId) viceChair = member;
    switch (role) {
      case 'lay':
        lay += 1;
        if (voting) votingLay += 1;
        firstLay ??= member;
        break;
      case 'executive':
        executive += 1;
        if (voting) votingExecutive += 1;
        break;
      case 'nhs-england':
        if (voting) votingNhsEngland += 1;
        break;
      case 'nurse':
        nurse += 1;
        break;
      case 'secondary-care-doctor':
        secondaryCare += 1;
        break;
      case 'lmc':
        lmc += 1;
        break;
      case 'ccg-gp':
        if (voting) {
          if (votingCcgGps === undefined) votingCcgGps = [member];
          else votingCcgGps.push(member);
        }
        break;
      default:
        if (voting && OBSERVER_ROLES.has(role)) {
          if (votingObservers === undefined) votingObservers = [member];
          else votingObservers.push(member);
        }
    }
    if (voting) votingMembers += 1;
  }
  return {
    chair,
    viceChair,
    firstLay,
    votingMembers,
    votingLay,
    votingExecutive,
    votingNhsEngland,
    lay,
    executive,
    nurse,
    secondaryCare,
    lmc,
    votingObservers,
    votingCcgGps,
    committeeIds: Object.freeze([committee.id]),
    chairIds: Object.freeze([chairId]),
    viceChairIds: viceChairId === undefined ? undefined : Object.freeze([viceChairId]),
    layChair: chair?.role === 'lay',
    votingObserverIds: votingObservers?.map(subject),
    votingCcgGpIds: votingCcgGps?.map(subject),
  };
}
