import type { CoiRule } from './CoiRule.js';
import { COMMITTEE_RULES } from './committeeRules.js';
import { GIFT_RULES } from './giftRules.js';
import { MEETING_RULES } from './meetingRules.js';
import { PROCUREMENT_RULES } from './procurementRules.js';
import { REGISTER_RULES } from './registerRules.js';

/**
 * The catalogue of conflict-of-interest rules, as data: each with its DOMAIN.md ID, a plain
 * title, default severity, confidence tag, citations and the dates it is in force.
 * `checkCommittee`, `assessAgendaItem`, `assessGift`, `checkDeclarations` and
 * `checkProcurementRegister` choose from it by their `asOf` date.
 *
 * @example
 * ```ts
 * import { COI_RULES } from 'co-commissioning';
 *
 * COI_RULES.find((rule) => rule.id === 'COI-PCCC-LAY-CHAIR')?.subject; //=> 'committee'
 * ```
 * @category Conflicts of interest
 */
export const COI_RULES: readonly CoiRule[] = Object.freeze([
  ...COMMITTEE_RULES,
  ...MEETING_RULES,
  ...GIFT_RULES,
  ...REGISTER_RULES,
  ...PROCUREMENT_RULES,
]);
