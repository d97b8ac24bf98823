// The register of procurement decisions is published, and an auditor reads each finding as the
// CCG's account of what its register lacks: which decision (by ID, title and date), which of the
// four elements rule 43 requires is missing, and what to record. This pins the whole human answer
// of checkProcurementRegister (compliance, the decisions checked in date order, each finding with
// rule, severity, subject, words, evidence, remedy and source, and the rule not applied and why)
// over a grid of realistic entries: each element absent, empty or only spaces, decision-makers
// absent, an empty list, unnamed, or one of two unnamed; with and without a title; "None declared"
// and "Not applicable" as proper entries; decisions dated on, before and after the check date at
// month ends and in a leap year; the rule's first day; the rule re-graded, turned off, and local
// rules. Explicit assertions pin compliance, the order checked and the decisive date boundaries.
// Update with `npx vitest run tests/conflicts/procurement/explanations.test.ts -u`.
import {
  type CheckProcurementRegisterOptions,
  checkProcurementRegister,
  type Finding,
  type LocalRule,
  type ProcurementDecision,
  type ProcurementRegisterCheck,
  type ProcurementRuleContext,
} from 'co-commissioning';
import { describe, expect, it } from 'vitest';
import { REGISTER } from './fixtures.js';

// Sources: DOMAIN.md Part 2 §1.5 rule 43 (COI-PROCUREMENT-REGISTER), §5b CHK-PROC-REGISTER;
// seed 002 §3.5.

function findingLine(finding: Finding): string {
  const parts = [
    `${finding.severity} ${finding.ruleId} [${finding.subjectIds.join(', ')}]: ${finding.message}`,
    JSON.stringify(finding.evidence),
  ];
  if (Object.hasOwn(finding, 'remedy')) parts.push(`remedy: ${String(finding.remedy)}`);
  const { document, domainId, section } = finding.source;
  parts.push(
    `source: ${[document, domainId, section].filter((part) => part !== undefined).join(' ')}`,
  );
  return parts.join(' | ');
}

function checkLines(check: ProcurementRegisterCheck): string {
  return [
    `${check.compliant ? 'compliant' : 'NOT compliant'}; checked: ${check.checkedIds.join(', ') || '(none)'}`,
    ...check.findings.map(findingLine),
    ...check.notApplied.map((skip) => `not applied ${skip.ruleId} (${skip.why}): ${skip.message}`),
  ].join('\n');
}

/** The Cambridgeshire LES decision: every element recorded. */
const COMPLETE = REGISTER[0] as ProcurementDecision;

type TextElement = 'decisionDetails' | 'conflictsSummary' | 'managementActions';
const TEXT_ELEMENTS: readonly TextElement[] = [
  'decisionDetails',
  'conflictsSummary',
  'managementActions',
];

/** The entry with one element removed or replaced. */
function without(element: keyof ProcurementDecision, value?: unknown): ProcurementDecision {
  const { [element]: _dropped, ...rest } = COMPLETE;
  return (value === undefined ? rest : { ...rest, [element]: value }) as ProcurementDecision;
}

const TEXT_GAPS = [
  ['absent', undefined],
  ['empty', ''],
  ['only spaces', '   '],
] as const;

const MAKER_GAPS = [
  ['absent', undefined],
  ['an empty list', []],
  ['one without a name', [{ name: '', role: 'lay' }]],
  [
    'one of two only spaces',
    [
      { name: 'Lay chair', role: 'lay' },
      { name: '  ', role: 'executive' },
    ],
  ],
] as const;

const ASOF = '2016-12-31';

const CASES: readonly (readonly [
  string,
  readonly ProcurementDecision[],
  CheckProcurementRegisterOptions,
])[] = [
  ['every element recorded', [COMPLETE], { asOf: ASOF }],
  [
    '"None declared" and "Not applicable" recorded, no title',
    [
      {
        id: 'pd-2016-03',
        decidedOn: '2016-09-08',
        decisionDetails: 'Practice merger approved: Riverside Surgery and Ouse Valley Practice.',
        decisionMakers: [{ name: 'Lay chair', role: 'lay' }],
        conflictsSummary: 'None declared.',
        managementActions: 'Not applicable.',
      },
    ],
    { asOf: ASOF },
  ],
  ...TEXT_ELEMENTS.flatMap((element) =>
    TEXT_GAPS.map(
      ([gap, value]) => [`${element} ${gap}`, [without(element, value)], { asOf: ASOF }] as const,
    ),
  ),
  ...MAKER_GAPS.map(
    ([gap, value]) =>
      [`decisionMakers ${gap}`, [without('decisionMakers', value)], { asOf: ASOF }] as const,
  ),
  [
    'decisionMakers one without a name, no title, other elements missing',
    [{ id: 'pd-x', decidedOn: '2016-02-29', decisionMakers: [{ name: ' ' }] }],
    { asOf: ASOF },
  ],
  ['only an ID and a date', [{ id: 'pd-bare', decidedOn: '2016-02-29' }], { asOf: ASOF }],
  [
    'named decision-makers but nothing else',
    [
      {
        id: 'pd-les',
        decidedOn: '2016-01-31',
        title: 'Minor surgery LES',
        decisionMakers: [{ name: 'Chief finance officer', role: 'executive' }],
      },
    ],
    { asOf: ASOF },
  ],
  ['the Cambridgeshire register at year end', REGISTER, { asOf: ASOF }],
  [
    'the Cambridgeshire register the day before the merger decision',
    REGISTER,
    { asOf: '2016-09-07' },
  ],
  [
    'the Cambridgeshire register on the day of the merger decision',
    REGISTER,
    { asOf: '2016-09-08' },
  ],
  ['the Cambridgeshire register before any decision', REGISTER, { asOf: '2016-05-11' }],
  [
    'a November 2014 decision, the day before the rule',
    [{ id: 'pd-2014-11', decidedOn: '2014-11-30', title: 'Out-of-hours contract extension' }],
    { asOf: '2014-11-30' },
  ],
  [
    'a November 2014 decision, on the rule’s first day',
    [{ id: 'pd-2014-11', decidedOn: '2014-11-30', title: 'Out-of-hours contract extension' }],
    { asOf: '2014-12-01' },
  ],
  [
    'decisions on the same day and out of order',
    [
      { ...without('managementActions'), id: 'pd-b', decidedOn: '2017-03-31' },
      { ...without('conflictsSummary'), id: 'pd-a', decidedOn: '2017-03-31' },
      { ...without('decisionDetails'), id: 'pd-0', decidedOn: '2017-04-01' },
    ],
    { asOf: '2017-04-01' },
  ],
  [
    'the rule re-graded to a warning',
    REGISTER,
    { asOf: ASOF, overrides: { 'COI-PROCUREMENT-REGISTER': { severity: 'warning' } } },
  ],
  [
    'the rule re-graded to advice and explicitly enabled',
    REGISTER,
    {
      asOf: ASOF,
      overrides: { 'COI-PROCUREMENT-REGISTER': { enabled: true, severity: 'advice' } },
    },
  ],
  [
    'the rule turned off',
    REGISTER,
    { asOf: ASOF, overrides: { 'COI-PROCUREMENT-REGISTER': { enabled: false } } },
  ],
];

describe('checkProcurementRegister explains every finding', () => {
  it.each(CASES.map(([label, entries, options]) => [label, entries, options] as const))(
    '%s',
    (_label, entries, options) => {
      expect(checkLines(checkProcurementRegister(entries, options))).toMatchSnapshot();
    },
  );
});

describe('checkProcurementRegister decides each element', () => {
  it.each(
    TEXT_ELEMENTS.flatMap((element) =>
      TEXT_GAPS.map(([gap, value]) => [element, gap, value] as const),
    ),
  )('reports %s %s as a breach, worded with the title and date', (element, _gap, value) => {
    const check = checkProcurementRegister([without(element, value)], { asOf: ASOF });
    const words = {
      decisionDetails: 'the details of the decision',
      conflictsSummary: 'a summary of any conflicts of interest',
      managementActions: 'how the conflicts were managed',
    }[element];
    expect(check.compliant).toBe(false);
    expect(check.findings).toEqual([
      {
        ruleId: 'COI-PROCUREMENT-REGISTER',
        severity: 'breach',
        message: `Procurement decision pd-2016-01 (Anticoagulation monitoring Local Enhanced Service) of 2016-05-12 does not record ${words}.`,
        subjectIds: ['pd-2016-01'],
        source: {
          document: 'DOMAIN.md',
          domainId: 'COI-PROCUREMENT-REGISTER',
          section: 'Part 2 §1.5 rule 43 (S41, S61)',
        },
        evidence: { decisionId: 'pd-2016-01', decidedOn: '2016-05-12', element },
        remedy: `Record ${words} on the register of procurement decisions.`,
      },
    ]);
  });

  it('says "does not record" when no decision-maker is listed, and "without a name" when one is unnamed', () => {
    const message = (decisionMakers: unknown) =>
      checkProcurementRegister([without('decisionMakers', decisionMakers)], {
        asOf: ASOF,
      }).findings.map((finding) => finding.message);
    const notRecorded =
      'Procurement decision pd-2016-01 (Anticoagulation monitoring Local Enhanced Service) of 2016-05-12 does not record who was involved in making it.';
    const unnamed =
      'Procurement decision pd-2016-01 (Anticoagulation monitoring Local Enhanced Service) of 2016-05-12 lists a decision-maker without a name: the register must record who was involved in making it.';
    expect(message(undefined)).toEqual([notRecorded]);
    expect(message([])).toEqual([notRecorded]);
    expect(message([{ name: '' }])).toEqual([unnamed]);
    expect(message([{ name: 'Lay chair' }, { name: '  ' }])).toEqual([unnamed]);
    expect(message([{ name: 'Lay chair' }, { name: 'Chief finance officer' }])).toEqual([]);
  });

  it('words the other missing elements plainly when the decision-makers are named', () => {
    const check = checkProcurementRegister(
      [
        {
          id: 'pd-les',
          decidedOn: '2016-01-31',
          decisionMakers: [{ name: 'Chief finance officer' }],
        },
      ],
      { asOf: ASOF },
    );
    expect(
      check.findings.map((finding) => [finding.evidence, finding.message, finding.remedy]),
    ).toEqual([
      [
        { decisionId: 'pd-les', decidedOn: '2016-01-31', element: 'decisionDetails' },
        'Procurement decision pd-les of 2016-01-31 does not record the details of the decision.',
        'Record the details of the decision on the register of procurement decisions.',
      ],
      [
        { decisionId: 'pd-les', decidedOn: '2016-01-31', element: 'conflictsSummary' },
        'Procurement decision pd-les of 2016-01-31 does not record a summary of any conflicts of interest.',
        'Record a summary of any conflicts of interest on the register of procurement decisions.',
      ],
      [
        { decisionId: 'pd-les', decidedOn: '2016-01-31', element: 'managementActions' },
        'Procurement decision pd-les of 2016-01-31 does not record how the conflicts were managed.',
        'Record how the conflicts were managed on the register of procurement decisions.',
      ],
    ]);
  });

  it('is compliant only when no finding is a breach', () => {
    const gaps = [without('managementActions')];
    expect(checkProcurementRegister([COMPLETE], { asOf: ASOF }).compliant).toBe(true);
    expect(checkProcurementRegister(gaps, { asOf: ASOF }).compliant).toBe(false);
    for (const severity of ['warning', 'advice'] as const) {
      const check = checkProcurementRegister(gaps, {
        asOf: ASOF,
        overrides: { 'COI-PROCUREMENT-REGISTER': { severity } },
      });
      expect([check.compliant, check.findings.map((finding) => finding.severity)]).toEqual([
        true,
        [severity],
      ]);
    }
  });
});

describe('checkProcurementRegister at each date boundary', () => {
  it.each([
    ['2016-02-28', []],
    ['2016-02-29', ['pd-leap']],
    ['2016-03-01', ['pd-leap']],
  ] as const)('on %s checks the decision of 29 February 2016: %j', (asOf, checked) => {
    const check = checkProcurementRegister([{ id: 'pd-leap', decidedOn: '2016-02-29' }], { asOf });
    expect(check.checkedIds).toEqual(checked);
    expect(check.findings).toHaveLength(checked.length * 4);
    expect(check.compliant).toBe(checked.length === 0);
  });

  it.each([
    ['2014-11-30', false],
    ['2014-12-01', true],
  ] as const)('on %s applies the December 2014 rule: %s', (asOf, applied) => {
    const check = checkProcurementRegister(
      [{ id: 'pd-2014-11', decidedOn: '2014-11-30', title: 'Out-of-hours contract extension' }],
      { asOf },
    );
    expect(check.checkedIds).toEqual(['pd-2014-11']);
    expect(check.compliant).toBe(!applied);
    expect(check.findings.length).toBe(applied ? 4 : 0);
    expect(check.notApplied).toEqual(
      applied
        ? []
        : [
            {
              ruleId: 'COI-PROCUREMENT-REGISTER',
              why: 'not-in-force',
              message:
                'COI-PROCUREMENT-REGISTER is not in force on 2014-11-30 (in force from 2014-12-01).',
            },
          ],
    );
  });

  it('checks decisions by date, then by ID on the same day, whatever the register’s order', () => {
    const entries: ProcurementDecision[] = [
      { ...COMPLETE, id: 'pd-c', decidedOn: '2017-03-31' },
      { ...COMPLETE, id: 'pd-b', decidedOn: '2017-03-31' },
      { ...COMPLETE, id: 'pd-a', decidedOn: '2017-04-01' },
      { ...COMPLETE, id: 'pd-z', decidedOn: '2017-01-31' },
    ];
    expect(checkProcurementRegister(entries, { asOf: '2017-04-01' }).checkedIds).toEqual([
      'pd-z',
      'pd-b',
      'pd-c',
      'pd-a',
    ]);
    expect(checkProcurementRegister(entries, { asOf: '2017-03-31' }).checkedIds).toEqual([
      'pd-z',
      'pd-b',
      'pd-c',
    ]);
  });

  it('runs local rules in force after the built-in rule, and skips those not yet in force', () => {
    const valueRecorded = (
      from: string,
    ): LocalRule<readonly ProcurementDecision[], ProcurementRuleContext> => ({
      id: 'LOCAL-CONTRACT-VALUE',
      title: 'Each decision records the contract value',
      description: 'Our standing financial instructions require the value on the register.',
      subject: 'procurement',
      severity: 'warning',
      confidence: 'V',
      sources: [{ document: 'Standing financial instructions', section: '12' }],
      inForce: { from },
      check: (entries, context) =>
        entries
          .filter(
            (entry) => entry.contractValuePence === undefined && entry.decidedOn <= context.asOf,
          )
          .map((entry) => ({
            message: `${entry.id} has no contract value.`,
            subjectIds: [entry.id],
            evidence: { decidedOn: entry.decidedOn },
            remedy: 'Record the contract value.',
          })),
    });
    const inForce = checkProcurementRegister(REGISTER, {
      asOf: ASOF,
      localRules: [valueRecorded('2016-12-31')],
    });
    expect(inForce.findings.map(findingLine).slice(-2)).toEqual([
      'warning LOCAL-CONTRACT-VALUE [pd-2016-02]: pd-2016-02 has no contract value. | {"decidedOn":"2016-07-14"} | remedy: Record the contract value. | source: Standing financial instructions 12',
      'warning LOCAL-CONTRACT-VALUE [pd-2016-03]: pd-2016-03 has no contract value. | {"decidedOn":"2016-09-08"} | remedy: Record the contract value. | source: Standing financial instructions 12',
    ]);
    const notYet = checkProcurementRegister(REGISTER, {
      asOf: ASOF,
      localRules: [valueRecorded('2017-01-01')],
    });
    expect(notYet.findings.map((finding) => finding.ruleId)).toEqual([
      'COI-PROCUREMENT-REGISTER',
      'COI-PROCUREMENT-REGISTER',
    ]);
  });
});
