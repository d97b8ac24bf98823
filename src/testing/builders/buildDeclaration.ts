import type { Declaration } from 'co-commissioning';
import { frozenCopy } from '../internal/frozen.js';
import { readable } from '../internal/readable.js';

/**
 * Builds a {@link Declaration} of interest for a test: by default `d-patel-p001`, Dr A Patel's
 * (`p-patel`) direct financial interest as a GP partner at practice `P001`, arising on 1 April
 * 2017 and declared on 20 April 2017 (19 days later, within the 28 days allowed, DOMAIN
 * COI-DECLARE-28D), with its mitigation and consent to publish. Overrides are not checked.
 *
 * @param overrides - The fields to set instead of the defaults.
 * @returns A new, deeply frozen declaration that passes `DeclarationSchema` when the overrides
 * do.
 * @throws `CoCommissioningError` `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { buildDeclaration } from 'co-commissioning/testing';
 *
 * const late = buildDeclaration({ declaredOn: '2017-05-15' });
 * late.arisesOn; //=> '2017-04-01'
 * ```
 * @category Testing
 */
export function buildDeclaration(overrides: Partial<Declaration> = {}): Declaration {
  return readable('buildDeclaration', () => {
    return frozenCopy({
      id: 'd-patel-p001',
      personId: 'p-patel',
      type: 'financial' as const,
      description: 'GP partner at practice P001',
      arisesOn: '2017-04-01',
      declaredOn: '2017-04-20',
      organisationIds: ['P001'],
      direct: true,
      mitigation: 'Withdraws from decisions about practice P001.',
      consentToPublish: true,
      ...overrides,
    });
  });
}
