import {
  ApplicationWaveSchema,
  BallotRulesSchema,
  BallotSchema,
  CitationSchema,
  CommissioningStatusSchema,
  CommitteeKindSchema,
  CommitteeSchema,
  EVENT_TYPES,
  IsoDateSchema,
  type Signatory,
  VoteSchema,
} from 'co-commissioning';
import * as z from 'zod';

const text = (what: string) =>
  z
    .string({ error: `Give ${what} as text.` })
    .min(1, { error: `Give ${what}: it cannot be empty.` });

const count = (what: string) =>
  z
    .number({ error: `Give ${what} as a whole number.` })
    .int({ error: `Give ${what} as a whole number.` })
    .min(0, { error: `Give ${what} as a whole number, zero or more.` });

const SeveritySchema = z.enum(['breach', 'warning', 'advice'], {
  error: 'Give the severity as breach, warning or advice.',
});

const OutcomeSchema = z.enum(['carried', 'not-carried', 'tied', 'inquorate'], {
  error: 'Give the ballot outcome as carried, not-carried, tied or inquorate.',
});

const SIGNATORIES = [
  'accountable-officer',
  'audit-committee-chair',
  'chief-finance-officer',
  'governing-body-chair',
  'nhs-england-director-of-commissioning-operations',
] as const satisfies readonly Signatory[];

/** A ballot given in full: the ballot and every returned vote. */
const FullBallotSchema = z
  .object({
    ballot: BallotSchema,
    votes: z.array(VoteSchema, { error: 'List the votes (an empty list if none).' }),
  })
  .strict()
  .describe('A ballot in full: the ballot (question, window, electorate, rules) and its votes.');

/** A ballot given by its figures, built as buildBallot builds it. */
const BallotFiguresSchema = z
  .object({
    id: text('the ballot ID').optional(),
    question: text('the question').optional(),
    eligible: count('the number of eligible members').optional(),
    yes: count('the number of yes votes').optional(),
    no: count('the number of no votes').optional(),
    abstain: count('the number of abstentions').optional(),
    spoilt: count('the number of spoilt ballots').optional(),
    opens: IsoDateSchema.optional(),
    closes: IsoDateSchema.optional(),
    castOn: IsoDateSchema.optional(),
    rules: BallotRulesSchema.partial().optional(),
    constituency: text('the constituency').optional(),
    conductedBy: text('who conducted the ballot').optional(),
    castingVote: z
      .enum(['yes', 'no'], { error: "Give the chair's casting vote as yes or no." })
      .optional(),
  })
  .strict()
  .describe(
    'A ballot by its figures: eligible members and yes, no, abstain and spoilt votes (with none given: 107 eligible, 52 yes, 31 no, as Cambridgeshire & Peterborough in September 2015), voting from opens to closes (default 2015-09-01 to 2015-09-30), one vote per member and more than half of the yes and no votes to carry unless rules say otherwise.',
  );

/**
 * The zod schema of a {@link ScenarioBallot}: a ballot in full, or by its figures.
 *
 * @example
 * ```ts
 * import { ScenarioBallotSchema } from 'co-commissioning/testing';
 *
 * ScenarioBallotSchema.safeParse({ eligible: 107, yes: 52, no: 31 }).success; //=> true
 * ScenarioBallotSchema.safeParse({ eligible: -1 }).success; //=> false
 * ```
 * @category Testing
 */
export const ScenarioBallotSchema = z.union([FullBallotSchema, BallotFiguresSchema], {
  error:
    'Give a ballot as { ballot, votes } or by its figures, such as { eligible: 107, yes: 52, no: 31 }.',
});

const ExpectationSchema = z
  .union(
    [
      z.enum(['accepted', 'refused'], {
        error: 'Give the expectation as "accepted" or "refused".',
      }),
      z
        .object({
          refusedBy: z
            .array(
              text('a guard ID').regex(/\S/, { error: 'Give a guard ID: it cannot be blank.' }),
              { error: 'List the guard IDs that must refuse the step.' },
            )
            .min(1, { error: 'Name at least one guard, or write "refused".' }),
          only: z
            .boolean({ error: 'Say whether no other guard may refuse the step (true or false).' })
            .optional(),
        })
        .strict(),
    ],
    {
      error: 'Give the expectation as "accepted", "refused", or { "refusedBy": ["GUARD-..."] }.',
    },
  )
  .describe(
    'What should happen to the step: "accepted" (the default), "refused", or { "refusedBy": [guard IDs], "only": true|false }.',
  );

const stepFields = {
  on: IsoDateSchema.describe('The day of the event, written YYYY-MM-DD.'),
  expect: ExpectationSchema.optional(),
  note: z
    .string({ error: 'Give the note as text.' })
    .optional()
    .describe('Words for the reader, such as the source of the step ("seed 002 §3.7").'),
};

const flag = (what: string) => z.boolean({ error: `Say whether ${what} (true or false).` });

/**
 * The zod schema of a {@link ScenarioStep}: an event of one of the thirteen types, with what
 * should happen to it.
 *
 * @example
 * ```ts
 * import { ScenarioStepSchema } from 'co-commissioning/testing';
 *
 * ScenarioStepSchema.safeParse({ type: 'CONSULT_LMC', on: '2015-07-31', expect: 'accepted' }).success; //=> true
 * ScenarioStepSchema.safeParse({ type: 'HOLD_MEETING', on: '2015-07-31' }).success; //=> false
 * ```
 * @category Testing
 */
export const ScenarioStepSchema = z.discriminatedUnion(
  'type',
  [
    z
      .object({
        type: z.literal('PROPOSE'),
        ...stepFields,
        target: CommissioningStatusSchema,
        goLive: IsoDateSchema,
      })
      .strict(),
    z.object({ type: z.literal('CONSULT_LMC'), ...stepFields }).strict(),
    z
      .object({
        type: z.literal('RECORD_BALLOT'),
        ...stepFields,
        ballot: z
          .union([text('the name of a ballot in given.ballots'), ScenarioBallotSchema], {
            error: 'Give the ballot as the name of one in given.ballots, or the ballot itself.',
          })
          .describe(
            'The name of a ballot in given.ballots, or a ballot; it is counted with tallyBallot.',
          ),
      })
      .strict(),
    z
      .object({
        type: z.literal('GOVERNING_BODY_DECISION'),
        ...stepFields,
        approved: flag('the governing body approved'),
      })
      .strict(),
    z
      .object({
        type: z.literal('AMEND_CONSTITUTION'),
        ...stepFields,
        approvedByMembers: flag('the member practices approved').optional(),
        approvedByNhsEngland: flag('NHS England approved').optional(),
      })
      .strict(),
    z
      .object({
        type: z.literal('SUBMIT_APPLICATION'),
        ...stepFields,
        signedBy: z.array(
          z.enum(SIGNATORIES, {
            error: `Give each signatory as one of: ${SIGNATORIES.join(', ')}.`,
          }),
          { error: 'List who signed the application.' },
        ),
      })
      .strict(),
    z
      .object({
        type: z.literal('NHSE_DECISION'),
        ...stepFields,
        approved: flag('NHS England approved'),
      })
      .strict(),
    z.object({ type: z.literal('COMPLETE_DUE_DILIGENCE'), ...stepFields }).strict(),
    z
      .object({
        type: z.literal('ESTABLISH_COMMITTEE'),
        ...stepFields,
        committee: z
          .union([text('the name of a committee in given.committees'), CommitteeSchema], {
            error:
              'Give the committee as the name of one in given.committees, or the committee itself.',
          })
          .describe('The name of a committee in given.committees, or a committee.'),
      })
      .strict(),
    z.object({ type: z.literal('SIGN_AGREEMENT'), ...stepFields }).strict(),
    z.object({ type: z.literal('GO_LIVE'), ...stepFields }).strict(),
    z.object({ type: z.literal('WITHDRAW_PROPOSAL'), ...stepFields }).strict(),
    z
      .object({ type: z.literal('GIVE_NOTICE'), ...stepFields, target: CommissioningStatusSchema })
      .strict(),
  ],
  { error: `Give each step a type, one of: ${EVENT_TYPES.join(', ')}.` },
);

const RuleOverrideSchema = z
  .object({
    enabled: flag('the rule is applied').optional(),
    severity: SeveritySchema.optional(),
  })
  .strict();

const ScenarioOptionsSchema = z
  .object({
    calendar: z
      .array(ApplicationWaveSchema, { error: 'List the application waves.' })
      .optional()
      .describe('Application waves that replace or add to APPLICATION_CALENDAR.'),
    guards: z
      .record(text('a guard ID'), z.object({ enabled: flag('the guard is applied') }).strict(), {
        error:
          'Give guards as an object keyed by guard ID, such as { "GUARD-DUE-DILIGENCE": { "enabled": false } }.',
      })
      .optional()
      .describe('Switchable guards to turn off, by guard ID.'),
    committeeRules: z
      .object({
        overrides: z
          .record(text('a rule ID'), RuleOverrideSchema, {
            error: 'Give overrides as an object keyed by rule ID.',
          })
          .optional(),
        appliesTo: z
          .record(text('a rule ID'), z.array(CommitteeKindSchema), {
            error: 'Give appliesTo as an object keyed by rule ID.',
          })
          .optional(),
        nhsEnglandCountsAsExecutive: flag('NHS England members count as executive').optional(),
      })
      .strict()
      .optional()
      .describe('Options for checking committees, in steps and in then.committees.'),
  })
  .strict();

const GivenSchema = z
  .object({
    ccgId: text('the CCG ID').optional().describe('The CCG (default "CCG").'),
    model: CommissioningStatusSchema.optional().describe(
      'The model the CCG is in at the start: none, A, B or C. Give it with since, or give state.',
    ),
    since: IsoDateSchema.optional().describe('The day that model began.'),
    state: z
      .unknown()
      .optional()
      .describe(
        'A stored commissioning state (from serializeState) to start from, instead of model and since.',
      ),
    ballots: z
      .record(text('a ballot name'), ScenarioBallotSchema, {
        error: 'Give ballots as an object keyed by a name you choose.',
      })
      .optional()
      .describe('Ballots by name, for RECORD_BALLOT steps and then.ballots.'),
    committees: z
      .record(text('a committee name'), CommitteeSchema, {
        error: 'Give committees as an object keyed by a name you choose.',
      })
      .optional()
      .describe('Committees by name, for ESTABLISH_COMMITTEE steps and then.committees.'),
    options: ScenarioOptionsSchema.optional(),
  })
  .strict()
  .superRefine((given, context) => {
    const fromModel = given.model !== undefined || given.since !== undefined;
    if (given.state !== undefined && fromModel) {
      context.addIssue({
        code: 'custom',
        message: 'Give either state, or model and since, not both.',
        path: ['state'],
        input: given.state,
      });
    } else if (
      given.state === undefined &&
      (given.model === undefined || given.since === undefined)
    ) {
      context.addIssue({
        code: 'custom',
        message:
          'Give the starting point: model and since (such as "model": "B", "since": "2015-04-01"), or a stored state.',
        path: [given.model === undefined ? 'model' : 'since'],
        input: given.model === undefined ? given.model : given.since,
      });
    }
  });

const ThenSchema = z
  .object({
    model: CommissioningStatusSchema.optional().describe('The model at the end.'),
    since: IsoDateSchema.optional().describe('The day the final model began.'),
    proposal: z
      .union([
        z.null(),
        z
          .object({
            kind: z
              .enum(['change', 'exit'], { error: 'Give the kind as change or exit.' })
              .optional(),
            target: CommissioningStatusSchema.optional(),
            goLive: IsoDateSchema.optional(),
          })
          .strict(),
      ])
      .optional()
      .describe('The change in progress at the end: null for none, or what it should be.'),
    historyLength: count('the number of accepted events').optional(),
    ballots: z
      .record(
        text('a ballot name'),
        z
          .object({
            outcome: OutcomeSchema.optional(),
            yes: count('the yes votes counted').optional(),
            no: count('the no votes counted').optional(),
            cast: count('the ballots counted').optional(),
          })
          .strict(),
        { error: 'Give the expected ballot results as an object keyed by ballot name.' },
      )
      .optional()
      .describe('Expected results of ballots in given.ballots.'),
    committees: z
      .record(
        text('a committee name'),
        z
          .object({
            asOf: IsoDateSchema.describe('The date whose rules apply.'),
            compliant: flag('the committee is compliant').optional(),
            breaches: z
              .array(text('a rule ID'))
              .optional()
              .describe('Exactly the rules breached (an empty list for none).'),
            findings: z
              .array(text('a rule ID'))
              .optional()
              .describe('Exactly the rules with any finding, of any severity.'),
          })
          .strict(),
        { error: 'Give the expected committee checks as an object keyed by committee name.' },
      )
      .optional()
      .describe('Expected checks of committees in given.committees.'),
  })
  .strict();

/**
 * The zod schema of a {@link Scenario}: a policy case written as JSON, with a given starting
 * point and data, the events that happen, and what should come of them. Its JSON Schema is
 * {@link scenarioJsonSchema}.
 *
 * @example
 * ```ts
 * import { ScenarioSchema } from 'co-commissioning/testing';
 *
 * ScenarioSchema.safeParse({
 *   name: 'Joint to delegated',
 *   given: { model: 'B', since: '2015-04-01' },
 *   when: [{ type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' }],
 * }).success;
 * //=> true
 * ```
 * @category Testing
 */
export const ScenarioSchema = z
  .object(
    {
      $schema: z.string().optional().describe('The JSON Schema of this file, for editors.'),
      name: text('the scenario a name').describe('What the scenario shows, in a few words.'),
      description: z.string({ error: 'Give the description as text.' }).optional(),
      sources: z
        .array(CitationSchema, { error: 'List the sources as citations.' })
        .optional()
        .describe(
          'Where the scenario comes from, such as { "document": "002_4254f9e60152174f.txt", "section": "§3.7" }.',
        ),
      given: GivenSchema.describe('The starting point and the data the steps refer to.'),
      when: z
        .array(ScenarioStepSchema, { error: 'List the steps, in order.' })
        .describe('The events, in the order they happen, each with what should happen to it.'),
      // biome-ignore lint/suspicious/noThenProperty: the format is given/when/then, and JSON data never holds a function, so a scenario is never a thenable.
      then: ThenSchema.optional().describe('What should be true at the end.'),
    },
    { error: 'Give the scenario as a JSON object with a name, given and when.' },
  )
  .strict();

/**
 * A policy case as data, checked by {@link ScenarioSchema} and run by {@link runScenario}:
 *
 * - `given`: where the CCG starts (`model` and `since`, or a stored `state`), named `ballots`
 *   (in full, or by their figures) and `committees`, and `options` (an application calendar,
 *   guards turned off, committee rule overrides).
 * - `when`: the steps, each an event (`type`, `on` and the event's fields; a `RECORD_BALLOT`
 *   names a ballot, an `ESTABLISH_COMMITTEE` names a committee) with what should happen to it,
 *   `expect`: `"accepted"` (the default), `"refused"`, or `{ "refusedBy": [...] }`.
 * - `then`: the model and its start date at the end, the proposal in progress, the number of
 *   accepted events, ballots' outcomes, and committees' checks.
 *
 * @example
 * ```ts
 * import type { Scenario } from 'co-commissioning/testing';
 *
 * const scenario: Scenario = {
 *   name: 'A CCG cannot go live without a proposal',
 *   given: { model: 'B', since: '2015-04-01' },
 *   when: [{ type: 'GO_LIVE', on: '2016-04-01', expect: { refusedBy: ['GUARD-PROPOSAL-OPEN'] } }],
 *   then: { model: 'B' },
 * };
 * ```
 * @category Testing
 */
export type Scenario = z.input<typeof ScenarioSchema>;

/**
 * One step of a {@link Scenario}.
 *
 * @example
 * ```ts
 * import type { ScenarioStep } from 'co-commissioning/testing';
 *
 * const step: ScenarioStep = { type: 'CONSULT_LMC', on: '2015-07-31', note: 'seed 002 §3.5' };
 * ```
 * @category Testing
 */
export type ScenarioStep = z.input<typeof ScenarioStepSchema>;

/**
 * A ballot in a {@link Scenario}: in full (`{ ballot, votes }`), or by its figures as
 * `buildBallot` takes them (`{ eligible: 107, yes: 52, no: 31 }`).
 *
 * @example
 * ```ts
 * import type { ScenarioBallot } from 'co-commissioning/testing';
 *
 * const cambridgeshire: ScenarioBallot = { id: 'cp-2015', eligible: 107, yes: 52, no: 31 };
 * ```
 * @category Testing
 */
export type ScenarioBallot = z.input<typeof ScenarioBallotSchema>;
