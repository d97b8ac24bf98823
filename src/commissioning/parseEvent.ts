// Internal: turns an unknown event into a validated, detached, frozen event or the issues.
import { clonePlain } from '../_lib/clonePlain.js';
import { describeValue } from '../_lib/describe.js';
import { fromZodIssues } from '../_lib/parseWith.js';
import { isTalliedResult } from '../ballots/internal/tallied.js';
import type { Committee } from '../conflicts/committees/Committee.js';
import { duplicateIssues } from '../conflicts/committees/internal/checkUnique.js';
import { isoDayNumber } from '../conflicts/committees/internal/isoDateText.js';
import { isParsedCommittee, markParsed } from '../conflicts/committees/internal/parsed.js';
import {
  hasRepeatedPerson,
  readCommittee,
} from '../conflicts/committees/internal/readCommittee.js';
import type { Issues } from '../core/CoCommissioningError.js';
import type { CommissioningStatus } from '../responsibilities/CommissioningStatus.js';
import {
  type CommissioningEvent,
  CommissioningEventSchema,
  EVENT_TYPES,
  type Signatory,
} from './events.js';
import { deepFreezeOwn } from './freeze.js';

export type ParsedEvent =
  | { readonly ok: true; readonly event: CommissioningEvent }
  | { readonly ok: false; readonly issues: Issues };

export function parseEvent(value: unknown): ParsedEvent {
  const fast = readEvent(value);
  if (fast !== undefined) return { ok: true, event: fast };
  let type: unknown;
  try {
    type =
      typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  } catch {
    type = undefined;
  }
  if (typeof type !== 'string' || !(EVENT_TYPES as readonly string[]).includes(type)) {
    return {
      ok: false,
      issues: [
        {
          code: 'unknown_event',
          message: `Expected an event whose type is one of ${EVENT_TYPES.join(', ')}, but received ${typeof value === 'object' && value !== null ? (typeof type === 'string' ? `an event of type ${JSON.stringify(type)}` : `an event whose type is ${describeValue(type)}`) : describeValue(value)}.`,
          path: ['event', 'type'],
          received: describeValue(type),
        },
      ],
    };
  }
  let result: ReturnType<typeof CommissioningEventSchema.safeParse>;
  try {
    result = CommissioningEventSchema.safeParse(value, { reportInput: true });
  } catch {
    return {
      ok: false,
      issues: [
        {
          code: 'invalid_input',
          message: 'The event could not be read.',
          path: ['event'],
          expected: 'a plain event object',
          received: 'a value that raised an error while being read',
        },
      ],
    };
  }
  if (!result.success) return { ok: false, issues: fromZodIssues(result.error.issues, ['event']) };
  // Detach from the caller's objects (nested ballot results and committees included) and freeze.
  return withDistinctMembers(deepFreezeOwn(clonePlain(result.data) as CommissioningEvent));
}

/**
 * A committee that lists a person twice cannot be read, as parseCommittee says (its votes and
 * majorities would count that person twice): the event is refused with `duplicate_id` issues at
 * `event.committee.members.<index>`, as it would be for any other malformed field, rather than
 * reaching the committee check (which throws for it). The fast path never takes such a
 * committee, so only the schema path asks.
 */
function withDistinctMembers(event: CommissioningEvent): ParsedEvent {
  if (event.type !== 'ESTABLISH_COMMITTEE' || !hasRepeatedPerson(event.committee.members))
    return { ok: true, event };
  const [first, ...rest] = duplicateIssues(
    event.committee.members.map((member) => member.personId),
    ['event', 'committee', 'members'],
    'Person',
    "the committee's member list",
  );
  return first === undefined ? { ok: true, event } : { ok: false, issues: [first, ...rest] };
}

// The fast path: a hand-written reading of exactly what CommissioningEventSchema accepts, for
// plain event objects. It returns a new frozen event with the fields in the schema's order, or
// undefined whenever anything is not plainly valid, and the schema then parses the event and
// words every issue. It never accepts what the schema refuses. A ballot result the library
// counted itself, and a committee it parsed itself, are deeply frozen already and are kept as
// they are; any other committee is read and copied by hand, and any other ballot result goes to
// the schema.

const STATUSES: ReadonlySet<unknown> = new Set(['none', 'A', 'B', 'C']);
const SIGNATORIES: ReadonlySet<unknown> = new Set([
  'accountable-officer',
  'audit-committee-chair',
  'chief-finance-officer',
  'governing-body-chair',
  'nhs-england-director-of-commissioning-operations',
]);

const isDate = (value: unknown): value is string => !Number.isNaN(isoDayNumber(value));

/** The number of own enumerable keys of a plain object, or -1 when it is not one. */
function plainKeys(value: unknown): number {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return -1;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return -1;
  let count = 0;
  for (const _ in value) count += 1;
  return count;
}

function readSignatories(value: unknown): readonly Signatory[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const copy = new Array<Signatory>(value.length);
  for (let index = 0; index < value.length; index += 1) {
    const signatory = value[index];
    if (!SIGNATORIES.has(signatory)) return undefined;
    copy[index] = signatory as Signatory;
  }
  return Object.freeze(copy);
}

function readEventCommittee(value: unknown): Committee | undefined {
  if (isParsedCommittee(value)) return value;
  const committee = readCommittee(value);
  // A committee with a person listed twice goes to the schema path, which refuses it.
  if (committee === undefined || hasRepeatedPerson(committee.members)) return undefined;
  return markParsed(committee);
}

function readEventFields(value: unknown): CommissioningEvent | undefined {
  const keys = plainKeys(value);
  if (keys < 2) return undefined;
  const event = value as Record<string, unknown>;
  const { type, on } = event;
  if (!isDate(on)) return undefined;
  switch (type) {
    case 'CONSULT_LMC':
    case 'COMPLETE_DUE_DILIGENCE':
    case 'SIGN_AGREEMENT':
    case 'GO_LIVE':
    case 'WITHDRAW_PROPOSAL':
      return keys === 2 ? Object.freeze({ type, on }) : undefined;
    case 'PROPOSE': {
      const { target, goLive } = event;
      if (keys !== 4 || !STATUSES.has(target) || !isDate(goLive)) return undefined;
      return Object.freeze({ type, on, target: target as CommissioningStatus, goLive });
    }
    case 'GIVE_NOTICE': {
      const { target } = event;
      if (keys !== 3 || !STATUSES.has(target)) return undefined;
      return Object.freeze({ type, on, target: target as CommissioningStatus });
    }
    case 'GOVERNING_BODY_DECISION':
    case 'NHSE_DECISION': {
      const { approved } = event;
      if (keys !== 3 || typeof approved !== 'boolean') return undefined;
      return Object.freeze({ type, on, approved });
    }
    case 'AMEND_CONSTITUTION': {
      const { approvedByMembers, approvedByNhsEngland } = event;
      let expected = 2;
      const amended: {
        type: typeof type;
        on: string;
        approvedByMembers?: boolean;
        approvedByNhsEngland?: boolean;
      } = { type, on };
      if (approvedByMembers !== undefined) {
        if (typeof approvedByMembers !== 'boolean') return undefined;
        amended.approvedByMembers = approvedByMembers;
        expected += 1;
      }
      if (approvedByNhsEngland !== undefined) {
        if (typeof approvedByNhsEngland !== 'boolean') return undefined;
        amended.approvedByNhsEngland = approvedByNhsEngland;
        expected += 1;
      }
      return keys === expected ? Object.freeze(amended) : undefined;
    }
    case 'SUBMIT_APPLICATION': {
      const signedBy = readSignatories(event['signedBy']);
      if (keys !== 3 || signedBy === undefined) return undefined;
      return Object.freeze({ type, on, signedBy });
    }
    case 'RECORD_BALLOT': {
      const { result } = event;
      if (keys !== 3 || !isTalliedResult(result)) return undefined;
      return Object.freeze({ type, on, result });
    }
    case 'ESTABLISH_COMMITTEE': {
      const committee = readEventCommittee(event['committee']);
      if (keys !== 3 || committee === undefined) return undefined;
      return Object.freeze({ type, on, committee });
    }
    default:
      return undefined;
  }
}

/** A validated, frozen event read by hand, or undefined for the schema to parse. Never throws. */
export function readEvent(value: unknown): CommissioningEvent | undefined {
  try {
    return readEventFields(value);
  } catch {
    return undefined;
  }
}
