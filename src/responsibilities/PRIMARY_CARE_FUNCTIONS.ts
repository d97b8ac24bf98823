import { freezeDeep } from '../_lib/freezeDeep.js';
import type { Citation } from '../core/citation.js';
import {
  BEDS_CCG_LIST,
  BEDS_LEAD,
  BEDS_LIABILITY,
  BEDS_NHSE_LIST,
  BMA_FAQ_LOCAL_CONTRACTS,
  BMA_FAQ_LOCAL_SCHEMES,
  BMA_FAQ_MPIG,
  BMA_FAQ_NATIONAL_TERMS,
  BMA_MODEL_B_FUNCTIONS,
  BMA_MODEL_B_POOLING,
  BMA_MODEL_C,
  BMA_MODEL_C_FUNCTIONS,
  BMA_MODEL_C_TOP_UP,
  BMA_WHAT_IS,
  BMA_WONT,
  FUNC_DELEGATED,
  FUNC_OUT_OF_SCOPE,
  FUNC_RESERVED_GP,
  FUNC_RESERVED_OTHER,
  MODEL_C_LIABILITY,
  SEED_CONFLICT_COMPLAINTS,
  SEED_LIABILITY,
  SEED_LOCAL_SCHEMES,
  SEED_NATIONAL_TERMS,
  SEED_NEVER,
  SOMERSET_FULL,
  SOMERSET_POD,
  SOMERSET_RETAINED,
  SOUTHWARK_LEVEL_THREE,
  SOUTHWARK_LEVELS,
  southwark,
} from './citations.js';

/**
 * One primary care function in the catalogue: something that is commissioned, managed or
 * decided, whose holder the responsibility matrix gives for each model.
 *
 * @example
 * ```ts
 * import { PRIMARY_CARE_FUNCTIONS, type PrimaryCareFunction } from 'co-commissioning';
 *
 * const mergers: PrimaryCareFunction | undefined = PRIMARY_CARE_FUNCTIONS.find(
 *   (entry) => entry.id === 'practice-mergers',
 * );
 * mergers?.name; //=> 'Approving practice mergers'
 * ```
 * @category Responsibilities
 */
export interface PrimaryCareFunction {
  /** The stable kebab-case ID, one of {@link PrimaryCareFunctionId}. */
  readonly id: string;
  /** A short name, as the sources word it. */
  readonly name: string;
  /** What the function covers, in plain English. */
  readonly description: string;
  /** The documents that name the function. */
  readonly sources: readonly Citation[];
  /** The row heading in Southwark's table (seed 001), verbatim, where the function has a row. */
  readonly southwarkRow?: string;
  /**
   * Present when no model lets a CCG take part in deciding the function: why, and the sources.
   * A local arrangement giving the CCG a decision on it is refused.
   */
  readonly reservedToNhsEngland?: {
    /** Why the CCG can never decide it, in one sentence. */
    readonly reason: string;
    /** Where that is said. */
    readonly sources: readonly Citation[];
  };
}

// The catalogue as literal data, so that each ID is a literal type.
const CATALOGUE = [
  {
    id: 'general-practice-commissioning',
    name: 'General practice commissioning',
    description:
      'Commissioning primary medical services from GP practices as a whole: planning, buying and managing the services practices provide under their GMS, PMS and APMS contracts.',
    sources: [
      southwark('General Practice Commissioning', 'Greater Involvement'),
      BMA_WHAT_IS,
      BMA_MODEL_C,
      BEDS_LEAD,
    ],
    southwarkRow: 'General Practice Commissioning',
  },
  {
    id: 'pharmacy-eye-dental-commissioning',
    name: 'Pharmacy, eye health and dental commissioning',
    description:
      'Commissioning community pharmacy, dental and eye health (optometry) services. NHS England keeps these in every model: CCGs gain no powers over them.',
    sources: [
      southwark('Pharmacy, eye health and dental commissioning', 'Greater Involvement'),
      BMA_WONT,
      SOMERSET_POD,
    ],
    southwarkRow: 'Pharmacy, eye health and dental commissioning',
    reservedToNhsEngland: {
      reason:
        'CCGs will not have any additional powers over the commissioning of dental, community pharmacy and eye health, whatever the model.',
      sources: [BMA_WONT, SOMERSET_POD, SEED_NEVER, FUNC_OUT_OF_SCOPE],
    },
  },
  {
    id: 'local-incentive-schemes',
    name: 'Design and implementation of local incentive schemes',
    description:
      'Designing and running local incentive schemes for practices, including local alternatives to the Quality and Outcomes Framework (QOF) and to directed enhanced services. There is no formal national approval process: each scheme should be consulted on with the LMC and show improved outcomes, reduced inequalities and value for money.',
    sources: [
      southwark('Design and implementation of local incentive schemes', 'Greater Involvement'),
      BMA_MODEL_B_FUNCTIONS,
      BMA_MODEL_C_FUNCTIONS,
      BEDS_CCG_LIST,
      SOMERSET_FULL,
      SOUTHWARK_LEVEL_THREE,
      BMA_FAQ_LOCAL_SCHEMES,
      SEED_LOCAL_SCHEMES,
    ],
    southwarkRow: 'Design and implementation of local incentive schemes',
  },
  {
    id: 'primary-care-budget',
    name: 'General practice budget management',
    description:
      'Managing the budget for primary medical services (the delegated budget under Model C). Under joint commissioning the CCG and NHS England may pool funds; under delegation the CCG may top up its primary care allocation from its main allocation.',
    sources: [
      southwark('General Practice Budget Management', 'Greater Involvement'),
      SOMERSET_FULL,
      SOUTHWARK_LEVEL_THREE,
      BMA_MODEL_B_POOLING,
      BMA_MODEL_C_TOP_UP,
    ],
    southwarkRow: 'General Practice Budget Management',
  },
  {
    id: 'complaints',
    name: 'Complaints management',
    description:
      "Handling complaints about GP practices and GP services. The sources disagree on who handles them under delegation (DOMAIN SEED-CONFLICT-COMPLAINTS), so record your CCG's own arrangement.",
    sources: [
      southwark('Complaints management', 'Greater Involvement'),
      SOUTHWARK_LEVEL_THREE,
      BEDS_NHSE_LIST,
      SOMERSET_RETAINED,
      SEED_CONFLICT_COMPLAINTS,
    ],
    southwarkRow: 'Complaints management',
  },
  {
    id: 'practice-performance-management',
    name: 'Contractual GP practice performance management',
    description:
      'Monitoring how practices perform against their contracts and taking contractual action, such as improvement (remedial) or breach notices. Practices only: individual GPs are managed through the performers list, which NHS England keeps.',
    sources: [
      southwark('Contractual GP practice performance management', 'Greater Involvement'),
      BMA_MODEL_B_FUNCTIONS,
      BMA_MODEL_C_FUNCTIONS,
      BEDS_LEAD,
    ],
    southwarkRow: 'Contractual GP practice performance management',
  },
  {
    id: 'performers-list-appraisal-revalidation',
    name: "Medical performers' list, appraisal and revalidation",
    description:
      'Performance management of individual GPs: the national medical performers list (which records that each GP is qualified, trained and checked to perform primary medical services), GP appraisal and revalidation.',
    sources: [
      southwark("Medical performers' list, appraisal, revalidation", 'Greater Involvement'),
      BMA_WONT,
      BEDS_NHSE_LIST,
      SOUTHWARK_LEVEL_THREE,
    ],
    southwarkRow: "Medical performers' list, appraisal, revalidation",
    reservedToNhsEngland: {
      reason:
        'CCGs will not have any additional powers over the performance management of individual GPs, including the medical performers list, appraisal or revalidation, whatever the model.',
      sources: [BMA_WONT, SEED_NEVER, FUNC_RESERVED_GP],
    },
  },
  {
    id: 'gp-contracts',
    name: 'GMS, PMS and APMS contracts',
    description:
      "Managing practices' General Medical Services (GMS), Personal Medical Services (PMS) and Alternative Provider Medical Services (APMS) contracts: designing PMS and APMS contracts, monitoring them, taking contractual action such as breach or remedial notices, and removing a contract. National contract terms cannot be varied locally.",
    sources: [BMA_MODEL_B_FUNCTIONS, BMA_MODEL_C_FUNCTIONS, BEDS_CCG_LIST, FUNC_DELEGATED],
  },
  {
    id: 'enhanced-services',
    name: 'Enhanced services',
    description:
      'Commissioning enhanced services from practices: newly designed local and directed enhanced services (LES and DES), and the enhanced services NHS England already commissions.',
    sources: [BMA_MODEL_B_FUNCTIONS, BMA_MODEL_C_FUNCTIONS, SOMERSET_FULL, BEDS_CCG_LIST],
  },
  {
    id: 'new-practices',
    name: 'Establishing new GP practices',
    description: 'Deciding whether to establish a new GP practice in an area.',
    sources: [BMA_MODEL_B_FUNCTIONS, BMA_MODEL_C_FUNCTIONS, BEDS_CCG_LIST, SOMERSET_FULL],
  },
  {
    id: 'practice-mergers',
    name: 'Approving practice mergers',
    description: 'Approving, or refusing, the merger of two or more GP practices.',
    sources: [
      BMA_MODEL_B_FUNCTIONS,
      BMA_MODEL_C_FUNCTIONS,
      BEDS_CCG_LIST,
      BEDS_LEAD,
      SOMERSET_FULL,
    ],
  },
  {
    id: 'discretionary-payments',
    name: 'Discretionary payments',
    description:
      'Decisions on "discretionary" payments to practices and GPs, such as the returner and retainer schemes.',
    sources: [BMA_MODEL_B_FUNCTIONS, BMA_MODEL_C_FUNCTIONS, BEDS_CCG_LIST, SOMERSET_FULL],
  },
  {
    id: 'premises-costs',
    name: 'Premises costs directions',
    description:
      "Decisions under the premises costs directions on reimbursing practices' premises costs, and other decisions on GP practice premises. Capital funding for premises improvements is a separate function.",
    sources: [BEDS_CCG_LIST, BEDS_LEAD, SOMERSET_FULL],
  },
  {
    id: 'public-health-section-7a',
    name: 'Section 7A public health functions',
    description:
      'Public health services NHS England commissions under section 7A of the NHS Act 2006, such as the national screening and immunisation programmes.',
    sources: [BEDS_NHSE_LIST, FUNC_RESERVED_OTHER],
  },
  {
    id: 'capital-expenditure',
    name: 'Capital expenditure',
    description:
      'Capital expenditure functions, such as allocating funds for improvements to practice premises.',
    sources: [BEDS_NHSE_LIST, FUNC_RESERVED_OTHER],
  },
  {
    id: 'contract-terminations',
    name: 'Contract terminations',
    description:
      "Ending a practice's contract, for example on the bankruptcy or death of a GP contractor, and closing practices.",
    sources: [BEDS_CCG_LIST, BMA_MODEL_B_FUNCTIONS, BMA_MODEL_C_FUNCTIONS, SOMERSET_FULL],
  },
  {
    id: 'practice-boundary-changes',
    name: 'Practice boundary changes',
    description:
      "Approving changes to an individual GP practice's boundary: the area from which it registers patients.",
    sources: [BEDS_LEAD],
  },
  {
    id: 'urgent-care-out-of-area-patients',
    name: 'Urgent care for out-of-area registered patients',
    description:
      'Commissioning urgent primary medical care locally for patients who are registered with a practice outside the area.',
    sources: [SOMERSET_FULL],
  },
  {
    id: 'primary-care-planning-and-review',
    name: 'Planning and reviewing primary medical services',
    description: 'Planning and reviewing primary care medical services in the locality.',
    sources: [SOMERSET_FULL],
  },
  {
    id: 'poorly-performing-practices',
    name: 'Managing poorly performing practices',
    description:
      'Managing practices that perform poorly, as practices; individual GPs are handled through the performers list.',
    sources: [SOMERSET_FULL],
  },
  {
    id: 'communications-and-engagement-advice',
    name: 'Communications and patient engagement advice to practices',
    description: 'Providing communications and patient engagement advice to GP practices.',
    sources: [BEDS_CCG_LIST],
  },
  {
    id: 'payments-to-suspended-gps',
    name: 'Payments to suspended GPs',
    description: 'Administering payments to a GP in circumstances where the GP is suspended.',
    sources: [BEDS_NHSE_LIST],
  },
  {
    id: 'national-policy-and-contract-negotiations',
    name: 'National policy and contract negotiations',
    description:
      'National policy decisions on the provision of GP services and the negotiation of the national contracts. CCGs and joint committees cannot vary GMS terms or the nationally set elements of PMS and APMS contracts, must adopt the findings of PMS and MPIG reviews, and cannot compel a practice to move from a national to a local contract.',
    sources: [
      BEDS_NHSE_LIST,
      BMA_FAQ_NATIONAL_TERMS,
      BMA_FAQ_MPIG,
      BMA_FAQ_LOCAL_CONTRACTS,
      SEED_NATIONAL_TERMS,
    ],
    reservedToNhsEngland: {
      reason:
        'The terms of GMS contracts and the nationally determined elements of PMS and APMS contracts are set nationally and cannot be varied by CCGs or joint committees.',
      sources: [BMA_FAQ_NATIONAL_TERMS, SEED_NATIONAL_TERMS],
    },
  },
  {
    id: 'payments-administration',
    name: 'Administration of payments',
    description: 'Administering the payments due to practices.',
    sources: [SOUTHWARK_LEVEL_THREE],
  },
  {
    id: 'list-management',
    name: 'List management',
    description:
      "Managing practices' registered patient lists. Distinct from approving practice boundary changes.",
    sources: [SOUTHWARK_LEVEL_THREE],
  },
  {
    id: 'assurance-and-oversight',
    name: 'Statutory liability, assurance and oversight',
    description:
      "NHS England's statutory liability for primary medical care commissioning, and its supervision, co-ordination and assurance of how a CCG exercises co-commissioned functions.",
    sources: [
      SOUTHWARK_LEVELS,
      BMA_MODEL_C,
      BEDS_LIABILITY,
      SOMERSET_RETAINED,
      SEED_LIABILITY,
      MODEL_C_LIABILITY,
    ],
    reservedToNhsEngland: {
      reason:
        'Statutory responsibility remains with NHS England at all levels: delegation does not affect its liability.',
      sources: [SOUTHWARK_LEVELS, BMA_MODEL_C, SEED_LIABILITY, MODEL_C_LIABILITY],
    },
  },
] as const satisfies readonly PrimaryCareFunction[];

/**
 * The catalogue of primary care functions named by the source documents, each with a plain
 * description and its sources. The first fifteen are the functions the public API has always
 * named; the rest come from the lists of delegated and retained functions in seed 000
 * (Bedfordshire CCG, "Delegated commissioning roles and responsibilities"), seed 001 (Southwark
 * CCG, "Moving to Delegated responsibility – Level Three") and seed 003 (Somerset LMC, "Full
 * Delegation"). Seven functions carry the row heading of Southwark's table (seed 001
 * "Responsibilities at each level").
 *
 * Who holds each function under each model is in `RESPONSIBILITY_MATRIX`; ask
 * `responsibility(id, status)`. New functions may be added in minor releases; IDs never change.
 *
 * @example
 * ```ts
 * import { PRIMARY_CARE_FUNCTIONS } from 'co-commissioning';
 *
 * PRIMARY_CARE_FUNCTIONS.length; //=> 26
 * PRIMARY_CARE_FUNCTIONS[0]?.id; //=> 'general-practice-commissioning'
 * PRIMARY_CARE_FUNCTIONS.filter((entry) => entry.southwarkRow !== undefined).length; //=> 7
 * ```
 * @category Responsibilities
 */
export const PRIMARY_CARE_FUNCTIONS: readonly (PrimaryCareFunction & {
  readonly id: PrimaryCareFunctionId;
})[] = freezeDeep(CATALOGUE);

/**
 * The ID of a function in {@link PRIMARY_CARE_FUNCTIONS}, such as `'practice-mergers'`.
 *
 * @example
 * ```ts
 * import type { PrimaryCareFunctionId } from 'co-commissioning';
 *
 * const mergers: PrimaryCareFunctionId = 'practice-mergers';
 * ```
 * @category Responsibilities
 */
export type PrimaryCareFunctionId = (typeof CATALOGUE)[number]['id'];
