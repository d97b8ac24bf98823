import type { CommissioningEvent, EventType } from 'co-commissioning';
import { frozenCopy } from '../internal/frozen.js';
import { readable } from '../internal/readable.js';
import { buildBallotResult } from './buildBallotResult.js';
import { buildCommittee } from './buildCommittee.js';

/**
 * The event of one type, as {@link buildEvent} returns it.
 *
 * @typeParam T - The event's type.
 * @example
 * ```ts
 * import type { EventOf } from 'co-commissioning/testing';
 *
 * const lmc: EventOf<'CONSULT_LMC'> = { type: 'CONSULT_LMC', on: '2015-07-31' };
 * ```
 * @category Testing
 */
export type EventOf<T extends EventType> = Extract<CommissioningEvent, { readonly type: T }>;

/**
 * The fields of an event of one type that {@link buildEvent} may set instead of its defaults.
 *
 * @typeParam T - The event's type.
 * @example
 * ```ts
 * import type { EventOverrides } from 'co-commissioning/testing';
 *
 * const later: EventOverrides<'SUBMIT_APPLICATION'> = { on: '2015-11-07' };
 * ```
 * @category Testing
 */
export type EventOverrides<T extends EventType> = Partial<Omit<EventOf<T>, 'type'>>;

/** The defaults: Cambridgeshire & Peterborough's move to delegation (seed 002), by event type. */
function defaults(type: EventType): CommissioningEvent {
  switch (type) {
    case 'PROPOSE':
      return { type, on: '2015-07-01', target: 'C', goLive: '2016-04-01' };
    case 'CONSULT_LMC':
      return { type, on: '2015-07-31' };
    case 'RECORD_BALLOT':
      return { type, on: '2015-10-01', result: buildBallotResult() };
    case 'GOVERNING_BODY_DECISION':
      return { type, on: '2015-10-06', approved: true };
    case 'AMEND_CONSTITUTION':
      return { type, on: '2016-03-10', approvedByMembers: true };
    case 'SUBMIT_APPLICATION':
      return { type, on: '2015-11-06', signedBy: ['accountable-officer', 'audit-committee-chair'] };
    case 'NHSE_DECISION':
      return { type, on: '2016-02-01', approved: true };
    case 'COMPLETE_DUE_DILIGENCE':
      return { type, on: '2016-03-01' };
    case 'ESTABLISH_COMMITTEE':
      return { type, on: '2016-03-15', committee: buildCommittee() };
    case 'SIGN_AGREEMENT':
      return { type, on: '2016-03-20' };
    case 'GO_LIVE':
      return { type, on: '2016-04-01' };
    case 'WITHDRAW_PROPOSAL':
      return { type, on: '2015-12-01' };
    case 'GIVE_NOTICE':
      return { type, on: '2017-09-01', target: 'B' };
  }
}

/**
 * Builds a valid commissioning event of the given type, with defaults from Cambridgeshire &
 * Peterborough CCG's move from joint to delegated commissioning (seed 002): `PROPOSE` on 1 July
 * 2015 for delegation from 1 April 2016, `CONSULT_LMC` on 31 July 2015, `RECORD_BALLOT` on 1
 * October 2015 with {@link buildBallotResult}'s 52 yes and 31 no, `GOVERNING_BODY_DECISION`
 * approved on 6 October 2015, `SUBMIT_APPLICATION` on 6 November 2015 signed by the accountable
 * officer and the audit committee chair, `NHSE_DECISION` approved on 1 February 2016,
 * `COMPLETE_DUE_DILIGENCE` on 1 March 2016, `AMEND_CONSTITUTION` approved by the members on 10
 * March 2016, `ESTABLISH_COMMITTEE` on 15 March 2016 with {@link buildCommittee}'s PCCC,
 * `SIGN_AGREEMENT` on 20 March 2016 and `GO_LIVE` on 1 April 2016; `WITHDRAW_PROPOSAL` on 1
 * December 2015; `GIVE_NOTICE` to return to joint commissioning on 1 September 2017.
 *
 * @typeParam T - The event's type.
 * @param type - The event's type, one of `EVENT_TYPES`.
 * @param overrides - The fields to set instead of the defaults (not checked).
 * @returns A new, deeply frozen event.
 * @throws `CoCommissioningError` `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { CommissioningEventSchema } from 'co-commissioning';
 * import { buildEvent } from 'co-commissioning/testing';
 *
 * buildEvent('PROPOSE'); //=> { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' }
 * buildEvent('CONSULT_LMC', { on: '2015-08-14' }).on; //=> '2015-08-14'
 * CommissioningEventSchema.safeParse(buildEvent('RECORD_BALLOT')).success; //=> true
 * ```
 * @category Testing
 */
export function buildEvent<T extends EventType>(
  type: T,
  overrides: EventOverrides<T> = {},
): EventOf<T> {
  return readable('buildEvent', () => {
    return frozenCopy({ ...defaults(type), ...overrides, type } as EventOf<T>);
  });
}
