import { freezeDeep } from '../_lib/freezeDeep.js';
import type { Citation } from '../core/citation.js';
import type { CommissioningStatus } from './CommissioningStatus.js';
import {
  BEDS_LIABILITY,
  BMA_MODEL_A,
  BMA_MODEL_B,
  BMA_MODEL_C,
  BMA_WHAT_IS,
  MODEL_ENUM,
  SEED_FLOOR,
  SOUTHWARK_LEVELS,
} from './citations.js';

/**
 * One co-commissioning model as the sources describe it.
 *
 * @example
 * ```ts
 * import { MODELS, type CommissioningModel } from 'co-commissioning';
 *
 * const joint: CommissioningModel | undefined = MODELS.find((model) => model.status === 'B');
 * joint?.level; //=> 2
 * ```
 * @category Responsibilities
 */
export interface CommissioningModel {
  /** The status code the library uses for the model. */
  readonly status: CommissioningStatus;
  /** The model's name in the BMA guidance (seed 004), or "No co-commissioning". */
  readonly name: string;
  /** Southwark's level number (seed 001): 1 influence, 2 joint, 3 delegated; 0 for none. */
  readonly level: 0 | 1 | 2 | 3;
  /** Other names the sources use for the same model, such as "Model B" or "Level 2". */
  readonly aliases: readonly string[];
  /** What the model means for the CCG, in one line. */
  readonly meaning: string;
  /** The body that takes primary care commissioning decisions under the model. */
  readonly decisionBody: string;
  /** Where the model is defined. */
  readonly sources: readonly Citation[];
}

/**
 * The co-commissioning models: none, A (greater involvement), B (joint commissioning) and C
 * (delegated commissioning), with their names in the BMA guidance (seed 004 "What is
 * co-commissioning?"), Southwark's level numbers and names (seed 001 "Our history and levels of
 * co-commissioning"), a one-line meaning and the decision-making body. `none` comes from DOMAIN
 * MODEL-ENUM (five CCGs wanted no co-commissioning role in January 2015). At every level
 * statutory responsibility stays with NHS England (DOMAIN SEED-LIABILITY).
 *
 * The data is fixed by the 2014 offer; it does not change with dates.
 *
 * @example
 * ```ts
 * import { MODELS } from 'co-commissioning';
 *
 * MODELS.map((model) => model.name);
 * //=> ['No co-commissioning', 'Greater involvement', 'Joint commissioning', 'Delegated commissioning']
 * MODELS.find((model) => model.aliases.includes('Level 2'))?.status; //=> 'B'
 * ```
 * @category Responsibilities
 */
export const MODELS: readonly CommissioningModel[] = freezeDeep([
  {
    status: 'none',
    name: 'No co-commissioning',
    level: 0,
    aliases: ['None', 'No co-commissioning role'],
    meaning:
      'NHS England commissions general practice alone; the CCG has no co-commissioning role.',
    decisionBody: 'NHS England (regional team)',
    sources: [MODEL_ENUM],
  },
  {
    status: 'A',
    name: 'Greater involvement',
    level: 1,
    aliases: ['Model A', 'Level 1', 'Level One', 'Influence', 'Greater Involvement'],
    meaning:
      "The CCG works closely with its NHS England regional team and influences NHS England's decisions, but takes no decisions on GP contracts itself.",
    decisionBody: 'NHS England (regional team), with the CCG involved',
    sources: [BMA_MODEL_A, SOUTHWARK_LEVELS, BMA_WHAT_IS, SEED_FLOOR],
  },
  {
    status: 'B',
    name: 'Joint commissioning',
    level: 2,
    aliases: ['Model B', 'Level 2', 'Level Two', 'Joint', 'Joint Commissioning'],
    meaning:
      'The CCG and NHS England take decisions together, in a joint committee or committees in common.',
    decisionBody:
      'A joint committee (or committees in common) of the CCG or CCGs and the NHS England regional team',
    sources: [BMA_MODEL_B, SOUTHWARK_LEVELS, BMA_WHAT_IS],
  },
  {
    status: 'C',
    name: 'Delegated commissioning',
    level: 3,
    aliases: [
      'Model C',
      'Level 3',
      'Level Three',
      'Delegated',
      'Full delegation',
      'Delegated Commissioning',
    ],
    meaning:
      'The CCG takes the decisions alone on behalf of NHS England, through its primary care commissioning committee; NHS England keeps statutory liability and seeks assurance.',
    decisionBody: "The CCG's primary care commissioning committee (PCCC)",
    sources: [BMA_MODEL_C, SOUTHWARK_LEVELS, BMA_WHAT_IS, BEDS_LIABILITY],
  },
] as const satisfies readonly CommissioningModel[]);
