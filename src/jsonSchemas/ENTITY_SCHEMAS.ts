import { BallotSchema } from '../ballots/Ballot.js';
import { BallotResultSchema } from '../ballots/BallotResult.js';
import { VoteSchema } from '../ballots/Vote.js';
import { ApplicationWaveSchema } from '../commissioning/APPLICATION_CALENDAR.js';
import { CommissioningStateSchema } from '../commissioning/CommissioningStateSchema.js';
import { CommissioningEventSchema } from '../commissioning/events.js';
import { CommitteeSchema } from '../conflicts/committees/Committee.js';
import { OfferSchema } from '../conflicts/gifts/Offer.js';
import { MeetingSchema } from '../conflicts/meetings/Meeting.js';
import { ProcurementDecisionSchema } from '../conflicts/procurement/ProcurementDecision.js';
import { DeclarationSchema, NilReturnSchema, RegisterSchema } from '../conflicts/Register.js';
import { CitationSchema } from '../core/citation.js';
import { CcgSchema } from '../organisations/Ccg.js';
import { LmcSchema } from '../organisations/Lmc.js';
import { MemberPracticeSchema } from '../organisations/MemberPractice.js';
import { NhsEnglandRegionSchema } from '../organisations/NhsEnglandRegion.js';
import { PersonSchema } from '../organisations/Person.js';
import { LocalArrangementSchema } from '../responsibilities/LocalArrangement.js';

/**
 * Every entity the library reads, by name, with its zod schema: the source of the JSON Schemas
 * of {@link toJsonSchema} and of the files shipped in the package under
 * `co-commissioning/schemas/<name>.schema.json`.
 *
 * @example
 * ```ts
 * import { ENTITY_SCHEMAS } from 'co-commissioning';
 *
 * ENTITY_SCHEMAS.vote.safeParse({ memberId: 'P1', choice: 'yes', castOn: '2015-09-15' }).success; //=> true
 * ```
 * @category Core
 */
export const ENTITY_SCHEMAS = Object.freeze({
  ccg: CcgSchema,
  'member-practice': MemberPracticeSchema,
  person: PersonSchema,
  lmc: LmcSchema,
  'nhs-england-region': NhsEnglandRegionSchema,
  'local-arrangement': LocalArrangementSchema,
  ballot: BallotSchema,
  vote: VoteSchema,
  'ballot-result': BallotResultSchema,
  committee: CommitteeSchema,
  meeting: MeetingSchema,
  declaration: DeclarationSchema,
  'nil-return': NilReturnSchema,
  register: RegisterSchema,
  offer: OfferSchema,
  'procurement-decision': ProcurementDecisionSchema,
  'commissioning-event': CommissioningEventSchema,
  'commissioning-state': CommissioningStateSchema,
  'application-wave': ApplicationWaveSchema,
  citation: CitationSchema,
});

/**
 * The name of an entity in {@link ENTITY_SCHEMAS}, such as `'ballot'` or `'committee'`.
 *
 * @example
 * ```ts
 * import type { EntityName } from 'co-commissioning';
 *
 * const name: EntityName = 'committee';
 * ```
 * @category Core
 */
export type EntityName = keyof typeof ENTITY_SCHEMAS;

/**
 * Every {@link EntityName}, in catalogue order.
 *
 * @example
 * ```ts
 * import { ENTITY_NAMES } from 'co-commissioning';
 *
 * ENTITY_NAMES.includes('ballot'); //=> true
 * ```
 * @category Core
 */
export const ENTITY_NAMES: readonly EntityName[] = Object.freeze(
  Object.keys(ENTITY_SCHEMAS) as EntityName[],
);
