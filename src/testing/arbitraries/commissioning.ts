import {
  type ApplicationWave,
  ApplicationWaveSchema,
  type CommissioningEvent,
  CommissioningEventSchema,
  type CommissioningState,
  createCommissioningState,
  EVENT_TYPES,
  type EventType,
} from 'co-commissioning';
import * as fc from 'fast-check';
import { isoDateArbitrary } from '../arbitraries.js';
import {
  buildDelegationProposal,
  DELEGATION_STEPS,
  type DelegationStep,
} from '../builders/buildDelegationProposal.js';
import { ballotResultArbitrary } from './ballots.js';
import { committeeArbitrary } from './committees.js';
import { citationArbitrary } from './organisations.js';
import {
  type Generated,
  readArbitraryOptions,
  type Validity,
  type ValidityOptions,
  withValidity,
} from './validity.js';

const STATUSES = ['none', 'A', 'B', 'C'] as const;
const SIGNATORIES = [
  'accountable-officer',
  'audit-committee-chair',
  'chief-finance-officer',
  'governing-body-chair',
  'nhs-england-director-of-commissioning-operations',
] as const;

const statusArbitrary = fc.constantFrom(...STATUSES);
const aprilArbitrary = fc.integer({ min: 2015, max: 2022 }).map((year) => `${year}-04-01`);

function eventOf(type: EventType): fc.Arbitrary<CommissioningEvent> {
  const on = isoDateArbitrary({ min: '2014-06-01', max: '2022-06-30' });
  switch (type) {
    case 'PROPOSE':
      return fc.record({
        type: fc.constant(type),
        on,
        target: statusArbitrary,
        goLive: fc.oneof(aprilArbitrary, isoDateArbitrary()),
      });
    case 'RECORD_BALLOT':
      return fc.record({
        type: fc.constant(type),
        on,
        result: ballotResultArbitrary({ maxMembers: 6 }),
      });
    case 'GOVERNING_BODY_DECISION':
    case 'NHSE_DECISION':
      return fc.record({ type: fc.constant(type), on, approved: fc.boolean() });
    case 'AMEND_CONSTITUTION':
      return fc.record(
        {
          type: fc.constant(type),
          on,
          approvedByMembers: fc.boolean(),
          approvedByNhsEngland: fc.boolean(),
        },
        { requiredKeys: ['type', 'on'] },
      );
    case 'SUBMIT_APPLICATION':
      return fc.record({
        type: fc.constant(type),
        on,
        signedBy: fc.uniqueArray(fc.constantFrom(...SIGNATORIES), { maxLength: 3 }),
      });
    case 'ESTABLISH_COMMITTEE':
      return fc.record({
        type: fc.constant(type),
        on,
        committee: committeeArbitrary({ maxMembers: 8 }),
      });
    case 'GIVE_NOTICE':
      return fc.record({ type: fc.constant(type), on, target: statusArbitrary });
    default:
      return fc.record({ type: fc.constant(type), on }) as fc.Arbitrary<CommissioningEvent>;
  }
}

/**
 * Options for {@link commissioningEventArbitrary}.
 *
 * @typeParam V - The validity asked for.
 * @example
 * ```ts
 * import type { CommissioningEventArbitraryOptions } from 'co-commissioning/testing';
 *
 * const steps: CommissioningEventArbitraryOptions = { types: ['CONSULT_LMC', 'GO_LIVE'] };
 * ```
 * @category Testing
 */
export interface CommissioningEventArbitraryOptions<V extends Validity = 'valid'>
  extends ValidityOptions<V> {
  /** Only events of these types (default: all thirteen). */
  readonly types?: readonly EventType[];
}

/**
 * A fast-check arbitrary of commissioning events of every type (or the types given), each
 * well formed: a `RECORD_BALLOT` carries a real `tallyBallot` result and an
 * `ESTABLISH_COMMITTEE` a valid committee. Whether a guard accepts the event depends on the
 * state it meets; `transition` never throws on them.
 *
 * @typeParam V - The validity asked for.
 * @param options - The event types, and the validity.
 * @returns An arbitrary of events that pass `CommissioningEventSchema` (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { createCommissioningState, transition } from 'co-commissioning';
 * import { commissioningEventArbitrary } from 'co-commissioning/testing';
 *
 * const start = createCommissioningState({ ccgId: '06H', status: 'B', since: '2014-04-01' });
 * fc.assert(
 *   fc.property(commissioningEventArbitrary(), (event) => {
 *     const result = transition(start, event);
 *     return result.ok || result.state === start;
 *   }),
 *   { numRuns: 50 },
 * );
 * ```
 * @category Testing
 */
export function commissioningEventArbitrary<V extends Validity = 'valid'>(
  options: CommissioningEventArbitraryOptions<V> = {},
): fc.Arbitrary<Generated<CommissioningEvent, V>> {
  const settings = readArbitraryOptions(options);
  const types = settings.types ?? EVENT_TYPES;
  const valid = fc.oneof(...types.map(eventOf));
  return withValidity(valid, CommissioningEventSchema, settings.validity);
}

/**
 * A fast-check arbitrary of commissioning states, each reached through the library's own
 * functions so it is valid by construction: a CCG in any model since any date with nothing in
 * progress, or part-way through (or ready for the go-live of) a move to delegated
 * commissioning from 2015 to 2022, built by {@link buildDelegationProposal}. A state has no
 * near-valid form: read stored states with `loadState`.
 *
 * @returns An arbitrary of deeply frozen {@link CommissioningState}s.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { loadState, serializeState } from 'co-commissioning';
 * import { commissioningStateArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(
 *   fc.property(commissioningStateArbitrary(), (state) => loadState(serializeState(state)).status === state.status),
 *   { numRuns: 20 },
 * );
 * ```
 * @category Testing
 */
export function commissioningStateArbitrary(): fc.Arbitrary<CommissioningState> {
  const settled = fc
    .record({ status: statusArbitrary, since: isoDateArbitrary() })
    .map(({ status, since }) => createCommissioningState({ ccgId: '06H', status, since }));
  const moving = fc
    .record({
      goLive: aprilArbitrary,
      from: fc.constantFrom('none' as const, 'A' as const, 'B' as const),
      stopBefore: fc.constantFrom<DelegationStep>(...DELEGATION_STEPS.slice(1)),
    })
    .map((options) => buildDelegationProposal(options).state);
  return fc.oneof(settled, moving);
}

/**
 * A fast-check arbitrary of {@link ApplicationWave}s, for `options.calendar`: a model, a
 * go-live date (a 1 April for delegation), and a closing date before it, unknown, or absent.
 *
 * @typeParam V - The validity asked for.
 * @param options - `validity`: `'valid'` (default), `'near-valid'` or `'invalid'`.
 * @returns An arbitrary of waves that pass `ApplicationWaveSchema` (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { applicationWaveArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(fc.property(applicationWaveArbitrary(), (wave) => typeof wave.closes !== 'string' || wave.closes < wave.goLive));
 * ```
 * @category Testing
 */
export function applicationWaveArbitrary<V extends Validity = 'valid'>(
  options: ValidityOptions<V> = {},
): fc.Arbitrary<Generated<ApplicationWave, V>> {
  const settings = readArbitraryOptions(options);
  const valid = fc
    .record({
      model: fc.constantFrom('B' as const, 'C' as const),
      year: fc.integer({ min: 2015, max: 2022 }),
      closes: fc.option(
        fc.option(isoDateArbitrary({ min: '2014-06-01', max: '2014-12-31' }), { nil: null }),
        {
          nil: undefined,
        },
      ),
      note: fc.option(fc.constant('From a regional letter.'), { nil: undefined }),
      sources: fc.array(citationArbitrary(), { minLength: 1, maxLength: 2 }),
    })
    .map(({ model, year, closes, note, sources }): ApplicationWave => {
      const goLive = `${year}-04-01`;
      const shifted =
        closes === undefined || closes === null ? closes : `${year - 1}${closes.slice(4)}`;
      return {
        model,
        goLive,
        ...(shifted === undefined ? {} : { closes: shifted }),
        ...(note === undefined ? {} : { note }),
        sources,
      };
    });
  return withValidity(valid, ApplicationWaveSchema, settings.validity);
}
