import { freezeDeep } from '../_lib/freezeDeep.js';
import type { Citation } from '../core/citation.js';
import type { CommissioningStatus } from './CommissioningStatus.js';
import {
  BEDS_CCG_LIST,
  BEDS_JOINT,
  BEDS_LEAD,
  BEDS_LIABILITY,
  BEDS_NHSE_LIST,
  BMA_COI_MINIMUM,
  BMA_FAQ_LOCAL_CONTRACTS,
  BMA_FAQ_LOCAL_SCHEMES,
  BMA_FAQ_MPIG,
  BMA_FAQ_NATIONAL_TERMS,
  BMA_MODEL_A,
  BMA_MODEL_A_THREATS,
  BMA_MODEL_B,
  BMA_MODEL_B_FUNCTIONS,
  BMA_MODEL_B_POOLING,
  BMA_MODEL_C,
  BMA_MODEL_C_FUNCTIONS,
  BMA_MODEL_C_TOP_UP,
  BMA_WONT,
  COMPLAINTS_QUESTION,
  FUNC_DELEGATED,
  FUNC_OUT_OF_SCOPE,
  FUNC_RESERVED_GP,
  FUNC_RESERVED_OTHER,
  MODEL_C_LIABILITY,
  MODEL_ENUM,
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
import type { PrimaryCareFunctionId } from './PRIMARY_CARE_FUNCTIONS.js';
import type { ResponsibilityAlternative, ResponsibilityCell } from './ResponsibilityCell.js';

type Extra = Pick<ResponsibilityCell, 'southwarkCell' | 'note' | 'alternatives'>;

// Cell builders: the CCG's role fixes who decides, so the two can never disagree.
const nhsEngland = (
  ccgRole: 'none' | 'influence',
  confidence: 'V' | 'I',
  sources: readonly Citation[],
  extra: Extra = {},
): ResponsibilityCell => ({ decidedBy: 'nhs-england', ccgRole, confidence, sources, ...extra });
const jointly = (
  confidence: 'V' | 'I',
  sources: readonly Citation[],
  extra: Extra = {},
): ResponsibilityCell => ({ decidedBy: 'joint', ccgRole: 'joint', confidence, sources, ...extra });
const ccg = (
  confidence: 'V' | 'I',
  sources: readonly Citation[],
  extra: Extra = {},
): ResponsibilityCell => ({ decidedBy: 'ccg', ccgRole: 'decides', confidence, sources, ...extra });

// Southwark's column headings (seed 001 "Responsibilities at each level").
const A = 'Greater Involvement';
const B = 'Joint Commissioning';
const C = 'Delegated Commissioning';

/** Status none: NHS England decides everything (DOMAIN MODEL-ENUM). */
const NO_CO_COMMISSIONING = nhsEngland('none', 'V', [MODEL_ENUM], {
  note: 'With no co-commissioning NHS England commissions primary care alone.',
});

const GP = 'General Practice Commissioning';

/** Model A, for general practice functions Southwark's table has no row for. */
const A_INFLUENCE_READ_ACROSS = nhsEngland('influence', 'I', [southwark(GP, A), BMA_MODEL_A], {
  note: 'Read across from Southwark\'s "General Practice Commissioning" row ("Potential for involvement but no decision making role") and the BMA\'s Model A (no CCG decision making on GP contracts).',
});

/** Model B, for general practice functions the BMA's joint committee list does not name. */
const B_JOINT_READ_ACROSS = jointly('I', [southwark(GP, B), BEDS_JOINT], {
  note: 'Not named in the BMA list of joint committee functions: read across from Southwark\'s "General Practice Commissioning" row ("Jointly with NHSE") and Bedfordshire\'s joint arrangement ("jointly responsible for managing local General Practice with NHS England").',
});

/** Models A and B for a function the sources say NHS England keeps even under delegation. */
const keptEvenUnderDelegation = (sources: readonly Citation[]): ResponsibilityCell =>
  nhsEngland('none', 'I', sources, {
    note: 'The sources name this among what NHS England keeps under delegation; it follows that NHS England keeps it under Models A and B too.',
  });

const NATIONAL_TERMS_NOTE =
  'Within national terms: GMS contract terms and the nationally set elements of PMS and APMS contracts cannot be varied locally, PMS and MPIG review findings must be adopted, and no practice can be compelled to move from a national to a local contract.';

const LOCAL_SCHEMES_NOTE =
  'There is no formal national approval process; each scheme should be consulted on with the LMC and show improved outcomes, reduced inequalities and value for money.';

const COMPLAINTS_NHSE_SOURCES = [
  BEDS_NHSE_LIST,
  SOMERSET_RETAINED,
  FUNC_RESERVED_GP,
  SEED_CONFLICT_COMPLAINTS,
  COMPLAINTS_QUESTION,
];

const COMPLAINTS_NOTE =
  'The sources disagree (DOMAIN SEED-CONFLICT-COMPLAINTS): the work may be split between complaints about practices and complaints made directly to NHS England (DOMAIN open question 6). Record what your delegation agreement or joint committee terms of reference say in options.arrangements.';

const PRS = 'Pharmacy, eye health and dental commissioning';
const POD_CELL = 'Potential for involvement but no decision making role';
const LIS = 'Design and implementation of local incentive schemes';
const BUDGET = 'General Practice Budget Management';
const COMPLAINTS = 'Complaints management';
const PERF = 'Contractual GP practice performance management';
const PERFORMERS = "Medical performers' list, appraisal, revalidation";

type StatusCells = Readonly<Record<CommissioningStatus, ResponsibilityCell>>;

/**
 * The responsibility matrix: for every function in `PRIMARY_CARE_FUNCTIONS` and every status
 * (none, A, B, C), who decides, the CCG's role, the sources, how sure the library is (`V` said
 * by a source for that model, `I` read across), Southwark's cell text verbatim where its table
 * has one (seed 001 "Responsibilities at each level"), and any disagreeing reading.
 *
 * It reproduces Southwark's table cell by cell and the BMA's lists of what joint committees
 * and delegated CCGs cover and what no CCG can do (seed 004), completed from Bedfordshire's
 * (seed 000) and Somerset LMC's (seed 003) lists of delegated and retained functions. Where the
 * sources disagree (complaints: DOMAIN SEED-CONFLICT-COMPLAINTS) the cell gives the national
 * baseline and lists the other reading in `alternatives`. Read it through `responsibility()`,
 * which also applies a CCG's documented local arrangements.
 *
 * @example
 * ```ts
 * import { RESPONSIBILITY_MATRIX } from 'co-commissioning';
 *
 * RESPONSIBILITY_MATRIX['practice-mergers'].B.decidedBy; //=> 'joint'
 * RESPONSIBILITY_MATRIX['general-practice-commissioning'].A.southwarkCell;
 * //=> 'Potential for involvement but no decision making role'
 * ```
 * @category Responsibilities
 */
export const RESPONSIBILITY_MATRIX = freezeDeep({
  'general-practice-commissioning': {
    none: NO_CO_COMMISSIONING,
    A: nhsEngland('influence', 'V', [southwark(GP, A), BMA_MODEL_A], {
      southwarkCell: 'Potential for involvement but no decision making role',
    }),
    B: jointly('V', [southwark(GP, B), BMA_MODEL_B], { southwarkCell: 'Jointly with NHSE' }),
    C: ccg('V', [southwark(GP, C), BMA_MODEL_C, BEDS_LEAD, BEDS_LIABILITY], {
      southwarkCell: 'Yes',
      note: 'NHS England keeps statutory liability and will expect assurance that the CCG discharges the functions effectively.',
    }),
  },
  'pharmacy-eye-dental-commissioning': {
    none: NO_CO_COMMISSIONING,
    A: nhsEngland('influence', 'V', [southwark(PRS, A), BMA_WONT, SEED_NEVER], {
      southwarkCell: POD_CELL,
    }),
    B: nhsEngland('influence', 'V', [southwark(PRS, B), BMA_WONT, SEED_NEVER], {
      southwarkCell: POD_CELL,
    }),
    C: nhsEngland(
      'influence',
      'V',
      [southwark(PRS, C), BMA_WONT, SOMERSET_POD, SEED_NEVER, FUNC_OUT_OF_SCOPE],
      { southwarkCell: POD_CELL, note: 'No model gives a CCG powers over these services.' },
    ),
  },
  'local-incentive-schemes': {
    none: NO_CO_COMMISSIONING,
    A: nhsEngland('none', 'V', [southwark(LIS, A), BMA_MODEL_A_THREATS], { southwarkCell: 'No' }),
    B: jointly('V', [southwark(LIS, B), BMA_MODEL_B_FUNCTIONS, BMA_FAQ_LOCAL_SCHEMES], {
      southwarkCell: 'Subject to joint agreement with NHSE',
      note: LOCAL_SCHEMES_NOTE,
    }),
    C: ccg(
      'V',
      [
        southwark(LIS, C),
        BMA_MODEL_C_FUNCTIONS,
        BEDS_CCG_LIST,
        SOMERSET_FULL,
        SOUTHWARK_LEVEL_THREE,
        BMA_FAQ_LOCAL_SCHEMES,
        SEED_LOCAL_SCHEMES,
      ],
      { southwarkCell: 'Yes', note: LOCAL_SCHEMES_NOTE },
    ),
  },
  'primary-care-budget': {
    none: NO_CO_COMMISSIONING,
    A: nhsEngland('none', 'V', [southwark(BUDGET, A)], { southwarkCell: 'No' }),
    B: jointly('V', [southwark(BUDGET, B), BMA_MODEL_B_POOLING], {
      southwarkCell: 'Jointly with NHSE',
      note: 'The CCG and NHS England may pool funds to increase investment in primary care.',
    }),
    C: ccg(
      'V',
      [southwark(BUDGET, C), SOMERSET_FULL, SOUTHWARK_LEVEL_THREE, BMA_MODEL_C, BMA_MODEL_C_TOP_UP],
      {
        southwarkCell: 'Yes',
        note: 'Investment decisions within the delegated functions need no NHS England approval, and the CCG may top up its primary care allocation from its main allocation.',
      },
    ),
  },
  complaints: {
    none: NO_CO_COMMISSIONING,
    A: nhsEngland('none', 'V', [southwark(COMPLAINTS, A)], { southwarkCell: 'No' }),
    B: jointly('V', [southwark(COMPLAINTS, B)], {
      southwarkCell: 'Jointly with NHSE',
      note: COMPLAINTS_NOTE,
      alternatives: [
        {
          decidedBy: 'nhs-england',
          ccgRole: 'none',
          confidence: 'I',
          sources: COMPLAINTS_NHSE_SOURCES,
          summary:
            'NHS England handles complaints: Bedfordshire CCG (seed 000) and Somerset LMC (seed 003) say NHS England keeps complaints functions even under delegation, so it would keep them under joint commissioning too.',
        },
      ] satisfies ResponsibilityAlternative[],
    }),
    C: nhsEngland('none', 'V', COMPLAINTS_NHSE_SOURCES, {
      southwarkCell: 'Yes',
      note: COMPLAINTS_NOTE,
      alternatives: [
        {
          decidedBy: 'ccg',
          ccgRole: 'decides',
          confidence: 'V',
          sources: [southwark(COMPLAINTS, C), SOUTHWARK_LEVEL_THREE],
          summary:
            'The CCG manages complaints: Southwark CCG (seed 001) lists complaints management among its delegated responsibilities.',
        },
      ] satisfies ResponsibilityAlternative[],
    }),
  },
  'practice-performance-management': {
    none: NO_CO_COMMISSIONING,
    A: nhsEngland('influence', 'V', [southwark(PERF, A)], {
      southwarkCell: 'Opportunity for involvement in performance management discussions',
    }),
    B: jointly('V', [southwark(PERF, B), BMA_MODEL_B_FUNCTIONS, BMA_COI_MINIMUM], {
      southwarkCell: 'Jointly with NHSE',
      note: 'GP members of CCG boards must not be involved in performance management decisions affecting member practices.',
    }),
    C: ccg(
      'V',
      [southwark(PERF, C), BMA_MODEL_C_FUNCTIONS, BEDS_LEAD, SOMERSET_FULL, BMA_COI_MINIMUM],
      {
        southwarkCell: 'Yes',
        note: 'Practices only, not individual GPs. GP members of CCG boards must not be involved in performance management decisions affecting member practices.',
      },
    ),
  },
  'performers-list-appraisal-revalidation': {
    none: NO_CO_COMMISSIONING,
    A: nhsEngland('none', 'V', [southwark(PERFORMERS, A), BMA_WONT, SEED_NEVER], {
      southwarkCell: 'No',
    }),
    B: nhsEngland('none', 'V', [southwark(PERFORMERS, B), BMA_WONT, SEED_NEVER], {
      southwarkCell: 'No',
    }),
    C: nhsEngland(
      'none',
      'V',
      [
        southwark(PERFORMERS, C),
        BMA_WONT,
        BEDS_NHSE_LIST,
        SOUTHWARK_LEVEL_THREE,
        SEED_NEVER,
        FUNC_RESERVED_GP,
      ],
      { southwarkCell: 'No', note: 'No model gives a CCG powers over individual GPs.' },
    ),
  },
  'gp-contracts': {
    none: NO_CO_COMMISSIONING,
    A: nhsEngland('influence', 'V', [BMA_MODEL_A, southwark(GP, A)], {
      note: 'Model A "involves no CCG decision making on GP contracts".',
    }),
    B: jointly(
      'V',
      [BMA_MODEL_B_FUNCTIONS, FUNC_DELEGATED, BMA_FAQ_NATIONAL_TERMS, SEED_NATIONAL_TERMS],
      { note: NATIONAL_TERMS_NOTE },
    ),
    C: ccg(
      'V',
      [
        BMA_MODEL_C_FUNCTIONS,
        BEDS_CCG_LIST,
        SOUTHWARK_LEVEL_THREE,
        FUNC_DELEGATED,
        BMA_FAQ_NATIONAL_TERMS,
        BMA_FAQ_MPIG,
        BMA_FAQ_LOCAL_CONTRACTS,
        SEED_NATIONAL_TERMS,
      ],
      { note: NATIONAL_TERMS_NOTE },
    ),
  },
  'enhanced-services': {
    none: NO_CO_COMMISSIONING,
    A: nhsEngland('influence', 'I', [southwark(GP, A), BMA_MODEL_A, BMA_MODEL_A_THREATS], {
      note: 'Read across from Southwark\'s "General Practice Commissioning" row and the BMA\'s Model A; at Model A the CCG cannot design local schemes to replace QOF and DES.',
    }),
    B: jointly('V', [BMA_MODEL_B_FUNCTIONS, FUNC_DELEGATED]),
    C: ccg('V', [BMA_MODEL_C_FUNCTIONS, SOMERSET_FULL, BEDS_CCG_LIST, FUNC_DELEGATED]),
  },
  'new-practices': {
    none: NO_CO_COMMISSIONING,
    A: A_INFLUENCE_READ_ACROSS,
    B: jointly('V', [BMA_MODEL_B_FUNCTIONS, FUNC_DELEGATED]),
    C: ccg('V', [BMA_MODEL_C_FUNCTIONS, BEDS_CCG_LIST, SOMERSET_FULL, FUNC_DELEGATED]),
  },
  'practice-mergers': {
    none: NO_CO_COMMISSIONING,
    A: A_INFLUENCE_READ_ACROSS,
    B: jointly('V', [BMA_MODEL_B_FUNCTIONS, FUNC_DELEGATED]),
    C: ccg('V', [BMA_MODEL_C_FUNCTIONS, BEDS_CCG_LIST, BEDS_LEAD, SOMERSET_FULL, FUNC_DELEGATED]),
  },
  'discretionary-payments': {
    none: NO_CO_COMMISSIONING,
    A: A_INFLUENCE_READ_ACROSS,
    B: jointly('V', [BMA_MODEL_B_FUNCTIONS, FUNC_DELEGATED]),
    C: ccg('V', [BMA_MODEL_C_FUNCTIONS, BEDS_CCG_LIST, SOMERSET_FULL, FUNC_DELEGATED]),
  },
  'premises-costs': {
    none: NO_CO_COMMISSIONING,
    A: A_INFLUENCE_READ_ACROSS,
    B: B_JOINT_READ_ACROSS,
    C: ccg('V', [BEDS_CCG_LIST, BEDS_LEAD, SOMERSET_FULL]),
  },
  'public-health-section-7a': {
    none: NO_CO_COMMISSIONING,
    A: keptEvenUnderDelegation([BEDS_NHSE_LIST, FUNC_RESERVED_OTHER]),
    B: keptEvenUnderDelegation([BEDS_NHSE_LIST, FUNC_RESERVED_OTHER]),
    C: nhsEngland('none', 'V', [BEDS_NHSE_LIST, FUNC_RESERVED_OTHER]),
  },
  'capital-expenditure': {
    none: NO_CO_COMMISSIONING,
    A: keptEvenUnderDelegation([BEDS_NHSE_LIST, FUNC_RESERVED_OTHER]),
    B: keptEvenUnderDelegation([BEDS_NHSE_LIST, FUNC_RESERVED_OTHER]),
    C: nhsEngland('none', 'V', [BEDS_NHSE_LIST, FUNC_RESERVED_OTHER]),
  },
  'contract-terminations': {
    none: NO_CO_COMMISSIONING,
    A: A_INFLUENCE_READ_ACROSS,
    B: jointly('V', [BMA_MODEL_B_FUNCTIONS, FUNC_DELEGATED], {
      note: 'The BMA lists "removing a contract" among the joint committee\'s functions.',
    }),
    C: ccg('V', [BEDS_CCG_LIST, BMA_MODEL_C_FUNCTIONS, SOMERSET_FULL, FUNC_DELEGATED]),
  },
  'practice-boundary-changes': {
    none: NO_CO_COMMISSIONING,
    A: A_INFLUENCE_READ_ACROSS,
    B: B_JOINT_READ_ACROSS,
    C: ccg('V', [BEDS_LEAD]),
  },
  'urgent-care-out-of-area-patients': {
    none: NO_CO_COMMISSIONING,
    A: A_INFLUENCE_READ_ACROSS,
    B: B_JOINT_READ_ACROSS,
    C: ccg('V', [SOMERSET_FULL]),
  },
  'primary-care-planning-and-review': {
    none: NO_CO_COMMISSIONING,
    A: nhsEngland('influence', 'V', [BMA_MODEL_A, southwark(GP, A)], {
      note: 'At Model A the CCG collaborates with its NHS England regional team so that decisions are strategically aligned across the local health economy.',
    }),
    B: B_JOINT_READ_ACROSS,
    C: ccg('V', [SOMERSET_FULL]),
  },
  'poorly-performing-practices': {
    none: NO_CO_COMMISSIONING,
    A: nhsEngland('influence', 'I', [southwark(PERF, A)], {
      note: 'Read across from Southwark\'s "Contractual GP practice performance management" row ("Opportunity for involvement in performance management discussions").',
    }),
    B: jointly('I', [southwark(PERF, B), BMA_MODEL_B_FUNCTIONS], {
      note: 'Read across from Southwark\'s "Contractual GP practice performance management" row ("Jointly with NHSE").',
    }),
    C: ccg('V', [SOMERSET_FULL, southwark(PERF, C)], {
      note: 'Practices only, not individual GPs.',
    }),
  },
  'communications-and-engagement-advice': {
    none: NO_CO_COMMISSIONING,
    A: A_INFLUENCE_READ_ACROSS,
    B: B_JOINT_READ_ACROSS,
    C: ccg('V', [BEDS_CCG_LIST]),
  },
  'payments-to-suspended-gps': {
    none: NO_CO_COMMISSIONING,
    A: keptEvenUnderDelegation([BEDS_NHSE_LIST]),
    B: keptEvenUnderDelegation([BEDS_NHSE_LIST]),
    C: nhsEngland('none', 'V', [BEDS_NHSE_LIST]),
  },
  'national-policy-and-contract-negotiations': {
    none: NO_CO_COMMISSIONING,
    A: nhsEngland('none', 'V', [BMA_FAQ_NATIONAL_TERMS, SEED_NATIONAL_TERMS], {
      note: NATIONAL_TERMS_NOTE,
    }),
    B: nhsEngland('none', 'V', [BMA_FAQ_NATIONAL_TERMS, BMA_FAQ_MPIG, SEED_NATIONAL_TERMS], {
      note: NATIONAL_TERMS_NOTE,
    }),
    C: nhsEngland(
      'none',
      'V',
      [
        BEDS_NHSE_LIST,
        BMA_FAQ_NATIONAL_TERMS,
        BMA_FAQ_MPIG,
        BMA_FAQ_LOCAL_CONTRACTS,
        SEED_NATIONAL_TERMS,
      ],
      { note: NATIONAL_TERMS_NOTE },
    ),
  },
  'payments-administration': {
    none: NO_CO_COMMISSIONING,
    A: keptEvenUnderDelegation([SOUTHWARK_LEVEL_THREE]),
    B: keptEvenUnderDelegation([SOUTHWARK_LEVEL_THREE]),
    C: nhsEngland('none', 'V', [SOUTHWARK_LEVEL_THREE]),
  },
  'list-management': {
    none: NO_CO_COMMISSIONING,
    A: keptEvenUnderDelegation([SOUTHWARK_LEVEL_THREE]),
    B: keptEvenUnderDelegation([SOUTHWARK_LEVEL_THREE]),
    C: nhsEngland('none', 'V', [SOUTHWARK_LEVEL_THREE], {
      note: 'Only Southwark CCG (seed 001) names this function, as one NHS England keeps under delegation; no source gives it to the CCG. Record a local arrangement if your delegation agreement differs.',
    }),
  },
  'assurance-and-oversight': {
    none: NO_CO_COMMISSIONING,
    A: nhsEngland('none', 'V', [SOUTHWARK_LEVELS, SEED_LIABILITY]),
    B: nhsEngland('none', 'V', [SOUTHWARK_LEVELS, SEED_LIABILITY]),
    C: nhsEngland(
      'none',
      'V',
      [SOUTHWARK_LEVELS, BMA_MODEL_C, BEDS_LIABILITY, SOMERSET_RETAINED, MODEL_C_LIABILITY],
      {
        note: 'NHS England keeps statutory liability, withdraws to a supervisory and co-ordination role, and seeks assurance that the CCG discharges the delegated functions effectively.',
      },
    ),
  },
} satisfies Record<PrimaryCareFunctionId, StatusCells>) as Readonly<
  Record<PrimaryCareFunctionId, StatusCells>
>;
