import type { ProcurementDecision } from 'co-commissioning';
import { frozenCopy } from '../internal/frozen.js';
import { readable } from '../internal/readable.js';

/**
 * Builds an entry of the register of procurement decisions ({@link ProcurementDecision}) for a
 * test: by default `pd-1`, the PCCC's award of an extended-access contract on 5 July 2017, with
 * the four elements DOMAIN COI-PROCUREMENT-REGISTER requires (the details of the decision, who
 * made it, the conflicts and how they were managed), so `checkProcurementRegister` finds it
 * complete. Overrides are not checked.
 *
 * @param overrides - The fields to set instead of the defaults.
 * @returns A new, deeply frozen entry that passes `ProcurementDecisionSchema` when the overrides
 * do.
 * @throws `CoCommissioningError` `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { checkProcurementRegister } from 'co-commissioning';
 * import { buildProcurementDecision } from 'co-commissioning/testing';
 *
 * checkProcurementRegister([buildProcurementDecision()], { asOf: '2017-07-31' }).compliant; //=> true
 * const { managementActions, ...incomplete } = buildProcurementDecision();
 * checkProcurementRegister([incomplete], { asOf: '2017-07-31' }).compliant; //=> false
 * ```
 * @category Testing
 */
export function buildProcurementDecision(
  overrides: Partial<ProcurementDecision> = {},
): ProcurementDecision {
  return readable('buildProcurementDecision', () => {
    return frozenCopy({
      id: 'pd-1',
      decidedOn: '2017-07-05',
      title: 'Extended access to general practice',
      decisionDetails:
        'Contract for extended-access appointments awarded to the GP federation after an open procurement.',
      decisionMakers: [
        {
          name: 'Mrs R Hughes',
          role: 'Chair, Primary Care Commissioning Committee',
          personId: 'p-hughes',
        },
        { name: 'Ms L Grant', role: 'Chief Officer', personId: 'p-grant' },
      ],
      conflictsSummary:
        'Dr A Patel declared a financial interest as a partner in a practice that is a member of the federation.',
      managementActions:
        'Dr A Patel left the meeting for the item and took no part in the decision.',
      decidedBy: 'Primary Care Commissioning Committee',
      organisationIds: ['gp-federation'],
      ...overrides,
    });
  });
}
