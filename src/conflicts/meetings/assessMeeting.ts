import { toSafe } from '../../_lib/fail.js';
import { freezeDeep } from '../../_lib/freezeDeep.js';
import type { IsoDate } from '../../core/IsoDate.js';
import type { SafeResult } from '../../core/SafeResult.js';
import type { AgendaItemAssessment } from './AgendaItemAssessment.js';
import type { AssessAgendaItemOptions } from './AssessAgendaItemOptions.js';
import { assessItem } from './internal/assessItem.js';
import { prepare } from './internal/prepare.js';
import type { Meeting } from './Meeting.js';

/**
 * What {@link assessMeeting} returns: every agenda item's assessment, in agenda order, and
 * whether every decision on the agenda is safe to take.
 *
 * @example
 * ```ts
 * import type { MeetingAssessment } from 'co-commissioning';
 *
 * function unsafeItems(assessment: MeetingAssessment): string[] {
 *   return assessment.items.filter((item) => !item.safe).map((item) => item.item.id);
 * }
 * ```
 * @category Conflicts of interest
 */
export interface MeetingAssessment {
  /** The meeting's ID. */
  readonly meetingId: string;
  /** The meeting's date. */
  readonly date: IsoDate;
  /** The date whose guidance was applied. */
  readonly asOf: IsoDate;
  /** `true` when every item's decision is safe to take. */
  readonly safe: boolean;
  /** Each agenda item's assessment, in agenda order. */
  readonly items: readonly AgendaItemAssessment[];
}

/**
 * Assesses every item on a meeting's agenda, as {@link assessAgendaItem} does for one, validating
 * the meeting, register and committee once: for each item, who may vote, who must withdraw, who
 * may only discuss, whether the meeting stays quorate, and whether the decision is safe.
 *
 * @param meeting - The meeting: its date, who was present and its agenda.
 * @param options - The register of interests, the date whose guidance applies, the committee,
 * and the choices the sources leave open.
 * @returns A new, deeply frozen {@link MeetingAssessment}.
 * @throws {@link CoCommissioningError} as {@link assessAgendaItem} does, except
 * `unknown_agenda_item`.
 *
 * @example
 * ```ts
 * import { assessMeeting } from 'co-commissioning';
 *
 * const meeting = {
 *   id: 'm-2017-05', committeeId: 'pccc', date: '2017-05-11', attendeeIds: ['p-hughes'],
 *   items: [
 *     { id: '1', title: 'Minutes of the last meeting', decisionKind: 'for-information' as const, subject: { organisationIds: [] } },
 *   ],
 * };
 * const assessment = assessMeeting(meeting, { register: { declarations: [] }, asOf: '2017-05-11' });
 * assessment.items.map((item) => item.safe); //=> [true]
 * ```
 * @category Conflicts of interest
 */
export function assessMeeting(
  meeting: Meeting,
  options: AssessAgendaItemOptions,
): MeetingAssessment {
  const prepared = prepare(meeting, options);
  const items = prepared.meeting.items.map((item) => assessItem(prepared, item));
  return freezeDeep({
    meetingId: prepared.meeting.id,
    date: prepared.meeting.date,
    asOf: prepared.asOf,
    safe: items.every((item) => item.safe),
    items,
  });
}

/**
 * The safe door of {@link assessMeeting}: returns the assessment or the issues, never throws.
 *
 * @param meeting - The meeting: its date, who was present and its agenda.
 * @param options - The register, the date whose guidance applies, the committee and choices.
 * @returns `{ success: true, data }` with the {@link MeetingAssessment}, or
 * `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeAssessMeeting } from 'co-commissioning';
 *
 * const result = safeAssessMeeting(
 *   { id: 'm-1', committeeId: 'pccc', date: '2017-13-01', attendeeIds: [], items: [] },
 *   { register: { declarations: [] }, asOf: '2017-05-11' },
 * );
 * result.success ? 'assessed' : result.issues[0].path; //=> ['meeting', 'date']
 * ```
 * @category Conflicts of interest
 */
export function safeAssessMeeting(
  meeting: Meeting,
  options: AssessAgendaItemOptions,
): SafeResult<MeetingAssessment> {
  return toSafe(() => assessMeeting(meeting, options));
}
