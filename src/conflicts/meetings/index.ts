export { MEETING_RULES, type MeetingRule } from '../rules/meetingRules.js';
export type {
  AgendaItemAssessment,
  AgendaItemView,
  AttendeeAssessment,
  LocalMeetingRule,
  MeetingRuleContext,
  Standing,
} from './AgendaItemAssessment.js';
export type { AssessAgendaItemOptions } from './AssessAgendaItemOptions.js';
export { assessAgendaItem, safeAssessAgendaItem } from './assessAgendaItem.js';
export { assessMeeting, type MeetingAssessment, safeAssessMeeting } from './assessMeeting.js';
export {
  type AgendaItem,
  AgendaItemSchema,
  type ConflictAction,
  ConflictActionSchema,
  type DecisionKind,
  DecisionKindSchema,
  type Determination,
  DeterminationSchema,
  type Meeting,
  MeetingSchema,
} from './Meeting.js';
export { QUORUM_REMEDIES, type QuorumRemedy, type QuorumRemedyAction } from './QUORUM_REMEDIES.js';
