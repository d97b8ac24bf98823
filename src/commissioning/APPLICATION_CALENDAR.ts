import * as z from 'zod';
import { domain, seed000, seed001, seed002, seed004 } from '../_lib/cite.js';
import type { Citation } from '../core/citation.js';
import { CitationSchema } from '../core/citation.js';
import { type IsoDate, IsoDateSchema } from '../core/IsoDate.js';
import { deepFreezeOwn } from './freeze.js';

/**
 * The zod schema of an {@link ApplicationWave}, for checking a calendar given in
 * `options.calendar`.
 *
 * @example
 * ```ts
 * import { ApplicationWaveSchema } from 'co-commissioning';
 *
 * ApplicationWaveSchema.parse({
 *   model: 'C', goLive: '2018-04-01', closes: '2017-12-08',
 *   sources: [{ document: 'NHS England letter to CCGs', section: 'Timetable' }],
 * }).closes;
 * //=> '2017-12-08'
 * ```
 * @category Commissioning
 */
export const ApplicationWaveSchema = z
  .object({
    model: z.enum(['B', 'C'], {
      error: 'Give the model the wave is for: B (joint) or C (delegated).',
    }),
    goLive: IsoDateSchema,
    closes: IsoDateSchema.nullable()
      .optional()
      .describe('The last day to apply; null or absent when the sources do not give it.'),
    note: z.string({ error: 'Give the note as text.' }).optional(),
    sources: z.array(CitationSchema, { error: 'List where the dates come from.' }),
  })
  .strict();

/**
 * One application wave: the model it is for, the day arrangements go live and the last day to
 * apply (`null` when no source gives it), with the sources of both dates.
 *
 * @example
 * ```ts
 * import type { ApplicationWave } from 'co-commissioning';
 *
 * const wave: ApplicationWave = {
 *   model: 'C', goLive: '2018-04-01', closes: '2017-12-08',
 *   sources: [{ document: 'NHS England letter to CCGs', section: 'Timetable' }],
 * };
 * ```
 * @category Commissioning
 */
export interface ApplicationWave {
  /** The model the wave is for: `C` delegated (national application) or `B` joint (local). */
  readonly model: 'B' | 'C';
  /** The day the new arrangements start. */
  readonly goLive: IsoDate;
  /** The last day to apply, or `null` when the sources do not give it. */
  readonly closes?: IsoDate | null;
  /** What else the sources say about the wave. */
  readonly note?: string;
  /** Where the dates come from. */
  readonly sources: readonly Citation[];
}

/**
 * Every application closing date and go-live date the sources give, each cited. Waves whose
 * closing date no source gives have `closes: null`: the guard on the application deadline then
 * reports `unknown` instead of guessing. Override or extend it with `options.calendar` (entries
 * there replace the built-in wave for the same model and go-live date).
 *
 * Delegated commissioning (C) starts only on 1 April (DOMAIN MODEL-C-EFFECTIVE-DATE). Joint
 * commissioning (B) had periodic go-live dates of which only 1 January 2017 is given (seed 004);
 * the first joint arrangements went live on 1 April 2015.
 *
 * @example
 * ```ts
 * import { APPLICATION_CALENDAR } from 'co-commissioning';
 *
 * APPLICATION_CALENDAR.find((wave) => wave.model === 'C' && wave.goLive === '2016-04-01')?.closes;
 * //=> '2015-11-06'
 * ```
 * @category Commissioning
 */
export const APPLICATION_CALENDAR: readonly ApplicationWave[] = deepFreezeOwn([
  {
    model: 'C',
    goLive: '2015-04-01',
    closes: '2015-01-09',
    note: 'Applications closed at noon on 9 January 2015.',
    sources: [domain('MODEL-C-APPLICATION', 'Part 2 §3 timeline (S26, S27)')],
  },
  {
    model: 'B',
    goLive: '2015-04-01',
    closes: '2015-01-30',
    note: 'Closing date for choosing joint commissioning or greater involvement for 2015/16.',
    sources: [domain('MODEL-B-NO-NATIONAL-APPLICATION', 'Part 2 §3 timeline (S26, S27)')],
  },
  {
    model: 'C',
    goLive: '2016-04-01',
    closes: '2015-11-06',
    note: 'Cambridgeshire & Peterborough CCG applied on the closing date.',
    sources: [seed002('§3.7'), domain('MODEL-C-APPLICATION', 'Part 2 §3 timeline (S7)')],
  },
  {
    model: 'B',
    goLive: '2017-01-01',
    closes: null,
    note: 'The next go-live date for joint commissioning after November 2016; no national application.',
    sources: [seed004('Model B: Joint commissioning, How to apply')],
  },
  {
    model: 'C',
    goLive: '2017-04-01',
    closes: '2016-12-05',
    note: 'Southwark CCG planned to apply in November 2016 for April 2017.',
    sources: [
      seed004('Key points 6; Model C: Delegated commissioning, How to apply'),
      seed001('Engagement to support a Governing Body decision'),
      domain('MODEL-C-APPLICATION', 'Part 2 §3 timeline (S6)'),
    ],
  },
  {
    model: 'C',
    goLive: '2018-04-01',
    closes: null,
    note: 'CCGs were invited to apply from 1 November 2017; the closing date is not given. Bedfordshire CCG expected the window in early December 2017 and planned to submit in the week of 4 December 2017.',
    sources: [
      seed000(
        'Delegated Commissioning of Primary Medical Services; Next steps & Proposed Timeline',
      ),
      domain('MODEL-C-APPLICATION', 'Part 2 §3 timeline (S31)'),
    ],
  },
  {
    model: 'C',
    goLive: '2019-04-01',
    closes: null,
    note: 'The closing date for April 2019 is not given (DOMAIN Part 3 Q10).',
    sources: [domain('MODEL-C-APPLICATION', 'Part 3 Q10')],
  },
  {
    model: 'C',
    goLive: '2020-04-01',
    closes: '2019-11-01',
    note: 'Apply by 1 November; NHS England reviews in November and December and gives its outcome in January; the agreement is signed in March.',
    sources: [domain('MODEL-C-EFFECTIVE-DATE', 'Part 2 §1.1 rule 6 (S4)')],
  },
] as const satisfies readonly ApplicationWave[]);
