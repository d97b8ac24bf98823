import {
  addDays,
  type Declaration,
  DeclarationSchema,
  type Register,
  RegisterSchema,
} from 'co-commissioning';
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

const declarationArbitraryValid: fc.Arbitrary<Declaration> = fc
  .record({
    id: fc.integer({ min: 1, max: 9999 }).map((n) => `d-${n}`),
    personId: idArbitrary('p'),
    type: fc.constantFrom(
      'financial' as const,
      'non-financial-professional' as const,
      'non-financial-personal' as const,
      'indirect' as const,
    ),
    description: phraseArbitrary,
    arisesOn: isoDateArbitrary({ min: '2013-04-01', max: '2021-12-31' }),
    delay: fc.integer({ min: 0, max: 60 }),
    lasts: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
    extra: fc.record(
      {
        organisationIds: uniqueIds('P', 1, 3),
        direct: fc.boolean(),
        mitigation: phraseArbitrary,
        consentToPublish: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  })
  .map(
    ({ delay, lasts, extra, ...declaration }): Declaration => ({
      ...declaration,
      declaredOn: addDays(declaration.arisesOn, delay),
      ...(lasts === undefined ? {} : { endsOn: addDays(declaration.arisesOn, lasts) }),
      ...extra,
    }),
  );

/**
 * A fast-check arbitrary of {@link Declaration}s of interest: any type, declared from 0 to 60
 * days after the interest arose (so some are late), ending on or after the day it arose or not
 * at all.
 *
 * @typeParam V - The validity asked for.
 * @param options - `validity`: `'valid'` (default), `'near-valid'` or `'invalid'`.
 * @returns An arbitrary of declarations that pass `DeclarationSchema` (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { declarationArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(fc.property(declarationArbitrary(), (declaration) => declaration.declaredOn >= declaration.arisesOn));
 * ```
 * @category Testing
 */
export function declarationArbitrary<V extends Validity = 'valid'>(
  options: ValidityOptions<V> = {},
): fc.Arbitrary<Generated<Declaration, V>> {
  const settings = readArbitraryOptions(options);
  return withValidity(declarationArbitraryValid, DeclarationSchema, settings.validity);
}

/**
 * A fast-check arbitrary of registers of interests ({@link Register}): declarations with
 * unique IDs, nil returns and review dates, or none.
 *
 * @typeParam V - The validity asked for.
 * @param options - `validity`: `'valid'` (default), `'near-valid'` or `'invalid'`.
 * @returns An arbitrary of registers that `checkDeclarations` accepts (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { safeCheckDeclarations } from 'co-commissioning';
 * import { registerArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(fc.property(registerArbitrary(), (register) => safeCheckDeclarations(register, { asOf: '2018-01-01' }).success));
 * ```
 * @category Testing
 */
export function registerArbitrary<V extends Validity = 'valid'>(
  options: ValidityOptions<V> = {},
): fc.Arbitrary<Generated<Register, V>> {
  const settings = readArbitraryOptions(options);
  const valid: fc.Arbitrary<Register> = fc.record(
    {
      declarations: fc.uniqueArray(declarationArbitraryValid, {
        maxLength: 6,
        selector: (declaration) => declaration.id,
      }),
      nilReturns: fc.array(
        fc.record({ personId: idArbitrary('p'), declaredOn: isoDateArbitrary() }),
        { maxLength: 4 },
      ),
      reviewedOn: fc.array(isoDateArbitrary(), { maxLength: 3 }),
    },
    { requiredKeys: ['declarations'] },
  );
  return withValidity(valid, RegisterSchema, settings.validity);
}
