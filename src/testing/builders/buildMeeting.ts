import { type Committee, type Meeting, parseCommittee } from 'co-commissioning';
import { frozenCopy } from '../internal/frozen.js';
import { readable } from '../internal/readable.js';
import { buildAgendaItem } from './buildAgendaItem.js';
import { buildCommittee } from './buildCommittee.js';

/**
 * Options for {@link buildMeeting}: the committee whose meeting it is, and any meeting field.
 *
 * @example
 * ```ts
 * import { buildAgendaItem, type BuildMeetingOptions } from 'co-commissioning/testing';
 *
 * const options: BuildMeetingOptions = { items: [buildAgendaItem({ subject: { organisationIds: ['P001'] } })] };
 * ```
 * @category Testing
 */
export interface BuildMeetingOptions extends Partial<Meeting> {
  /** The committee that meets (default {@link buildCommittee}'s PCCC): its ID and, unless `attendeeIds` is given, all its members attend. */
  readonly committee?: Committee;
}

/**
 * Builds a {@link Meeting} for a test: by default the meeting of {@link buildCommittee}'s PCCC
 * on 5 July 2017 (`pccc-2017-07-05`), every member present, with one agenda item from
 * {@link buildAgendaItem}. With the default committee and register (see
 * {@link buildRegister}), `assessAgendaItem` finds the item safe to decide. Overrides are not
 * checked.
 *
 * @param options - The committee, and any fields to set.
 * @returns A new, deeply frozen meeting that passes `MeetingSchema` when the overrides do.
 * @throws `CoCommissioningError` `invalid_input` when its input cannot be read as plain data, or
 * the committee given is malformed; `duplicate_id` when it lists a person twice.
 *
 * @example
 * ```ts
 * import { assessAgendaItem } from 'co-commissioning';
 * import { buildAgendaItem, buildCommittee, buildMeeting, buildRegister } from 'co-commissioning/testing';
 *
 * const committee = buildCommittee();
 * const register = buildRegister();
 * assessAgendaItem(buildMeeting(), 'item-1', { register, committee, asOf: '2017-07-05' }).safe; //=> true
 *
 * const conflicted = buildMeeting({ items: [buildAgendaItem({ subject: { organisationIds: ['P001'] } })] });
 * assessAgendaItem(conflicted, 'item-1', { register, committee, asOf: '2017-07-05' }).withdrawn; //=> ['p-patel']
 * ```
 * @category Testing
 */
export function buildMeeting(options: BuildMeetingOptions = {}): Meeting {
  return readable('buildMeeting', () => {
    const { committee: given, ...fields } = options;
    // A committee given is checked first: its ID and members name the meeting and attendees.
    const committee =
      given === undefined ? buildCommittee() : parseCommittee(given, ['options', 'committee']);
    return frozenCopy({
      id: `${committee.id}-2017-07-05`,
      committeeId: committee.id,
      date: '2017-07-05',
      attendeeIds: committee.members.map((member) => member.personId),
      items: [buildAgendaItem()],
      ...fields,
    });
  });
}
