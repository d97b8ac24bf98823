import { type ProcurementDecision, ProcurementDecisionSchema } from 'co-commissioning';
import * as fc from 'fast-check';
import { isoDateArbitrary, penceArbitrary } from '../arbitraries.js';
import { idArbitrary, nameArbitrary, phraseArbitrary } from './internal.js';
import {
  type Generated,
  readArbitraryOptions,
  type Validity,
  type ValidityOptions,
  withValidity,
} from './validity.js';

/**
 * A fast-check arbitrary of entries of the register of procurement decisions
 * ({@link ProcurementDecision}), each element of DOMAIN COI-PROCUREMENT-REGISTER present or
 * missing.
 *
 * @typeParam V - The validity asked for.
 * @param options - `validity`: `'valid'` (default), `'near-valid'` or `'invalid'`.
 * @returns An arbitrary of entries that pass `ProcurementDecisionSchema` (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { checkProcurementRegister } from 'co-commissioning';
 * import { procurementDecisionArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(
 *   fc.property(procurementDecisionArbitrary(), (decision) => {
 *     const complete = decision.decisionDetails !== undefined && decision.decisionMakers !== undefined
 *       && decision.conflictsSummary !== undefined && decision.managementActions !== undefined;
 *     return !complete || checkProcurementRegister([decision], { asOf: '2022-06-30' }).compliant;
 *   }),
 * );
 * ```
 * @category Testing
 */
export function procurementDecisionArbitrary<V extends Validity = 'valid'>(
  options: ValidityOptions<V> = {},
): fc.Arbitrary<Generated<ProcurementDecision, V>> {
  const settings = readArbitraryOptions(options);
  const valid: fc.Arbitrary<ProcurementDecision> = fc.record(
    {
      id: fc.integer({ min: 1, max: 999 }).map((n) => `pd-${n}`),
      decidedOn: isoDateArbitrary({ min: '2014-12-01' }),
      title: phraseArbitrary,
      decisionDetails: phraseArbitrary,
      decisionMakers: fc.array(
        fc.record(
          { name: nameArbitrary, role: phraseArbitrary, personId: idArbitrary('p') },
          { requiredKeys: ['name'] },
        ),
        { minLength: 1, maxLength: 3 },
      ),
      conflictsSummary: fc.constantFrom('None declared', 'A member declared a financial interest.'),
      managementActions: fc.constantFrom('Not applicable', 'The member left for the item.'),
      decidedBy: fc.constant('Primary Care Commissioning Committee'),
      contractValuePence: penceArbitrary(),
      organisationIds: fc.array(idArbitrary('org'), { maxLength: 3 }),
    },
    { requiredKeys: ['id', 'decidedOn'] },
  );
  return withValidity(valid, ProcurementDecisionSchema, settings.validity);
}
