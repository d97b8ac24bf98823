import type { Citation } from 'co-commissioning';

// Shared fixtures for the responsibilities tests, copied from the source documents.

export const SEED_000 = '000_54d237cabb915ae9.txt';
export const SEED_001 = '001_90e702e51ebd935c.txt';
export const SEED_003 = '003_e9730ca5e7cbc14a.txt';
export const SEED_004 = '004_e95f1a032380c329.txt';

/** The fifteen function IDs the public API has always named (DESIGN "Models and responsibilities"). */
export const DESIGN_FUNCTION_IDS = [
  'general-practice-commissioning',
  'pharmacy-eye-dental-commissioning',
  'local-incentive-schemes',
  'primary-care-budget',
  'complaints',
  'practice-performance-management',
  'performers-list-appraisal-revalidation',
  'gp-contracts',
  'enhanced-services',
  'new-practices',
  'practice-mergers',
  'discretionary-payments',
  'premises-costs',
  'public-health-section-7a',
  'capital-expenditure',
] as const;

/**
 * Southwark CCG's table "Responsibilities at each level" (seed 001), verbatim: row heading,
 * the library's function ID, then the cells for Greater Involvement, Joint Commissioning and
 * Delegated Commissioning.
 */
export const SOUTHWARK_TABLE = [
  [
    'General Practice Commissioning',
    'general-practice-commissioning',
    'Potential for involvement but no decision making role',
    'Jointly with NHSE',
    'Yes',
  ],
  [
    'Pharmacy, eye health and dental commissioning',
    'pharmacy-eye-dental-commissioning',
    'Potential for involvement but no decision making role',
    'Potential for involvement but no decision making role',
    'Potential for involvement but no decision making role',
  ],
  [
    'Design and implementation of local incentive schemes',
    'local-incentive-schemes',
    'No',
    'Subject to joint agreement with NHSE',
    'Yes',
  ],
  ['General Practice Budget Management', 'primary-care-budget', 'No', 'Jointly with NHSE', 'Yes'],
  ['Complaints management', 'complaints', 'No', 'Jointly with NHSE', 'Yes'],
  [
    'Contractual GP practice performance management',
    'practice-performance-management',
    'Opportunity for involvement in performance management discussions',
    'Jointly with NHSE',
    'Yes',
  ],
  [
    "Medical performers' list, appraisal, revalidation",
    'performers-list-appraisal-revalidation',
    'No',
    'No',
    'No',
  ],
] as const;

export const SOUTHWARK_COLUMNS = [
  ['A', 'Greater Involvement'],
  ['B', 'Joint Commissioning'],
  ['C', 'Delegated Commissioning'],
] as const;

/** What each Southwark cell text means, for the column it sits in. */
export function southwarkMeaning(
  text: string,
  status: 'A' | 'B' | 'C',
): { decidedBy: string; ccgRole: string } {
  if (text === 'No') return { decidedBy: 'nhs-england', ccgRole: 'none' };
  if (
    text.startsWith('Potential for involvement') ||
    text.startsWith('Opportunity for involvement')
  ) {
    return { decidedBy: 'nhs-england', ccgRole: 'influence' };
  }
  if (text === 'Jointly with NHSE' || text === 'Subject to joint agreement with NHSE') {
    return { decidedBy: 'joint', ccgRole: 'joint' };
  }
  if (text === 'Yes' && status === 'C') return { decidedBy: 'ccg', ccgRole: 'decides' };
  throw new Error(`The fixture has a cell the test cannot read: ${text}`);
}

export const southwarkCitation = (row: string, column: string): Citation => ({
  document: SEED_001,
  section: `Responsibilities at each level, row "${row}", column "${column}"`,
});

export const BMA_MODEL_B_FUNCTIONS: Citation = {
  document: SEED_004,
  section: 'Model B: Joint commissioning, "The functions joint committees cover are"',
};
export const BMA_MODEL_C_FUNCTIONS: Citation = {
  document: SEED_004,
  section:
    'Model C: Delegated commissioning, "The functions CCGs with delegated authority cover are"',
};
export const BMA_WONT: Citation = { document: SEED_004, section: "What won't CCGs be able to do?" };
export const BEDS_CCG_LIST: Citation = {
  document: SEED_000,
  section: 'Delegated commissioning roles and responsibilities, "The CCG would be responsible for"',
};
export const BEDS_NHSE_LIST: Citation = {
  document: SEED_000,
  section:
    'Delegated commissioning roles and responsibilities, "NHS England would be responsible for"',
};
export const SOMERSET_FULL: Citation = {
  document: SEED_003,
  section: 'Full Delegation, "The broad areas that are included in full delegation"',
};
export const SOUTHWARK_LEVEL_THREE: Citation = {
  document: SEED_001,
  section: 'Moving to Delegated responsibility – Level Three',
};
export const MODEL_ENUM: Citation = {
  document: 'DOMAIN.md',
  domainId: 'MODEL-ENUM',
  section: 'Part 2 §1.1 rule 1',
};
