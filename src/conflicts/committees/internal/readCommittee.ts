// The fast path of committee validation: a hand-written reading of exactly what CommitteeSchema
// accepts, for plain objects with no surprises. It returns a new, deeply frozen copy with the
// fields in the schema's order (as zod returns them), or undefined whenever anything is not
// plainly valid (a wrong field, an optional field given as undefined, an object that is not a
// plain object, a getter that throws), and the caller then parses with the schema, which names
// every problem in its own words. It never accepts what the schema refuses.
import type { Citation } from '../../../core/citation.js';
import type { Ratio } from '../../../core/Ratio.js';
import type { MemberRole } from '../../../organisations/MemberRole.js';
import type { Committee, CommitteeKind, CommitteeMember } from '../Committee.js';
import type { MemberMatcher, Quorum, QuorumRule } from '../Quorum.js';

type Plain = Record<string, unknown>;

const ROLES: ReadonlySet<unknown> = new Set<MemberRole>([
  'lay',
  'executive',
  'ccg-gp',
  'other-area-gp',
  'secondary-care-doctor',
  'nurse',
  'practice-manager',
  'lmc',
  'healthwatch',
  'health-and-wellbeing-board',
  'local-authority',
  'nhs-england',
]);
const KINDS: ReadonlySet<unknown> = new Set<CommitteeKind>([
  'pccc',
  'joint-committee',
  'governing-body',
  'other',
]);
const OFFICES: ReadonlySet<unknown> = new Set(['chair', 'vice-chair']);

/** An object literal's kind of object (Object.prototype or no prototype), not an array. */
function isPlain(value: unknown): value is Plain {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * How many own enumerable keys the object has, or -1 when one of them is not in `allowed`.
 * Uses for...in, which allocates nothing (a plain object has no enumerable inherited keys).
 */
function countKeys(value: Plain, allowed: ReadonlySet<string>): number {
  let count = 0;
  for (const key in value) {
    if (!allowed.has(key)) return -1;
    count += 1;
  }
  return count;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

const MEMBER_KEYS: ReadonlySet<string> = new Set(['personId', 'name', 'role', 'voting', 'post']);

function readMember(value: unknown): CommitteeMember | undefined {
  if (!isPlain(value)) return undefined;
  const keys = countKeys(value, MEMBER_KEYS);
  const { personId, name, role, voting, post } = value;
  if (
    !isText(personId) ||
    !isText(name) ||
    !ROLES.has(role) ||
    typeof voting !== 'boolean' ||
    keys !== (post === undefined ? 4 : 5)
  )
    return undefined;
  if (post === undefined)
    return Object.freeze({ personId, name, role: role as MemberRole, voting });
  if (!isText(post)) return undefined;
  return Object.freeze({ personId, name, role: role as MemberRole, voting, post });
}

/** A non-empty list read item by item, frozen, or undefined. */
function readList<T>(value: unknown, read: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const copy = new Array<T>(value.length);
  for (let index = 0; index < value.length; index += 1) {
    const item = read(value[index]);
    if (item === undefined) return undefined;
    copy[index] = item;
  }
  return Object.freeze(copy) as T[];
}

const textItem = (item: unknown) => (isText(item) ? item : undefined);
const roleItem = (item: unknown) => (ROLES.has(item) ? (item as MemberRole) : undefined);
const officeItem = (item: unknown) =>
  OFFICES.has(item) ? (item as 'chair' | 'vice-chair') : undefined;

const MATCHER_KEYS: ReadonlySet<string> = new Set(['roles', 'posts', 'personIds', 'offices']);

function readMatcher(value: unknown): MemberMatcher | undefined {
  if (!isPlain(value)) return undefined;
  const keys = countKeys(value, MATCHER_KEYS);
  if (keys < 0) return undefined;
  const matcher: { -readonly [K in keyof MemberMatcher]: MemberMatcher[K] } = {};
  let seen = 0;
  if (value['roles'] !== undefined) {
    const roles = readList(value['roles'], roleItem);
    if (roles === undefined) return undefined;
    matcher.roles = roles;
    seen += 1;
  }
  if (value['posts'] !== undefined) {
    const posts = readList(value['posts'], textItem);
    if (posts === undefined) return undefined;
    matcher.posts = posts;
    seen += 1;
  }
  if (value['personIds'] !== undefined) {
    const personIds = readList(value['personIds'], textItem);
    if (personIds === undefined) return undefined;
    matcher.personIds = personIds;
    seen += 1;
  }
  if (value['offices'] !== undefined) {
    const offices = readList(value['offices'], officeItem);
    if (offices === undefined) return undefined;
    matcher.offices = offices;
    seen += 1;
  }
  return seen === keys ? Object.freeze(matcher) : undefined;
}

const RATIO_KEYS: ReadonlySet<string> = new Set(['numerator', 'denominator']);

function readRatio(value: unknown): Ratio | undefined {
  if (!isPlain(value) || countKeys(value, RATIO_KEYS) !== 2) return undefined;
  const { numerator, denominator } = value;
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) return undefined;
  if ((denominator as number) <= 0) return undefined;
  return Object.freeze({ numerator: numerator as number, denominator: denominator as number });
}

const RULE_KEYS: Readonly<Record<string, ReadonlySet<string>>> = {
  'at-least': new Set(['kind', 'count', 'of', 'label']),
  share: new Set(['kind', 'ratio', 'comparator', 'of', 'label']),
  'all-of': new Set(['kind', 'rules', 'label']),
  'any-of': new Set(['kind', 'rules', 'label']),
};

/** Reads the optional `of` and `label` of a clause into `rule`; false when either is malformed. */
function readTail(value: Plain, rule: Plain, withMatcher: boolean): number {
  let seen = 0;
  if (withMatcher && value['of'] !== undefined) {
    const of = readMatcher(value['of']);
    if (of === undefined) return -1;
    rule['of'] = of;
    seen += 1;
  }
  if (value['label'] !== undefined) {
    if (!isText(value['label'])) return -1;
    rule['label'] = value['label'];
    seen += 1;
  }
  return seen;
}

function readRule(value: unknown): QuorumRule | undefined {
  if (!isPlain(value)) return undefined;
  const kind = value['kind'];
  const allowed =
    typeof kind === 'string' && Object.hasOwn(RULE_KEYS, kind) ? RULE_KEYS[kind] : undefined;
  if (allowed === undefined) return undefined;
  const keys = countKeys(value, allowed);
  if (keys < 0) return undefined;
  let rule: Plain;
  let required: number;
  if (kind === 'at-least') {
    const count = value['count'];
    if (!Number.isSafeInteger(count) || (count as number) < 1) return undefined;
    rule = { kind, count };
    required = 2;
  } else if (kind === 'share') {
    const ratio = readRatio(value['ratio']);
    const comparator = value['comparator'];
    if (ratio === undefined || (comparator !== '>' && comparator !== '>=')) return undefined;
    rule = { kind, ratio, comparator };
    required = 3;
  } else {
    const rules = readList(value['rules'], readRule);
    if (rules === undefined) return undefined;
    rule = { kind, rules };
    required = 2;
  }
  const tail = readTail(value, rule, kind === 'at-least' || kind === 'share');
  if (tail < 0 || required + tail !== keys) return undefined;
  return Object.freeze(rule) as QuorumRule;
}

const CITATION_KEYS: ReadonlySet<string> = new Set(['document', 'section', 'domainId']);

function readCitation(value: unknown): Citation | undefined {
  if (!isPlain(value)) return undefined;
  const keys = countKeys(value, CITATION_KEYS);
  const { document, section, domainId } = value;
  if (!isText(document)) return undefined;
  const citation: { document: string; section?: string; domainId?: string } = { document };
  let seen = 1;
  if (section !== undefined) {
    if (typeof section !== 'string') return undefined;
    citation.section = section;
    seen += 1;
  }
  if (domainId !== undefined) {
    if (typeof domainId !== 'string') return undefined;
    citation.domainId = domainId;
    seen += 1;
  }
  return seen === keys ? Object.freeze(citation) : undefined;
}

const QUORUM_KEYS: ReadonlySet<string> = new Set([
  'rule',
  'countsNonVotingMembers',
  'countsDiscussionOnlyMembers',
  'source',
]);

function readQuorum(value: unknown): Quorum | undefined {
  if (!isPlain(value)) return undefined;
  const keys = countKeys(value, QUORUM_KEYS);
  const rule = readRule(value['rule']);
  if (rule === undefined) return undefined;
  const quorum: { -readonly [K in keyof Quorum]: Quorum[K] } = { rule };
  let seen = 1;
  const { countsNonVotingMembers, countsDiscussionOnlyMembers, source } = value;
  if (countsNonVotingMembers !== undefined) {
    if (typeof countsNonVotingMembers !== 'boolean') return undefined;
    quorum.countsNonVotingMembers = countsNonVotingMembers;
    seen += 1;
  }
  if (countsDiscussionOnlyMembers !== undefined) {
    if (typeof countsDiscussionOnlyMembers !== 'boolean') return undefined;
    quorum.countsDiscussionOnlyMembers = countsDiscussionOnlyMembers;
    seen += 1;
  }
  if (source !== undefined) {
    const citation = readCitation(source);
    if (citation === undefined) return undefined;
    quorum.source = citation;
    seen += 1;
  }
  return seen === keys ? Object.freeze(quorum) : undefined;
}

const COMMITTEE_KEYS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'kind',
  'chairId',
  'members',
  'viceChairId',
  'quorum',
  'meetsInPublic',
]);

function readCommitteeFields(input: unknown): Committee | undefined {
  if (!isPlain(input)) return undefined;
  const keys = countKeys(input, COMMITTEE_KEYS);
  const { id, name, kind, chairId, members, viceChairId, quorum, meetsInPublic } = input;
  if (!isText(id) || !isText(name) || !KINDS.has(kind) || !isText(chairId)) return undefined;
  if (!Array.isArray(members)) return undefined;
  const list = new Array<CommitteeMember>(members.length);
  for (let index = 0; index < members.length; index += 1) {
    const member = readMember(members[index]);
    if (member === undefined) return undefined;
    list[index] = member;
  }
  const committee: { -readonly [K in keyof Committee]: Committee[K] } = {
    id,
    name,
    kind: kind as CommitteeKind,
    chairId,
    members: Object.freeze(list) as CommitteeMember[],
  };
  let seen = 5;
  if (viceChairId !== undefined) {
    if (!isText(viceChairId)) return undefined;
    committee.viceChairId = viceChairId;
    seen += 1;
  }
  if (quorum !== undefined) {
    const read = readQuorum(quorum);
    if (read === undefined) return undefined;
    committee.quorum = read;
    seen += 1;
  }
  if (meetsInPublic !== undefined) {
    if (typeof meetsInPublic !== 'boolean') return undefined;
    committee.meetsInPublic = meetsInPublic;
    seen += 1;
  }
  return seen === keys ? Object.freeze(committee) : undefined;
}

/**
 * A new, deeply frozen copy of a committee that CommitteeSchema accepts, read by hand, or
 * undefined when the input needs the schema (it is malformed, or unusual in a way this reading
 * does not handle). Never throws.
 */
export function readCommittee(input: unknown): Committee | undefined {
  try {
    return readCommitteeFields(input);
  } catch {
    return undefined;
  }
}

/** Whether a list of person IDs has a repeat. */
export function hasRepeatedPerson(members: readonly CommitteeMember[]): boolean {
  const count = members.length;
  if (count <= 24) {
    for (let i = 1; i < count; i += 1) {
      const id = (members[i] as CommitteeMember).personId;
      for (let j = 0; j < i; j += 1)
        if ((members[j] as CommitteeMember).personId === id) return true;
    }
    return false;
  }
  const seen = new Set<string>();
  for (const member of members) {
    if (seen.has(member.personId)) return true;
    seen.add(member.personId);
  }
  return false;
}
