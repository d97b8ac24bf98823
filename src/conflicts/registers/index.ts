export {
  type CheckDeclarationsOptions,
  checkDeclarations,
  type DeclarationsCheck,
  type DeclarationsRuleContext,
  safeCheckDeclarations,
} from './checkDeclarations.js';
export {
  COI_GUIDANCE_EDITIONS,
  type GuidanceEdition,
  type GuidanceRegime,
  type GuidanceRegimeOptions,
  guidanceRegimeOn,
  type Regime2017Start,
} from './guidanceRegimeOn.js';
export type { RuleNotApplied } from './RuleNotApplied.js';
export {
  type PublicRegister,
  type PublicRegisterEntry,
  safeToPublicRegister,
  type ToPublicRegisterOptions,
  toPublicRegister,
  type WithheldEntry,
  type WithheldReason,
} from './toPublicRegister.js';
