export {
  type AssessGiftOptions,
  assessGift,
  type GiftAction,
  type GiftAssessment,
  type GiftRuleContext,
  type GiftRuleId,
  type GiftTotal,
  safeAssessGift,
} from './assessGift.js';
export { type Offer, OfferKindSchema, OfferSchema, OfferSourceSchema } from './Offer.js';
