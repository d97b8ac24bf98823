import type { Person } from 'co-commissioning';
import { frozenCopy } from '../internal/frozen.js';
import { readable } from '../internal/readable.js';

/**
 * Builds a {@link Person} for a test: by default Mrs R Hughes (`p-hughes`), a lay member for
 * audit and governance, the chair of {@link buildCommittee}'s committee. Give only the fields
 * that matter; a lay focus is kept only for a lay member, so `{ role: 'ccg-gp' }` is valid too.
 * Overrides are not checked, so a test can build invalid data on purpose.
 *
 * @param overrides - The fields to set instead of the defaults.
 * @returns A new, deeply frozen person that passes `PersonSchema` when the overrides do.
 * @throws `CoCommissioningError` `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { PersonSchema } from 'co-commissioning';
 * import { buildPerson } from 'co-commissioning/testing';
 *
 * buildPerson().name; //=> 'Mrs R Hughes'
 * const gp = buildPerson({ id: 'p-patel', name: 'Dr A Patel', role: 'ccg-gp', practiceIds: ['P001'] });
 * gp.layFocus; //=> undefined
 * PersonSchema.safeParse(gp).success; //=> true
 * ```
 * @category Testing
 */
export function buildPerson(overrides: Partial<Person> = {}): Person {
  return readable('buildPerson', () => {
    const role = overrides.role ?? 'lay';
    const person: Person = {
      id: 'p-hughes',
      name: 'Mrs R Hughes',
      role,
      jobTitle: role === 'lay' ? 'Lay Member for Audit and Governance' : 'Committee member',
      ...(role === 'lay' ? { layFocus: 'audit-and-governance' as const } : {}),
      ...overrides,
    };
    return frozenCopy(person);
  });
}
