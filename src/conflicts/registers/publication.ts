import type { IsoDate } from '../../core/IsoDate.js';
import type { Declaration } from '../Register.js';
import type { ActiveRule } from '../rules/selectRule.js';
import { addMonths } from './months.js';
import type { WithheldReason } from './toPublicRegister.js';

// Internal: whether a declaration belongs on the published register on a date, shared by
// toPublicRegister and the retention finding of checkDeclarations so the two always agree.

/** How long an ended interest stays on the public register (DOMAIN COI-REGISTER-RETENTION). */
export const RETENTION_MONTHS = 6;
/** How long the record is kept after the interest ends (DOMAIN COI-REGISTER-RETENTION). */
export const RECORD_YEARS = 6;

export interface PublicationContext {
  readonly asOf: IsoDate;
  /** COI-REGISTER-RETENTION, when applied. */
  readonly retention: ActiveRule | undefined;
  /** COI-REGISTER-2017, when applied. */
  readonly decisionMakingOnly: ActiveRule | undefined;
  readonly decisionMakers: ReadonlySet<string> | undefined;
}

export type Publication =
  | { readonly published: true; readonly until?: IsoDate }
  | { readonly published: false; readonly reason: WithheldReason; readonly ruleId: string };

export function publicationOf(declaration: Declaration, context: PublicationContext): Publication {
  if (declaration.declaredOn > context.asOf) {
    return { published: false, reason: 'not-yet-declared', ruleId: 'COI-DECLARE-28D' };
  }
  let until: IsoDate | undefined;
  if (context.retention !== undefined && declaration.endsOn !== undefined) {
    until = addMonths(declaration.endsOn, RETENTION_MONTHS);
    if (context.asOf > until) {
      return {
        published: false,
        reason: 'retention-period-over',
        ruleId: context.retention.rule.id,
      };
    }
  }
  if (context.decisionMakingOnly !== undefined) {
    const ruleId = context.decisionMakingOnly.rule.id;
    if (context.decisionMakers === undefined) {
      return { published: false, reason: 'decision-making-staff-unknown', ruleId };
    }
    if (!context.decisionMakers.has(declaration.personId)) {
      return { published: false, reason: 'not-decision-making-staff', ruleId };
    }
  }
  if (declaration.consentToPublish === false) {
    return { published: false, reason: 'consent-refused', ruleId: 'COI-REGISTER-FIELDS' };
  }
  return until === undefined ? { published: true } : { published: true, until };
}
