import type { Citation } from '../core/citation.js';
import type { CcgRole, DecidedBy } from './Holder.js';

/**
 * Another reading of who holds a function, from a source that disagrees with the national
 * baseline (for example on complaints: DOMAIN SEED-CONFLICT-COMPLAINTS).
 *
 * @example
 * ```ts
 * import { responsibility, type ResponsibilityAlternative } from 'co-commissioning';
 *
 * const [southwark]: readonly ResponsibilityAlternative[] = responsibility('complaints', 'C').alternatives;
 * southwark?.decidedBy; //=> 'ccg'
 * ```
 * @category Responsibilities
 */
export interface ResponsibilityAlternative {
  /** Who decides on this reading. */
  readonly decidedBy: DecidedBy;
  /** The CCG's part on this reading. */
  readonly ccgRole: CcgRole;
  /** `V` when a source says so for this model; `I` when read across from another model. */
  readonly confidence: 'V' | 'I';
  /** The sources of this reading. */
  readonly sources: readonly Citation[];
  /** Who says what, in one sentence. */
  readonly summary: string;
}

/**
 * One cell of the responsibility matrix: who holds a function under one model, with the
 * sources, how sure the library is, Southwark's cell text where the table has one, and any
 * disagreeing reading.
 *
 * @example
 * ```ts
 * import { RESPONSIBILITY_MATRIX, type ResponsibilityCell } from 'co-commissioning';
 *
 * const cell: ResponsibilityCell = RESPONSIBILITY_MATRIX['complaints'].B;
 * cell.southwarkCell; //=> 'Jointly with NHSE'
 * ```
 * @category Responsibilities
 */
export interface ResponsibilityCell {
  /** Who decides. */
  readonly decidedBy: DecidedBy;
  /** The CCG's part in the decisions; always agrees with `decidedBy`. */
  readonly ccgRole: CcgRole;
  /**
   * How sure the library is, as DOMAIN.md tags it: `V` when a source says so for this model,
   * `I` when the library reads it across from what the sources say about another model or
   * about general practice commissioning as a whole (see `note`).
   */
  readonly confidence: 'V' | 'I';
  /** The sources of this cell, most specific first. */
  readonly sources: readonly Citation[];
  /** Southwark's cell text for this function and model (seed 001), verbatim, where it has one. */
  readonly southwarkCell?: string;
  /** A plain sentence on limits, conditions or how the cell was read. */
  readonly note?: string;
  /** Readings from sources that disagree with this one; present only when they exist. */
  readonly alternatives?: readonly ResponsibilityAlternative[];
}
