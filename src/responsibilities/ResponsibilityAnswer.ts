import type { Citation } from '../core/citation.js';
import type { CommissioningStatus } from './CommissioningStatus.js';
import type { CcgRole, DecidedBy } from './Holder.js';
import type { PrimaryCareFunctionId } from './PRIMARY_CARE_FUNCTIONS.js';
import type { ResponsibilityAlternative } from './ResponsibilityCell.js';

/**
 * A local arrangement as `responsibility` applied it, with the statuses it covers spelled out.
 *
 * @example
 * ```ts
 * import { responsibility, type AppliedArrangement } from 'co-commissioning';
 *
 * const applied: AppliedArrangement | undefined = responsibility('complaints', 'C', {
 *   arrangements: {
 *     complaints: { decidedBy: 'ccg', ccgRole: 'decides', evidence: 'Delegation agreement, schedule 2' },
 *   },
 * }).localArrangement;
 * applied?.statuses; //=> ['C']
 * ```
 * @category Responsibilities
 */
export interface AppliedArrangement {
  /** Who decides under the arrangement. */
  readonly decidedBy: DecidedBy;
  /** The CCG's part under the arrangement. */
  readonly ccgRole: CcgRole;
  /** Where the arrangement is written down. */
  readonly evidence: string;
  /** The statuses the arrangement applies to, as given or by default. */
  readonly statuses: readonly CommissioningStatus[];
  /** The CCG's note on the arrangement, if any. */
  readonly note?: string;
}

/**
 * The national position on a function, kept alongside an answer that a local arrangement
 * changed.
 *
 * @example
 * ```ts
 * import type { NationalBaseline } from 'co-commissioning';
 *
 * const baseline: NationalBaseline = {
 *   decidedBy: 'nhs-england', ccgRole: 'none', confidence: 'V',
 *   sources: [{ document: '000_54d237cabb915ae9.txt', section: 'Delegated commissioning roles and responsibilities' }],
 * };
 * ```
 * @category Responsibilities
 */
export interface NationalBaseline {
  /** Who decides nationally. */
  readonly decidedBy: DecidedBy;
  /** The CCG's part nationally. */
  readonly ccgRole: CcgRole;
  /** How sure the library is of the baseline: `V` stated by a source, `I` read across. */
  readonly confidence: 'V' | 'I';
  /** The sources of the baseline. */
  readonly sources: readonly Citation[];
}

/**
 * Who holds one primary care function under one co-commissioning status, as returned by
 * `responsibility`: who decides, the CCG's role, the sources, a plain summary, Southwark's cell
 * text where its table has one, and, where the sources disagree, each other reading with its
 * citation.
 *
 * @example
 * ```ts
 * import { responsibility, type Responsibility } from 'co-commissioning';
 *
 * const answer: Responsibility = responsibility('practice-mergers', 'B');
 * answer.summary;
 * //=> 'Approving practice mergers under joint commissioning (Model B): the CCG and NHS England decide jointly, in a joint committee or committees in common.'
 * ```
 * @category Responsibilities
 */
export interface Responsibility {
  /** The function asked about. */
  readonly functionId: PrimaryCareFunctionId;
  /** The function's name. */
  readonly functionName: string;
  /** The status asked about. */
  readonly status: CommissioningStatus;
  /** The model's name, such as "Joint commissioning". */
  readonly modelName: string;
  /** Who decides. */
  readonly decidedBy: DecidedBy;
  /** The CCG's part; `decides` exactly when `decidedBy` is `ccg`, `joint` exactly when `joint`. */
  readonly ccgRole: CcgRole;
  /** The sources of this answer: the arrangement's evidence when one applied, else the national ones. */
  readonly sources: readonly Citation[];
  /** `V` when a source (or the CCG's own document) says so for this model; `I` when read across. */
  readonly confidence: 'V' | 'I';
  /** Whether the answer is the national baseline or the CCG's recorded local arrangement. */
  readonly basis: 'national-baseline' | 'local-arrangement';
  /** The answer in plain sentences, naming any disagreement between sources. */
  readonly summary: string;
  /** Southwark's cell text for this function and model (seed 001), verbatim, where it has one. */
  readonly southwarkCell?: string;
  /** A plain sentence on limits, conditions or how the national answer was read. */
  readonly note?: string;
  /** Whether the national sources disagree on this function under this model. */
  readonly sourcesDisagree: boolean;
  /** The other national readings, each with its sources; empty when the sources agree. */
  readonly alternatives: readonly ResponsibilityAlternative[];
  /** The CCG's arrangement, when one applied to this status. */
  readonly localArrangement?: AppliedArrangement;
  /** The national baseline, when a local arrangement replaced it in the answer. */
  readonly nationalBaseline?: NationalBaseline;
}
