import {
  type Committee,
  type CommitteeKind,
  type CommitteeMember,
  CommitteeMemberSchema,
  CommitteeSchema,
  type MemberRole,
  type Quorum,
} from 'co-commissioning';
import * as fc from 'fast-check';
import { nameArbitrary, phraseArbitrary } from './internal.js';
import { roleArbitrary } from './organisations.js';
import {
  type Generated,
  readArbitraryOptions,
  type Validity,
  type ValidityOptions,
  withValidity,
} from './validity.js';

const OBSERVERS: ReadonlySet<MemberRole> = new Set([
  'healthwatch',
  'health-and-wellbeing-board',
  'local-authority',
]);

/**
 * A fast-check arbitrary of {@link CommitteeMember}s: any role, with or without a vote or a
 * post.
 *
 * @typeParam V - The validity asked for.
 * @param options - `validity`: `'valid'` (default), `'near-valid'` or `'invalid'`.
 * @returns An arbitrary of members that pass `CommitteeMemberSchema` (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { CommitteeMemberSchema } from 'co-commissioning';
 * import { committeeMemberArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(fc.property(committeeMemberArbitrary(), (member) => CommitteeMemberSchema.safeParse(member).success));
 * ```
 * @category Testing
 */
export function committeeMemberArbitrary<V extends Validity = 'valid'>(
  options: ValidityOptions<V> = {},
): fc.Arbitrary<Generated<CommitteeMember, V>> {
  const settings = readArbitraryOptions(options);
  const valid: fc.Arbitrary<CommitteeMember> = fc.record(
    {
      personId: fc.integer({ min: 1, max: 9999 }).map((n) => `p-${n}`),
      name: nameArbitrary,
      role: roleArbitrary,
      voting: fc.boolean(),
      post: fc.constantFrom('chief-officer', 'chief-finance-officer', 'lay-member-governance'),
    },
    { requiredKeys: ['personId', 'name', 'role', 'voting'] },
  );
  return withValidity(valid, CommitteeMemberSchema, settings.validity);
}

/**
 * Options for {@link committeeArbitrary}.
 *
 * @typeParam V - The validity asked for.
 * @example
 * ```ts
 * import type { CommitteeArbitraryOptions } from 'co-commissioning/testing';
 *
 * const compliantPcccs: CommitteeArbitraryOptions = { kind: 'pccc', compliant: true };
 * ```
 * @category Testing
 */
export interface CommitteeArbitraryOptions<V extends Validity = 'valid'>
  extends ValidityOptions<V> {
  /** Only committees of this kind (default: any kind). */
  readonly kind?: CommitteeKind;
  /** Only committees `checkCommittee` finds compliant on any date (no breach), by construction. */
  readonly compliant?: boolean;
  /** The most members (default 12, at least 6). */
  readonly maxMembers?: number;
}

const quorumArbitrary: fc.Arbitrary<Quorum> = fc.oneof(
  fc.integer({ min: 1, max: 4 }).map((count): Quorum => ({ rule: { kind: 'at-least', count } })),
  fc.constant<Quorum>({
    rule: {
      kind: 'all-of',
      rules: [
        { kind: 'at-least', count: 3 },
        { kind: 'at-least', count: 1, of: { roles: ['lay'] } },
      ],
    },
  }),
);

/** Makes a committee compliant: lay voting chair, observers without a vote, a lay and executive majority. */
function makeCompliant(committee: Committee): Committee {
  const kind = committee.kind;
  const members = committee.members.map((member) =>
    OBSERVERS.has(member.role) ? { ...member, voting: false } : { ...member },
  );
  if (kind === 'governing-body') {
    const needs: MemberRole[] = [
      'lay',
      'lay',
      'executive',
      'executive',
      'nurse',
      'secondary-care-doctor',
    ];
    for (const [index, role] of needs.entries()) {
      members.push({
        personId: `p-gb-${index + 1}`,
        name: `Member ${index + 1}`,
        role,
        voting: true,
      });
    }
    return { ...committee, members };
  }
  if (kind === 'other') return { ...committee, members };
  const executiveRoles = new Set<MemberRole>(
    kind === 'joint-committee' ? ['lay', 'executive', 'nhs-england'] : ['lay', 'executive'],
  );
  const chair = { personId: 'p-chair', name: 'Lay Chair', role: 'lay' as const, voting: true };
  const all = [chair, ...members];
  const majority = all.filter((member) => member.voting && executiveRoles.has(member.role)).length;
  let voting = all.filter((member) => member.voting).length;
  // Take votes from members outside the majority until lay and executive members hold more
  // than half; the lay chair alone is enough, so this always ends compliant.
  for (const member of all) {
    if (2 * majority > voting) break;
    if (member.voting && !executiveRoles.has(member.role)) {
      member.voting = false;
      voting -= 1;
    }
  }
  return { ...committee, chairId: chair.personId, members: all };
}

/**
 * A fast-check arbitrary of {@link Committee}s of any kind, with members whose person IDs are
 * unique, a chair who is usually (not always) a member, and a quorum, vice-chair and
 * meeting-in-public flag or not. With `compliant: true` every committee is one
 * `checkCommittee` finds compliant on any date: a voting lay chair, observers without a vote,
 * a lay and executive majority of the votes (and for a governing body, its statutory members).
 *
 * @typeParam V - The validity asked for.
 * @param options - The kind, compliance, the most members, and the validity.
 * @returns An arbitrary of committees that pass `parseCommittee` (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { checkCommittee } from 'co-commissioning';
 * import { committeeArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(
 *   fc.property(committeeArbitrary({ kind: 'pccc', compliant: true }), (committee) => {
 *     return checkCommittee(committee, { asOf: '2017-06-01' }).compliant;
 *   }),
 * );
 * ```
 * @category Testing
 */
export function committeeArbitrary<V extends Validity = 'valid'>(
  options: CommitteeArbitraryOptions<V> = {},
): fc.Arbitrary<Generated<Committee, V>> {
  const settings = readArbitraryOptions(options);
  const kinds: readonly CommitteeKind[] =
    settings.kind === undefined
      ? ['pccc', 'joint-committee', 'governing-body', 'other']
      : [settings.kind];
  const valid = fc
    .record({
      kind: fc.constantFrom(...kinds),
      name: phraseArbitrary.map((words) => `${words} Committee`),
      members: fc.uniqueArray(committeeMemberArbitrary(), {
        minLength: 1,
        maxLength: Math.max(6, settings.maxMembers ?? 12),
        selector: (member) => member.personId,
      }),
      quorum: fc.option(quorumArbitrary, { nil: undefined }),
      meetsInPublic: fc.option(fc.boolean(), { nil: undefined }),
      chairIndex: fc.nat(),
      viceChairIndex: fc.option(fc.nat(), { nil: undefined }),
      outsideChair: fc.boolean(),
    })
    .map((drawn): Committee => {
      const { members, quorum, meetsInPublic, viceChairIndex } = drawn;
      const chairId =
        drawn.outsideChair && settings.compliant !== true
          ? 'p-outside'
          : (members[drawn.chairIndex % members.length] as CommitteeMember).personId;
      const committee: Committee = {
        id: drawn.kind === 'pccc' ? 'pccc' : drawn.kind,
        name: drawn.name,
        kind: drawn.kind,
        chairId,
        members,
        ...(quorum === undefined ? {} : { quorum }),
        ...(meetsInPublic === undefined ? {} : { meetsInPublic }),
        ...(viceChairIndex === undefined
          ? {}
          : {
              viceChairId: (members[viceChairIndex % members.length] as CommitteeMember).personId,
            }),
      };
      return settings.compliant === true ? makeCompliant(committee) : committee;
    });
  return withValidity(valid, CommitteeSchema, settings.validity);
}
