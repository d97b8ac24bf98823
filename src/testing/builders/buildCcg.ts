import type { Ccg, MemberPractice } from 'co-commissioning';
import { invalidInput } from '../internal/fail.js';
import { frozenCopy, pad3 } from '../internal/frozen.js';
import { readable } from '../internal/readable.js';

/**
 * Options for {@link buildCcg}: how many practices, or which, and any CCG field to set.
 *
 * @example
 * ```ts
 * import type { BuildCcgOptions } from 'co-commissioning/testing';
 *
 * const options: BuildCcgOptions = { practices: 107, status: 'C', statusSince: '2016-04-01' };
 * ```
 * @category Testing
 */
export interface BuildCcgOptions extends Partial<Omit<Ccg, 'memberPractices'>> {
  /** The member practices: a number builds that many (`P001`, `P002`, ...; default 107), or give the list. */
  readonly practices?: number | readonly MemberPractice[];
}

/** The most practices {@link buildCcg} builds from a number. */
const MOST_PRACTICES = 10_000;

/**
 * Builds a {@link Ccg} for a test: by default NHS Cambridgeshire and Peterborough CCG (`06H`),
 * in joint commissioning (Model B) since 1 April 2015, with the 107 member practices eligible in
 * its September 2015 ballot (seed 002 §4.3). Practices are `P001` to `P107`, each "Practice
 * Pnnn" on a GMS contract, the same IDs as {@link buildBallot}'s electorate. Overrides are not
 * checked, so a test can build invalid data on purpose.
 *
 * @param options - The number of practices (or the practices) and any fields to set.
 * @returns A new, deeply frozen CCG that passes `parseCcg` when the overrides do.
 * @throws `CoCommissioningError` `invalid_input` when `practices` is a number that is not
 * a whole number from 0 to 10,000.
 *
 * @example
 * ```ts
 * import { parseCcg } from 'co-commissioning';
 * import { buildCcg } from 'co-commissioning/testing';
 *
 * const ccg = buildCcg({ practices: 3 });
 * ccg.memberPractices.map((practice) => practice.id); //=> ['P001', 'P002', 'P003']
 * parseCcg(ccg).status; //=> 'B'
 * buildCcg().memberPractices.length; //=> 107
 * ```
 * @category Testing
 */
export function buildCcg(options: BuildCcgOptions = {}): Ccg {
  return readable('buildCcg', () => {
    const { practices = 107, ...fields } = options;
    let memberPractices: readonly MemberPractice[];
    if (typeof practices === 'number') {
      if (!Number.isSafeInteger(practices) || practices < 0 || practices > MOST_PRACTICES) {
        invalidInput(
          'Give the number of practices as a whole number from 0 to 10,000.',
          ['practices'],
          'a whole number of practices',
          practices,
        );
      }
      memberPractices = Array.from({ length: practices }, (_, index) => {
        const id = `P${pad3(index + 1)}`;
        return { id, name: `Practice ${id}`, contract: 'GMS' as const };
      });
    } else {
      memberPractices = practices;
    }
    return frozenCopy({
      code: '06H',
      name: 'NHS Cambridgeshire and Peterborough CCG',
      status: 'B' as const,
      statusSince: '2015-04-01',
      ...fields,
      memberPractices: [...memberPractices],
    });
  });
}
