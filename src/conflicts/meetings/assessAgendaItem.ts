import * as z from 'zod';
import { fail, toSafe } from '../../_lib/fail.js';
import { parseWith } from '../../_lib/parseWith.js';
import type { SafeResult } from '../../core/SafeResult.js';
import type { AgendaItemAssessment } from './AgendaItemAssessment.js';
import type { AssessAgendaItemOptions } from './AssessAgendaItemOptions.js';
import { assessItem } from './internal/assessItem.js';
import { prepare } from './internal/prepare.js';
import type { Meeting } from './Meeting.js';

const ItemIdSchema = z
  .string({ error: 'Give the agenda item ID as text.' })
  .min(1, { error: 'Give the agenda item ID: it cannot be empty.' });

/**
 * Assesses one agenda item of a meeting against the register of interests: from the
 * declarations in force on the meeting's date (arisen on or before it and not ended before it)
 * that name an organisation the item affects, and the chair's recorded determinations, it works
 * out who must withdraw, who may stay for the discussion without voting and who may vote
 * (DOMAIN COI-MEETING-DECLARE and COI-CONFLICTED-NO-VOTE, rules 35–36); applies seed 004's
 * minimum for GP members on investment and performance management decisions affecting member
 * practices; checks that the meeting stays quorate after the withdrawals under the committee's
 * own quorum (PCCC-QUORUM-LOCAL, rule 23); and, when it does not, gives the fallback in order
 * (COI-QUORUM-LOSS, rule 37: defer, refer to another committee, co-opt, refer to NHS England).
 *
 * By default a financial interest calls for withdrawal and any other interest for discussion
 * without a vote; the chair's determination is respected, and flagged when it is less strict.
 * Who must withdraw is worked out on any date; `asOf` decides which rules report findings (see
 * {@link MEETING_RULES}).
 *
 * @param meeting - The meeting: its date, who was present and its agenda.
 * @param itemId - The ID of the agenda item to assess.
 * @param options - The register of interests, the date whose guidance applies, the committee,
 * and the choices the sources leave open.
 * @returns A new, deeply frozen {@link AgendaItemAssessment}.
 * @throws {@link CoCommissioningError} `invalid_input`, `invalid_iso_date` or `duplicate_id`
 * for a malformed meeting, register, committee or options; `unknown_agenda_item` when the item
 * is not on the agenda; `committee_mismatch` when the committee is not the meeting's;
 * `unknown_rule_override` when an override names no rule; `local_rule_failed` when a local
 * rule's check throws or answers badly.
 *
 * @example
 * ```ts
 * import { assessAgendaItem } from 'co-commissioning';
 *
 * const committee = {
 *   id: 'pccc', name: 'Primary Care Commissioning Committee', kind: 'pccc' as const, chairId: 'p-hughes',
 *   members: [
 *     { personId: 'p-hughes', name: 'Mrs R Hughes', role: 'lay' as const, voting: true },
 *     { personId: 'p-grant', name: 'Ms L Grant', role: 'executive' as const, voting: true },
 *     { personId: 'p-mensah', name: 'Dr J Mensah', role: 'other-area-gp' as const, voting: true },
 *     { personId: 'p-okafor', name: 'Dr B Okafor', role: 'ccg-gp' as const, voting: false },
 *   ],
 *   quorum: { rule: { kind: 'at-least' as const, count: 3 } },
 * };
 * const meeting = {
 *   id: 'm-2017-05', committeeId: 'pccc', date: '2017-05-11',
 *   attendeeIds: ['p-hughes', 'p-grant', 'p-mensah', 'p-okafor'],
 *   items: [
 *     {
 *       id: '4', title: 'Riverside Surgery: remedial notice', decisionKind: 'performance-management' as const,
 *       subject: { organisationIds: ['practice-riverside'] },
 *     },
 *   ],
 * };
 * const register = {
 *   declarations: [
 *     {
 *       id: 'd-1', personId: 'p-okafor', type: 'financial' as const, description: 'GP partner at Riverside Surgery',
 *       arisesOn: '2015-04-01', declaredOn: '2015-04-10', organisationIds: ['practice-riverside'],
 *     },
 *   ],
 * };
 * const assessment = assessAgendaItem(meeting, '4', { register, asOf: '2017-05-11', committee });
 * assessment.withdrawn; //=> ['p-okafor']
 * assessment.voters; //=> ['p-hughes', 'p-grant', 'p-mensah']
 * assessment.quorate; //=> { before: true, after: true }
 * assessment.safe; //=> true
 * ```
 * @category Conflicts of interest
 */
export function assessAgendaItem(
  meeting: Meeting,
  itemId: string,
  options: AssessAgendaItemOptions,
): AgendaItemAssessment {
  const prepared = prepare(meeting, options);
  const id = parseWith(ItemIdSchema, itemId, ['itemId']);
  const item = prepared.meeting.items.find((candidate) => candidate.id === id);
  if (item === undefined) {
    const known = prepared.meeting.items.map((candidate) => JSON.stringify(candidate.id));
    return fail({
      code: 'unknown_agenda_item',
      message: `Item ${JSON.stringify(id)} is not on the agenda of meeting ${JSON.stringify(prepared.meeting.id)}${known.length > 0 ? `; its items are ${known.join(', ')}` : ', which has no items'}.`,
      path: ['itemId'],
      itemId: id,
    });
  }
  return assessItem(prepared, item);
}

/**
 * The safe door of {@link assessAgendaItem}: returns the assessment or the issues, never throws.
 *
 * @param meeting - The meeting: its date, who was present and its agenda.
 * @param itemId - The ID of the agenda item to assess.
 * @param options - The register, the date whose guidance applies, the committee and choices.
 * @returns `{ success: true, data }` with the {@link AgendaItemAssessment}, or
 * `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeAssessAgendaItem } from 'co-commissioning';
 *
 * const meeting = { id: 'm-1', committeeId: 'pccc', date: '2017-05-11', attendeeIds: [], items: [] };
 * const result = safeAssessAgendaItem(meeting, '9', { register: { declarations: [] }, asOf: '2017-05-11' });
 * result.success ? 'assessed' : result.issues[0].code; //=> 'unknown_agenda_item'
 * ```
 * @category Conflicts of interest
 */
export function safeAssessAgendaItem(
  meeting: Meeting,
  itemId: string,
  options: AssessAgendaItemOptions,
): SafeResult<AgendaItemAssessment> {
  return toSafe(() => assessAgendaItem(meeting, itemId, options));
}
