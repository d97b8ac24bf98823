// The answer to "may I keep this?" is read by a person, so every word of it is part of the answer
// (DESIGN.md principle 4: explain, don't just decide). This pins the whole human answer of
// assessGift: the action, whether to declare, the deciding rule and regime, every reason (verdict,
// rule ID, words, values in pence, comparator, missing data, remedy), the 12-month total and every
// finding (words, evidence, remedy). The grid covers each kind of offer (gift, hospitality, cash or
// voucher) from each kind of source (supplier or contractor, anyone else), values one penny below,
// at and one penny above every boundary of DOMAIN Part 2 §1.6 rules 44–48 (£6, £10, £25, £50,
// £75), each choice the sources leave open at a boundary (DOMAIN Part 3 Q5), earlier gifts from
// the same source, each day around the 2016 and 2017 regime starts under both 2017 start dates,
// what the offer records (accepted, declined, declared, approved), and the answers that leave a
// person to decide (no rule in force, a rule turned off). A change to any wording shows in the
// snapshot for review (update with `npx vitest run tests/conflicts/gifts/explanations.test.ts -u`);
// the decisive values at each boundary are also asserted explicitly below.
import {
  type AssessGiftOptions,
  assessGift,
  type Finding,
  type GiftAction,
  type GiftAssessment,
  type GiftRuleContext,
  type LocalRule,
  type Offer,
  type Reason,
  safeAssessGift,
} from 'co-commissioning';
import { describe, expect, it } from 'vitest';

const acme = { id: 'acme', name: 'Acme Diagnostics Ltd', kind: 'supplier' } as const;
const okafor = { id: 'fam-okafor', name: 'The Okafor family', kind: 'other' } as const;
const patel = { id: 'fam-patel', name: 'Mrs Patel', kind: 'other' } as const;

const IN_2017 = '2017-09-14';
const IN_2016 = '2016-11-02';

function offer(fields: Partial<Offer> = {}): Offer {
  return {
    id: 'o-1',
    recipientId: 'p-practice-nurse',
    offeredOn: IN_2017,
    valuePence: 2000,
    kind: 'gift',
    source: okafor,
    ...fields,
  };
}

const gift = (valuePence: number, fields: Partial<Offer> = {}) => offer({ valuePence, ...fields });
const promotionalAid = (valuePence: number, fields: Partial<Offer> = {}) =>
  offer({ valuePence, source: acme, promotional: true, ...fields });
const meal = (valuePence: number, fields: Partial<Offer> = {}) =>
  offer({ valuePence, kind: 'hospitality', source: acme, ...fields });
const cash = (valuePence: number, fields: Partial<Offer> = {}) =>
  offer({ valuePence, kind: 'cash-or-voucher', ...fields });
const earlier = (id: string, offeredOn: string, valuePence: number, fields: Partial<Offer> = {}) =>
  offer({ id, offeredOn, valuePence, ...fields });

/** One line per reason: verdict, ID, words, then values, comparator, missing data and remedy. */
function reasonLine(reason: Reason): string {
  const parts = [`${reason.verdict} ${reason.id}: ${reason.message}`];
  if (reason.values !== undefined) parts.push(JSON.stringify(reason.values));
  if (reason.comparator !== undefined) parts.push(`comparator ${reason.comparator}`);
  if (reason.missing !== undefined) parts.push(`missing: ${reason.missing.join('; ')}`);
  if (reason.remedy !== undefined) parts.push(`remedy: ${reason.remedy}`);
  return parts.join(' | ');
}

function findingLine(finding: Finding): string {
  const parts = [`finding ${finding.severity} ${finding.ruleId}: ${finding.message}`];
  parts.push(`evidence ${JSON.stringify(finding.evidence)}`);
  if (finding.remedy !== undefined) parts.push(`remedy: ${finding.remedy}`);
  return parts.join(' | ');
}

function explain(result: GiftAssessment): string {
  const lines = [
    `${result.action}${result.mustDeclare ? ', must declare' : ''} by ${result.ruleId} (${result.regime} regime)`,
    ...result.reasons.map(reasonLine),
  ];
  if (result.total !== undefined) {
    const { totalPence, from, to, offerIds } = result.total;
    lines.push(`total ${totalPence}p from ${from} to ${to}: ${offerIds.join(', ')}`);
  }
  lines.push(...result.findings.map(findingLine));
  return lines.join('\n');
}

/** A local rule that reports how many earlier offers it was given, to show the history passed on. */
const historyCount: LocalRule<Offer, GiftRuleContext> = {
  id: 'LOCAL-GIFT-HISTORY',
  title: 'Count the earlier offers on file',
  description: 'Our audit notes how many earlier offers were on file for each assessment.',
  subject: 'gift',
  severity: 'advice',
  confidence: 'I',
  sources: [{ document: 'Our gifts and hospitality policy', section: '4.2' }],
  inForce: { from: '2016-06-28' },
  check: (subject, context) => [
    {
      message: `Earlier offers on file when ${subject.id} was assessed: ${context.history.length} (${context.regime} rules gave ${context.action}).`,
      subjectIds: [subject.id],
      evidence: { historyLength: context.history.length },
    },
  ],
};

type Case = readonly [label: string, subject: Offer, options: AssessGiftOptions];

const at2017 = (options: Partial<AssessGiftOptions> = {}): AssessGiftOptions => ({
  asOf: IN_2017,
  ...options,
});
const at2016 = (options: Partial<AssessGiftOptions> = {}): AssessGiftOptions => ({
  asOf: IN_2016,
  ...options,
});

const BOUNDARY_2017: Case[] = [
  // GIFT-SUPPLIER-2017: the £6 promotional aid (S1 "up to £6", S18 "under the value of £6").
  ...(['up-to', 'under'] as const).flatMap((promotionalLimit) =>
    [599, 600, 601].map(
      (pence): Case => [
        `2017 supplier promotional pen worth ${pence}p, promotionalLimit ${promotionalLimit}`,
        promotionalAid(pence),
        at2017({ promotionalLimit }),
      ],
    ),
  ),
  ...[0, 599, 600, 4000].map(
    (pence): Case => [
      `2017 supplier gift that is not promotional, worth ${pence}p`,
      gift(pence, { source: acme }),
      at2017(),
    ],
  ),
  [
    '2017 supplier voucher worth 500p marked promotional',
    cash(500, { source: acme, promotional: true }),
    at2017(),
  ],
  // GIFT-OTHER-2017: £50 on its own.
  ...(['above', 'below'] as const).flatMap((giftAtThreshold) =>
    [4999, 5000, 5001].map(
      (pence): Case => [
        `2017 family gift worth ${pence}p, giftAtThreshold ${giftAtThreshold}`,
        gift(pence),
        at2017({ giftAtThreshold }),
      ],
    ),
  ),
  ['2017 family gift worth 0p', gift(0), at2017()],
  ...[0, 4999, 5001].map(
    (pence): Case => [`2017 family voucher worth ${pence}p`, cash(pence), at2017()],
  ),
  // HOSP-2017: £25 and £75.
  ...(['above', 'below'] as const).flatMap((hospitalityAt25) =>
    [2499, 2500, 2501].map(
      (pence): Case => [
        `2017 supplier lunch worth ${pence}p, hospitalityAt25 ${hospitalityAt25}`,
        meal(pence),
        at2017({ hospitalityAt25 }),
      ],
    ),
  ),
  ...(['below', 'above'] as const).flatMap((hospitalityAt75) =>
    [7499, 7500, 7501].map(
      (pence): Case => [
        `2017 supplier dinner worth ${pence}p, hospitalityAt75 ${hospitalityAt75}`,
        meal(pence),
        at2017({ hospitalityAt75 }),
      ],
    ),
  ),
  ['2017 family tea worth 2499p', meal(2499, { source: okafor }), at2017()],
  ['2017 family dinner worth 7501p', meal(7501, { source: okafor }), at2017()],
  ...(['below', 'above'] as const).flatMap((hospitalityAt75) =>
    [7500, 7501, 12_000].map(
      (pence): Case => [
        `2017 supplier dinner worth ${pence}p with senior approval, hospitalityAt75 ${hospitalityAt75}`,
        meal(pence, {
          seniorApproval: { approvedBy: 'the chief finance officer', approvedOn: '2017-09-12' },
        }),
        at2017({ hospitalityAt75 }),
      ],
    ),
  ),
];

const BOUNDARY_2016: Case[] = [
  // GIFT-SUPPLIER-2016: declined whatever the value, promotional aids and cash included.
  ['2016 supplier gift worth 0p', gift(0, { source: acme, offeredOn: IN_2016 }), at2016()],
  [
    '2016 supplier promotional pen worth 600p',
    promotionalAid(600, { offeredOn: IN_2016 }),
    at2016(),
  ],
  ['2016 supplier gift worth 50000p', gift(50_000, { source: acme, offeredOn: IN_2016 }), at2016()],
  ['2016 supplier voucher worth 500p', cash(500, { source: acme, offeredOn: IN_2016 }), at2016()],
  // GIFT-OTHER-2016 (derived): £10.
  ...(['above', 'below'] as const).flatMap((giftAtThreshold) =>
    [999, 1000, 1001].map(
      (pence): Case => [
        `2016 family gift worth ${pence}p, giftAtThreshold ${giftAtThreshold}`,
        gift(pence, { offeredOn: IN_2016 }),
        at2016({ giftAtThreshold }),
      ],
    ),
  ),
  ...[999, 1000, 1001].map(
    (pence): Case => [
      `2016 family voucher worth ${pence}p`,
      cash(pence, { offeredOn: IN_2016 }),
      at2016(),
    ],
  ),
  // HOSP-2016: above £25 presumed refused; £25 or less modest.
  ...(['declare', 'accept'] as const).flatMap((modestHospitality2016) =>
    [2499, 2500, 2501].map(
      (pence): Case => [
        `2016 supplier lunch worth ${pence}p, modestHospitality2016 ${modestHospitality2016}`,
        meal(pence, { offeredOn: IN_2016 }),
        at2016({ modestHospitality2016 }),
      ],
    ),
  ),
  ['2016 family lunch worth 2501p', meal(2501, { source: okafor, offeredOn: IN_2016 }), at2016()],
  [
    '2016 supplier dinner worth 9000p with senior approval',
    meal(9000, {
      offeredOn: IN_2016,
      seniorApproval: { approvedBy: 'the chief officer', approvedOn: '2016-10-30' },
    }),
    at2016(),
  ],
];

const CUMULATIVE: Case[] = [
  // A £20 gift after an earlier gift from the same family: totals around £50.
  ...(['above', 'below'] as const).flatMap((giftAtThreshold) =>
    [2999, 3000, 3001].map(
      (pence): Case => [
        `2017 family gift of 2000p after one earlier gift of ${pence}p, giftAtThreshold ${giftAtThreshold}`,
        gift(2000),
        at2017({ giftAtThreshold, history: [earlier('o-0', '2017-03-01', pence)] }),
      ],
    ),
  ),
  [
    '2017 family gift of 2000p after two earlier gifts of 1500p each',
    gift(2000),
    at2017({
      history: [earlier('o-a', '2017-01-10', 1500), earlier('o-b', '2017-05-20', 1500)],
    }),
  ],
  [
    '2017 family gift of exactly 5000p after an earlier gift of 1p, giftAtThreshold below',
    gift(5000),
    at2017({ giftAtThreshold: 'below', history: [earlier('o-0', '2017-08-01', 1)] }),
  ],
  [
    '2017 family gift of 6000p after an earlier gift of 500p',
    gift(6000),
    at2017({ history: [earlier('o-0', '2017-08-01', 500)] }),
  ],
  // The rolling window runs from the same day 12 months before, both ends inclusive.
  ...['2016-09-13', '2016-09-14'].map(
    (offeredOn): Case => [
      `2017 family gift of 2000p after an earlier gift of 3001p on ${offeredOn} (rolling window)`,
      gift(2000),
      at2017({ history: [earlier('o-0', offeredOn, 3001)] }),
    ],
  ),
  // The financial year runs from 1 April.
  ...['2017-03-31', '2017-04-01'].map(
    (offeredOn): Case => [
      `2017 family gift of 2000p after an earlier gift of 3001p on ${offeredOn} (financial year)`,
      gift(2000),
      at2017({
        cumulativeWindow: 'financial-year',
        history: [earlier('o-0', offeredOn, 3001)],
      }),
    ],
  ),
  [
    '2017 family gift of 2000p among offers that do not count',
    gift(2000),
    at2017({
      history: [
        earlier('o-patel', '2017-05-01', 9000, { source: patel }),
        earlier('o-other-person', '2017-05-01', 9000, { recipientId: 'p-receptionist' }),
        earlier('o-meal', '2017-05-01', 9000, { kind: 'hospitality' }),
        earlier('o-voucher', '2017-05-01', 9000, { kind: 'cash-or-voucher' }),
        earlier('o-declined', '2017-05-01', 9000, { accepted: false }),
        earlier('o-later', '2017-09-15', 9000),
      ],
    }),
  ],
  [
    '2017 family gift of 3000p whose own record is in the history',
    gift(3000, { accepted: true }),
    at2017({ history: [gift(3000)] }),
  ],
  [
    '2017 supplier lunch of 3000p after an earlier supplier lunch (no total for hospitality)',
    meal(3000),
    at2017({
      history: [earlier('o-0', '2017-08-01', 3000, { kind: 'hospitality', source: acme })],
    }),
  ],
  [
    '2016 family gift of 500p after an earlier gift of 900p (no total in 2016)',
    gift(500, { offeredOn: IN_2016 }),
    at2016({ history: [earlier('o-0', '2016-08-01', 900)] }),
  ],
];

// Each day around the regime starts, under each 2017 start date (16 June by default, 1 June).
const REGIME_DAYS = [
  '2016-06-27',
  '2016-06-28',
  '2017-05-31',
  '2017-06-01',
  '2017-06-15',
  '2017-06-16',
] as const;
const REGIMES: Case[] = (['2017-06-16', '2017-06-01'] as const).flatMap((regime2017From) =>
  REGIME_DAYS.flatMap((day): Case[] => [
    [
      `on ${day}, regime2017From ${regime2017From}: family gift worth 2000p`,
      gift(2000, { offeredOn: day }),
      { asOf: day, regime2017From },
    ],
    [
      `on ${day}, regime2017From ${regime2017From}: supplier promotional pen worth 500p`,
      promotionalAid(500, { offeredOn: day }),
      { asOf: day, regime2017From },
    ],
    [
      `on ${day}, regime2017From ${regime2017From}: supplier lunch worth 3000p`,
      meal(3000, { offeredOn: day }),
      { asOf: day, regime2017From },
    ],
  ]),
);
const FORCED: Case[] = [
  [
    'forced 2017 regime on 2015-01-01: family gift worth 2000p',
    gift(2000),
    { asOf: '2015-01-01', regime: '2017' },
  ],
  [
    'forced 2016 regime on 2019-01-01: family gift worth 2000p',
    gift(2000),
    { asOf: '2019-01-01', regime: '2016' },
  ],
];

const RECORDED: Case[] = [
  // decline: accepted anyway, declined, undecided.
  ['2017 supplier gift of 4000p accepted', gift(4000, { source: acme, accepted: true }), at2017()],
  ['2017 supplier gift of 4000p declined', gift(4000, { source: acme, accepted: false }), at2017()],
  [
    '2016 supplier lunch of 2501p accepted and declared',
    meal(2501, { offeredOn: IN_2016, accepted: true, declaredOn: '2016-11-03' }),
    at2016(),
  ],
  // needs-approval.
  ['2017 supplier dinner of 9000p accepted', meal(9000, { accepted: true }), at2017()],
  [
    '2017 supplier dinner of 9000p accepted and declared',
    meal(9000, { accepted: true, declaredOn: '2017-09-15' }),
    at2017(),
  ],
  ['2017 supplier dinner of 9000p declined', meal(9000, { accepted: false }), at2017()],
  [
    '2017 supplier dinner of 9000p approved, accepted and declared',
    meal(9000, {
      accepted: true,
      declaredOn: '2017-09-15',
      seniorApproval: { approvedBy: 'the chief officer', approvedOn: '2017-09-13' },
    }),
    at2017(),
  ],
  // accept-for-organisation.
  ['2017 family gift of 6000p accepted personally', gift(6000, { accepted: true }), at2017()],
  [
    '2017 family gift of 6000p accepted personally and declared',
    gift(6000, { accepted: true, onBehalfOfOrganisation: false, declaredOn: '2017-09-15' }),
    at2017(),
  ],
  [
    '2017 family gift of 6000p accepted for the CCG, not declared',
    gift(6000, { accepted: true, onBehalfOfOrganisation: true }),
    at2017(),
  ],
  [
    '2017 family gift of 6000p accepted for the CCG and declared',
    gift(6000, { accepted: true, onBehalfOfOrganisation: true, declaredOn: '2017-09-15' }),
    at2017(),
  ],
  // declare.
  ['2017 supplier lunch of 3000p accepted', meal(3000, { accepted: true }), at2017()],
  [
    '2017 supplier lunch of 3000p accepted and declared',
    meal(3000, { accepted: true, declaredOn: '2017-09-20' }),
    at2017(),
  ],
  [
    '2016 family gift of 1500p accepted',
    gift(1500, { offeredOn: IN_2016, accepted: true }),
    at2016(),
  ],
  // accept.
  ['2017 family gift of 2000p accepted', gift(2000, { accepted: true }), at2017()],
];

const UNDECIDED: Case[] = [
  [
    'before 2016: family gift worth 100p',
    gift(100, { offeredOn: '2015-12-01' }),
    { asOf: '2015-12-01' },
  ],
  [
    'before 2016: supplier voucher worth 2000p accepted',
    cash(2000, { source: acme, offeredOn: '2015-12-01', accepted: true }),
    { asOf: '2015-12-01' },
  ],
  [
    '2017 supplier lunch with HOSP-2017 turned off',
    meal(3000),
    at2017({ overrides: { 'HOSP-2017': { enabled: false } } }),
  ],
  [
    '2017 supplier voucher with both gift rules turned off',
    cash(500, { source: acme }),
    at2017({
      overrides: {
        'GIFT-SUPPLIER-2017': { enabled: false },
        'GIFT-OTHER-2017': { enabled: false },
      },
    }),
  ],
  [
    '2017 supplier voucher with the supplier rule turned off',
    cash(500, { source: acme, accepted: true }),
    at2017({ overrides: { 'GIFT-SUPPLIER-2017': { enabled: false } } }),
  ],
  [
    '2017 family gift of 6000p with GH-REGISTER turned off',
    gift(6000),
    at2017({ overrides: { 'GH-REGISTER': { enabled: false } } }),
  ],
  [
    '2017 supplier lunch of 3000p re-graded to advice, accepted',
    meal(3000, { accepted: true }),
    at2017({ overrides: { 'HOSP-2017': { severity: 'advice' } } }),
  ],
  [
    '2017 family gift of 2000p with a local rule and no history',
    gift(2000),
    at2017({ localRules: [historyCount] }),
  ],
  [
    '2017 family gift of 2000p with a local rule and one earlier gift',
    gift(2000),
    at2017({ localRules: [historyCount], history: [earlier('o-0', '2017-03-01', 1000)] }),
  ],
];

const CASES: Case[] = [
  ...BOUNDARY_2017,
  ...BOUNDARY_2016,
  ...CUMULATIVE,
  ...REGIMES,
  ...FORCED,
  ...RECORDED,
  ...UNDECIDED,
];

describe('assessGift explains every answer in full', () => {
  it('gives each scenario a distinct name', () => {
    expect(new Set(CASES.map(([label]) => label)).size).toBe(CASES.length);
  });

  it.each(CASES)('%s', (_label, subject, options) => {
    expect(explain(assessGift(subject, options))).toMatchSnapshot();
  });
});

/** The action, then the comparators and verdicts of the deciding rule's reasons, in order. */
function decisive(subject: Offer, options: AssessGiftOptions) {
  const result = assessGift(subject, options);
  const own = result.reasons.filter((reason) => reason.id === result.ruleId);
  return [
    result.action,
    own.map((reason) => reason.comparator ?? '-').join(' '),
    own.map((reason) => reason.verdict).join(' '),
  ] as const;
}

type Row = readonly [pence: number, action: GiftAction, comparators: string, verdicts: string];

describe('which side of each boundary a value falls, under each option', () => {
  const table = (
    name: string,
    make: (pence: number) => Offer,
    options: AssessGiftOptions,
    rows: readonly Row[],
  ) => {
    it.each(rows)(`${name}: %i pence gives %s (%s, %s)`, (pence, action, comparator, verdict) => {
      expect(decisive(make(pence), options)).toEqual([action, comparator, verdict]);
    });
  };

  table('£6 promotional aid, "up to £6" (default)', promotionalAid, at2017(), [
    [599, 'accept', '<', 'pass'],
    [600, 'accept', '=', 'pass'],
    [601, 'decline', '>', 'fail'],
  ]);
  table('£6 promotional aid, "under £6"', promotionalAid, at2017({ promotionalLimit: 'under' }), [
    [599, 'accept', '<', 'pass'],
    [600, 'decline', '=', 'fail'],
    [601, 'decline', '>', 'fail'],
  ]);
  // GIFT-OTHER-2017 gives two reasons: the gift on its own, then the 12-month total.
  table('£50 family gift, exactly £50 above (default)', gift, at2017(), [
    [4999, 'accept', '< <', 'pass pass'],
    [5000, 'accept-for-organisation', '= =', 'pass pass'],
    [5001, 'accept-for-organisation', '> >', 'pass pass'],
  ]);
  table('£50 family gift, exactly £50 below', gift, at2017({ giftAtThreshold: 'below' }), [
    [4999, 'accept', '< <', 'pass pass'],
    [5000, 'accept', '= =', 'pass pass'],
    [5001, 'accept-for-organisation', '> >', 'pass pass'],
  ]);
  table(
    '£50 12-month total with an earlier 3000p gift, exactly £50 above (default)',
    gift,
    at2017({ history: [earlier('o-0', '2017-03-01', 3000)] }),
    [
      [1999, 'accept', '< <', 'pass pass'],
      [2000, 'accept-for-organisation', '< =', 'pass pass'],
      [2001, 'accept-for-organisation', '< >', 'pass pass'],
    ],
  );
  table(
    '£50 12-month total with an earlier 3000p gift, exactly £50 below',
    gift,
    at2017({ giftAtThreshold: 'below', history: [earlier('o-0', '2017-03-01', 3000)] }),
    [
      [1999, 'accept', '< <', 'pass pass'],
      [2000, 'accept', '< =', 'pass pass'],
      [2001, 'accept-for-organisation', '< >', 'pass pass'],
    ],
  );
  table('cash or a voucher from a family in 2017', cash, at2017(), [
    [0, 'decline', '-', 'fail'],
    [4999, 'decline', '-', 'fail'],
    [5001, 'decline', '-', 'fail'],
  ]);
  const gift2016 = (pence: number) => gift(pence, { offeredOn: IN_2016 });
  table('£10 family gift in 2016, exactly £10 above (default)', gift2016, at2016(), [
    [999, 'accept', '<', 'pass'],
    [1000, 'declare', '=', 'pass'],
    [1001, 'declare', '>', 'pass'],
  ]);
  table(
    '£10 family gift in 2016, exactly £10 below',
    gift2016,
    at2016({ giftAtThreshold: 'below' }),
    [
      [999, 'accept', '<', 'pass'],
      [1000, 'accept', '=', 'pass'],
      [1001, 'declare', '>', 'pass'],
    ],
  );
  const cash2016 = (pence: number) => cash(pence, { offeredOn: IN_2016 });
  table('£10 family voucher in 2016, assessed as a gift', cash2016, at2016(), [
    [999, 'accept', '- <', 'unknown pass'],
    [1000, 'declare', '- =', 'unknown pass'],
    [1001, 'declare', '- >', 'unknown pass'],
  ]);
  // HOSP-2017 gives one reason under £25, then two: £25, then £75.
  table('£25 hospitality in 2017, exactly £25 above (default)', meal, at2017(), [
    [2499, 'accept', '<', 'pass'],
    [2500, 'declare', '= <', 'pass pass'],
    [2501, 'declare', '> <', 'pass pass'],
  ]);
  table('£25 hospitality in 2017, exactly £25 below', meal, at2017({ hospitalityAt25: 'below' }), [
    [2499, 'accept', '<', 'pass'],
    [2500, 'accept', '=', 'pass'],
    [2501, 'declare', '> <', 'pass pass'],
  ]);
  table('£75 hospitality in 2017, exactly £75 below (default)', meal, at2017(), [
    [7499, 'declare', '> <', 'pass pass'],
    [7500, 'declare', '> =', 'pass pass'],
    [7501, 'needs-approval', '> >', 'pass fail'],
  ]);
  table('£75 hospitality in 2017, exactly £75 above', meal, at2017({ hospitalityAt75: 'above' }), [
    [7499, 'declare', '> <', 'pass pass'],
    [7500, 'needs-approval', '> =', 'pass fail'],
    [7501, 'needs-approval', '> >', 'pass fail'],
  ]);
  const approvedMeal = (pence: number) =>
    meal(pence, { seniorApproval: { approvedBy: 'the chief officer', approvedOn: '2017-09-13' } });
  table(
    '£75 hospitality in 2017 with senior approval, exactly £75 above',
    approvedMeal,
    at2017({ hospitalityAt75: 'above' }),
    [
      [7499, 'declare', '> <', 'pass pass'],
      [7500, 'declare', '> =', 'pass pass'],
      [7501, 'declare', '> >', 'pass pass'],
    ],
  );
  const meal2016 = (pence: number) => meal(pence, { offeredOn: IN_2016 });
  table('£25 hospitality in 2016, modest declared (default)', meal2016, at2016(), [
    [2499, 'declare', '<', 'pass'],
    [2500, 'declare', '=', 'pass'],
    [2501, 'decline', '>', 'fail'],
  ]);
  table(
    '£25 hospitality in 2016, modest accepted',
    meal2016,
    at2016({ modestHospitality2016: 'accept' }),
    [
      [2499, 'accept', '<', 'pass'],
      [2500, 'accept', '=', 'pass'],
      [2501, 'decline', '>', 'fail'],
    ],
  );

  it('compares 2017 hospitality with £25 first and £75 second, with both values', () => {
    const result = assessGift(meal(2500), at2017());
    expect(result.reasons.map((reason) => [reason.comparator, reason.values])).toEqual([
      ['=', { valuePence: 2500, thresholdPence: 2500 }],
      ['<', { valuePence: 2500, thresholdPence: 7500 }],
      [undefined, { declaredOn: null }],
    ]);
  });

  it('words exactly £50 on its own and over £50 in total when the earlier gift tips it over', () => {
    const result = assessGift(
      gift(5000),
      at2017({ giftAtThreshold: 'below', history: [earlier('o-0', '2017-08-01', 1)] }),
    );
    expect(result.action).toBe('accept-for-organisation');
    expect(result.reasons.slice(0, 2).map((reason) => reason.message)).toEqual([
      'A gift worth £50.00 from The Okafor family is exactly £50 on its own.',
      'Gifts from The Okafor family to this person in the 12 months from 2016-09-14 to 2017-09-14 total £50.01 (1 earlier gift counted), over £50: treated as one gift over £50, accepted only on behalf of the organisation and declared.',
    ]);
    expect(result.reasons[0]?.remedy).toBeUndefined();
    expect(result.reasons[1]?.remedy).toBe(
      'Accept it for the CCG, not personally, and declare it.',
    );
  });

  // Forcing the before-2016 regime on a later date gives no rule, and the words blame the
  // chosen regime, not the date (rules are in force on 2019-01-01).
  it('gives no rule when the before-2016 regime is forced on a later date, and says why', () => {
    const result = assessGift(meal(3000), { asOf: '2019-01-01', regime: 'before-2016' });
    expect([result.action, result.mustDeclare, result.ruleId, result.regime]).toEqual([
      'needs-approval',
      false,
      'NO-RULE-IN-FORCE',
      'before-2016',
    ]);
    expect(result.reasons.map((reason) => reason.verdict)).toEqual(['unknown']);
    expect(result.reasons[0]?.message).toBe(
      'No gift or hospitality rule in the sources is in force under the before-2016 guidance chosen in options.regime: thresholds begin with the revised statutory guidance of 28 June 2016, and the sources give none for the December 2014 guidance. The library cannot say what to do: a person must decide.',
    );
    expect(result.reasons[0]?.missing).toEqual([
      'a gift and hospitality rule covering this offer under the before-2016 guidance chosen in options.regime',
    ]);
  });

  it('moves the regime change to 1 June 2017 only when asked', () => {
    const regimeOn = (asOf: string, regime2017From?: '2017-06-01' | '2017-06-16') =>
      assessGift(
        gift(2000, { offeredOn: asOf }),
        regime2017From ? { asOf, regime2017From } : { asOf },
      ).regime;
    expect(REGIME_DAYS.map((day) => regimeOn(day))).toEqual([
      'before-2016',
      '2016',
      '2016',
      '2016',
      '2016',
      '2017',
    ]);
    expect(REGIME_DAYS.map((day) => regimeOn(day, '2017-06-01'))).toEqual([
      'before-2016',
      '2016',
      '2016',
      '2017',
      '2017',
      '2017',
    ]);
  });
});

describe('the answer’s parts a reader relies on', () => {
  it('cites only the supplier rule for supplier cash under the 2016 guidance', () => {
    const result = assessGift(cash(500, { source: acme, offeredOn: IN_2016 }), at2016());
    expect(result.reasons.map((reason) => reason.id)).toEqual(['GIFT-SUPPLIER-2016']);
    expect(result.reasons[0]).toMatchObject({
      verdict: 'fail',
      values: { valuePence: 500, sourceKind: 'supplier' },
      remedy: 'Decline it.',
    });
  });

  it('gives no total at all, not an empty one, when no gift total applies', () => {
    for (const result of [
      assessGift(meal(3000), at2017()),
      assessGift(cash(500, { source: acme }), at2017()),
      assessGift(gift(2000, { offeredOn: IN_2016 }), at2016()),
    ]) {
      expect(Object.keys(result)).not.toContain('total');
    }
  });

  it('passes the local rules an empty history when none is given', () => {
    const result = assessGift(gift(2000), at2017({ localRules: [historyCount] }));
    expect(result.findings.map((finding) => finding.evidence)).toEqual([{ historyLength: 0 }]);
  });

  it('records a declaration as a pass of GH-REGISTER, and its absence as unknown', () => {
    const verdict = (subject: Offer) =>
      assessGift(subject, at2017()).reasons.find((reason) => reason.id === 'GH-REGISTER')?.verdict;
    expect(verdict(meal(3000, { declaredOn: '2017-09-20' }))).toBe('pass');
    expect(verdict(meal(3000))).toBe('unknown');
  });

  it('marks a supplier gift that is not promotional as such in its values', () => {
    expect(assessGift(gift(599, { source: acme }), at2017()).reasons[0]?.values).toEqual({
      valuePence: 599,
      thresholdPence: 600,
      promotional: false,
    });
    expect(decisive(gift(599, { source: acme }), at2017())).toEqual(['decline', '-', 'fail']);
  });
});

describe('a history entry that carries the offer’s ID must be the offer', () => {
  it.each([
    ['recipient', { recipientId: 'p-receptionist' }],
    ['date', { offeredOn: '2017-09-13' }],
    ['value', { valuePence: 2001 }],
    ['kind', { kind: 'hospitality' }],
    ['source', { source: patel }],
  ] as const)('refuses an entry with a different %s', (_what, fields) => {
    expect(safeAssessGift(gift(2000), at2017({ history: [gift(2000, fields)] }))).toEqual({
      success: false,
      issues: [
        {
          code: 'invalid_input',
          message:
            'The history has an offer with ID "o-1", the offer being assessed, but with different details: correct one of them.',
          path: ['options', 'history', 0, 'id'],
          expected: 'the same details as the offer being assessed',
          received: 'different details under the same ID',
        },
      ],
    });
  });

  it('accepts the entry when only what happened to it differs, and counts it once', () => {
    const recorded = gift(2000, {
      accepted: true,
      declaredOn: '2017-09-15',
      description: 'Flowers',
    });
    const result = assessGift(gift(2000), at2017({ history: [recorded] }));
    expect(result.total).toEqual({
      totalPence: 2000,
      from: '2016-09-14',
      to: IN_2017,
      offerIds: ['o-1'],
    });
  });
});
