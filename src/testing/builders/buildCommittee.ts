import type {
  Committee,
  CommitteeKind,
  CommitteeMember,
  MemberRole,
  Quorum,
} from 'co-commissioning';
import { frozenCopy } from '../internal/frozen.js';
import { readable } from '../internal/readable.js';

/**
 * Options for {@link buildCommittee}: the kind of committee, the chair's role, and any field to
 * set.
 *
 * @example
 * ```ts
 * import type { BuildCommitteeOptions } from 'co-commissioning/testing';
 *
 * const gpChaired: BuildCommitteeOptions = { chair: 'ccg-gp' };
 * ```
 * @category Testing
 */
export interface BuildCommitteeOptions {
  /** The kind of committee (default `'pccc'`); each kind has its own compliant members. */
  readonly kind?: CommitteeKind;
  /** The chair's role (default `'lay'`); another role seats a new voting member, `p-okafor`, as chair. */
  readonly chair?: MemberRole;
  /** The committee's ID (default by kind: `pccc`, `jc`, `gb`, `committee`). */
  readonly id?: string;
  /** The committee's name (default by kind, such as "Primary Care Commissioning Committee"). */
  readonly name?: string;
  /** The members instead of the defaults (the chair and vice-chair IDs stay unless given). */
  readonly members?: readonly CommitteeMember[];
  /** Members to add after the others. */
  readonly addMembers?: readonly CommitteeMember[];
  /** The chair's person ID, overriding `chair`. */
  readonly chairId?: string;
  /** The vice-chair's person ID (default `p-bell`), or `null` for none. */
  readonly viceChairId?: string | null;
  /** The committee's quorum rule, or `null` for none (default: three members including a lay member and the chief officer or chief finance officer). */
  readonly quorum?: Quorum | null;
  /** Whether it meets in public (default `true`), or `null` to leave it unrecorded. */
  readonly meetsInPublic?: boolean | null;
}

const member = (
  personId: string,
  name: string,
  role: MemberRole,
  voting: boolean,
  post?: string,
): CommitteeMember =>
  post === undefined ? { personId, name, role, voting } : { personId, name, role, voting, post };

const HUGHES = member('p-hughes', 'Mrs R Hughes', 'lay', true, 'lay-member-governance');
const BELL = member('p-bell', 'Mr T Bell', 'lay', true, 'lay-member-ppi');
const OSEI = member('p-osei', 'Ms F Osei', 'lay', true);
const GRANT = member('p-grant', 'Ms L Grant', 'executive', true, 'chief-officer');
const EVANS = member('p-evans', 'Mr D Evans', 'executive', true, 'chief-finance-officer');
const PATEL = member('p-patel', 'Dr A Patel', 'ccg-gp', false);
const KHAN = member('p-khan', 'Dr S Khan', 'lmc', false);
const SHAH = member('p-shah', 'Ms K Shah', 'healthwatch', false);
const WOOD = member('p-wood', 'Cllr P Wood', 'health-and-wellbeing-board', false);

interface KindDefaults {
  readonly id: string;
  readonly name: string;
  readonly members: readonly CommitteeMember[];
}

const DEFAULTS: Readonly<Record<CommitteeKind, KindDefaults>> = {
  pccc: {
    id: 'pccc',
    name: 'Primary Care Commissioning Committee',
    members: [HUGHES, BELL, OSEI, GRANT, EVANS, PATEL, KHAN, SHAH, WOOD],
  },
  'joint-committee': {
    id: 'jc',
    name: 'Primary Care Joint Committee',
    members: [
      HUGHES,
      BELL,
      GRANT,
      member('p-ahmed', 'Mr R Ahmed', 'nhs-england', true, 'head-of-primary-care'),
      member('p-doyle', 'Ms C Doyle', 'nhs-england', true, 'director-of-commissioning'),
      KHAN,
      SHAH,
      WOOD,
    ],
  },
  'governing-body': {
    id: 'gb',
    name: 'Governing Body',
    members: [
      HUGHES,
      BELL,
      OSEI,
      GRANT,
      EVANS,
      member('p-adeyemi', 'Mrs C Adeyemi', 'nurse', true, 'registered-nurse'),
      member(
        'p-roberts',
        'Dr M Roberts',
        'secondary-care-doctor',
        true,
        'secondary-care-specialist',
      ),
      member('p-patel', 'Dr A Patel', 'ccg-gp', true),
    ],
  },
  other: {
    id: 'committee',
    name: 'Finance and Performance Committee',
    members: [HUGHES, BELL, OSEI, GRANT, EVANS],
  },
};

/** Three members, including a lay member and the chief officer or chief finance officer. */
const QUORUM: Quorum = {
  rule: {
    kind: 'all-of',
    rules: [
      { kind: 'at-least', count: 3, label: 'three members' },
      { kind: 'at-least', count: 1, of: { roles: ['lay'] }, label: 'a lay member' },
      {
        kind: 'at-least',
        count: 1,
        of: { posts: ['chief-officer', 'chief-finance-officer'] },
        label: 'the chief officer or the chief finance officer',
      },
    ],
  },
  source: {
    document: 'DOMAIN.md',
    domainId: 'PCCC-QUORUM-LOCAL',
    section: 'Part 2 §1.3 rule 23 (S20, first example)',
  },
};

const TITLES: Partial<Record<MemberRole, string>> = {
  'ccg-gp': 'Dr',
  'other-area-gp': 'Dr',
  'secondary-care-doctor': 'Dr',
  lmc: 'Dr',
  'local-authority': 'Cllr',
  'health-and-wellbeing-board': 'Cllr',
};

/**
 * Builds a {@link Committee} for a test, compliant by default, so a test states only what
 * breaks it: `buildCommittee({ chair: 'ccg-gp' })` is the default PCCC chaired by a CCG GP.
 *
 * Defaults by kind (people as in seed 004's model PCCC, "Model C: Delegated commissioning,
 * Governance"; names are invented):
 * - `'pccc'` (`pccc`, "Primary Care Commissioning Committee"): chair Mrs R Hughes (`p-hughes`,
 *   lay), vice-chair Mr T Bell (`p-bell`, lay), Ms F Osei (lay), Ms L Grant (executive, chief
 *   officer) and Mr D Evans (executive, chief finance officer) vote; Dr A Patel (`p-patel`, CCG
 *   GP), Dr S Khan (LMC), Ms K Shah (Healthwatch) and Cllr P Wood (Health and Wellbeing Board)
 *   do not. Five votes, three lay: a lay majority and a lay and executive majority. It meets in
 *   public, has an LMC seat and a quorum of three members including a lay member and the chief
 *   officer or chief finance officer (DOMAIN PCCC-QUORUM-LOCAL). `checkCommittee` finds nothing
 *   on any date.
 * - `'joint-committee'` (`jc`): the lay chair and vice-chair, Ms L Grant and two voting NHS
 *   England members; LMC, Healthwatch and Health and Wellbeing Board seats without a vote.
 * - `'governing-body'` (`gb`): three lay members, the two executives, a nurse, a secondary care
 *   doctor and Dr A Patel: the statutory members (DOMAIN GB-COMPOSITION) and the three lay
 *   members the 2016 guidance recommends.
 * - `'other'` (`committee`): the three lay members and the two executives.
 *
 * With `chair` other than `'lay'`, a new voting member, `p-okafor` (Dr B Okafor for a doctor's
 * role), takes the chair; Mrs R Hughes stays a lay member. Overrides are not checked, so a test
 * can build invalid data on purpose.
 *
 * @param options - The kind, the chair's role and any fields to set.
 * @returns A new, deeply frozen committee that passes `parseCommittee` when the overrides do.
 * @throws `CoCommissioningError` `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { checkCommittee } from 'co-commissioning';
 * import { buildCommittee } from 'co-commissioning/testing';
 *
 * checkCommittee(buildCommittee(), { asOf: '2017-06-01' }).findings.length; //=> 0
 * const gpChaired = checkCommittee(buildCommittee({ chair: 'ccg-gp' }), { asOf: '2017-06-01' });
 * gpChaired.findings[0]?.message; //=> 'The chair, Dr B Okafor, is a CCG GP, not a lay member.'
 * buildCommittee({ kind: 'joint-committee' }).id; //=> 'jc'
 * ```
 * @category Testing
 */
export function buildCommittee(options: BuildCommitteeOptions = {}): Committee {
  return readable('buildCommittee', () => {
    const kind = options.kind ?? 'pccc';
    // Overrides are not checked: an unknown kind (even '__proto__') takes the PCCC's people.
    const defaults = Object.hasOwn(DEFAULTS, kind) ? DEFAULTS[kind] : DEFAULTS.pccc;
    const members = [...(options.members ?? defaults.members), ...(options.addMembers ?? [])];
    let chairId = 'p-hughes';
    const chairRole = options.chair ?? 'lay';
    if (chairRole !== 'lay') {
      chairId = 'p-okafor';
      const title = Object.hasOwn(TITLES, chairRole) ? TITLES[chairRole] : undefined;
      members.push(member(chairId, `${title ?? 'Ms'} B Okafor`, chairRole, true));
    }
    const viceChairId = options.viceChairId === undefined ? 'p-bell' : options.viceChairId;
    const quorum = options.quorum === undefined ? QUORUM : options.quorum;
    const meetsInPublic = options.meetsInPublic === undefined ? true : options.meetsInPublic;
    const committee: Committee = {
      id: options.id ?? defaults.id,
      name: options.name ?? defaults.name,
      kind,
      chairId: options.chairId ?? chairId,
      members,
      ...(viceChairId === null ? {} : { viceChairId }),
      ...(quorum === null ? {} : { quorum }),
      ...(meetsInPublic === null ? {} : { meetsInPublic }),
    };
    return frozenCopy(committee);
  });
}
