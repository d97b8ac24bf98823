import { domain, seed000, seed001, seed003, seed004 } from '../_lib/cite.js';
import type { Citation } from '../core/citation.js';

// The citations the model catalogue and the responsibility matrix use, named once so that each
// entry reads like its source. Internal only: not re-exported from the folder's barrel.

/** The three columns of Southwark's table (seed 001), verbatim. */
export type SouthwarkColumn =
  | 'Greater Involvement'
  | 'Joint Commissioning'
  | 'Delegated Commissioning';

/** One cell of Southwark's table "Responsibilities at each level" (seed 001). */
export const southwark = (row: string, column: SouthwarkColumn): Citation =>
  seed001(`Responsibilities at each level, row "${row}", column "${column}"`);

// Seed 000: Bedfordshire CCG governing body report, 7 September 2017.
export const BEDS_CCG_LIST = seed000(
  'Delegated commissioning roles and responsibilities, "The CCG would be responsible for"',
);
export const BEDS_NHSE_LIST = seed000(
  'Delegated commissioning roles and responsibilities, "NHS England would be responsible for"',
);
export const BEDS_LEAD = seed000(
  'Delegated commissioning roles and responsibilities, "lead responsibility for the following would pass from NHS England to the CCG"',
);
export const BEDS_JOINT = seed000(
  'Delegated commissioning roles and responsibilities, "we are currently jointly responsible for managing local General Practice with NHS England"',
);
export const BEDS_LIABILITY = seed000(
  'Delegated commissioning roles and responsibilities, "NHS England would, however, retain legal liability"',
);

// Seed 001: Southwark CCG paper to the Health and Wellbeing Board, 4 October 2016.
export const SOUTHWARK_LEVELS = seed001(
  'Our history and levels of co-commissioning, "Currently co-commissioning arrangements can exist at three levels"',
);
export const SOUTHWARK_LEVEL_THREE = seed001('Moving to Delegated responsibility – Level Three');

// Seed 003: Somerset LMC briefing to practices, September 2016.
export const SOMERSET_FULL = seed003(
  'Full Delegation, "The broad areas that are included in full delegation"',
);
export const SOMERSET_RETAINED = seed003(
  'Options for Change, "withdraw to a supervisory and co-ordination function along with the provision of certain statutory roles such as complaints handling"',
);
export const SOMERSET_POD = seed003(
  'Full Delegation, "Pharmacy, Dental and Optometric contracting will remain with NHSE"',
);

// Seed 004: BMA/GPC guidance, November 2016.
export const BMA_WHAT_IS = seed004('What is co-commissioning?');
export const BMA_WONT = seed004("What won't CCGs be able to do?");
export const BMA_MODEL_A = seed004('Model A: Greater involvement');
export const BMA_MODEL_A_THREATS = seed004(
  'Weighing up the pros and cons, Greater involvement, Threats ("they will not be able to design local incentive schemes to replace QOF and DES")',
);
export const BMA_MODEL_B = seed004('Model B: Joint commissioning');
export const BMA_MODEL_B_FUNCTIONS = seed004(
  'Model B: Joint commissioning, "The functions joint committees cover are"',
);
export const BMA_MODEL_B_POOLING = seed004(
  'Model B: Joint commissioning, "CCGs and NHS England regional teams can create a pooled funding arrangement"',
);
export const BMA_MODEL_C = seed004('Model C: Delegated commissioning');
export const BMA_MODEL_C_FUNCTIONS = seed004(
  'Model C: Delegated commissioning, "The functions CCGs with delegated authority cover are"',
);
export const BMA_MODEL_C_TOP_UP = seed004(
  'Model C: Delegated commissioning, "CCGs have greater flexibility to “top up” their primary care allocation"',
);
export const BMA_COI_MINIMUM = seed004(
  'Conflicts of interest, "GP members of CCG boards must not be involved in any investment or performance management decisions affecting member practices"',
);
export const BMA_FAQ_NATIONAL_TERMS = seed004(
  'FAQs, "Are CCGs bound by national regulations and/or directions with regards to the GMS/PMS contract?"',
);
export const BMA_FAQ_MPIG = seed004(
  'FAQs, "Are CCGs bound by national plans for MPIG (Minimum Practice Income Guarantee) and PMS reviews?"',
);
export const BMA_FAQ_LOCAL_CONTRACTS = seed004(
  'FAQs, "How will local incentive schemes/ contracts align with national arrangements?"',
);
export const BMA_FAQ_LOCAL_SCHEMES = seed004(
  'FAQs, "Will there be a formal process for CCGs developing local incentive schemes or enhanced services?"',
);

// DOMAIN.md entries.
export const MODEL_ENUM = domain('MODEL-ENUM', 'Part 2 §1.1 rule 1');
export const SEED_FLOOR = domain('SEED-FLOOR', 'Part 1 SEED-MODELS');
export const SEED_LIABILITY = domain('SEED-LIABILITY', 'Part 1 SEED-MODELS');
export const SEED_NEVER = domain('SEED-NEVER', 'Part 1 SEED-MATRIX');
export const SEED_CONFLICT_COMPLAINTS = domain('SEED-CONFLICT-COMPLAINTS', 'Part 1 SEED-MATRIX');
export const SEED_NATIONAL_TERMS = domain('SEED-NATIONAL-TERMS', 'Part 1 SEED-MATRIX');
export const SEED_LOCAL_SCHEMES = domain('SEED-LOCAL-SCHEMES', 'Part 1 SEED-MATRIX');
export const FUNC_DELEGATED = domain('FUNC-DELEGATED', 'Part 2 §1.2 rule 13');
export const FUNC_RESERVED_GP = domain('FUNC-RESERVED-GP-PERFORMANCE', 'Part 2 §1.2 rule 14');
export const FUNC_OUT_OF_SCOPE = domain('FUNC-OUT-OF-SCOPE-2014-22', 'Part 2 §1.2 rule 15');
export const FUNC_RESERVED_OTHER = domain('FUNC-RESERVED-OTHER', 'Part 2 §1.2 rule 16');
export const MODEL_C_LIABILITY = domain('MODEL-C-LIABILITY', 'Part 2 §1.1 rule 9');
export const COMPLAINTS_QUESTION = domain('Q6', 'Part 3, open question 6 (complaints function)');
