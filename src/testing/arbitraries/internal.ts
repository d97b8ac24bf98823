// Internal: small arbitraries the entity arbitraries share. Text is drawn from word lists, so
// generated records read like real ones in a failing example.
import * as fc from 'fast-check';

const SURNAMES = [
  'Hughes',
  'Patel',
  'Grant',
  'Okafor',
  'Shah',
  'Evans',
  'Bell',
  'Khan',
  'Osei',
  'Wood',
];
const TITLES = ['Dr', 'Mrs', 'Mr', 'Ms', 'Cllr'];

/** An ID such as `p-17`. */
export const idArbitrary = (prefix: string): fc.Arbitrary<string> =>
  fc.integer({ min: 1, max: 999 }).map((n) => `${prefix}-${n}`);

/** A person's name such as `Dr A Patel`. */
export const nameArbitrary: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...TITLES),
    fc.constantFrom(...'ABCDEFGHJKLMNPRST'),
    fc.constantFrom(...SURNAMES),
  )
  .map(([title, initial, surname]) => `${title} ${initial} ${surname}`);

/** A short phrase of plain words, never empty. */
export const phraseArbitrary: fc.Arbitrary<string> = fc
  .array(
    fc.constantFrom(
      'primary',
      'care',
      'practice',
      'premises',
      'contract',
      'review',
      'services',
      'local',
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((words) => {
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  });

/** Unique IDs with a prefix: `count` of them, from 1. */
export function uniqueIds(
  prefix: string,
  minLength: number,
  maxLength: number,
): fc.Arbitrary<string[]> {
  return fc
    .uniqueArray(fc.integer({ min: 1, max: 9999 }), { minLength, maxLength })
    .map((numbers) => numbers.map((n) => `${prefix}${String(n).padStart(3, '0')}`));
}
