import {
  type Ccg,
  CcgSchema,
  type Citation,
  CitationSchema,
  type Lmc,
  LmcSchema,
  type MemberPractice,
  MemberPracticeSchema,
  MemberRoleSchema,
  type NhsEnglandRegion,
  NhsEnglandRegionSchema,
  type Person,
  PersonSchema,
} from 'co-commissioning';
import * as fc from 'fast-check';
import { isoDateArbitrary } from '../arbitraries.js';
import { idArbitrary, nameArbitrary, phraseArbitrary, uniqueIds } from './internal.js';
import {
  type Generated,
  readArbitraryOptions,
  type Validity,
  type ValidityOptions,
  withValidity,
} from './validity.js';

/** Every committee member role, in the order of MemberRoleSchema. */
const ROLES = MemberRoleSchema.options;

const LAY_FOCUSES = [
  'audit-and-governance',
  'patient-and-public-involvement',
  'primary-care-commissioning',
  'other',
] as const;

/** Internal: every member role. */
export const roleArbitrary = fc.constantFrom(...ROLES);

/**
 * A fast-check arbitrary of {@link Person} records: a role (or none), a lay focus only for lay
 * members, practices for some.
 *
 * @typeParam V - The validity asked for.
 * @param options - `validity`: `'valid'` (default), `'near-valid'` or `'invalid'`.
 * @returns An arbitrary of people that pass `PersonSchema` (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { PersonSchema } from 'co-commissioning';
 * import { personArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(fc.property(personArbitrary(), (person) => PersonSchema.safeParse(person).success));
 * ```
 * @category Testing
 */
export function personArbitrary<V extends Validity = 'valid'>(
  options: ValidityOptions<V> = {},
): fc.Arbitrary<Generated<Person, V>> {
  const settings = readArbitraryOptions(options);
  const valid = fc
    .record(
      {
        id: idArbitrary('p'),
        name: nameArbitrary,
        role: roleArbitrary,
        jobTitle: phraseArbitrary,
        practiceIds: uniqueIds('P', 0, 3),
      },
      { requiredKeys: ['id', 'name'] },
    )
    .chain((person) =>
      person.role === 'lay'
        ? fc
            .option(fc.constantFrom(...LAY_FOCUSES), { nil: undefined })
            .map((layFocus): Person => (layFocus === undefined ? person : { ...person, layFocus }))
        : fc.constant<Person>(person),
    );
  return withValidity(valid, PersonSchema, settings.validity);
}

/**
 * A fast-check arbitrary of {@link MemberPractice} records: a contract, and a list size with
 * the date it was counted, or neither.
 *
 * @typeParam V - The validity asked for.
 * @param options - `validity`: `'valid'` (default), `'near-valid'` or `'invalid'`.
 * @returns An arbitrary of practices that pass `MemberPracticeSchema` (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { MemberPracticeSchema } from 'co-commissioning';
 * import { memberPracticeArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(
 *   fc.property(memberPracticeArbitrary({ validity: 'near-valid' }), (practice) => {
 *     return MemberPracticeSchema.safeParse(practice).error?.issues.length === 1;
 *   }),
 * );
 * ```
 * @category Testing
 */
export function memberPracticeArbitrary<V extends Validity = 'valid'>(
  options: ValidityOptions<V> = {},
): fc.Arbitrary<Generated<MemberPractice, V>> {
  const settings = readArbitraryOptions(options);
  const valid = fc
    .tuple(
      fc.record(
        {
          id: uniqueIds('P', 1, 1).map((ids) => ids[0] as string),
          name: phraseArbitrary.map((words) => `${words} Surgery`),
          contract: fc.constantFrom('GMS' as const, 'PMS' as const, 'APMS' as const),
          representativeId: idArbitrary('p'),
        },
        { requiredKeys: ['id', 'name', 'contract'] },
      ),
      fc.option(fc.tuple(fc.integer({ min: 0, max: 40_000 }), isoDateArbitrary()), {
        nil: undefined,
      }),
    )
    .map(
      ([practice, list]): MemberPractice =>
        list === undefined ? practice : { ...practice, listSize: list[0], listSizeOn: list[1] },
    );
  return withValidity(valid, MemberPracticeSchema, settings.validity);
}

/**
 * Options for {@link ccgArbitrary}.
 *
 * @typeParam V - The validity asked for.
 * @example
 * ```ts
 * import type { CcgArbitraryOptions } from 'co-commissioning/testing';
 *
 * const small: CcgArbitraryOptions = { maxPractices: 5 };
 * ```
 * @category Testing
 */
export interface CcgArbitraryOptions<V extends Validity = 'valid'> extends ValidityOptions<V> {
  /** The most member practices (default 12). */
  readonly maxPractices?: number;
}

/**
 * A fast-check arbitrary of {@link Ccg} records: a status, member practices with unique IDs.
 *
 * @typeParam V - The validity asked for.
 * @param options - The most practices, and the validity.
 * @returns An arbitrary of CCGs that pass `parseCcg` (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { safeParseCcg } from 'co-commissioning';
 * import { ccgArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(fc.property(ccgArbitrary({ maxPractices: 4 }), (ccg) => safeParseCcg(ccg).success));
 * ```
 * @category Testing
 */
export function ccgArbitrary<V extends Validity = 'valid'>(
  options: CcgArbitraryOptions<V> = {},
): fc.Arbitrary<Generated<Ccg, V>> {
  const settings = readArbitraryOptions(options);
  const valid = fc
    .tuple(
      fc.record(
        {
          code: fc.stringMatching(/^[0-9]{2}[A-Z]$/),
          name: phraseArbitrary.map((words) => `NHS ${words} CCG`),
          status: fc.constantFrom('none' as const, 'A' as const, 'B' as const, 'C' as const),
          statusSince: isoDateArbitrary(),
          regionId: idArbitrary('region'),
          lmcId: idArbitrary('lmc'),
        },
        { requiredKeys: ['code', 'name', 'status'] },
      ),
      fc.uniqueArray(memberPracticeArbitrary(), {
        maxLength: settings.maxPractices ?? 12,
        selector: (practice) => practice.id,
      }),
    )
    .map(([ccg, memberPractices]): Ccg => ({ ...ccg, memberPractices }));
  return withValidity(valid, CcgSchema, settings.validity);
}

/**
 * A fast-check arbitrary of Local Medical Committees ({@link Lmc}).
 *
 * @typeParam V - The validity asked for.
 * @param options - `validity`: `'valid'` (default), `'near-valid'` or `'invalid'`.
 * @returns An arbitrary of LMCs that pass `LmcSchema` (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { LmcSchema } from 'co-commissioning';
 * import { lmcArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(fc.property(lmcArbitrary({ validity: 'invalid' }), (lmc) => !LmcSchema.safeParse(lmc).success));
 * ```
 * @category Testing
 */
export function lmcArbitrary<V extends Validity = 'valid'>(
  options: ValidityOptions<V> = {},
): fc.Arbitrary<Generated<Lmc, V>> {
  const settings = readArbitraryOptions(options);
  const valid: fc.Arbitrary<Lmc> = fc.record(
    {
      id: idArbitrary('lmc'),
      name: phraseArbitrary.map((words) => `${words} LMC`),
      area: phraseArbitrary,
    },
    { requiredKeys: ['id', 'name'] },
  );
  return withValidity(valid, LmcSchema, settings.validity);
}

/**
 * A fast-check arbitrary of {@link NhsEnglandRegion} records.
 *
 * @typeParam V - The validity asked for.
 * @param options - `validity`: `'valid'` (default), `'near-valid'` or `'invalid'`.
 * @returns An arbitrary of regions that pass `NhsEnglandRegionSchema` (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { NhsEnglandRegionSchema } from 'co-commissioning';
 * import { nhsEnglandRegionArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(fc.property(nhsEnglandRegionArbitrary(), (region) => NhsEnglandRegionSchema.safeParse(region).success));
 * ```
 * @category Testing
 */
export function nhsEnglandRegionArbitrary<V extends Validity = 'valid'>(
  options: ValidityOptions<V> = {},
): fc.Arbitrary<Generated<NhsEnglandRegion, V>> {
  const settings = readArbitraryOptions(options);
  const valid: fc.Arbitrary<NhsEnglandRegion> = fc.record(
    {
      id: idArbitrary('region'),
      name: phraseArbitrary.map((words) => `NHS England ${words}`),
      localTeam: phraseArbitrary.map((words) => `${words} area team`),
    },
    { requiredKeys: ['id', 'name'] },
  );
  return withValidity(valid, NhsEnglandRegionSchema, settings.validity);
}

/**
 * A fast-check arbitrary of {@link Citation}s: a seed document or DOMAIN.md, with a section
 * and a DOMAIN.md ID or neither.
 *
 * @typeParam V - The validity asked for.
 * @param options - `validity`: `'valid'` (default), `'near-valid'` or `'invalid'`.
 * @returns An arbitrary of citations that pass `CitationSchema` (for `'valid'`).
 * @throws `CoCommissioningError` `invalid_input` for options that are not as documented.
 *
 * @example
 * ```ts
 * import * as fc from 'fast-check';
 * import { formatCitation } from 'co-commissioning';
 * import { citationArbitrary } from 'co-commissioning/testing';
 *
 * fc.assert(fc.property(citationArbitrary(), (citation) => formatCitation(citation).length > 0));
 * ```
 * @category Testing
 */
export function citationArbitrary<V extends Validity = 'valid'>(
  options: ValidityOptions<V> = {},
): fc.Arbitrary<Generated<Citation, V>> {
  const settings = readArbitraryOptions(options);
  const valid: fc.Arbitrary<Citation> = fc.record(
    {
      document: fc.constantFrom(
        '000_54d237cabb915ae9.txt',
        '001_90e702e51ebd935c.txt',
        '002_4254f9e60152174f.txt',
        '003_e9730ca5e7cbc14a.txt',
        '004_e95f1a032380c329.txt',
        'DOMAIN.md',
      ),
      section: fc.integer({ min: 1, max: 9 }).map((n) => `§${n}`),
      domainId: fc.constantFrom('COI-PCCC-LAY-CHAIR', 'BALLOT-THRESHOLD', 'MODEL-C-APPLICATION'),
    },
    { requiredKeys: ['document'] },
  );
  return withValidity(valid, CitationSchema, settings.validity);
}
