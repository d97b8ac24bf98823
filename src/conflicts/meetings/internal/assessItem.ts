import { freezeDeep } from '../../../_lib/freezeDeep.js';
import type { Citation } from '../../../core/citation.js';
import type { Reason, ReasonValue } from '../../../core/Reason.js';
import type { CommitteeMember } from '../../committees/Committee.js';
import type { RuleApplication } from '../../committees/checkCommittee.js';
import { evaluateQuorumOf, type QuorumEvaluation } from '../../committees/evaluateQuorum.js';
import { joinWords, ROLE_PLURALS, ROLE_WORDS } from '../../committees/internal/roleWords.js';
import {
  makeFinding,
  type RuleOutcome,
  ruleApplication,
  runLocalRule,
  skippedApplication,
} from '../../committees/internal/ruleOptions.js';
import type { Declaration } from '../../Register.js';
import type { Finding } from '../../rules/CoiRule.js';
import { MEETING_RULES, type MeetingRule, type MeetingRuleId } from '../../rules/meetingRules.js';
import { selectRule } from '../../rules/selectRule.js';
import type {
  AgendaItemAssessment,
  AgendaItemView,
  AttendeeAssessment,
  Standing,
} from '../AgendaItemAssessment.js';
import type { AgendaItem, ConflictAction } from '../Meeting.js';
import type { Prepared } from './prepare.js';

const RANK: Readonly<Record<ConflictAction, number>> = Object.freeze({
  'note-only': 1,
  'discuss-no-vote': 2,
  withdraw: 3,
});

function stricter(a: ConflictAction | null, b: ConflictAction | null): ConflictAction | null {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[b] > RANK[a] ? b : a;
}

const ACTION_WORDS: Readonly<Record<ConflictAction, string>> = Object.freeze({
  'note-only': 'have the interest noted and take part',
  'discuss-no-vote': 'stay for the discussion without voting',
  withdraw: 'withdraw from the item',
});

const TYPE_WORDS: Readonly<Record<Declaration['type'], string>> = Object.freeze({
  financial: 'a financial interest',
  'non-financial-professional': 'a non-financial professional interest',
  'non-financial-personal': 'a non-financial personal interest',
  indirect: 'an indirect interest',
});

const DECISION_WORDS = Object.freeze({
  investment: 'an investment decision',
  'performance-management': 'a performance management decision',
  procurement: 'a procurement decision',
  other: 'a decision',
  'for-information': 'an item for information',
});

const REMEDY_WORDS = Object.freeze({
  defer: 'defer the item',
  'refer-other-committee': 'refer it to another committee',
  'co-opt-temporary': 'co-opt members temporarily',
  'refer-nhs-england': 'refer it to NHS England',
});

const RULES_BY_ID: ReadonlyMap<string, MeetingRule> = new Map(
  MEETING_RULES.map((rule) => [rule.id, rule]),
);

function ruleOf(id: MeetingRuleId): MeetingRule {
  return RULES_BY_ID.get(id) as MeetingRule;
}

interface Person {
  readonly personId: string;
  readonly member: CommitteeMember | undefined;
  readonly name: string;
  readonly declarations: readonly Declaration[];
  readonly defaultAction: ConflictAction | null;
  readonly determination: ConflictAction | null;
  readonly minimumApplies: boolean;
  readonly action: ConflictAction | null;
  readonly standing: Standing;
}

/** Assesses one agenda item of a prepared meeting. */
export function assessItem(prepared: Prepared, item: AgendaItem): AgendaItemAssessment {
  const { meeting, committee, active } = prepared;
  const findings: Finding[] = [];
  const reasons: Reason[] = [];
  const outcome = new Map<MeetingRuleId, 'fail'>();
  const decision = item.decisionKind !== 'for-information';
  const itemName = `item ${JSON.stringify(item.id)} (${item.title})`;

  const report = (
    id: MeetingRuleId,
    message: string,
    subjectIds: readonly string[],
    evidence: Readonly<Record<string, ReasonValue>>,
    remedy: string,
  ) => {
    const severity = active.get(id);
    if (severity === undefined) return;
    findings.push(makeFinding(ruleOf(id), severity, message, [...subjectIds], evidence, remedy));
    outcome.set(id, 'fail');
  };
  const explain = (reason: Reason) => reasons.push(reason);
  const sourcesOf = (id: MeetingRuleId): readonly Citation[] => ruleOf(id).sources;

  // Whether the item affects member practices, for seed 004's minimum.
  const affects = affectsMemberPractices(prepared, item);
  const minimumKind = prepared.minimumDecisionKinds.has(item.decisionKind);
  const minimumOn = active.has('SEED-COI-MINIMUM') && minimumKind && affects.value;
  if (active.has('SEED-COI-MINIMUM')) {
    explain({
      id: 'SEED-COI-MINIMUM',
      verdict: minimumOn ? 'pass' : 'not-applicable',
      message: minimumOn
        ? `Seed 004's minimum applies: ${itemName} is ${DECISION_WORDS[item.decisionKind]} that ${affects.assumed ? 'is assumed to affect' : 'affects'} member practices, so ${joinWords([...prepared.minimumRoles].map((role) => ROLE_PLURALS[role]))} on the committee ${prepared.minimumAction === 'withdraw' ? 'withdraw' : 'stay for the discussion without voting'}.`
        : `Seed 004's minimum does not apply: ${itemName} is ${DECISION_WORDS[item.decisionKind]}${minimumKind ? ' that does not affect member practices' : ''}.`,
      sources: sourcesOf('SEED-COI-MINIMUM'),
      values: {
        decisionKind: item.decisionKind,
        affectsMemberPractices: affects.value,
        assumed: affects.assumed,
      },
    });
  }

  // Where each person present stands.
  const itemOrganisations = new Set(item.subject.organisationIds);
  const determinations = new Map(
    (item.determinations ?? []).map((determination) => [determination.personId, determination]),
  );
  const members = new Map(committee?.members.map((member) => [member.personId, member]));
  const present = new Set(meeting.attendeeIds);
  const orderedIds = [
    ...(committee?.members ?? [])
      .filter((member) => present.has(member.personId))
      .map((member) => member.personId),
    ...meeting.attendeeIds.filter((id) => !members.has(id)).sort(),
  ];
  const people = orderedIds.map((personId): Person => {
    const member = members.get(personId);
    const inForce = prepared.declarationsByPerson.get(personId) ?? [];
    const declarations = inForce.filter((declaration) =>
      (declaration.organisationIds ?? []).some((id) => itemOrganisations.has(id)),
    );
    const defaultAction = declarations.reduce<ConflictAction | null>(
      (action, declaration) => stricter(action, prepared.defaultActions[declaration.type]),
      null,
    );
    const determination = determinations.get(personId)?.action ?? null;
    const minimumApplies =
      minimumOn && member !== undefined && prepared.minimumRoles.has(member.role);
    const action = stricter(
      determination ?? defaultAction,
      minimumApplies ? prepared.minimumAction : null,
    );
    const standing: Standing =
      action === 'withdraw'
        ? 'withdraw'
        : action === 'discuss-no-vote'
          ? 'discussion-only'
          : committee === null || member?.voting === true
            ? 'may-vote'
            : 'non-voting';
    const unnamed = inForce.filter(
      (declaration) => (declaration.organisationIds ?? []).length === 0,
    );
    if (unnamed.length > 0) {
      explain({
        id: 'COI-MEETING-DECLARE',
        verdict: 'unknown',
        message: `${member?.name ?? personId} has ${unnamed.length === 1 ? 'an interest' : 'interests'} in force (${joinWords(unnamed.map((d) => `${d.description}, declaration ${d.id}`))}) that name${unnamed.length === 1 ? 's' : ''} no organisation, so the library cannot tell whether ${unnamed.length === 1 ? 'it bears' : 'they bear'} on ${itemName}; the chair should consider ${unnamed.length === 1 ? 'it' : 'them'}.`,
        sources: sourcesOf('COI-MEETING-DECLARE'),
        values: { personId, declarationIds: unnamed.map((d) => d.id).join(', ') },
        missing: ['organisationIds'],
      });
    }
    return {
      personId,
      member,
      name: member?.name ?? personId,
      declarations,
      defaultAction,
      determination,
      minimumApplies,
      action,
      standing,
    };
  });

  const withdrawn = people.filter((p) => p.standing === 'withdraw').map((p) => p.personId);
  const discussionOnly = people
    .filter((p) => p.standing === 'discussion-only')
    .map((p) => p.personId);
  const voters = people.filter((p) => p.standing === 'may-vote').map((p) => p.personId);

  const attendees = people.map((person) => attendeeOf(person, itemName, prepared));
  for (const attendee of attendees) {
    if (attendee.action === null && attendee.determination === null) continue;
    explain({
      id: attendee.minimumApplies ? 'SEED-COI-MINIMUM' : 'COI-CONFLICTED-NO-VOTE',
      verdict:
        attendee.standing === 'may-vote' || attendee.standing === 'non-voting' ? 'pass' : 'fail',
      message: attendee.reason,
      sources: sourcesOf(attendee.minimumApplies ? 'SEED-COI-MINIMUM' : 'COI-MEETING-DECLARE'),
      values: {
        personId: attendee.personId,
        action: attendee.action,
        determination: attendee.determination,
        declarationIds: attendee.declarationIds.join(', '),
      },
    });
  }
  explain({
    id: 'COI-CONFLICTED-NO-VOTE',
    verdict: 'pass',
    message: `${voters.length === 0 ? 'Nobody' : joinWords(voters.map((id) => nameOf(people, id)))} may vote on ${itemName}${committee === null ? ' (no committee was given, so voting rights were not checked)' : ''}${decision ? '' : '; no vote is taken on an item for information'}.`,
    sources: sourcesOf('COI-CONFLICTED-NO-VOTE'),
    values: {
      voters: voters.length,
      withdrawn: withdrawn.length,
      discussionOnly: discussionOnly.length,
    },
  });

  // Interests not declared by the meeting, with no determination recorded.
  for (const person of people) {
    if (person.determination !== null) continue;
    const late = person.declarations.filter((declaration) => declaration.declaredOn > meeting.date);
    if (late.length === 0) continue;
    report(
      'COI-MEETING-DECLARE',
      `${person.name}'s ${joinWords(late.map((d) => `${TYPE_WORDS[d.type].replace(/^an? /, '')} (${d.description}, declaration ${d.id}, declared on ${d.declaredOn})`))} had arisen by the meeting on ${meeting.date} but ${late.length === 1 ? 'was' : 'were'} not on the register until after it, and the chair recorded no determination for ${person.name} on ${itemName}.`,
      [person.personId, ...late.map((d) => d.id)],
      {
        personId: person.personId,
        declarationIds: late.map((d) => d.id).join(', '),
        meetingDate: meeting.date,
        firstDeclaredOn: late.map((d) => d.declaredOn).sort()[0] ?? null,
      },
      `Record the interest and the chair's determination in the minutes; if ${person.name} voted, check whether the decision stands without the vote.`,
    );
  }

  // Determinations less strict than the default or the minimum: respected, but flagged.
  for (const person of people) {
    const { determination, defaultAction } = person;
    if (determination === null) continue;
    if (defaultAction !== null && RANK[determination] < RANK[defaultAction]) {
      const types = joinWords([...new Set(person.declarations.map((d) => TYPE_WORDS[d.type]))]);
      report(
        'COI-CHAIR-DETERMINATION',
        `The chair determined that ${person.name} should ${ACTION_WORDS[determination]} on ${itemName}, which is less strict than the library's default for ${types} (${ACTION_WORDS[defaultAction]}). The determination is respected.`,
        [person.personId],
        { personId: person.personId, determination, defaultAction },
        'Record in the minutes why the chair judged the interest not to call for the default action, or change the determination.',
      );
    }
    if (person.minimumApplies && RANK[determination] < RANK[prepared.minimumAction]) {
      report(
        'COI-CHAIR-DETERMINATION',
        `The chair determined that ${person.name} should ${ACTION_WORDS[determination]} on ${itemName}, but seed 004's minimum keeps ${ROLE_WORDS[(person.member as CommitteeMember).role]} from taking part in ${DECISION_WORDS[item.decisionKind]} affecting member practices; the minimum prevails (${ACTION_WORDS[prepared.minimumAction]}).`,
        [person.personId],
        { personId: person.personId, determination, minimumAction: prepared.minimumAction },
        'Correct the determination in the minutes, or turn SEED-COI-MINIMUM off if your constitution does not adopt it.',
      );
    }
  }

  // Votes recorded for members who were barred from voting.
  const standingOf = new Map(people.map((person) => [person.personId, person]));
  for (const voterId of item.recordedVoterIds ?? []) {
    const person = standingOf.get(voterId);
    if (person === undefined) {
      explain({
        id: 'COI-CONFLICTED-NO-VOTE',
        verdict: 'unknown',
        message: `${voterId} is recorded as voting on ${itemName} but is not listed as present.`,
        sources: sourcesOf('COI-CONFLICTED-NO-VOTE'),
        values: { personId: voterId },
        missing: ['meeting.attendeeIds'],
      });
      continue;
    }
    if (person.standing !== 'withdraw' && person.standing !== 'discussion-only') continue;
    const byMinimum =
      person.minimumApplies &&
      RANK[prepared.minimumAction] >
        RANK[person.determination ?? person.defaultAction ?? 'note-only'];
    const barred =
      person.standing === 'withdraw' ? 'should have withdrawn' : 'could only join the discussion';
    if (byMinimum) {
      report(
        'SEED-COI-MINIMUM',
        `${person.name}, ${ROLE_WORDS[(person.member as CommitteeMember).role]}, is recorded as voting on ${itemName}, ${DECISION_WORDS[item.decisionKind]} affecting member practices; as a minimum, ${joinWords([...prepared.minimumRoles].map((role) => ROLE_PLURALS[role]))} take no part in such decisions, so ${person.name} ${barred}.`,
        [person.personId],
        { personId: person.personId, decisionKind: item.decisionKind, recordedAsVoting: true },
        `Discount ${person.name}'s vote, check whether the decision stands without it, and record the breach.`,
      );
    } else {
      report(
        'COI-CONFLICTED-NO-VOTE',
        `${person.name} is recorded as voting on ${itemName} but ${barred} because of ${person.declarations.length > 0 ? joinWords(person.declarations.map((d) => `${TYPE_WORDS[d.type]} (${d.description})`)) : "the chair's determination"}.`,
        [person.personId],
        { personId: person.personId, action: person.action, recordedAsVoting: true },
        `Discount ${person.name}'s vote, check whether the decision stands without it, and record the breach.`,
      );
    }
  }

  // A conflicted chair hands the item over.
  const chair = committee === null ? undefined : standingOf.get(committee.chairId);
  if (
    chair !== undefined &&
    (chair.standing === 'withdraw' || chair.standing === 'discussion-only')
  ) {
    const vice =
      committee?.viceChairId === undefined ? undefined : standingOf.get(committee.viceChairId);
    const viceFree =
      vice !== undefined && (vice.standing === 'may-vote' || vice.standing === 'non-voting');
    report(
      'COI-CONFLICTED-CHAIR',
      `The chair, ${chair.name}, ${chair.standing === 'withdraw' ? 'must withdraw from' : 'may only join the discussion of'} ${itemName}; ${viceFree ? `the vice-chair, ${vice.name}, should chair it.` : 'no unconflicted vice-chair is present, so the members present should choose an unconflicted member, preferably a lay member, to chair it.'}`,
      [chair.personId],
      { chairId: chair.personId, standing: chair.standing, viceChairPresent: viceFree },
      viceFree
        ? `Hand the chair to ${vice.name} for the item and minute it.`
        : 'Choose an unconflicted member, preferably a lay member, to chair the item, and minute it.',
    );
  }

  // Quorum before and after withdrawals.
  const quorum = committee?.quorum;
  let before: QuorumEvaluation | null = null;
  let after: QuorumEvaluation | null = null;
  if (committee !== null && quorum !== undefined) {
    before = evaluateQuorumOf(committee, quorum, { presentIds: present });
    after = evaluateQuorumOf(committee, quorum, {
      presentIds: present,
      withdrawnIds: new Set(withdrawn),
      discussionOnlyIds: new Set(discussionOnly),
      countsDiscussionOnlyMembers: prepared.countsDiscussionOnlyMembers,
    });
  }
  const quorumRuleOn = active.has('PCCC-QUORUM-LOCAL');
  if (quorumRuleOn && decision) {
    const missing = committee === null ? 'options.committee' : 'committee.quorum';
    explain({
      id: 'PCCC-QUORUM-LOCAL',
      verdict: after === null ? 'unknown' : after.quorate ? 'pass' : 'fail',
      message:
        before === null || after === null
          ? `The quorum for ${itemName} cannot be checked: ${committee === null ? 'no committee was given' : `the committee ${JSON.stringify(committee.id)} has no quorum rule`}, so the decision cannot be shown to be safe.`
          : `Before withdrawals: ${before.message} After withdrawals: ${after.message}`,
      sources: sourcesOf('PCCC-QUORUM-LOCAL'),
      values: {
        quorateBefore: before?.quorate ?? null,
        quorateAfter: after?.quorate ?? null,
        countedBefore: before?.countedIds.length ?? null,
        countedAfter: after?.countedIds.length ?? null,
      },
      ...(after === null ? { missing: [missing] } : {}),
    });
    if (before !== null && after !== null && !after.quorate) {
      const leaving = joinWords(withdrawn.map((id) => nameOf(people, id)));
      const staying = joinWords(discussionOnly.map((id) => nameOf(people, id)));
      const set =
        [
          withdrawn.length > 0 ? `${leaving} withdraw${withdrawn.length === 1 ? 's' : ''}` : '',
          discussionOnly.length > 0 ? `${staying} may only join the discussion` : '',
        ]
          .filter((part) => part !== '')
          .join(' and ') || 'nobody withdraws';
      report(
        'PCCC-QUORUM-LOCAL',
        before.quorate
          ? `Once ${set}, the meeting is not quorate for ${itemName}. ${after.message}`
          : `The meeting is not quorate for ${itemName} even before anyone withdraws. ${before.message}`,
        [item.id],
        {
          quorateBefore: before.quorate,
          quorateAfter: false,
          countedBefore: before.countedIds.length,
          countedAfter: after.countedIds.length,
          withdrawn: withdrawn.length,
          discussionOnly: discussionOnly.length,
        },
        prepared.remedies.length > 0
          ? 'Do not take the decision at this meeting; follow the fallback in remedies.'
          : 'Do not take the decision at this meeting; defer the item.',
      );
      if (before.quorate) {
        report(
          'COI-QUORUM-LOSS',
          prepared.remedies.length > 0
            ? `Conflicts of interest leave the meeting inquorate for ${itemName}; the fallback, in order: ${prepared.remedies.map((remedy) => REMEDY_WORDS[remedy.action]).join(', then ')}.`
            : `Conflicts of interest leave the meeting inquorate for ${itemName}; no fallback step in options.quorumFallback is open to this committee, so defer the item to a quorate meeting.`,
          [item.id, ...withdrawn, ...discussionOnly],
          { withdrawn: withdrawn.length, discussionOnly: discussionOnly.length },
          prepared.remedies[0]?.description ?? 'Defer the item.',
        );
      }
    }
  }
  const quorumLost = after !== null && !after.quorate;
  const remedies = decision && quorumLost && active.has('COI-QUORUM-LOSS') ? prepared.remedies : [];

  // Local rules, after the built-in ones.
  const localApplied: RuleApplication[] = [];
  const view: AgendaItemView = freezeDeep({
    meeting,
    item,
    committee,
    voters,
    withdrawn,
    discussionOnly,
    quorateAfter: after?.quorate ?? null,
  });
  for (const rule of prepared.localRules) {
    const chosen = selectRule(rule, prepared.asOf, prepared.overrides);
    if (chosen === undefined) {
      localApplied.push(skippedApplication(rule, prepared.asOf, prepared.overrides));
      continue;
    }
    if (
      committee !== null &&
      rule.appliesTo !== undefined &&
      !rule.appliesTo.includes(committee.kind)
    ) {
      localApplied.push(ruleApplication(rule.id, 'other-kind', chosen.severity));
      continue;
    }
    const found = runLocalRule(rule, chosen.severity, view, Object.freeze({ asOf: prepared.asOf }));
    findings.push(...found);
    localApplied.push(
      ruleApplication(rule.id, found.length > 0 ? 'fail' : 'pass', chosen.severity),
    );
  }

  const rulesApplied: RuleApplication[] = MEETING_RULES.map((rule) => {
    const id = rule.id as MeetingRuleId;
    const skipped = prepared.skipped.get(id);
    if (skipped !== undefined) return skipped;
    const severity = active.get(id) as RuleApplication['severity'];
    const quorumRule = id === 'PCCC-QUORUM-LOCAL' || id === 'COI-QUORUM-LOSS';
    // The quorum rules do not bear on an item for information, where no decision is taken.
    if (quorumRule && !decision) return { ruleId: id, verdict: 'not-applicable', severity };
    const verdict: RuleOutcome =
      outcome.get(id) ??
      ((quorumRule && after === null) || (id === 'COI-CONFLICTED-CHAIR' && committee === null)
        ? 'unknown'
        : 'pass');
    return ruleApplication(id, verdict, severity);
  });
  rulesApplied.push(...localApplied);

  const breach = findings.some((finding) => finding.severity === 'breach');
  const safe = !decision || (!breach && (!quorumRuleOn || after?.quorate === true));

  return freezeDeep({
    meetingId: meeting.id,
    date: meeting.date,
    asOf: prepared.asOf,
    item: { id: item.id, title: item.title, decisionKind: item.decisionKind },
    decision,
    safe,
    voters,
    withdrawn,
    discussionOnly,
    attendees,
    quorate: { before: before?.quorate ?? null, after: after?.quorate ?? null },
    quorum: { before, after },
    remedies,
    findings,
    reasons,
    rulesApplied,
  });
}

function nameOf(people: readonly Person[], personId: string): string {
  return people.find((person) => person.personId === personId)?.name ?? personId;
}

function affectsMemberPractices(
  prepared: Prepared,
  item: AgendaItem,
): { readonly value: boolean; readonly assumed: boolean } {
  const stated = item.subject.affectsMemberPractices;
  if (stated !== undefined) return { value: stated, assumed: false };
  const practices = prepared.memberPracticeIds;
  if (practices === null) return { value: true, assumed: true };
  return {
    value: item.subject.organisationIds.some((id) => practices.has(id)),
    assumed: false,
  };
}

function attendeeOf(person: Person, itemName: string, prepared: Prepared): AttendeeAssessment {
  const { member, name, declarations, defaultAction, determination, action } = person;
  const sentences: string[] = [];
  if (declarations.length > 0) {
    sentences.push(
      `${name} declared ${joinWords(declarations.map((d) => `${TYPE_WORDS[d.type]} (${d.description}, declaration ${d.id}) in ${joinWords(d.organisationIds ?? [])}`))}, which ${itemName} affects: by default ${name} should ${ACTION_WORDS[defaultAction as ConflictAction]}.`,
    );
  }
  if (determination !== null) {
    sentences.push(`The chair determined that ${name} should ${ACTION_WORDS[determination]}.`);
  }
  if (person.minimumApplies) {
    sentences.push(
      `Seed 004's minimum applies to ${name} as ${ROLE_WORDS[(member as CommitteeMember).role]}: at the least, ${name} should ${ACTION_WORDS[prepared.minimumAction]}.`,
    );
  }
  if (sentences.length === 0) {
    sentences.push(
      `${name} has no interest on the register in the organisations ${itemName} affects.`,
    );
  }
  if (person.minimumApplies && sentences.length > 1 && action !== null) {
    sentences.push(`The strictest action applies (${ACTION_WORDS[action]}).`);
  }
  const standingWords: Record<Standing, string> = {
    'may-vote': `${name} may vote.`,
    'non-voting': `${name} is present without a vote.`,
    'discussion-only': `${name} may stay for the discussion but must not vote.`,
    withdraw: `${name} must withdraw.`,
  };
  sentences.push(standingWords[person.standing]);
  return {
    personId: person.personId,
    name: member?.name ?? null,
    role: member?.role ?? null,
    member: member !== undefined,
    votingMember: member?.voting === true,
    standing: person.standing,
    action,
    defaultAction,
    determination,
    declarationIds: declarations.map((declaration) => declaration.id),
    minimumApplies: person.minimumApplies,
    reason: sentences.join(' '),
  };
}
