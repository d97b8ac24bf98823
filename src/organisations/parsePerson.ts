import { toSafe } from '../_lib/fail.js';
import { freezeDeep } from '../_lib/freezeDeep.js';
import { parseWith } from '../_lib/parseWith.js';
import type { SafeResult } from '../core/SafeResult.js';
import { type Person, PersonSchema } from './Person.js';

/**
 * Checks a person record against {@link PersonSchema} and returns a clean, deeply frozen copy.
 *
 * @param input - The candidate record, for example read from JSON.
 * @returns A new, deeply frozen {@link Person}; the input is not changed.
 * @throws {@link CoCommissioningError} `invalid_input` for each field that does not fit.
 *
 * @example
 * ```ts
 * import { parsePerson } from 'co-commissioning';
 *
 * parsePerson({ id: 'p-hughes', name: 'Ms J. Hughes', role: 'lay', layFocus: 'patient-and-public-involvement' }).role;
 * //=> 'lay'
 * ```
 * @category Organisations
 */
export function parsePerson(input: unknown): Person {
  return freezeDeep(parseWith(PersonSchema, input));
}

/**
 * The safe door of {@link parsePerson}: returns the record or the issues, never throws.
 *
 * @param input - The candidate record.
 * @returns `{ success: true, data }` with a deeply frozen {@link Person}, or
 * `{ success: false, issues }` with `invalid_input` issues.
 *
 * @example
 * ```ts
 * import { safeParsePerson } from 'co-commissioning';
 *
 * const result = safeParsePerson({ id: 'p-hughes', name: 'Ms J. Hughes', role: 'chair' });
 * result.success ? result.data.id : result.issues[0].message;
 * //=> 'Give the member role as one of: lay, executive, ccg-gp, other-area-gp, secondary-care-doctor, nurse, practice-manager, lmc, healthwatch, health-and-wellbeing-board, local-authority, nhs-england. (at role)'
 * ```
 * @category Organisations
 */
export function safeParsePerson(input: unknown): SafeResult<Person> {
  return toSafe(() => parsePerson(input));
}
