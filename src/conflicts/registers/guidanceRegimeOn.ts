import { freezeDeep } from '../../_lib/freezeDeep.js';
import { parseWith } from '../../_lib/parseWith.js';
import type { Citation } from '../../core/citation.js';
import { type IsoDate, IsoDateSchema } from '../../core/IsoDate.js';
import { GuidanceRegimeOptionsSchema } from './regimeSchemas.js';

/**
 * The edition of conflict-of-interest guidance a date falls under, as far as gifts,
 * hospitality and registers of interests are concerned:
 *
 * - `'before-2016'`: before the revised statutory guidance of 28 June 2016. The December 2014
 *   statutory guidance applied, but the sources give no gift or hospitality thresholds for it.
 * - `'2016'`: the revised statutory guidance for CCGs (28 June 2016).
 * - `'2017'`: the June 2017 guidance: NHS-wide guidance in force 1 June 2017 and revised CCG
 *   statutory guidance of 16 June 2017 (see {@link Regime2017Start}).
 *
 * @example
 * ```ts
 * import type { GuidanceRegime } from 'co-commissioning';
 *
 * const regime: GuidanceRegime = '2017';
 * ```
 * @category Conflicts of interest
 */
export type GuidanceRegime = 'before-2016' | '2016' | '2017';

/**
 * The day the 2017 rules start, as the sources give it. They disagree, so the library lets
 * the user choose:
 *
 * - `'2017-06-16'` (the default): the revised statutory guidance for CCGs, 16 June 2017
 *   (DOMAIN Part 2 §3, S1, S10), the document that binds CCGs and the date DOMAIN gives for
 *   rule 33 (COI-REGISTER-2017).
 * - `'2017-06-01'`: the day NHS England's NHS-wide "Managing Conflicts of Interest in the NHS"
 *   (published February 2017) came into force (DOMAIN Part 2 §3, S10, S62).
 *
 * @example
 * ```ts
 * import type { Regime2017Start } from 'co-commissioning';
 *
 * const nhsWide: Regime2017Start = '2017-06-01';
 * ```
 * @category Conflicts of interest
 */
export type Regime2017Start = '2017-06-16' | '2017-06-01';

/**
 * One edition of NHS England's conflict-of-interest guidance, with its dates and sources.
 *
 * @example
 * ```ts
 * import type { GuidanceEdition } from 'co-commissioning';
 *
 * const ourPolicy: GuidanceEdition = {
 *   id: 'local-2018', title: 'CCG conflicts of interest policy v3', published: '2018-04',
 *   inForceFrom: '2018-04-01', gives: 'Local gift thresholds.', sources: [{ document: 'Policy v3' }],
 * };
 * ```
 * @category Conflicts of interest
 */
export interface GuidanceEdition {
  /** A short stable ID. */
  readonly id: string;
  /** The document's title as the sources give it. */
  readonly title: string;
  /** When it was published, as precisely as the sources say (`YYYY-MM` or `YYYY-MM-DD`). */
  readonly published: string;
  /** The day it came into force, where the sources give one. */
  readonly inForceFrom?: IsoDate;
  /** What the library takes from it. */
  readonly gives: string;
  /** Where the dates come from. */
  readonly sources: readonly Citation[];
}

const timeline = (entry: string): Citation => ({
  document: 'DOMAIN.md',
  section: `Part 2 §3 timeline, ${entry}`,
});

/**
 * The editions of NHS England's conflict-of-interest guidance between 2014 and 2017, with the
 * dates the library uses to choose a {@link GuidanceRegime}. Source: DOMAIN.md Part 2 §3
 * (timeline) and seed 004 ("Conflicts of interest"). The December 2014 guidance has no day
 * in the sources, so it has no `inForceFrom`.
 *
 * @example
 * ```ts
 * import { COI_GUIDANCE_EDITIONS } from 'co-commissioning';
 *
 * COI_GUIDANCE_EDITIONS.map((edition) => edition.inForceFrom ?? edition.published);
 * //=> ['2014-12', '2016-06-28', '2017-06-01', '2017-06-16']
 * ```
 * @category Conflicts of interest
 */
export const COI_GUIDANCE_EDITIONS: readonly GuidanceEdition[] = freezeDeep([
  {
    id: 'ccg-statutory-2014',
    title: 'Managing conflicts of interest: statutory guidance for CCGs',
    published: '2014-12',
    gives:
      'Registers of interests and of procurement decisions; no gift or hospitality thresholds are in the sources.',
    sources: [timeline('Dec 2014 (S8, S9)')],
  },
  {
    id: 'ccg-statutory-2016',
    title: 'Managing Conflicts of Interest: Revised Statutory Guidance for CCGs (v6.1)',
    published: '2016-06-28',
    inForceFrom: '2016-06-28',
    gives:
      'The 2016 regime: supplier gifts declined whatever their value, hospitality above £25 presumed refused, a public register of gifts and hospitality.',
    sources: [
      timeline('28 Jun 2016 (S8, S9)'),
      { document: '004_e95f1a032380c329.txt', section: 'Conflicts of interest' },
    ],
  },
  {
    id: 'nhs-wide-2017',
    title: 'Managing Conflicts of Interest in the NHS',
    published: '2017-02',
    inForceFrom: '2017-06-01',
    gives:
      'The NHS-wide gift and hospitality thresholds (£6, £50, £25 and £75); one possible start of the 2017 regime.',
    sources: [timeline('Feb 2017, in force 1 Jun 2017 (S10, S62)')],
  },
  {
    id: 'ccg-statutory-2017',
    title:
      'Managing conflicts of interest: revised statutory guidance for CCGs 2017 (Gateway 06768)',
    published: '2017-06-16',
    inForceFrom: '2017-06-16',
    gives:
      'Annual review of registers and publication of decision-making staff only; the default start of the 2017 regime.',
    sources: [timeline('16 Jun 2017 (S1, S10)')],
  },
] satisfies readonly GuidanceEdition[]);

/** The first day of the 2016 regime. */
export const REGIME_2016_FROM = '2016-06-28';
/** The default first day of the 2017 regime. */
export const DEFAULT_REGIME_2017_FROM: Regime2017Start = '2017-06-16';

/**
 * Options for {@link guidanceRegimeOn}.
 *
 * @example
 * ```ts
 * import type { GuidanceRegimeOptions } from 'co-commissioning';
 *
 * const options: GuidanceRegimeOptions = { regime2017From: '2017-06-01' };
 * ```
 * @category Conflicts of interest
 */
export interface GuidanceRegimeOptions {
  /** The day the 2017 rules start (default `'2017-06-16'`; see {@link Regime2017Start}). */
  readonly regime2017From?: Regime2017Start;
}

/**
 * The guidance regime in force on a date: before 28 June 2016 `'before-2016'`, from then
 * `'2016'`, and from the chosen June 2017 date `'2017'`. Both change dates are the first day
 * of the new regime (inclusive).
 *
 * @param date - The date whose guidance applies.
 * @param options - Which June 2017 date starts the 2017 regime.
 * @returns The regime in force on `date`.
 * @throws {@link CoCommissioningError} `invalid_input` for a malformed date or option.
 *
 * @example
 * ```ts
 * import { guidanceRegimeOn } from 'co-commissioning';
 *
 * guidanceRegimeOn('2016-06-27'); //=> 'before-2016'
 * guidanceRegimeOn('2016-06-28'); //=> '2016'
 * guidanceRegimeOn('2017-06-10'); //=> '2016'
 * guidanceRegimeOn('2017-06-10', { regime2017From: '2017-06-01' }); //=> '2017'
 * ```
 * @category Conflicts of interest
 */
export function guidanceRegimeOn(
  date: IsoDate,
  options: GuidanceRegimeOptions = {},
): GuidanceRegime {
  const on = parseWith(IsoDateSchema, date, ['date']);
  const parsed = parseWith(GuidanceRegimeOptionsSchema, options, ['options']);
  return regimeOn(on, parsed.regime2017From ?? DEFAULT_REGIME_2017_FROM);
}

/** Internal: the regime on an already validated date. */
export function regimeOn(date: IsoDate, regime2017From: Regime2017Start): GuidanceRegime {
  if (date < REGIME_2016_FROM) return 'before-2016';
  return date < regime2017From ? '2016' : '2017';
}
