import type { CheckCommitteeOptions } from '../conflicts/committees/checkCommittee.js';
import type { ApplicationWave } from './APPLICATION_CALENDAR.js';

/**
 * The options of {@link transition}, {@link explainTransition} and {@link availableTransitions}.
 *
 * @example
 * ```ts
 * import type { TransitionOptions } from 'co-commissioning';
 *
 * const options: TransitionOptions = {
 *   calendar: [{ model: 'C', goLive: '2018-04-01', closes: '2017-12-08', sources: [{ document: 'NHS England letter' }] }],
 *   guards: { 'GUARD-DUE-DILIGENCE': { enabled: false } },
 * };
 * ```
 * @category Commissioning
 */
export interface TransitionOptions {
  /** Application waves that replace or add to {@link APPLICATION_CALENDAR} (same model and go-live date replaces). */
  readonly calendar?: readonly ApplicationWave[];
  /** Switchable guards to turn off, by guard ID (see {@link GUARDS}). */
  readonly guards?: Readonly<Record<string, { readonly enabled?: boolean }>>;
  /** Options for the committee check run when a committee is established (its `asOf` is the event's date). */
  readonly committeeRules?: Omit<CheckCommitteeOptions, 'asOf'>;
}
