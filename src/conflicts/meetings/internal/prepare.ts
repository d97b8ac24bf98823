import * as z from 'zod';
import { fail } from '../../../_lib/fail.js';
import { parseWith } from '../../../_lib/parseWith.js';
import { type IsoDate, IsoDateSchema } from '../../../core/IsoDate.js';
import { type MemberRole, MemberRoleSchema } from '../../../organisations/MemberRole.js';
import type { Committee } from '../../committees/Committee.js';
import type { RuleApplication } from '../../committees/checkCommittee.js';
import { duplicateIssues } from '../../committees/internal/checkUnique.js';
import {
  checkLocalRuleIds,
  checkRuleIds,
  localRuleSchema,
  OverridesSchema,
  ruleApplication,
  skippedApplication,
} from '../../committees/internal/ruleOptions.js';
import { parseCommittee } from '../../committees/parseCommittee.js';
import {
  type Declaration,
  DeclarationTypeSchema,
  type Register,
  RegisterSchema,
} from '../../Register.js';
import { COI_RULES } from '../../rules/COI_RULES.js';
import type { RuleOverride, Severity } from '../../rules/CoiRule.js';
import { MEETING_RULES, type MeetingRuleId } from '../../rules/meetingRules.js';
import { selectRule } from '../../rules/selectRule.js';
import type { LocalMeetingRule } from '../AgendaItemAssessment.js';
import {
  type ConflictAction,
  ConflictActionSchema,
  type DecisionKind,
  DecisionKindSchema,
  type Meeting,
  MeetingSchema,
} from '../Meeting.js';
import { QUORUM_REMEDIES, type QuorumRemedy, type QuorumRemedyAction } from '../QUORUM_REMEDIES.js';

/** Everything an item's assessment needs, validated once per call. */
export interface Prepared {
  readonly meeting: Meeting;
  readonly register: Register;
  readonly committee: Committee | null;
  readonly asOf: IsoDate;
  readonly overrides: Readonly<Record<string, RuleOverride>> | undefined;
  readonly localRules: readonly LocalMeetingRule[];
  /** The built-in rules that apply, with their severities. */
  readonly active: ReadonlyMap<MeetingRuleId, Severity>;
  /** The built-in rules skipped (not in force, turned off, other kind), in catalogue order. */
  readonly skipped: ReadonlyMap<MeetingRuleId, RuleApplication>;
  readonly defaultActions: Readonly<Record<Declaration['type'], ConflictAction>>;
  readonly countsDiscussionOnlyMembers: boolean | undefined;
  readonly memberPracticeIds: ReadonlySet<string> | null;
  readonly minimumRoles: ReadonlySet<MemberRole>;
  readonly minimumDecisionKinds: ReadonlySet<DecisionKind>;
  readonly minimumAction: 'discuss-no-vote' | 'withdraw';
  readonly remedies: readonly QuorumRemedy[];
  /** Declarations in force on the meeting's date, by person. */
  readonly declarationsByPerson: ReadonlyMap<string, readonly Declaration[]>;
}

const idList = (what: string) =>
  z.array(
    z
      .string({ error: `Give each ${what} as text.` })
      .min(1, { error: `Give each ${what}: it cannot be empty.` }),
    { error: `List the ${what}s.` },
  );

const OptionsSchema = z
  .object({
    register: RegisterSchema,
    asOf: IsoDateSchema,
    committee: z.unknown().optional(),
    overrides: OverridesSchema.optional(),
    localRules: z.array(localRuleSchema('meeting'), { error: 'List the local rules.' }).optional(),
    defaultActions: z
      .partialRecord(DeclarationTypeSchema, ConflictActionSchema, {
        error: 'Give defaultActions as an object keyed by type of interest.',
      })
      .optional(),
    countsDiscussionOnlyMembers: z
      .boolean({
        error: 'Say whether discussion-only members count toward quorum (true or false).',
      })
      .optional(),
    memberPracticeIds: idList('member practice ID').optional(),
    minimumRoles: z
      .array(MemberRoleSchema, { error: 'List the roles the minimum covers.' })
      .optional(),
    minimumDecisionKinds: z
      .array(DecisionKindSchema, { error: 'List the decision kinds the minimum covers.' })
      .optional(),
    minimumAction: z
      .enum(['discuss-no-vote', 'withdraw'], {
        error: 'Give the minimum action as discuss-no-vote or withdraw.',
      })
      .optional(),
    quorumFallback: z
      .array(
        z.enum(['defer', 'refer-other-committee', 'co-opt-temporary', 'refer-nhs-england'], {
          error:
            'Give each fallback step as defer, refer-other-committee, co-opt-temporary or refer-nhs-england.',
        }),
        { error: 'List the fallback steps in order.' },
      )
      .optional(),
  })
  .strict();

/** Validates a meeting: its schema, and no repeated attendee, item or determination. */
export function parseMeeting(input: unknown): Meeting {
  const meeting = parseWith(MeetingSchema, input, ['meeting']);
  const issues = [
    ...duplicateIssues(
      meeting.attendeeIds,
      ['meeting', 'attendeeIds'],
      'Person',
      'the attendance list',
    ),
    ...duplicateIssues(
      meeting.items.map((item) => item.id),
      ['meeting', 'items'],
      'Agenda item',
      'the agenda',
    ),
    ...meeting.items.flatMap((item, index) =>
      duplicateIssues(
        (item.determinations ?? []).map((determination) => determination.personId),
        ['meeting', 'items', index, 'determinations'],
        'Person',
        `the chair's determinations for item ${JSON.stringify(item.id)}`,
      ),
    ),
  ];
  const [first, ...rest] = issues;
  if (first !== undefined) fail(first, ...rest);
  return meeting;
}

const BUILT_IN_IDS: ReadonlySet<string> = new Set(COI_RULES.map((rule) => rule.id));

const DEFAULT_ACTIONS: Readonly<Record<Declaration['type'], ConflictAction>> = Object.freeze({
  financial: 'withdraw',
  'non-financial-professional': 'discuss-no-vote',
  'non-financial-personal': 'discuss-no-vote',
  indirect: 'discuss-no-vote',
});

/** Validates the meeting and options and works out what every item's assessment shares. */
export function prepare(meetingInput: unknown, optionsInput: unknown): Prepared {
  const meeting = parseMeeting(meetingInput);
  const options = parseWith(OptionsSchema, optionsInput, ['options']);
  const committee =
    options.committee === undefined
      ? null
      : parseCommittee(options.committee, ['options', 'committee']);
  if (committee !== null && committee.id !== meeting.committeeId) {
    fail({
      code: 'committee_mismatch',
      message: `The meeting belongs to committee ${JSON.stringify(meeting.committeeId)}, but the committee given is ${JSON.stringify(committee.id)}: pass the meeting's own committee.`,
      path: ['options', 'committee', 'id'],
      meetingCommitteeId: meeting.committeeId,
      committeeId: committee.id,
    });
  }
  // The schema types a local rule's check loosely (any function); it is the caller's own.
  const localRules = (options.localRules ?? []) as unknown as readonly LocalMeetingRule[];
  checkLocalRuleIds(localRules, BUILT_IN_IDS, ['options', 'localRules']);
  const known = new Set([...BUILT_IN_IDS, ...localRules.map((rule) => rule.id)]);
  const overrides = (options.overrides ?? undefined) as
    | Readonly<Record<string, RuleOverride>>
    | undefined;
  checkRuleIds(Object.keys(overrides ?? {}), known, ['options', 'overrides']);

  const active = new Map<MeetingRuleId, Severity>();
  const skipped = new Map<MeetingRuleId, RuleApplication>();
  for (const rule of MEETING_RULES) {
    const id = rule.id as MeetingRuleId;
    const chosen = selectRule(rule, options.asOf, overrides);
    if (chosen === undefined) {
      skipped.set(id, skippedApplication(rule, options.asOf, overrides));
    } else if (committee !== null && !rule.appliesTo.includes(committee.kind)) {
      skipped.set(id, ruleApplication(id, 'other-kind', chosen.severity));
    } else {
      active.set(id, chosen.severity);
    }
  }

  const order: readonly QuorumRemedyAction[] =
    options.quorumFallback ?? QUORUM_REMEDIES.map((remedy) => remedy.action);
  const remedies = order
    .map((action) => QUORUM_REMEDIES.find((remedy) => remedy.action === action))
    .filter(
      (remedy): remedy is QuorumRemedy =>
        remedy !== undefined && (committee === null || remedy.appliesTo.includes(committee.kind)),
    )
    .filter((remedy, index, all) => all.indexOf(remedy) === index)
    .map((remedy, index) =>
      remedy.order === index + 1 ? remedy : Object.freeze({ ...remedy, order: index + 1 }),
    );

  return {
    meeting,
    register: options.register,
    committee,
    asOf: options.asOf,
    overrides,
    localRules,
    active,
    skipped,
    defaultActions: { ...DEFAULT_ACTIONS, ...options.defaultActions },
    countsDiscussionOnlyMembers: options.countsDiscussionOnlyMembers,
    memberPracticeIds:
      options.memberPracticeIds === undefined ? null : new Set(options.memberPracticeIds),
    minimumRoles: new Set(options.minimumRoles ?? ['ccg-gp', 'practice-manager']),
    minimumDecisionKinds: new Set(
      options.minimumDecisionKinds ?? ['investment', 'performance-management'],
    ),
    minimumAction: options.minimumAction ?? 'discuss-no-vote',
    remedies,
    declarationsByPerson: inForceByPerson(options.register.declarations, meeting),
  };
}

/** Declarations in force on the meeting's date (arisesOn ≤ date ≤ endsOn) of people present. */
function inForceByPerson(
  declarations: readonly Declaration[],
  meeting: Meeting,
): Map<string, Declaration[]> {
  const present = new Set(meeting.attendeeIds);
  const byPerson = new Map<string, Declaration[]>();
  for (const declaration of declarations) {
    if (!present.has(declaration.personId)) continue;
    if (declaration.arisesOn > meeting.date) continue;
    if (declaration.endsOn !== undefined && declaration.endsOn < meeting.date) continue;
    const list = byPerson.get(declaration.personId);
    if (list === undefined) byPerson.set(declaration.personId, [declaration]);
    else list.push(declaration);
  }
  return byPerson;
}
