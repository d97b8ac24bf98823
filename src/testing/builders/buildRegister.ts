import type { Register } from 'co-commissioning';
import { frozenCopy } from '../internal/frozen.js';
import { readable } from '../internal/readable.js';
import { buildDeclaration } from './buildDeclaration.js';

/** The default PCCC's members other than Dr A Patel, who declares an interest instead. */
const NIL_RETURNS = [
  'p-hughes',
  'p-bell',
  'p-osei',
  'p-grant',
  'p-evans',
  'p-khan',
  'p-shah',
  'p-wood',
];

/**
 * Builds a register of interests ({@link Register}) for a test that `checkDeclarations` finds
 * compliant, with no finding at all, on any date from 20 April 2017 to 30 June 2018, also when
 * the decision-makers are {@link buildCommittee}'s default members: Dr A Patel's declaration
 * from {@link buildDeclaration}, a nil return from each other member on 20 April 2017, and a
 * review of the register on 30 June 2017 (the annual check of DOMAIN COI-REGISTER-2017 then
 * falls due on 30 June 2018). Overrides are not checked.
 *
 * @param overrides - The fields to set instead of the defaults.
 * @returns A new, deeply frozen register that passes `RegisterSchema` when the overrides do.
 * @throws `CoCommissioningError` `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { checkDeclarations } from 'co-commissioning';
 * import { buildCommittee, buildRegister } from 'co-commissioning/testing';
 *
 * const decisionMakerIds = buildCommittee().members.map((member) => member.personId);
 * checkDeclarations(buildRegister(), { asOf: '2017-07-01', decisionMakerIds }).findings.length; //=> 0
 * checkDeclarations(buildRegister({ reviewedOn: [] }), { asOf: '2018-07-01' }).compliant; //=> false
 * ```
 * @category Testing
 */
export function buildRegister(overrides: Partial<Register> = {}): Register {
  return readable('buildRegister', () => {
    return frozenCopy({
      declarations: [buildDeclaration()],
      nilReturns: NIL_RETURNS.map((personId) => ({ personId, declaredOn: '2017-04-20' })),
      reviewedOn: ['2017-06-30'],
      ...overrides,
    });
  });
}
