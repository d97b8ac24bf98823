// A register of interests is checked and published for people: a governance lead reads each
// finding aloud at the audit committee (who, which interest, how many days late, what to do), and
// the published register is what the public sees. This pins the whole human answer of
// checkDeclarations (findings with rule, severity, subjects, words, evidence, remedy and source;
// the rules not applied and why) and of toPublicRegister (each entry as published, each entry
// withheld with its reason and words, the publication rules with their verdicts, values and
// missing data) over a grid of realistic registers: declarations on time, on the 28th day and one
// day late across 28/29/30/31-day months, year ends and leap years (2016, 2020, not 2100); late
// declarations counted from joining or from the statutory start; declarations made on or after the
// check date; nil returns; ended interests at the last published day and the day after; the annual
// review at its due date and the day after; each declaration type; each regime and June 2017 start;
// rules turned off, re-graded or not yet in force. Explicit assertions pin the decisive values at
// each date boundary. A change to any wording shows here for review (update with
// `npx vitest run tests/conflicts/registers/explanations.test.ts -u`).
import {
  type CheckDeclarationsOptions,
  type Citation,
  COI_RULES,
  checkDeclarations,
  type Declaration,
  type DeclarationsCheck,
  type DeclarationsRuleContext,
  type Finding,
  type LocalRule,
  type PublicRegister,
  type Reason,
  type Register,
  safeCheckDeclarations,
  safeToPublicRegister,
  type ToPublicRegisterOptions,
  toPublicRegister,
} from 'co-commissioning';
import { describe, expect, it } from 'vitest';
import { addMonths, financialYearStart } from '../../../src/conflicts/registers/months.js';
import { notAppliedMessage, toFinding } from '../../../src/conflicts/registers/ruleRuntime.js';
import { CAMBRIDGESHIRE_REGISTER, DECISION_MAKERS, JOINED_ON } from './cambridgeshire.js';

// Sources: DOMAIN.md Part 2 §1.5 rules 31–34, §5b CHK-DECLARE-28D, CHK-REGISTER-ANNUAL,
// CHK-REGISTER-PUBLISH; seed 002 §3.5 (SEED-COI-MEASURES).

function cite(source: Citation): string {
  return [source.document, source.domainId, source.section]
    .filter((part) => part !== undefined)
    .join(' ');
}

/** One line per finding: severity, rule, subjects, words, evidence, remedy (when the key is there) and source. */
function findingLine(finding: Finding): string {
  const parts = [
    `${finding.severity} ${finding.ruleId} [${finding.subjectIds.join(', ')}]: ${finding.message}`,
    JSON.stringify(finding.evidence),
  ];
  if (Object.hasOwn(finding, 'remedy')) parts.push(`remedy: ${String(finding.remedy)}`);
  parts.push(`source: ${cite(finding.source)}`);
  return parts.join(' | ');
}

function checkLines(check: DeclarationsCheck): string {
  return [
    `${check.compliant ? 'compliant' : 'NOT compliant'} under the ${check.regime} regime`,
    ...check.findings.map(findingLine),
    ...check.notApplied.map((skip) => `not applied ${skip.ruleId} (${skip.why}): ${skip.message}`),
  ].join('\n');
}

/** One line per reason, as tests/commissioning/explanations.test.ts does for guards. */
function reasonLine(reason: Reason): string {
  const parts = [`${reason.verdict} ${reason.id}: ${reason.message}`];
  if (reason.values !== undefined) parts.push(JSON.stringify(reason.values));
  if (reason.missing !== undefined) parts.push(`missing ${reason.missing.join(', ')}`);
  if (reason.remedy !== undefined) parts.push(`remedy: ${reason.remedy}`);
  parts.push(`sources: ${reason.sources.map(cite).join('; ')}`);
  return parts.join(' | ');
}

/** Every field of a published entry, undefined ones included, so a stray key would show. */
function entryLine(entry: PublicRegister['entries'][number]): string {
  const fields = Object.entries(entry).map(
    ([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : String(value)}`,
  );
  return `publish ${fields.join('; ')}`;
}

function publicLines(published: PublicRegister): string {
  return [
    `${published.asOf} under the ${published.regime} regime: ${published.entries.length} published, ${published.withheld.length} withheld`,
    ...published.entries.map(entryLine),
    ...published.withheld.map(
      (entry) =>
        `withhold ${entry.declarationId} (${entry.personId}) as ${entry.reason} under ${entry.ruleId}: ${entry.message}`,
    ),
    ...published.reasons.map(reasonLine),
  ].join('\n');
}

function declaration(fields: Partial<Declaration> & Pick<Declaration, 'id'>): Declaration {
  return {
    personId: 'p-gp-huntingdon',
    type: 'financial',
    description: 'GP partner, Riverside Surgery',
    arisesOn: '2017-01-01',
    declaredOn: '2017-01-10',
    ...fields,
  };
}

/** The 28th day after an interest arises is the last on time; the 29th is late. */
const DEADLINES = [
  ['a 31-day January into a leap February', '2016-01-31', '2016-02-28', '2016-02-29'],
  ['a 31-day January into a 28-day February', '2017-01-31', '2017-02-28', '2017-03-01'],
  ['a leap February', '2016-02-01', '2016-02-29', '2016-03-01'],
  ['a 28-day February', '2017-02-01', '2017-03-01', '2017-03-02'],
  ['the last day of a 30-day month', '2017-04-30', '2017-05-28', '2017-05-29'],
  ['the year end', '2016-12-10', '2017-01-07', '2017-01-08'],
  ['a February of 2100 (not a leap year)', '2100-02-01', '2100-03-01', '2100-03-02'],
] as const;

function deadlineRegister(arisesOn: string, lastOnTime: string, firstLate: string): Register {
  return {
    declarations: [
      declaration({
        id: 'd-on-time',
        personId: 'p-gp-fenland',
        type: 'non-financial-professional',
        description: 'Clinical adviser, Fenland GP Federation',
        arisesOn,
        declaredOn: lastOnTime,
      }),
      declaration({
        id: 'd-late',
        personId: 'p-gp-huntingdon',
        type: 'financial',
        description: 'Partner, Riverside Surgery',
        arisesOn,
        declaredOn: firstLate,
      }),
    ],
    reviewedOn: [firstLate],
  };
}

/** Ended interests: the last day on the published register (6 calendar months on), the day after, and the record's keep-until day (6 years on). */
const RETENTION = [
  ['31 January: the 31st is kept', '2017-01-31', '2017-07-31', '2017-08-01', '2023-01-31'],
  ['31 August: held at 28 February', '2016-08-31', '2017-02-28', '2017-03-01', '2022-08-31'],
  [
    '31 August: held at 29 February in 2020',
    '2019-08-31',
    '2020-02-29',
    '2020-03-01',
    '2025-08-31',
  ],
  ['31 December: held at 30 June', '2017-12-31', '2018-06-30', '2018-07-01', '2023-12-31'],
  ['31 March: held at 30 September', '2018-03-31', '2018-09-30', '2018-10-01', '2024-03-31'],
  ['30 June: the 30th, not the month end', '2016-06-30', '2016-12-30', '2016-12-31', '2022-06-30'],
  [
    '29 February 2020: kept until 28 February 2026',
    '2020-02-29',
    '2020-08-29',
    '2020-08-30',
    '2026-02-28',
  ],
] as const;

function endedRegister(endsOn: string): Register {
  return {
    declarations: [
      declaration({
        id: 'd-ended',
        personId: 'p-lay-ppi',
        type: 'non-financial-personal',
        description: 'Volunteer, local Healthwatch',
        arisesOn: '2015-09-01',
        declaredOn: '2015-09-20',
        endsOn,
        consentToPublish: true,
      }),
    ],
    reviewedOn: ['2016-06-01', '2017-06-01', '2018-06-01', '2019-06-01', '2020-06-01'],
  };
}

/** The annual review: reviews recorded, the June 2017 start, the last day on time, the first overdue, the due date, the last review counted. */
const REVIEWS = [
  ['no review, default start', [], undefined, '2018-06-16', '2018-06-17', '2018-06-16', null],
  ['no review, NHS-wide start', [], '2017-06-01', '2018-06-01', '2018-06-02', '2018-06-01', null],
  [
    'a review before the rule started counts from the start',
    ['2016-03-31'],
    undefined,
    '2018-06-16',
    '2018-06-17',
    '2018-06-16',
    '2016-03-31',
  ],
  [
    'a review on 29 February 2020 falls due on 28 February 2021',
    ['2020-02-29'],
    undefined,
    '2021-02-28',
    '2021-03-01',
    '2021-02-28',
    '2020-02-29',
  ],
  [
    'a review on 31 January falls due on 31 January',
    ['2019-01-31'],
    undefined,
    '2020-01-31',
    '2020-02-01',
    '2020-01-31',
    '2019-01-31',
  ],
  [
    'reviews listed out of order, one in the future',
    ['2019-03-01', '2030-01-01', '2018-03-01'],
    undefined,
    '2020-03-01',
    '2020-03-02',
    '2020-03-01',
    '2019-03-01',
  ],
] as const;

function reviewOptions(
  asOf: string,
  regime2017From: '2017-06-01' | undefined,
): CheckDeclarationsOptions {
  return regime2017From === undefined ? { asOf } : { asOf, regime2017From };
}

const cambridgeshire = (options: Partial<CheckDeclarationsOptions> & { asOf: string }) =>
  checkDeclarations(CAMBRIDGESHIRE_REGISTER, {
    decisionMakerIds: DECISION_MAKERS,
    joinedOn: JOINED_ON,
    ...options,
  });

/** A register whose ended interest belongs to someone outside the decision-makers. */
const ADMIN_ENDED: Register = {
  declarations: [
    declaration({
      id: 'd-admin',
      personId: 'p-contracts-officer',
      type: 'indirect',
      description: 'Brother-in-law is a director of Acme Diagnostics Ltd',
      arisesOn: '2016-09-01',
      declaredOn: '2016-09-05',
      endsOn: '2017-01-31',
    }),
  ],
  nilReturns: [{ personId: 'p-gp-huntingdon', declaredOn: '2016-09-01' }],
  reviewedOn: ['2017-09-01'],
};

const TWO_LATE: Register = {
  declarations: [
    declaration({
      id: 'd-10',
      personId: 'p-adams',
      description: 'Director, Ouse Valley Pharmacy Ltd',
      arisesOn: '2017-09-01',
      declaredOn: '2017-11-01',
    }),
    declaration({
      id: 'd-1',
      personId: 'p-okafor',
      description: 'GP partner, Riverside Surgery',
      arisesOn: '2017-09-01',
      declaredOn: '2017-10-01',
    }),
  ],
};

type CheckScenario = readonly [string, Register, CheckDeclarationsOptions];

const CHECKS: readonly CheckScenario[] = [
  ...DEADLINES.map(
    ([label, arisesOn, lastOnTime, firstLate]): CheckScenario => [
      `28 days: arising at ${label}, checked on the day of the late declaration`,
      deadlineRegister(arisesOn, lastOnTime, firstLate),
      { asOf: firstLate },
    ],
  ),
  [
    'not yet declared, 28 days on',
    {
      declarations: [declaration({ id: 'd-1', arisesOn: '2017-01-31', declaredOn: '2017-04-03' })],
    },
    { asOf: '2017-02-28' },
  ],
  [
    'not yet declared, 29 days on',
    {
      declarations: [declaration({ id: 'd-1', arisesOn: '2017-01-31', declaredOn: '2017-04-03' })],
    },
    { asOf: '2017-03-01' },
  ],
  [
    'declared before the interest arises (a forthcoming appointment)',
    {
      declarations: [
        declaration({
          id: 'd-1',
          type: 'non-financial-professional',
          description: 'Appointed clinical lead, Cambridge Community Services (from 1 April)',
          arisesOn: '2017-04-01',
          declaredOn: '2017-03-01',
        }),
      ],
    },
    { asOf: '2017-04-30' },
  ],
  [
    'held before joining, declared 28 days after joining',
    {
      declarations: [declaration({ id: 'd-1', arisesOn: '2009-04-01', declaredOn: '2016-04-29' })],
    },
    { asOf: '2016-05-31', joinedOn: { 'p-gp-huntingdon': '2016-04-01' } },
  ],
  [
    'held before joining, declared 29 days after joining',
    {
      declarations: [declaration({ id: 'd-1', arisesOn: '2009-04-01', declaredOn: '2016-04-30' })],
    },
    { asOf: '2016-05-31', joinedOn: { 'p-gp-huntingdon': '2016-04-01' } },
  ],
  [
    'arising after joining counts from the interest',
    {
      declarations: [declaration({ id: 'd-1', arisesOn: '2016-05-02', declaredOn: '2016-05-31' })],
    },
    { asOf: '2016-05-31', joinedOn: { 'p-gp-huntingdon': '2016-04-01' } },
  ],
  [
    'held before the statutory duty, declared 28 days after it began',
    {
      declarations: [declaration({ id: 'd-1', arisesOn: '2012-06-01', declaredOn: '2013-04-29' })],
    },
    { asOf: '2013-05-01' },
  ],
  [
    'held before the statutory duty, declared 29 days after it began',
    {
      declarations: [declaration({ id: 'd-1', arisesOn: '2012-06-01', declaredOn: '2013-04-30' })],
    },
    { asOf: '2013-05-01' },
  ],
  [
    'the day before the statutory duty began',
    {
      declarations: [declaration({ id: 'd-1', arisesOn: '2012-06-01', declaredOn: '2013-03-30' })],
    },
    { asOf: '2013-03-31' },
  ],
  [
    'an interest ending before it arises',
    {
      declarations: [
        declaration({ id: 'd-1', endsOn: '2016-12-31' }),
        declaration({
          id: 'd-2',
          arisesOn: '2017-01-05',
          declaredOn: '2017-01-06',
          endsOn: '2017-01-05',
        }),
      ],
    },
    { asOf: '2017-02-01' },
  ],
  [
    'an interest ending before it arises, with COI-REGISTER-FIELDS turned off',
    { declarations: [declaration({ id: 'd-1', endsOn: '2016-12-31' })] },
    { asOf: '2017-02-01', overrides: { 'COI-REGISTER-FIELDS': { enabled: false } } },
  ],
  [
    'decision-makers with declarations, nil returns on and after the date, and newcomers',
    {
      declarations: [declaration({ id: 'd-1', declaredOn: '2017-03-01' })],
      nilReturns: [
        { personId: 'p-lay-chair', declaredOn: '2017-03-01' },
        { personId: 'p-cfo', declaredOn: '2017-03-02' },
      ],
    },
    {
      asOf: '2017-03-01',
      decisionMakerIds: [
        'p-new-28',
        'p-new-29',
        'p-cfo',
        'p-lay-chair',
        'p-gp-huntingdon',
        'p-cfo',
      ],
      joinedOn: { 'p-new-28': '2017-02-01', 'p-new-29': '2017-01-31' },
    },
  ],
  [
    'no list of decision-makers',
    { declarations: [], nilReturns: [{ personId: 'p-lay-chair', declaredOn: '2017-03-01' }] },
    { asOf: '2017-03-01' },
  ],
  [
    'SEED-COI-MEASURES turned off, no list of decision-makers',
    { declarations: [] },
    { asOf: '2017-03-01', overrides: { 'SEED-COI-MEASURES': { enabled: false } } },
  ],
  [
    'SEED-COI-MEASURES turned off, a decision-maker who has not declared',
    { declarations: [] },
    {
      asOf: '2017-03-01',
      decisionMakerIds: ['p-director-quality'],
      overrides: { 'SEED-COI-MEASURES': { enabled: false } },
    },
  ],
  ...REVIEWS.flatMap(([label, reviewedOn, regime2017From, lastOk, firstOverdue]) =>
    [lastOk, firstOverdue].map(
      (asOf): CheckScenario => [
        `annual review, ${label}, on ${asOf}`,
        { declarations: [], reviewedOn: [...reviewedOn] },
        reviewOptions(asOf, regime2017From),
      ],
    ),
  ),
  [
    'annual review recorded on the day of the check',
    { declarations: [], reviewedOn: ['2019-03-01', '2020-03-02'] },
    { asOf: '2020-03-02' },
  ],
  ...RETENTION.flatMap(([label, endsOn, lastPublished, firstWithheld]) =>
    [lastPublished, firstWithheld].map(
      (asOf): CheckScenario => [
        `ended ${label}, on ${asOf}`,
        endedRegister(endsOn),
        { asOf, decisionMakerIds: ['p-lay-ppi'] },
      ],
    ),
  ),
  [
    'an ended interest of someone outside the decision-makers, 2016 guidance',
    ADMIN_ENDED,
    { asOf: '2017-08-01', decisionMakerIds: ['p-gp-huntingdon'], regime: '2016' },
  ],
  [
    'an ended interest of someone outside the decision-makers, 2017 guidance',
    ADMIN_ENDED,
    { asOf: '2017-08-01', decisionMakerIds: ['p-gp-huntingdon'] },
  ],
  [
    'an ended interest, 2017 guidance, no list of decision-makers',
    ADMIN_ENDED,
    { asOf: '2017-08-01' },
  ],
  [
    'an ended interest whose holder refused consent',
    {
      ...ADMIN_ENDED,
      declarations: ADMIN_ENDED.declarations.map((entry) => ({
        ...entry,
        consentToPublish: false,
      })),
    },
    { asOf: '2017-08-01' },
  ],
  [
    'an ended interest with the retention advice re-graded to a warning',
    ADMIN_ENDED,
    { asOf: '2017-08-01', overrides: { 'COI-REGISTER-RETENTION': { severity: 'warning' } } },
  ],
  ['two late declarations and an overdue review, sorted', TWO_LATE, { asOf: '2018-07-01' }],
  ['Cambridgeshire, before the statutory duty', CAMBRIDGESHIRE_REGISTER, { asOf: '2013-03-31' }],
  ['Cambridgeshire, last day before 2016', CAMBRIDGESHIRE_REGISTER, { asOf: '2016-06-27' }],
  ['Cambridgeshire, first day of 2016', CAMBRIDGESHIRE_REGISTER, { asOf: '2016-06-28' }],
  ['Cambridgeshire, 2016-07-01', CAMBRIDGESHIRE_REGISTER, { asOf: '2016-07-01' }],
  [
    'Cambridgeshire, 2017-06-01 with the NHS-wide June 2017 start',
    CAMBRIDGESHIRE_REGISTER,
    { asOf: '2017-06-01', regime2017From: '2017-06-01' },
  ],
  ['Cambridgeshire, 2017-06-15 by default', CAMBRIDGESHIRE_REGISTER, { asOf: '2017-06-15' }],
  ['Cambridgeshire, 2017-06-16 by default', CAMBRIDGESHIRE_REGISTER, { asOf: '2017-06-16' }],
  [
    'Cambridgeshire, 2019 with the 2016 regime forced',
    CAMBRIDGESHIRE_REGISTER,
    { asOf: '2019-01-01', regime: '2016' },
  ],
  [
    'Cambridgeshire, 2019 with the pre-2016 regime forced',
    CAMBRIDGESHIRE_REGISTER,
    { asOf: '2019-01-01', regime: 'before-2016' },
  ],
  [
    'Cambridgeshire, 2016-09-01 with the 2017 regime forced from 1 June',
    CAMBRIDGESHIRE_REGISTER,
    { asOf: '2016-09-01', regime: '2017', regime2017From: '2017-06-01' },
  ],
  [
    'Cambridgeshire, 2018 with every rule turned off',
    CAMBRIDGESHIRE_REGISTER,
    {
      asOf: '2018-07-01',
      overrides: {
        'COI-DECLARE-28D': { enabled: false },
        'COI-REGISTER-FIELDS': { enabled: false },
        'SEED-COI-MEASURES': { enabled: false },
        'COI-REGISTER-2017': { enabled: false },
        'COI-REGISTER-RETENTION': { enabled: false },
      },
    },
  ],
  [
    'Cambridgeshire, 2018 with breaches re-graded and a rule re-enabled',
    CAMBRIDGESHIRE_REGISTER,
    {
      asOf: '2018-07-01',
      overrides: {
        'COI-DECLARE-28D': { severity: 'warning', enabled: true },
        'COI-REGISTER-2017': { severity: 'advice' },
      },
    },
  ],
];

describe('checkDeclarations explains every finding', () => {
  it.each(CHECKS.map(([label, register, options]) => [label, register, options] as const))(
    '%s',
    (_label, register, options) => {
      const check = cambridgeshireOr(register, options);
      expect(checkLines(check)).toMatchSnapshot();
    },
  );
});

/** The Cambridgeshire scenarios run with its decision-makers and joining dates. */
function cambridgeshireOr(
  register: Register,
  options: CheckDeclarationsOptions,
): DeclarationsCheck {
  return register === CAMBRIDGESHIRE_REGISTER
    ? cambridgeshire(options)
    : checkDeclarations(register, options);
}

describe('checkDeclarations at each date boundary', () => {
  it.each(DEADLINES)(
    'declares on time on the 28th day and late on the 29th, arising at %s',
    (_label, arisesOn, lastOnTime, firstLate) => {
      const check = checkDeclarations(deadlineRegister(arisesOn, lastOnTime, firstLate), {
        asOf: firstLate,
      });
      expect(check.compliant).toBe(false);
      expect(
        check.findings.map((finding) => [finding.ruleId, finding.severity, finding.subjectIds]),
      ).toEqual([['COI-DECLARE-28D', 'breach', ['d-late', 'p-gp-huntingdon']]]);
      expect(check.findings[0]?.evidence).toEqual({
        declarationId: 'd-late',
        personId: 'p-gp-huntingdon',
        arisesOn,
        dutyFrom: arisesOn,
        declaredOn: firstLate,
        limitDays: 28,
        days: 29,
      });
      expect(check.findings[0]?.message).toBe(
        `Declaration d-late (p-gp-huntingdon: Partner, Riverside Surgery) was declared on ${firstLate}, 29 days after the interest arose on ${arisesOn}: later than the 28 days allowed.`,
      );
      expect(check.findings[0]?.remedy).toBe(
        'Record the late declaration as a breach under the CCG’s breach process, and remind the person to declare interests within 28 days.',
      );
    },
  );

  it('reports a declaration not yet made once 29 days have passed, with the check date as evidence', () => {
    const register: Register = {
      declarations: [declaration({ id: 'd-1', arisesOn: '2017-01-31', declaredOn: '2017-04-03' })],
    };
    expect(checkDeclarations(register, { asOf: '2017-02-28' }).findings).toEqual([]);
    const overdue = checkDeclarations(register, { asOf: '2017-03-01' });
    expect(overdue.findings).toEqual([
      {
        ruleId: 'COI-DECLARE-28D',
        severity: 'breach',
        message:
          'Declaration d-1 (p-gp-huntingdon: GP partner, Riverside Surgery) had not been declared by 2017-03-01, 29 days after the interest arose on 2017-01-31: later than the 28 days allowed (it was declared on 2017-04-03).',
        subjectIds: ['d-1', 'p-gp-huntingdon'],
        source: {
          document: 'DOMAIN.md',
          domainId: 'COI-DECLARE-28D',
          section: 'Part 2 §1.5 rule 31 (S35, S37, S39)',
        },
        evidence: {
          declarationId: 'd-1',
          personId: 'p-gp-huntingdon',
          arisesOn: '2017-01-31',
          dutyFrom: '2017-01-31',
          declaredOn: '2017-04-03',
          limitDays: 28,
          days: 29,
          asOf: '2017-03-01',
        },
        remedy: 'Declare the interest now and record the delay as a breach.',
      },
    ]);
  });

  it('counts an interest held before joining from the joining date, and one held before 2013 from the duty’s start', () => {
    const joined = (declaredOn: string) =>
      checkDeclarations(
        { declarations: [declaration({ id: 'd-1', arisesOn: '2009-04-01', declaredOn })] },
        { asOf: '2016-05-31', joinedOn: { 'p-gp-huntingdon': '2016-04-01' } },
      ).findings.map((finding) => finding.evidence);
    expect(joined('2016-04-29')).toEqual([]);
    expect(joined('2016-04-30')).toEqual([
      expect.objectContaining({ arisesOn: '2009-04-01', dutyFrom: '2016-04-01', days: 29 }),
    ]);
    const statutory = (declaredOn: string) =>
      checkDeclarations(
        { declarations: [declaration({ id: 'd-1', arisesOn: '2012-06-01', declaredOn })] },
        { asOf: '2013-05-01' },
      ).findings.map((finding) => finding.evidence);
    expect(statutory('2013-04-29')).toEqual([]);
    expect(statutory('2013-04-30')).toEqual([
      expect.objectContaining({ dutyFrom: '2013-04-01', days: 29 }),
    ]);
  });

  it('keeps counting the 28 days from 2013 when the June 2017 start is moved to 1 June', () => {
    const check = cambridgeshire({ asOf: '2016-07-01', regime2017From: '2017-06-01' });
    expect(check.findings.map((finding) => [finding.ruleId, finding.subjectIds[0]])).toEqual([
      ['COI-DECLARE-28D', 'd-02'],
      ['SEED-COI-MEASURES', 'p-director-quality'],
    ]);
    // The words give the start the check used: 1 June 2017, not the default 16 June.
    expect(check.notApplied).toEqual([
      {
        ruleId: 'COI-REGISTER-2017',
        why: 'not-in-force',
        message: 'COI-REGISTER-2017 is not in force on 2016-07-01 (in force from 2017-06-01).',
      },
    ]);
  });

  it('publishes everyone the day before the NHS-wide 2017 start, and decision-making staff only from it', () => {
    const on = (asOf: string) =>
      toPublicRegister(PUBLIC, {
        asOf,
        decisionMakerIds: DECISION_STAFF,
        regime2017From: '2017-06-01',
      });
    const before = on('2017-05-31');
    expect(before.regime).toBe('2016');
    expect(before.entries.map((entry) => entry.id)).toContain('d-06');
    expect(before.reasons.map((reason) => [reason.id, reason.verdict])).toEqual([
      ['COI-REGISTER-RETENTION', 'pass'],
      ['COI-REGISTER-2017', 'not-applicable'],
      ['COI-REGISTER-FIELDS', 'pass'],
    ]);
    expect(before.reasons[1]?.message).toMatch(
      /^COI-REGISTER-2017 is not in force on 2017-05-31 \(in force from 2017-06-01\)\. /,
    );
    const from = on('2017-06-01');
    expect(from.regime).toBe('2017');
    expect(from.entries.map((entry) => entry.id)).not.toContain('d-06');
    expect(from.reasons[1]?.verdict).toBe('pass');
  });

  it('words an ended-before-it-arose interest with both dates, and stays quiet when the rule is off', () => {
    const register: Register = { declarations: [declaration({ id: 'd-1', endsOn: '2016-12-31' })] };
    expect(checkDeclarations(register, { asOf: '2017-02-01' }).findings).toEqual([
      {
        ruleId: 'COI-REGISTER-FIELDS',
        severity: 'warning',
        message:
          'Declaration d-1 (p-gp-huntingdon: GP partner, Riverside Surgery) ends on 2016-12-31 before it arises on 2017-01-01: one of the dates is wrong.',
        subjectIds: ['d-1', 'p-gp-huntingdon'],
        source: {
          document: 'DOMAIN.md',
          domainId: 'COI-REGISTER-FIELDS',
          section: 'Part 2 §1.5 rule 32 (S36, S37)',
        },
        evidence: { declarationId: 'd-1', arisesOn: '2017-01-01', endsOn: '2016-12-31' },
        remedy: 'Correct the date the interest arose or ended.',
      },
    ]);
    const off = checkDeclarations(register, {
      asOf: '2017-02-01',
      overrides: { 'COI-REGISTER-FIELDS': { enabled: false } },
    });
    expect(off.findings).toEqual([]);
    expect(off.notApplied).toContainEqual({
      ruleId: 'COI-REGISTER-FIELDS',
      why: 'turned-off',
      message: 'COI-REGISTER-FIELDS is turned off by your overrides.',
    });
  });

  it('still withholds an entry whose holder refused consent when COI-REGISTER-FIELDS is off, and says so', () => {
    const register: Register = {
      declarations: [declaration({ id: 'd-1', consentToPublish: false })],
    };
    const off = toPublicRegister(register, {
      asOf: '2017-02-01',
      overrides: { 'COI-REGISTER-FIELDS': { enabled: false } },
    });
    expect(off.entries).toEqual([]);
    expect(off.withheld.map((entry) => [entry.declarationId, entry.reason])).toEqual([
      ['d-1', 'consent-refused'],
    ]);
    expect(off.reasons[2]).toMatchObject({
      id: 'COI-REGISTER-FIELDS',
      verdict: 'not-applicable',
      message:
        'COI-REGISTER-FIELDS is turned off by your overrides. An entry whose holder refused consent to publish is still withheld: the library never publishes against a refusal.',
    });
    expect(toPublicRegister(register, { asOf: '2017-02-01' }).reasons[2]?.verdict).toBe('pass');
  });

  it('counts a nil return made on the check date, not one made the day after, and gives newcomers 28 days', () => {
    const check = checkDeclarations(
      {
        declarations: [],
        nilReturns: [
          { personId: 'p-lay-chair', declaredOn: '2017-03-01' },
          { personId: 'p-cfo', declaredOn: '2017-03-02' },
        ],
      },
      {
        asOf: '2017-03-01',
        decisionMakerIds: ['p-new-29', 'p-new-28', 'p-lay-chair', 'p-cfo'],
        joinedOn: { 'p-new-28': '2017-02-01', 'p-new-29': '2017-01-31' },
      },
    );
    expect(
      check.findings.map(({ ruleId, subjectIds, evidence, remedy }) => ({
        ruleId,
        subjectIds,
        evidence,
        remedy,
      })),
    ).toEqual(
      ['p-cfo', 'p-new-29'].map((personId) => ({
        ruleId: 'SEED-COI-MEASURES',
        subjectIds: [personId],
        evidence: { personId, asOf: '2017-03-01' },
        remedy: 'Ask them to declare their interests, or to make a nil return if they have none.',
      })),
    );
  });

  it('does not look for non-declarers when SEED-COI-MEASURES is turned off, with or without a list', () => {
    for (const options of [
      { asOf: '2017-03-01' },
      { asOf: '2017-03-01', decisionMakerIds: ['p-director-quality'] },
    ]) {
      const check = checkDeclarations(
        { declarations: [] },
        { ...options, overrides: { 'SEED-COI-MEASURES': { enabled: false } } },
      );
      expect(check.findings).toEqual([]);
      expect(check.notApplied).toEqual([
        {
          ruleId: 'SEED-COI-MEASURES',
          why: 'turned-off',
          message: 'SEED-COI-MEASURES is turned off by your overrides.',
        },
        {
          ruleId: 'COI-REGISTER-2017',
          why: 'not-in-force',
          message: 'COI-REGISTER-2017 is not in force on 2017-03-01 (in force from 2017-06-16).',
        },
      ]);
    }
  });

  it.each(REVIEWS)(
    'holds the annual review to its due date: %s',
    (_label, reviewedOn, regime2017From, lastOk, firstOverdue, dueBy, lastReviewedOn) => {
      const register: Register = { declarations: [], reviewedOn: [...reviewedOn] };
      expect(checkDeclarations(register, reviewOptions(lastOk, regime2017From)).findings).toEqual(
        [],
      );
      const overdue = checkDeclarations(register, reviewOptions(firstOverdue, regime2017From));
      expect(overdue.compliant).toBe(false);
      expect(overdue.findings.map((finding) => [finding.ruleId, finding.evidence])).toEqual([
        ['COI-REGISTER-2017', { lastReviewedOn, dueBy, asOf: firstOverdue }],
      ]);
    },
  );

  it('counts a review recorded on the day of the check', () => {
    const register: Register = { declarations: [], reviewedOn: ['2019-03-01', '2020-03-02'] };
    expect(checkDeclarations(register, { asOf: '2020-03-02' }).findings).toEqual([]);
  });

  it.each(RETENTION)(
    'advises removing an interest ended %s from the day after its last published day',
    (_label, endsOn, lastPublished, firstWithheld, keepUntil) => {
      const options = { decisionMakerIds: ['p-lay-ppi'] };
      expect(
        checkDeclarations(endedRegister(endsOn), { ...options, asOf: lastPublished }).findings,
      ).toEqual([]);
      const advised = checkDeclarations(endedRegister(endsOn), { ...options, asOf: firstWithheld });
      expect(advised.compliant).toBe(true);
      expect(advised.findings).toEqual([
        expect.objectContaining({
          ruleId: 'COI-REGISTER-RETENTION',
          severity: 'advice',
          subjectIds: ['d-ended', 'p-lay-ppi'],
          message: `Declaration d-ended (p-lay-ppi: Volunteer, local Healthwatch) ended on ${endsOn}: it stays on the published register until ${lastPublished} and should now be removed from it. Keep the record until at least ${keepUntil}.`,
          evidence: {
            declarationId: 'd-ended',
            endsOn,
            publishedUntil: lastPublished,
            keepRecordUntil: keepUntil,
            asOf: firstWithheld,
          },
          remedy: 'Remove the entry from the published register; keep the record.',
        }),
      ]);
    },
  );

  it('advises on everyone’s ended interests without a list of decision-makers, only on theirs with one', () => {
    const advice = (options: CheckDeclarationsOptions) =>
      checkDeclarations(ADMIN_ENDED, options)
        .findings.filter((finding) => finding.ruleId === 'COI-REGISTER-RETENTION')
        .map((finding) => finding.subjectIds);
    expect(advice({ asOf: '2017-08-01' })).toEqual([['d-admin', 'p-contracts-officer']]);
    expect(advice({ asOf: '2017-08-01', decisionMakerIds: ['p-gp-huntingdon'] })).toEqual([]);
    expect(
      advice({ asOf: '2017-08-01', decisionMakerIds: ['p-gp-huntingdon'], regime: '2016' }),
    ).toEqual([['d-admin', 'p-contracts-officer']]);
  });

  it('lists findings by rule in catalogue order, then by declaration (d-1 before d-10)', () => {
    const check = checkDeclarations(TWO_LATE, { asOf: '2018-07-01' });
    expect(check.findings.map((finding) => [finding.ruleId, finding.subjectIds])).toEqual([
      ['COI-DECLARE-28D', ['d-1', 'p-okafor']],
      ['COI-DECLARE-28D', ['d-10', 'p-adams']],
      ['COI-REGISTER-2017', []],
    ]);
  });

  it('gives local rules exactly the context it has, and no remedy field when they give none', () => {
    const contexts: DeclarationsRuleContext[] = [];
    const noMitigation: LocalRule<Register, DeclarationsRuleContext> = {
      id: 'LOCAL-MITIGATION-RECORDED',
      title: 'Every financial interest has a recorded mitigation',
      description:
        'Our enhanced declaration asks for the action agreed for each financial interest.',
      subject: 'register',
      severity: 'advice',
      confidence: 'V',
      sources: [{ document: 'Enhanced declaration of interests form', section: 'Part B' }],
      inForce: { from: '2016-04-01' },
      check: (register, context) => {
        contexts.push(context);
        return register.declarations
          .filter((entry) => entry.mitigation === undefined)
          .map((entry) => ({
            message: `${entry.id} has no recorded mitigation.`,
            subjectIds: [entry.id],
            evidence: { personId: entry.personId },
          }));
      },
    };
    const register: Register = { declarations: [declaration({ id: 'd-1' })] };
    const without = checkDeclarations(register, { asOf: '2017-03-01', localRules: [noMitigation] });
    checkDeclarations(register, {
      asOf: '2017-03-01',
      decisionMakerIds: ['p-gp-huntingdon'],
      localRules: [noMitigation],
    });
    expect(contexts[0]).toStrictEqual({ asOf: '2017-03-01', regime: '2016' });
    expect(contexts[1]).toStrictEqual({
      asOf: '2017-03-01',
      regime: '2016',
      decisionMakerIds: ['p-gp-huntingdon'],
    });
    expect(without.findings).toStrictEqual([
      {
        ruleId: 'LOCAL-MITIGATION-RECORDED',
        severity: 'advice',
        message: 'd-1 has no recorded mitigation.',
        subjectIds: ['d-1'],
        source: { document: 'Enhanced declaration of interests form', section: 'Part B' },
        evidence: { personId: 'p-gp-huntingdon' },
      },
    ]);
  });

  it('describes the value it was given for a malformed register entry', () => {
    const result = safeCheckDeclarations(
      { declarations: [{ ...declaration({ id: 'd-1' }), type: 'pecuniary' }] },
      { asOf: '2017-03-01' },
    );
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'invalid_input',
          message:
            'Give the type of interest: financial, non-financial-professional, non-financial-personal or indirect. (at register.declarations.0.type)',
          path: ['register', 'declarations', 0, 'type'],
          expected: expect.any(String),
          received: 'the text "pecuniary"',
        },
      ],
    });
  });
});

/** A register with each type of interest, each consent answer, an ended interest, and one declared late. */
const PUBLIC: Register = {
  declarations: [
    declaration({
      id: 'd-01',
      personId: 'p-gp-huntingdon',
      type: 'financial',
      description: 'GP partner, Riverside Surgery (a member practice)',
      arisesOn: '2009-04-01',
      declaredOn: '2016-04-05',
      organisationIds: ['practice-riverside'],
      direct: true,
      mitigation: 'Takes part in discussion of primary care items but does not vote.',
      consentToPublish: true,
    }),
    declaration({
      id: 'd-02',
      personId: 'p-gp-fenland',
      type: 'non-financial-professional',
      description: 'Clinical adviser, Fenland GP Federation',
      arisesOn: '2016-05-01',
      declaredOn: '2016-05-20',
    }),
    declaration({
      id: 'd-03',
      personId: 'p-gp-fenland',
      type: 'indirect',
      description: 'Spouse is practice manager at Wisbech Medical Centre',
      arisesOn: '2015-01-01',
      declaredOn: '2016-04-20',
      direct: false,
      consentToPublish: true,
    }),
    declaration({
      id: 'd-04',
      personId: 'p-lay-ppi',
      type: 'non-financial-personal',
      description: 'Volunteer, local Healthwatch',
      arisesOn: '2015-09-01',
      declaredOn: '2015-09-20',
      endsOn: '2016-08-31',
      consentToPublish: true,
    }),
    declaration({
      id: 'd-05',
      personId: 'p-cfo',
      type: 'financial',
      description: 'Shares in Acme Diagnostics Ltd',
      arisesOn: '2016-02-01',
      declaredOn: '2016-02-10',
      consentToPublish: false,
    }),
    declaration({
      id: 'd-06',
      personId: 'p-contracts-officer',
      type: 'indirect',
      description: 'Brother-in-law is a director of Acme Diagnostics Ltd',
      arisesOn: '2016-03-01',
      declaredOn: '2016-03-10',
    }),
    declaration({
      id: 'd-07',
      personId: 'p-lay-chair',
      type: 'non-financial-professional',
      description: 'Trustee, Cambridge Carers’ Trust',
      arisesOn: '2017-01-15',
      declaredOn: '2017-02-28',
    }),
  ],
};

const DECISION_STAFF = ['p-gp-huntingdon', 'p-gp-fenland', 'p-lay-ppi', 'p-cfo', 'p-lay-chair'];

type PublicationScenario = readonly [string, Register, ToPublicRegisterOptions];

const PUBLICATIONS: readonly PublicationScenario[] = [
  ['2016 guidance, the day before a declaration is made', PUBLIC, { asOf: '2017-02-27' }],
  [
    '2016 guidance, the day a declaration is made and the last day an ended interest is published',
    PUBLIC,
    { asOf: '2017-02-28' },
  ],
  ['2016 guidance, the day after', PUBLIC, { asOf: '2017-03-01' }],
  ['before the 2016 guidance', PUBLIC, { asOf: '2016-06-27' }],
  ['first day of the 2016 guidance', PUBLIC, { asOf: '2016-06-28' }],
  [
    '2017 guidance with the decision-making staff',
    PUBLIC,
    { asOf: '2017-06-16', decisionMakerIds: DECISION_STAFF },
  ],
  [
    '2017 guidance with one decision-maker',
    PUBLIC,
    { asOf: '2017-06-16', decisionMakerIds: ['p-gp-fenland'] },
  ],
  ['2017 guidance without a list of decision-making staff', PUBLIC, { asOf: '2017-06-16' }],
  [
    'the day before the 2017 guidance, default start',
    PUBLIC,
    { asOf: '2017-06-15', decisionMakerIds: DECISION_STAFF },
  ],
  [
    'the first day of the 2017 guidance, NHS-wide start',
    PUBLIC,
    { asOf: '2017-06-01', decisionMakerIds: DECISION_STAFF, regime2017From: '2017-06-01' },
  ],
  [
    'retention turned off',
    PUBLIC,
    {
      asOf: '2018-01-01',
      decisionMakerIds: DECISION_STAFF,
      overrides: { 'COI-REGISTER-RETENTION': { enabled: false } },
    },
  ],
  [
    'the 2017 publication rule turned off',
    PUBLIC,
    { asOf: '2018-01-01', overrides: { 'COI-REGISTER-2017': { enabled: false } } },
  ],
  ['2019 with the 2016 regime forced', PUBLIC, { asOf: '2019-01-01', regime: '2016' }],
  ['2019 with the pre-2016 regime forced', PUBLIC, { asOf: '2019-01-01', regime: 'before-2016' }],
  [
    '2016-09-01 with the 2017 regime forced',
    PUBLIC,
    { asOf: '2016-09-01', regime: '2017', decisionMakerIds: DECISION_STAFF },
  ],
  [
    '2016-09-01 with the 2017 regime forced from 1 June',
    PUBLIC,
    { asOf: '2016-09-01', regime: '2017', regime2017From: '2017-06-01' },
  ],
  ...RETENTION.flatMap(([label, endsOn, lastPublished, firstWithheld]) =>
    [lastPublished, firstWithheld].map(
      (asOf): PublicationScenario => [
        `ended ${label}, on ${asOf}`,
        endedRegister(endsOn),
        { asOf, decisionMakerIds: ['p-lay-ppi'] },
      ],
    ),
  ),
];

describe('toPublicRegister explains every entry it publishes or withholds', () => {
  it.each(PUBLICATIONS.map(([label, register, options]) => [label, register, options] as const))(
    '%s',
    (_label, register, options) => {
      expect(publicLines(toPublicRegister(register, options))).toMatchSnapshot();
    },
  );
});

describe('toPublicRegister at each date boundary', () => {
  it.each(RETENTION)(
    'publishes an interest ended %s up to its last day, then withholds it',
    (_label, endsOn, lastPublished, firstWithheld) => {
      const kept = toPublicRegister(endedRegister(endsOn), {
        asOf: lastPublished,
        decisionMakerIds: ['p-lay-ppi'],
      });
      expect(kept.entries.map((entry) => entry.onRegisterUntil)).toEqual([lastPublished]);
      const dropped = toPublicRegister(endedRegister(endsOn), {
        asOf: firstWithheld,
        decisionMakerIds: ['p-lay-ppi'],
      });
      expect(dropped.entries).toEqual([]);
      expect(dropped.withheld).toEqual([
        {
          declarationId: 'd-ended',
          personId: 'p-lay-ppi',
          reason: 'retention-period-over',
          ruleId: 'COI-REGISTER-RETENTION',
          message: `Declaration d-ended (p-lay-ppi) ended on ${endsOn}, more than 6 months before ${firstWithheld}.`,
        },
      ]);
    },
  );

  it('publishes a declaration on the day it is made, not the day before', () => {
    const ids = (asOf: string) =>
      toPublicRegister(PUBLIC, { asOf }).entries.map((entry) => entry.id);
    expect(ids('2017-02-27')).not.toContain('d-07');
    expect(ids('2017-02-28')).toContain('d-07');
    expect(toPublicRegister(PUBLIC, { asOf: '2017-02-27' }).withheld).toContainEqual({
      declarationId: 'd-07',
      personId: 'p-lay-chair',
      reason: 'not-yet-declared',
      ruleId: 'COI-DECLARE-28D',
      message: 'Declaration d-07 (p-lay-chair) was declared on 2017-02-28, after 2017-02-27.',
    });
  });

  it('gives an entry an end of publication only when its interest has ended', () => {
    const published = toPublicRegister(PUBLIC, { asOf: '2016-09-01' });
    expect(published.entries.find((entry) => entry.id === 'd-02')).toStrictEqual({
      id: 'd-02',
      personId: 'p-gp-fenland',
      type: 'non-financial-professional',
      description: 'Clinical adviser, Fenland GP Federation',
      arisesOn: '2016-05-01',
      declaredOn: '2016-05-20',
    });
    expect(published.entries.find((entry) => entry.id === 'd-04')).toStrictEqual({
      id: 'd-04',
      personId: 'p-lay-ppi',
      type: 'non-financial-personal',
      description: 'Volunteer, local Healthwatch',
      arisesOn: '2015-09-01',
      declaredOn: '2015-09-20',
      endsOn: '2016-08-31',
      onRegisterUntil: '2017-02-28',
    });
  });

  it('words each reason an entry is withheld under the 2017 guidance', () => {
    const withheld = (options: ToPublicRegisterOptions) =>
      toPublicRegister(PUBLIC, options).withheld.map((entry) => [
        entry.declarationId,
        entry.reason,
        entry.ruleId,
        entry.message,
      ]);
    expect(withheld({ asOf: '2017-06-16', decisionMakerIds: DECISION_STAFF })).toEqual([
      [
        'd-05',
        'consent-refused',
        'COI-REGISTER-FIELDS',
        'Declaration d-05 (p-cfo): p-cfo refused consent to publish.',
      ],
      [
        'd-06',
        'not-decision-making-staff',
        'COI-REGISTER-2017',
        'Declaration d-06 (p-contracts-officer): p-contracts-officer is not among the decision-making staff, and only their interests are published under the 2017 guidance.',
      ],
      [
        'd-04',
        'retention-period-over',
        'COI-REGISTER-RETENTION',
        'Declaration d-04 (p-lay-ppi) ended on 2016-08-31, more than 6 months before 2017-06-16.',
      ],
    ]);
    expect(withheld({ asOf: '2017-06-16' })[0]).toEqual([
      'd-05',
      'decision-making-staff-unknown',
      'COI-REGISTER-2017',
      'Declaration d-05 (p-cfo): no list of decision-making staff was given, and only their interests are published under the 2017 guidance.',
    ]);
  });

  it('states each publication rule with its verdict and values', () => {
    const reasons = (options: ToPublicRegisterOptions) =>
      toPublicRegister(PUBLIC, options).reasons.map(({ id, verdict, message, values }) => ({
        id,
        verdict,
        message,
        values,
      }));
    const consent = {
      id: 'COI-REGISTER-FIELDS',
      verdict: 'pass',
      message:
        'An entry whose holder refused consent to publish is withheld; the register should record the reason.',
      values: undefined,
    };
    expect(reasons({ asOf: '2017-06-16', decisionMakerIds: DECISION_STAFF })).toEqual([
      {
        id: 'COI-REGISTER-RETENTION',
        verdict: 'pass',
        message:
          'An interest that has ended stays on the published register for 6 months after it ends, then is removed; the record is kept for at least 6 years.',
        values: { months: 6 },
      },
      {
        id: 'COI-REGISTER-2017',
        verdict: 'pass',
        message:
          'Only decision-making staff are published under the 2017 guidance: 5 people are listed.',
        values: { decisionMakers: 5 },
      },
      consent,
    ]);
    expect(reasons({ asOf: '2016-06-27' })).toEqual([
      {
        id: 'COI-REGISTER-RETENTION',
        verdict: 'not-applicable',
        message:
          'COI-REGISTER-RETENTION is not in force on 2016-06-27 (in force from 2016-06-28). Ended interests stay on the published register: no rule in the sources removes them.',
        values: undefined,
      },
      {
        id: 'COI-REGISTER-2017',
        verdict: 'not-applicable',
        message:
          'COI-REGISTER-2017 is not in force on 2016-06-27 (in force from 2017-06-16). Every declaration on the register is published (s.14O: registers are published or made accessible).',
        values: undefined,
      },
      consent,
    ]);
    expect(
      reasons({ asOf: '2018-01-01', overrides: { 'COI-REGISTER-2017': { enabled: false } } })[1],
    ).toEqual({
      id: 'COI-REGISTER-2017',
      verdict: 'not-applicable',
      message:
        'COI-REGISTER-2017 is turned off by your overrides. Every declaration on the register is published (s.14O: registers are published or made accessible).',
      values: undefined,
    });
  });

  it('refuses options that belong to checkDeclarations only, and names the register in paths', () => {
    const refused = (options: unknown) => {
      const result = safeToPublicRegister({ declarations: [] }, options);
      return result.success ? [] : result.issues.map((issue) => issue.message);
    };
    expect(refused({ asOf: '2017-07-01', localRules: [] })).toEqual([
      'Remove the field "localRules" at options: not part of this record.',
    ]);
    expect(refused({ asOf: '2017-07-01', joinedOn: {} })).toEqual([
      'Remove the field "joinedOn" at options: not part of this record.',
    ]);
    const bad = safeToPublicRegister(
      { declarations: [{ ...declaration({ id: 'd-1' }), declaredOn: '2017-02-30' }] },
      { asOf: '2017-07-01' },
    );
    expect(
      bad.success === false &&
        bad.issues.map((issue) => [issue.path, 'received' in issue ? issue.received : undefined]),
    ).toEqual([[['register', 'declarations', 0, 'declaredOn'], 'the text "2017-02-30"']]);
  });
});

describe('the calendar months behind the deadlines', () => {
  it('publishes an interest ended in 9999 until its sixth month, then withholds it', () => {
    const register = endedRegister('9999-01-31');
    const on = (asOf: string) =>
      toPublicRegister(register, { asOf, decisionMakerIds: ['p-lay-ppi'] });
    expect(on('9999-07-31').entries.map((entry) => entry.onRegisterUntil)).toEqual(['9999-07-31']);
    expect(on('9999-08-01').withheld.map((entry) => entry.reason)).toEqual([
      'retention-period-over',
    ]);
  });

  it.each([
    ['2017-08-31', 6, '2018-02-28'],
    ['2019-08-31', 6, '2020-02-29'],
    ['2020-02-29', 12, '2021-02-28'],
    ['9999-01-31', 1, '9999-02-28'],
    ['9999-07-01', 6, '9999-12-31'],
    ['9999-07-01', 7, '9999-12-31'],
    ['0000-03-31', -1, '0000-02-29'],
    ['0000-01-15', -1, '0000-01-01'],
    ['0001-01-31', -12, '0000-01-31'],
  ] as const)('adds calendar months: %s + %i → %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2017-03-31', '2016-04-01'],
    ['2017-04-01', '2017-04-01'],
    ['2017-04-30', '2017-04-01'],
    ['2018-01-01', '2017-04-01'],
    ['0000-04-01', '0000-04-01'],
    ['0000-03-31', '0000-01-01'],
  ] as const)('starts the financial year containing %s on %s', (date, expected) => {
    expect(financialYearStart(date)).toBe(expected);
  });
});

describe('the shared wording of rules not applied and findings', () => {
  it('gives a rule with an end date both ends of its time in force', () => {
    const rule = COI_RULES.find((candidate) => candidate.id === 'GIFT-SUPPLIER-2016');
    expect(rule).toBeDefined();
    if (rule === undefined) return;
    expect(notAppliedMessage(rule, 'not-in-force', '2018-01-01')).toBe(
      'GIFT-SUPPLIER-2016 is not in force on 2018-01-01 (in force from 2016-06-28 to 2017-06-15).',
    );
    expect(notAppliedMessage(rule, 'turned-off', '2017-01-01')).toBe(
      'GIFT-SUPPLIER-2016 is turned off by your overrides.',
    );
  });

  it('cites DOMAIN.md by the rule’s ID when a rule has no source', () => {
    const rule = COI_RULES.find((candidate) => candidate.id === 'COI-DECLARE-28D');
    expect(rule).toBeDefined();
    if (rule === undefined) return;
    const finding = toFinding(
      { rule: { ...rule, sources: [] }, severity: 'warning' },
      { message: 'Declared late.', subjectIds: ['d-1'], evidence: { days: 29 } },
    );
    expect(finding).toStrictEqual({
      ruleId: 'COI-DECLARE-28D',
      severity: 'warning',
      message: 'Declared late.',
      subjectIds: ['d-1'],
      source: { document: 'DOMAIN.md', domainId: 'COI-DECLARE-28D' },
      evidence: { days: 29 },
    });
  });
});
