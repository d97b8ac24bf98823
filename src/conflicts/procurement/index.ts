export {
  type CheckProcurementRegisterOptions,
  checkProcurementRegister,
  type ProcurementElement,
  type ProcurementRegisterCheck,
  type ProcurementRuleContext,
  safeCheckProcurementRegister,
} from './checkProcurementRegister.js';
export { type ProcurementDecision, ProcurementDecisionSchema } from './ProcurementDecision.js';
