import { type AgendaItem, AgendaItemSchema, type Meeting, MeetingSchema } from 'co-commissioning';
import * as fc from 'fast-check';
import { isoDateArbitrary } from '../arbitraries.js';
import { idArbitrary, phraseArbitrary, uniqueIds } from './internal.js';
import {
  type Generated,
  readArbitraryOptions,
  type Validity,
  type ValidityOptions,
  withValidity,
} from './validity.js';

const agendaItemValid: fc.Arbitrary<AgendaItem> = fc.record(
  {
    id: fc.integer({ min: 1, max: 99 }).map((n) => `item-${n}`),
    title: phraseArbitrary,
    decisionKind: fc.constantFrom(
      'investment' as const,
      'performance-management' as const,
      'procurement' as const,
      'other' as const,
      'for-information' as const,
    ),
    subject: fc.record(
      { organisationIds: uniqueIds('P', 0, 3), affectsMemberPractices: fc.boolean() },
      { requiredKeys: ['organisationIds'] },
    ),
    determinations: fc.array(
      fc.record(
        {
          personId: idArbitrary('p'),
          action: fc.constantFrom(
            'note-only' as const,
            'discuss-no-vote' as const,
            'withdraw' as const,
          ),
          note: phraseArbitrary,
        },
        { requiredKeys: ['personId', 'action'] },
      ),
      { maxLength: 2 },
    ),
    recordedVoterIds: fc.uniqueArray(idArbitrary('p'), { maxLength: 4 }),
  },
  { requiredKeys: ['id', 'title', 'decisionKind', 'subject'] },
);

/**
 * A fast-check arbitrary of {@link AgendaItem}s: any kind of decision about some practices,
 * with or without the chair's determinations and the minuted voters.
 *
 * @typeParam V - The validity asked for.
 * @param options - `validity`: `'valid'` (default), `'near-valid'` or `'invalid'`.
 * @returns An arbitrary of agenda items that pass `AgendaItemSchema` (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { AgendaItemSchema } from 'co-commissioning';
 * import { agendaItemArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(fc.property(agendaItemArbitrary(), (item) => AgendaItemSchema.safeParse(item).success));
 * ```
 * @category Testing
 */
export function agendaItemArbitrary<V extends Validity = 'valid'>(
  options: ValidityOptions<V> = {},
): fc.Arbitrary<Generated<AgendaItem, V>> {
  const settings = readArbitraryOptions(options);
  return withValidity(agendaItemValid, AgendaItemSchema, settings.validity);
}

/**
 * A fast-check arbitrary of {@link Meeting}s: unique attendees, and agenda items with unique
 * IDs.
 *
 * @typeParam V - The validity asked for.
 * @param options - `validity`: `'valid'` (default), `'near-valid'` or `'invalid'`.
 * @returns An arbitrary of meetings that pass `MeetingSchema` (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { MeetingSchema } from 'co-commissioning';
 * import { meetingArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(fc.property(meetingArbitrary(), (meeting) => MeetingSchema.safeParse(meeting).success));
 * ```
 * @category Testing
 */
export function meetingArbitrary<V extends Validity = 'valid'>(
  options: ValidityOptions<V> = {},
): fc.Arbitrary<Generated<Meeting, V>> {
  const settings = readArbitraryOptions(options);
  const valid: fc.Arbitrary<Meeting> = fc.record({
    id: fc.integer({ min: 1, max: 999 }).map((n) => `meeting-${n}`),
    committeeId: fc.constantFrom('pccc', 'jc'),
    date: isoDateArbitrary({ min: '2014-12-01' }),
    attendeeIds: fc.uniqueArray(idArbitrary('p'), { maxLength: 10 }),
    items: fc.uniqueArray(agendaItemValid, { maxLength: 3, selector: (item) => item.id }),
  });
  return withValidity(valid, MeetingSchema, settings.validity);
}
