export {
  COMMISSIONING_STATUSES,
  type CommissioningStatus,
  CommissioningStatusSchema,
} from './CommissioningStatus.js';
export { compareStatuses, type StatusChange, safeCompareStatuses } from './compareStatuses.js';
export {
  type CcgRole,
  CcgRoleSchema,
  type DecidedBy,
  DecidedBySchema,
} from './Holder.js';
export * from './issues.js';
export {
  type LocalArrangement,
  LocalArrangementSchema,
  type ResponsibilityOptions,
  ResponsibilityOptionsSchema,
} from './LocalArrangement.js';
export { type CommissioningModel, MODELS } from './MODELS.js';
export {
  PRIMARY_CARE_FUNCTIONS,
  type PrimaryCareFunction,
  type PrimaryCareFunctionId,
} from './PRIMARY_CARE_FUNCTIONS.js';
export { RESPONSIBILITY_MATRIX } from './RESPONSIBILITY_MATRIX.js';
export type {
  AppliedArrangement,
  NationalBaseline,
  Responsibility,
} from './ResponsibilityAnswer.js';
export type { ResponsibilityAlternative, ResponsibilityCell } from './ResponsibilityCell.js';
export { responsibility, safeResponsibility } from './responsibility.js';
