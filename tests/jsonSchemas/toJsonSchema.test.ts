import { Ajv2020 } from 'ajv/dist/2020.js';
import {
  ENTITY_NAMES,
  ENTITY_SCHEMAS,
  type EntityName,
  isCoCommissioningError,
  serializeState,
  toJsonSchema,
} from 'co-commissioning';
import { isDeepFrozen } from 'co-commissioning/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cambridgeshireBallot,
  cambridgeshireEvents,
  cambridgeshireStart,
  compliantPccc,
  run,
} from '../commissioning/fixtures.js';

const ajv = new Ajv2020({ strict: false, allErrors: true });
const validators = Object.fromEntries(
  ENTITY_NAMES.map((name) => [name, ajv.compile(toJsonSchema(name))]),
) as Record<EntityName, ReturnType<typeof ajv.compile>>;

/** Real data from the seeds, one or more per entity. */
const samples: Partial<Record<EntityName, unknown[]>> = {
  ccg: [
    {
      code: '06H',
      name: 'NHS Cambridgeshire and Peterborough CCG',
      status: 'B',
      memberPractices: [
        {
          id: 'D81001',
          name: 'Riverside Surgery',
          contract: 'GMS',
          listSize: 9000,
          listSizeOn: '2015-04-01',
        },
      ],
    },
  ],
  vote: [{ memberId: 'P1', choice: 'yes', castOn: '2015-09-15' }],
  ballot: [
    {
      id: 'cpccg-2015',
      question: 'Apply for delegated commissioning?',
      opens: '2015-09-01',
      closes: '2015-09-30',
      electorate: [{ memberId: 'P1' }, { memberId: 'P2' }],
      rules: {
        weighting: { kind: 'per-member' },
        threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'yes-no' },
        tie: 'not-carried',
      },
    },
  ],
  'ballot-result': [JSON.parse(JSON.stringify(cambridgeshireBallot))],
  committee: [compliantPccc],
  declaration: [
    {
      id: 'd-1',
      personId: 'p-okafor',
      type: 'financial',
      description: 'GP partner at Riverside Surgery',
      arisesOn: '2015-04-01',
      declaredOn: '2015-04-10',
      organisationIds: ['D81001'],
    },
  ],
  offer: [
    {
      id: 'o-1',
      recipientId: 'p-lay',
      offeredOn: '2017-07-01',
      valuePence: 2500,
      kind: 'hospitality',
      source: { id: 's-1', name: 'A supplier', kind: 'supplier' },
    },
  ],
  'commissioning-event': [
    ...cambridgeshireEvents.map((event) => JSON.parse(JSON.stringify(event))),
  ],
  'commissioning-state': [
    JSON.parse(serializeState(run(cambridgeshireStart, cambridgeshireEvents))),
  ],
  citation: [{ document: 'DOMAIN.md', domainId: 'BALLOT-THRESHOLD' }],
};

describe('toJsonSchema', () => {
  it('gives every entity a draft 2020-12 schema with an $id, deeply frozen', () => {
    for (const name of ENTITY_NAMES) {
      const schema = toJsonSchema(name);
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema['$id']).toBe(`co-commissioning/schemas/${name}.schema.json`);
      expect(isDeepFrozen(schema)).toBe(true);
      expect(JSON.stringify(toJsonSchema(name))).toBe(JSON.stringify(schema));
    }
  });

  it.each(Object.entries(samples))(
    'accepts the real %s data the library accepts',
    (name, values) => {
      for (const value of values ?? []) {
        expect(ENTITY_SCHEMAS[name as EntityName].safeParse(value).success).toBe(true);
        expect(
          validators[name as EntityName](value),
          JSON.stringify(validators[name as EntityName].errors),
        ).toBe(true);
      }
    },
  );

  it('refuses what the library refuses: extra fields, wrong types, malformed dates, bad ratios', () => {
    const vote = validators.vote;
    expect(vote({ memberId: 'P1', choice: 'yes', castOn: '2015-09-15', extra: 1 })).toBe(false);
    expect(vote({ memberId: 'P1', choice: 'maybe', castOn: '2015-09-15' })).toBe(false);
    expect(vote({ memberId: 'P1', choice: 'yes', castOn: '15/09/2015' })).toBe(false);
    expect(validators.citation({ document: 3 })).toBe(false);
    const ballot = samples.ballot?.[0] as { rules: object };
    expect(
      validators.ballot({
        ...ballot,
        rules: {
          ...ballot.rules,
          threshold: { ratio: { numerator: 1, denominator: 0 }, comparator: '>', base: 'yes-no' },
        },
      }),
    ).toBe(false);
  });

  it('never refuses a vote the library accepts (property)', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            memberId: fc.oneof(fc.string(), fc.integer()),
            choice: fc.oneof(fc.constantFrom('yes', 'no', 'abstain', 'spoilt'), fc.string()),
            castOn: fc.oneof(
              fc.constantFrom('2015-09-15', '2016-02-29', '2015-02-29', '2015-13-01'),
              fc.string(),
            ),
          },
          { requiredKeys: [] },
        ),
        (vote) => {
          if (ENTITY_SCHEMAS.vote.safeParse(vote).success) expect(validators.vote(vote)).toBe(true);
          if (!validators.vote(vote))
            expect(ENTITY_SCHEMAS.vote.safeParse(vote).success).toBe(false);
        },
      ),
    );
  });

  it('refuses an unknown entity name with unknown_entity', () => {
    expect.assertions(2);
    try {
      toJsonSchema('ccgs' as EntityName);
    } catch (error) {
      expect(isCoCommissioningError(error) && error.code).toBe('unknown_entity');
      expect((error as Error).message).toContain('ccg, member-practice');
    }
  });

  it('does not treat inherited names as entities', () => {
    expect(() => toJsonSchema('toString' as EntityName)).toThrowError(
      expect.objectContaining({ code: 'unknown_entity' }),
    );
  });
});
