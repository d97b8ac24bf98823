export {
  APPLICATION_CALENDAR,
  type ApplicationWave,
  ApplicationWaveSchema,
} from './APPLICATION_CALENDAR.js';
export { type AvailableTransition, availableTransitions } from './availableTransitions.js';
export {
  COMMISSIONING_MACHINE,
  type CommissioningMachine,
  type MachineTransition,
} from './COMMISSIONING_MACHINE.js';
export {
  type CommissioningState,
  type CreateCommissioningStateInput,
  createCommissioningState,
  type EvidenceValue,
  type Milestone,
  type MilestoneKind,
  type Proposal,
  type RecordedVerdict,
  SCHEMA_VERSION,
  type StatePatch,
  type TransitionRecord,
} from './CommissioningState.js';
export { CommissioningStateSchema } from './CommissioningStateSchema.js';
export {
  type AmendConstitutionEvent,
  type CommissioningEvent,
  CommissioningEventSchema,
  type CompleteDueDiligenceEvent,
  type ConsultLmcEvent,
  type EstablishCommitteeEvent,
  EVENT_TYPES,
  type EventType,
  type GiveNoticeEvent,
  type GoLiveEvent,
  type GoverningBodyDecisionEvent,
  type NhseDecisionEvent,
  type ProposeEvent,
  type RecordBallotEvent,
  type SignAgreementEvent,
  type Signatory,
  type SubmitApplicationEvent,
  type WithdrawProposalEvent,
} from './events.js';
export { explainTransition, type TransitionExplanation } from './explainTransition.js';
export { GUARDS, type GuardDefinition, type GuardId } from './GUARDS.js';
export { COMMISSIONING_ISSUE_CODES, type CommissioningIssue } from './issues.js';
export { replayHistory } from './replayHistory.js';
export { loadState, safeLoadState, serializeState } from './serializeState.js';
export type { TransitionOptions } from './TransitionOptions.js';
export { toMermaid } from './toMermaid.js';
export { type TransitionResult, transition } from './transition.js';
export { type MachineScenario, type MachineVerification, verifyMachine } from './verifyMachine.js';
