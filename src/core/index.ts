export { addDays } from './addDays.js';
export {
  CoCommissioningError,
  type Issues,
  isCoCommissioningError,
} from './CoCommissioningError.js';
export {
  type Citation,
  CitationSchema,
  formatCitation,
  SOURCE_DOCUMENTS,
  type SourceDocument,
} from './citation.js';
export { compareIsoDates } from './compareIsoDates.js';
export { compareRatios } from './compareRatios.js';
export { daysBetween } from './daysBetween.js';
export { firstAprilOnOrAfter } from './firstAprilOnOrAfter.js';
export { formatPercent } from './formatPercent.js';
export { type IsoDate, IsoDateSchema, isIsoDate } from './IsoDate.js';
export { CORE_ISSUE_CODES, type CoreIssue, type IssueOf, type IssuePath } from './issue.js';
export { formatPence, isPence, type Pence, PenceSchema, pence } from './Pence.js';
export { parseIsoDate, safeParseIsoDate } from './parseIsoDate.js';
export { isRatio, type Ratio, RatioSchema, ratio } from './Ratio.js';
export type { Comparator, Decision, Reason, ReasonValue, Verdict } from './Reason.js';
export { reduceRatio } from './reduceRatio.js';
export type { SafeResult } from './SafeResult.js';
