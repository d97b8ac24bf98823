import type { Committee, CommitteeMember, Quorum } from 'co-commissioning';

// Committees shaped like the sources. Names are invented; roles, votes and seats follow the
// source named on each fixture.

/**
 * The BMA's model PCCC (seed 004, "Model C: Delegated commissioning, Governance"): a lay chair,
 * a lay and executive majority, non-voting Healthwatch and Health and Wellbeing Board members,
 * a voting GP from another CCG area, secondary care doctor and nurse, an LMC seat, and the
 * CCG's own GPs without a vote. 8 votes: 3 lay + 2 executive + 3 clinical.
 */
export const bmaModelPccc = {
  id: 'pccc-model',
  name: 'Primary Care Commissioning Committee',
  kind: 'pccc',
  chairId: 'p-hughes',
  viceChairId: 'p-bell',
  members: [
    {
      personId: 'p-hughes',
      name: 'Mrs R Hughes',
      role: 'lay',
      voting: true,
      post: 'lay-member-governance',
    },
    { personId: 'p-bell', name: 'Mr T Bell', role: 'lay', voting: true, post: 'lay-member-ppi' },
    { personId: 'p-osei', name: 'Ms F Osei', role: 'lay', voting: true },
    {
      personId: 'p-grant',
      name: 'Ms L Grant',
      role: 'executive',
      voting: true,
      post: 'chief-officer',
    },
    {
      personId: 'p-evans',
      name: 'Mr D Evans',
      role: 'executive',
      voting: true,
      post: 'chief-finance-officer',
    },
    { personId: 'p-mensah', name: 'Dr J Mensah', role: 'other-area-gp', voting: true },
    { personId: 'p-roberts', name: 'Dr M Roberts', role: 'secondary-care-doctor', voting: true },
    { personId: 'p-adeyemi', name: 'Mrs C Adeyemi', role: 'nurse', voting: true },
    { personId: 'p-okafor', name: 'Dr B Okafor', role: 'ccg-gp', voting: false },
    { personId: 'p-patel', name: 'Dr A Patel', role: 'ccg-gp', voting: false },
    { personId: 'p-khan', name: 'Dr S Khan', role: 'lmc', voting: false },
    { personId: 'p-shah', name: 'Ms K Shah', role: 'healthwatch', voting: false },
    { personId: 'p-wood', name: 'Cllr P Wood', role: 'health-and-wellbeing-board', voting: false },
  ],
  meetsInPublic: true,
} as const satisfies Committee;

/**
 * Cambridgeshire & Peterborough's planned PCCC (seed 002 §3.5): "a lay and executive majority
 * committee meeting in public with representatives from our local Healthwatch organisations and
 * our Health and Wellbeing Board". 7 votes: 2 lay + 3 executive + nurse + secondary care doctor.
 * The seed names no LMC seat.
 */
export const cambridgeshirePccc = {
  id: 'cp-pccc',
  name: 'Cambridgeshire and Peterborough Primary Care Commissioning Committee',
  kind: 'pccc',
  chairId: 'cp-lay-1',
  members: [
    { personId: 'cp-lay-1', name: 'Mr G Allen', role: 'lay', voting: true },
    { personId: 'cp-lay-2', name: 'Mrs H Byrne', role: 'lay', voting: true },
    {
      personId: 'cp-ao',
      name: 'Mrs N Clarke',
      role: 'executive',
      voting: true,
      post: 'chief-officer',
    },
    {
      personId: 'cp-cfo',
      name: 'Mr O Doyle',
      role: 'executive',
      voting: true,
      post: 'chief-finance-officer',
    },
    { personId: 'cp-dir', name: 'Ms P Ellis', role: 'executive', voting: true },
    { personId: 'cp-nurse', name: 'Mrs Q Foster', role: 'nurse', voting: true },
    { personId: 'cp-sec', name: 'Dr R Gill', role: 'secondary-care-doctor', voting: true },
    { personId: 'cp-gp', name: 'Dr S Hale', role: 'ccg-gp', voting: false },
    {
      personId: 'cp-hw-c',
      name: 'Mr T Irwin (Healthwatch Cambridgeshire)',
      role: 'healthwatch',
      voting: false,
    },
    {
      personId: 'cp-hw-p',
      name: 'Ms U Jones (Healthwatch Peterborough)',
      role: 'healthwatch',
      voting: false,
    },
    { personId: 'cp-hwb', name: 'Cllr V Kerr', role: 'health-and-wellbeing-board', voting: false },
  ],
  meetsInPublic: true,
} as const satisfies Committee;

/**
 * Wiltshire CCG's Primary Care Joint Commissioning Committee (Model B; DOMAIN JC-MODEL-B-EXAMPLE,
 * rule 25, S22): a CCG lay member as chair, the CCG's secondary care doctor as vice-chair, four
 * NHS England members, the CCG's group director, deputy CFO, two GP locality chairs and medical
 * adviser, the LMC medical director (non-voting) and a council representative (non-voting, as
 * DOMAIN rule 19 has it). The votes of the GP locality chairs and the medical adviser's role are
 * not given by the source: here the GPs vote and the medical adviser is a CCG officer.
 * 11 votes: 1 lay + 3 CCG executive + 4 NHS England + 1 secondary care doctor + 2 CCG GPs.
 */
export const wiltshireJointCommittee = {
  id: 'wilts-pcjcc',
  name: 'Wiltshire Primary Care Joint Commissioning Committee',
  kind: 'joint-committee',
  chairId: 'w-lay',
  viceChairId: 'w-sec',
  members: [
    { personId: 'w-lay', name: 'Mr A Lane', role: 'lay', voting: true },
    { personId: 'w-sec', name: 'Dr B Moss', role: 'secondary-care-doctor', voting: true },
    {
      personId: 'w-nhse-doc',
      name: 'Ms C Nash (Director of Commissioning)',
      role: 'nhs-england',
      voting: true,
    },
    {
      personId: 'w-nhse-fin',
      name: 'Mr D Owen (Head of Primary Care Finance)',
      role: 'nhs-england',
      voting: true,
    },
    {
      personId: 'w-nhse-pc',
      name: 'Mrs E Pike (Head of Primary Care)',
      role: 'nhs-england',
      voting: true,
    },
    {
      personId: 'w-nhse-nurse',
      name: 'Ms F Quinn (Assistant Director of Nursing)',
      role: 'nhs-england',
      voting: true,
    },
    { personId: 'w-dir', name: 'Mr G Reid (Group Director)', role: 'executive', voting: true },
    { personId: 'w-dcfo', name: 'Ms H Shaw (Deputy CFO)', role: 'executive', voting: true },
    { personId: 'w-gp-1', name: 'Dr I Todd (GP locality chair)', role: 'ccg-gp', voting: true },
    { personId: 'w-gp-2', name: 'Dr J Upton (GP locality chair)', role: 'ccg-gp', voting: true },
    { personId: 'w-med', name: 'Dr K Vale (Medical Adviser)', role: 'executive', voting: true },
    { personId: 'w-lmc', name: 'Dr L Ward (LMC Medical Director)', role: 'lmc', voting: false },
    { personId: 'w-council', name: 'Cllr M Young', role: 'local-authority', voting: false },
  ],
} as const satisfies Committee;

/**
 * A CCG governing body with the members NHS (CCG) Regulations 2012 reg 11 requires (DOMAIN
 * GB-COMPOSITION, rule 26): accountable officer, CFO, nurse, secondary care specialist, two lay
 * members, with a GP chair and two more GPs.
 */
export const governingBody = {
  id: 'gb',
  name: 'CCG Governing Body',
  kind: 'governing-body',
  chairId: 'gb-chair',
  members: [
    { personId: 'gb-chair', name: 'Dr W Abbott', role: 'ccg-gp', voting: true },
    {
      personId: 'gb-ao',
      name: 'Ms X Brown',
      role: 'executive',
      voting: true,
      post: 'accountable-officer',
    },
    {
      personId: 'gb-cfo',
      name: 'Mr Y Cole',
      role: 'executive',
      voting: true,
      post: 'chief-finance-officer',
    },
    { personId: 'gb-nurse', name: 'Mrs Z Dunn', role: 'nurse', voting: true },
    { personId: 'gb-sec', name: 'Dr A Eze', role: 'secondary-care-doctor', voting: true },
    {
      personId: 'gb-lay-audit',
      name: 'Mr B Ford',
      role: 'lay',
      voting: true,
      post: 'lay-member-audit',
    },
    {
      personId: 'gb-lay-ppi',
      name: 'Ms C Gray',
      role: 'lay',
      voting: true,
      post: 'lay-member-ppi',
    },
    { personId: 'gb-gp-2', name: 'Dr D Hart', role: 'ccg-gp', voting: true },
    { personId: 'gb-gp-3', name: 'Dr E Ince', role: 'ccg-gp', voting: true },
  ],
} as const satisfies Committee;

/** A copy of a committee with some members replaced or added, by person ID. */
export function withMembers(
  committee: Committee,
  changes: readonly CommitteeMember[],
  remove: readonly string[] = [],
): Committee {
  const changed = new Map(changes.map((member) => [member.personId, member]));
  const kept = committee.members
    .filter((member) => !remove.includes(member.personId))
    .map((member) => changed.get(member.personId) ?? member);
  const added = changes.filter(
    (member) => !committee.members.some((existing) => existing.personId === member.personId),
  );
  return { ...committee, members: [...kept, ...added] };
}

/** A committee of `counts` voting members of each role, with a lay chair when there is one. */
export function committeeOf(counts: Partial<Record<CommitteeMember['role'], number>>): Committee {
  const members: CommitteeMember[] = [];
  for (const [role, count] of Object.entries(counts) as [CommitteeMember['role'], number][]) {
    for (let index = 0; index < count; index += 1) {
      members.push({ personId: `${role}-${index}`, name: `${role} ${index}`, role, voting: true });
    }
  }
  return {
    id: 'c',
    name: 'Committee',
    kind: 'pccc',
    chairId: members.find((member) => member.role === 'lay')?.personId ?? 'nobody',
    members,
  };
}

/** A quorum of "at least `count` voting members". */
export function atLeast(count: number): Quorum {
  return { rule: { kind: 'at-least', count } };
}
