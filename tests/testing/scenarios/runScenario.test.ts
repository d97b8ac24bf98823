import {
  createCommissioningState,
  isCoCommissioningError,
  serializeState,
  transition,
} from 'co-commissioning';
import {
  buildCommittee,
  deepFreeze,
  isDeepFrozen,
  runScenario,
  type Scenario,
  ScenarioSchema,
  safeRunScenario,
  scenarioJsonSchema,
} from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

/** The refused application of seed 004's key point 4, as a small scenario. */
const withoutLmc: Scenario = {
  name: 'An application without LMC consultation is refused',
  given: {
    ccgId: '06H',
    model: 'B',
    since: '2015-04-01',
    ballots: { members: { eligible: 107, yes: 52, no: 31 } },
  },
  when: [
    { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' },
    { type: 'RECORD_BALLOT', on: '2015-10-01', ballot: 'members' },
    { type: 'GOVERNING_BODY_DECISION', on: '2015-10-06', approved: true },
    {
      type: 'SUBMIT_APPLICATION',
      on: '2015-11-06',
      signedBy: ['accountable-officer', 'audit-committee-chair'],
      expect: { refusedBy: ['GUARD-LMC-CONSULTED'], only: true },
      note: 'seed 004 key point 4',
    },
  ],
  // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
  then: { model: 'B', proposal: { target: 'C' }, ballots: { members: { outcome: 'carried' } } },
};

function issuesOf(run: () => unknown): { code: string; message: string; path: unknown }[] {
  try {
    run();
  } catch (error) {
    if (isCoCommissioningError(error))
      return error.issues.map(({ code, message, path }) => ({ code, message, path }));
    throw error;
  }
  throw new Error('did not throw');
}

describe('runScenario', () => {
  describe('when every step and check does what the scenario says', () => {
    it('reports each step passed, with the guards and a message', () => {
      const report = runScenario(withoutLmc);
      expect(report.passed).toBe(true);
      expect(report.scenario).toBe('An application without LMC consultation is refused');
      expect(report.steps.map((step) => step.passed)).toEqual([true, true, true, true]);
      const refused = report.steps[3];
      expect(refused?.expected).toEqual({
        accepted: false,
        refusedBy: ['GUARD-LMC-CONSULTED'],
        only: true,
      });
      expect(refused?.actual).toEqual({
        accepted: false,
        refusedBy: ['GUARD-LMC-CONSULTED'],
        issues: [],
      });
      expect(refused?.note).toBe('seed 004 key point 4');
      expect(
        refused?.guards.find((guard) => guard.id === 'GUARD-LMC-CONSULTED')?.sources,
      ).toHaveLength(2);
      expect(report.steps[0]?.message).toBe('PROPOSE on 2015-07-01 was accepted.');
      expect(report.steps[0]?.note).toBeNull();
      expect(refused?.message).toBe(
        'SUBMIT_APPLICATION on 2015-11-06 was refused, as expected, by GUARD-LMC-CONSULTED: The LMC has not been consulted by 2015-11-06.',
      );
      expect(report.summary).toMatchInlineSnapshot(`
        "Scenario: An application without LMC consultation is refused: PASSED (4 steps, 3 checks)
        pass 1. PROPOSE on 2015-07-01
        pass 2. RECORD_BALLOT on 2015-10-01
        pass 3. GOVERNING_BODY_DECISION on 2015-10-06
        pass 4. SUBMIT_APPLICATION on 2015-11-06
        pass then model
        pass then proposal
        pass then ballot members"
      `);
    });

    it('returns a deeply frozen report and does not mutate the scenario', () => {
      const scenario = deepFreeze(structuredClone(withoutLmc));
      const report = runScenario(scenario);
      expect(isDeepFrozen(report)).toBe(true);
      expect(runScenario(withoutLmc)).toEqual(report);
    });
  });

  describe('when a step does not do what was expected', () => {
    it('reports the step failed, with the expectation that was not met', () => {
      const report = runScenario({
        ...withoutLmc,
        when: [
          ...withoutLmc.when,
          { type: 'GO_LIVE', on: '2016-04-01' },
          { type: 'WITHDRAW_PROPOSAL', on: '2016-04-02', expect: 'refused' },
        ],
      });
      expect(report.passed).toBe(false);
      expect(report.steps[4]?.passed).toBe(false);
      expect(report.steps[4]?.actual.refusedBy).toContain('GUARD-LMC-CONSULTED');
      expect(report.steps[4]?.message.split('\n')[0]).toBe(
        'Expected GO_LIVE on 2016-04-01 to be allowed, but it was refused:',
      );
      expect(report.steps[5]?.message).toBe(
        'Expected WITHDRAW_PROPOSAL on 2016-04-02 to be refused, but it was accepted.\nGuards:\n- pass GUARD-DATES-IN-ORDER: 2016-04-02 is on or after the last recorded date, 2015-10-06.\n- pass GUARD-PROPOSAL-OPEN: A change to Model C (delegated commissioning) is in progress (go-live 2016-04-01).',
      );
      expect(report.summary.split('\n').slice(5, 7)).toEqual([
        'FAIL 5. GO_LIVE on 2016-04-01',
        '    Expected GO_LIVE on 2016-04-01 to be allowed, but it was refused:',
      ]);
    });

    it('reports an event refused before any guard ran', () => {
      const report = runScenario({
        name: 'A malformed committee',
        given: { model: 'B', since: '2015-04-01' },
        when: [
          {
            type: 'PROPOSE',
            on: '2015-07-01',
            target: 'B',
            goLive: '2017-01-01',
            expect: 'refused',
          },
        ],
      });
      expect(report.passed).toBe(true);
      expect(report.steps[0]?.message).toBe(
        'PROPOSE on 2015-07-01 was refused, as expected, by GUARD-TARGET-DIFFERS: The CCG is already in Model B (joint commissioning).',
      );
    });
  });

  describe('when the library cannot evaluate a step', () => {
    it('reports the step refused with the library’s issue, and goes on', () => {
      const committee = buildCommittee();
      const twice = {
        ...committee,
        members: [...committee.members, ...committee.members.slice(0, 1)],
      };
      const report = runScenario({
        name: 'A committee that lists a person twice',
        given: { model: 'B', since: '2015-04-01' },
        when: [
          { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' },
          { type: 'ESTABLISH_COMMITTEE', on: '2015-08-01', committee: twice, expect: 'refused' },
          { type: 'ESTABLISH_COMMITTEE', on: '2015-08-02', committee },
        ],
      });
      expect(report.passed, report.summary).toBe(true);
      expect(report.steps[1]?.actual).toEqual({
        accepted: false,
        refusedBy: [],
        issues: ['duplicate_id'],
      });
      expect(report.steps[1]?.message).toMatchInlineSnapshot(
        `"ESTABLISH_COMMITTEE on 2015-08-01 was refused, as expected: Person "p-hughes" appears more than once in the committee's member list: list each once."`,
      );
    });
  });

  describe('when a figure of then is written without a value', () => {
    it('does not expect it, as JSON, which has no undefined, would not', () => {
      const report = runScenario({
        ...withoutLmc,
        // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
        then: { ballots: { members: { outcome: undefined, yes: 52 } } },
      });
      expect(report.passed).toBe(true);
      expect(report.checks.map((check) => check.message)).toEqual([
        'Ballot members was carried: 52 yes, 31 no, 83 of 107 returned, as expected.',
      ]);
    });
  });

  describe('when a check of then does not hold', () => {
    it('reports each with the expected and actual values', () => {
      const report = runScenario({
        ...withoutLmc,
        given: {
          ...withoutLmc.given,
          committees: { gp: buildCommittee({ chair: 'ccg-gp' }), ok: buildCommittee() },
        },
        // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
        then: {
          model: 'C',
          since: '2015-04-02',
          historyLength: 9,
          proposal: null,
          ballots: { members: { outcome: 'not-carried', yes: 52 } },
          committees: {
            gp: { asOf: '2017-06-01', compliant: true, breaches: [], findings: [] },
            ok: { asOf: '2017-06-01', compliant: true, breaches: [], findings: [] },
          },
        },
      });
      expect(report.passed).toBe(false);
      expect(
        report.checks.map((check) => [check.subject, check.passed, check.message]),
      ).toMatchInlineSnapshot(`
        [
          [
            "model",
            false,
            "The model should be C, but is B.",
          ],
          [
            "since",
            false,
            "The model's start date should be 2015-04-02, but is 2015-04-01.",
          ],
          [
            "historyLength",
            false,
            "The number of accepted events should be 9, but is 3.",
          ],
          [
            "proposal",
            false,
            "The proposal should be no change in progress, but is a change to C going live on 2016-04-01.",
          ],
          [
            "ballot members",
            false,
            "Ballot members should have outcome not-carried, but was carried: 52 yes, 31 no, 83 of 107 returned.",
          ],
          [
            "committee gp",
            false,
            "Committee gp on 2017-06-01: it should be compliant; it should breach exactly none, but breaches COI-PCCC-LAY-CHAIR; its findings should be exactly none, but are COI-PCCC-LAY-CHAIR, COI-PCCC-LAY-MAJORITY, COI-PCCC-CCG-GP-NO-VOTE.
        - breach COI-PCCC-LAY-CHAIR: The chair, Dr B Okafor, is a CCG GP, not a lay member.
          About: Dr B Okafor (p-okafor)
          Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Model C: Delegated commissioning, Governance
          Remedy: Appoint a lay member as chair, such as the vice-chair, Mr T Bell.
        - advice COI-PCCC-LAY-MAJORITY: Lay members hold 3 of the 6 votes (50.0%): not more than half. Seed 004 reads the PCCC rule as a lay majority; DOMAIN rule 18 and seed 002 ask only for a lay and executive majority.
          About: the committee (pccc)
          Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Model C: Delegated commissioning, Governance
          Remedy: Give a vote to 1 more lay member, or take the vote from 1 member who is not a lay member.
        - advice COI-PCCC-CCG-GP-NO-VOTE: Dr B Okafor, a CCG GP, has a vote; NHS England's conflicts guidance recommends that the CCG's own GPs have no vote on the PCCC.
          About: Dr B Okafor (p-okafor)
          Source: BMA General Practitioners Committee, 2016-11 (004_e95f1a032380c329.txt), Model C: Delegated commissioning, Governance
          Remedy: Make Dr B Okafor a non-voting member, and keep clinical input through voting GPs from other CCG areas, the secondary care doctor or the nurse.",
          ],
          [
            "committee ok",
            true,
            "Committee ok on 2017-06-01 is compliant, with no finding, as expected.",
          ],
        ]
      `);
      expect(report.checks[3]).toMatchObject({
        expected: null,
        actual: { kind: 'change', target: 'C', goLive: '2016-04-01' },
      });
      expect(report.checks[4]?.ballotResult?.ballotId).toBe('ballot');
      expect(report.checks[5]?.committeeCheck?.compliant).toBe(false);
    });

    it('describes a proposal expected but missing, and each part of one', () => {
      const report = runScenario({
        name: 'No proposal',
        given: { model: 'A', since: '2015-04-01' },
        when: [],
        // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
        then: { proposal: { kind: 'exit', target: 'none', goLive: '2016-04-01' } },
      });
      expect(report.checks[0]?.message).toBe(
        'The proposal should be an exit to none going live on 2016-04-01, but is no change in progress.',
      );
      const empty = runScenario({
        name: 'Any proposal',
        given: { model: 'A', since: '2015-04-01' },
        when: [{ type: 'PROPOSE', on: '2015-07-01', target: 'B', goLive: '2017-01-01' }],
        // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
        then: { proposal: {} },
      });
      expect(empty.checks[0]?.message).toBe(
        'The proposal is a change to B going live on 2017-01-01, as expected.',
      );
    });
  });

  describe('when a ballot is given in full or inline', () => {
    it('counts it, and a RECORD_BALLOT may carry it directly', () => {
      const report = runScenario({
        name: 'Ballots',
        given: {
          model: 'B',
          since: '2015-04-01',
          ballots: {
            full: {
              ballot: {
                id: 'full',
                question: 'Apply?',
                opens: '2015-09-01',
                closes: '2015-09-30',
                electorate: [{ memberId: 'A' }, { memberId: 'B' }, { memberId: 'C' }],
                rules: {
                  weighting: { kind: 'per-member' },
                  threshold: {
                    ratio: { numerator: 1, denominator: 2 },
                    comparator: '>',
                    base: 'yes-no',
                  },
                  tie: 'not-carried',
                },
              },
              votes: [
                { memberId: 'A', choice: 'yes', castOn: '2015-09-02' },
                { memberId: 'B', choice: 'no', castOn: '2015-09-03' },
              ],
            },
            quorate: {
              eligible: 4,
              yes: 2,
              rules: { quorum: { turnout: { numerator: 3, denominator: 4 }, comparator: '>=' } },
            },
          },
        },
        when: [
          { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' },
          {
            type: 'RECORD_BALLOT',
            on: '2015-10-01',
            ballot: { id: 'inline', eligible: 10, yes: 6, no: 4 },
          },
        ],
        // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
        then: {
          historyLength: 2,
          ballots: {
            full: { outcome: 'not-carried', yes: 1, no: 1, cast: 2 },
            quorate: { outcome: 'inquorate' },
          },
        },
      });
      expect(report.passed, report.summary).toBe(true);
      expect(report.finalState.proposal?.milestones[0]?.evidence['ballotId']).toBe('inline');
    });
  });

  describe('when it starts from a stored state', () => {
    it('loads the state, then runs the steps', () => {
      const start = createCommissioningState({ ccgId: '06H', status: 'B', since: '2015-04-01' });
      const proposed = transition(start, {
        type: 'PROPOSE',
        on: '2015-07-01',
        target: 'C',
        goLive: '2016-04-01',
      });
      const report = runScenario({
        name: 'From storage',
        given: { state: JSON.parse(serializeState(proposed.state)) },
        when: [{ type: 'CONSULT_LMC', on: '2015-07-31' }],
        // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
        then: { historyLength: 2, model: 'B' },
      });
      expect(report.passed, report.summary).toBe(true);
      expect(report.finalState.ccgId).toBe('06H');
    });
  });

  describe('when given options', () => {
    it('passes them to every transition and committee check', () => {
      const report = runScenario({
        name: 'A GP-chaired committee, with the lay-chair rule turned off locally',
        given: {
          model: 'B',
          since: '2015-04-01',
          committees: { gp: buildCommittee({ chair: 'ccg-gp' }) },
          options: {
            committeeRules: { overrides: { 'COI-PCCC-LAY-CHAIR': { enabled: false } } },
            guards: { 'GUARD-DUE-DILIGENCE': { enabled: false } },
            calendar: [
              {
                model: 'C',
                goLive: '2018-04-01',
                closes: '2017-12-08',
                sources: [{ document: 'NHS England letter' }],
              },
            ],
          },
        },
        when: [
          { type: 'PROPOSE', on: '2017-07-01', target: 'C', goLive: '2018-04-01' },
          { type: 'ESTABLISH_COMMITTEE', on: '2017-08-01', committee: 'gp' },
          {
            type: 'SUBMIT_APPLICATION',
            on: '2017-12-09',
            signedBy: ['accountable-officer', 'audit-committee-chair'],
            expect: { refusedBy: ['GUARD-APPLICATION-DEADLINE'] },
          },
        ],
        // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
        then: { committees: { gp: { asOf: '2017-08-01', compliant: true } } },
      });
      expect(report.passed, report.summary).toBe(true);
    });
  });

  describe('when the scenario is malformed', () => {
    it('throws invalid_input with every issue and its path', () => {
      expect(
        issuesOf(() => runScenario({ name: '', given: { model: 'B' }, when: 'none' })),
      ).toMatchInlineSnapshot(`
        [
          {
            "code": "invalid_input",
            "message": "Give the scenario a name: it cannot be empty. (at name)",
            "path": [
              "name",
            ],
          },
          {
            "code": "invalid_input",
            "message": "Give the starting point: model and since (such as "model": "B", "since": "2015-04-01"), or a stored state. (at given.since)",
            "path": [
              "given",
              "since",
            ],
          },
          {
            "code": "invalid_input",
            "message": "List the steps, in order. (at when)",
            "path": [
              "when",
            ],
          },
        ]
      `);
      expect(
        issuesOf(() =>
          runScenario({
            name: 'x',
            given: { model: 'B', since: '2015-04-01' },
            when: [],
            steps: [],
          }),
        ),
      ).toMatchInlineSnapshot(`
        [
          {
            "code": "invalid_input",
            "message": "Remove the field "steps": not part of this record.",
            "path": [],
          },
        ]
      `);
      expect(issuesOf(() => runScenario(null))).toMatchInlineSnapshot(`
        [
          {
            "code": "invalid_input",
            "message": "Give the scenario as a JSON object with a name, given and when.",
            "path": [],
          },
        ]
      `);
      expect(
        issuesOf(() =>
          runScenario({
            name: 'x',
            given: { model: 'B', since: '2015-04-01', state: {} },
            when: [{ type: 'HOLD_MEETING', on: '2015-01-01' }],
          }),
        ),
      ).toMatchInlineSnapshot(`
        [
          {
            "code": "invalid_input",
            "message": "Give either state, or model and since, not both. (at given.state)",
            "path": [
              "given",
              "state",
            ],
          },
          {
            "code": "invalid_input",
            "message": "Give each step a type, one of: PROPOSE, CONSULT_LMC, RECORD_BALLOT, GOVERNING_BODY_DECISION, AMEND_CONSTITUTION, SUBMIT_APPLICATION, NHSE_DECISION, COMPLETE_DUE_DILIGENCE, ESTABLISH_COMMITTEE, SIGN_AGREEMENT, GO_LIVE, WITHDRAW_PROPOSAL, GIVE_NOTICE. (at when.0.type)",
            "path": [
              "when",
              0,
              "type",
            ],
          },
        ]
      `);
    });

    it('throws invalid_input for a ballot or committee that is not in given', () => {
      expect(
        issuesOf(() =>
          runScenario({
            name: 'x',
            given: { model: 'B', since: '2015-04-01' },
            when: [{ type: 'RECORD_BALLOT', on: '2015-10-01', ballot: 'missing' }],
          }),
        ),
      ).toMatchInlineSnapshot(`
        [
          {
            "code": "invalid_input",
            "message": "No ballot named "missing" in given.ballots: name one of them, or give the ballot itself.",
            "path": [
              "when",
              0,
              "ballot",
            ],
          },
        ]
      `);
      expect(
        issuesOf(() =>
          runScenario({
            name: 'x',
            given: { model: 'B', since: '2015-04-01' },
            when: [{ type: 'ESTABLISH_COMMITTEE', on: '2015-10-01', committee: 'pccc' }],
          }),
        )[0]?.path,
      ).toEqual(['when', 0, 'committee']);
      expect(
        issuesOf(() =>
          runScenario({
            name: 'x',
            given: { model: 'B', since: '2015-04-01' },
            when: [],
            // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
            then: { ballots: { nope: { outcome: 'carried' } } },
          }),
        )[0]?.path,
      ).toEqual(['then', 'ballots', 'nope']);
      expect(
        issuesOf(() =>
          runScenario({
            name: 'x',
            given: { model: 'B', since: '2015-04-01' },
            when: [],
            // biome-ignore lint/suspicious/noThenProperty: a scenario's then is data (given/when/then), never a function.
            then: { committees: { nope: { asOf: '2017-06-01' } } },
          }),
        )[0]?.path,
      ).toEqual(['then', 'committees', 'nope']);
    });

    it('throws the library’s issues, under the path of the ballot or state that caused them', () => {
      expect(
        issuesOf(() =>
          runScenario({
            name: 'x',
            given: {
              model: 'B',
              since: '2015-04-01',
              ballots: { big: { eligible: 2, yes: 3 } },
            },
            when: [],
          }),
        ),
      ).toMatchInlineSnapshot(`
        [
          {
            "code": "invalid_input",
            "message": "3 votes were asked for, but the electorate has only 2 members: raise eligible or give fewer votes.",
            "path": [
              "given",
              "ballots",
              "big",
              "eligible",
            ],
          },
        ]
      `);
      expect(
        issuesOf(() =>
          runScenario({ name: 'x', given: { state: { schemaVersion: 99 } }, when: [] }),
        )[0],
      ).toMatchObject({ path: ['given', 'state', 'schemaVersion'] });
    });
  });
});

describe('safeRunScenario', () => {
  it('returns the report, or the issues, never a throw', () => {
    const ran = safeRunScenario(withoutLmc);
    expect(ran.success && ran.data.passed).toBe(true);
    const refused = safeRunScenario({ name: 'No start', given: {}, when: [] });
    expect(refused).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "invalid_input",
            "expected": "custom",
            "message": "Give the starting point: model and since (such as "model": "B", "since": "2015-04-01"), or a stored state. (at given.model)",
            "path": [
              "given",
              "model",
            ],
            "received": "nothing (undefined)",
          },
        ],
        "success": false,
      }
    `);
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('unreadable');
        },
        ownKeys: () => {
          throw new Error('unreadable');
        },
      },
    );
    expect(safeRunScenario(hostile)).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "invalid_input",
            "expected": "plain data of the documented shape",
            "message": "runScenario could not read its input: give plain data of the documented shape.",
            "path": [],
            "received": "a value that raised an error while being read",
          },
        ],
        "success": false,
      }
    `);
  });
});

describe('ScenarioSchema', () => {
  it('accepts the example scenario and refuses a step of an unknown type', () => {
    expect(ScenarioSchema.safeParse(withoutLmc).success).toBe(true);
    const result = ScenarioSchema.safeParse({
      ...withoutLmc,
      when: [{ type: 'HOLD_MEETING', on: '2015-07-01' }],
    });
    expect(result.error?.issues.map((issue) => issue.message)).toMatchInlineSnapshot(`
      [
        "Give each step a type, one of: PROPOSE, CONSULT_LMC, RECORD_BALLOT, GOVERNING_BODY_DECISION, AMEND_CONSTITUTION, SUBMIT_APPLICATION, NHSE_DECISION, COMPLETE_DUE_DILIGENCE, ESTABLISH_COMMITTEE, SIGN_AGREEMENT, GO_LIVE, WITHDRAW_PROPOSAL, GIVE_NOTICE.",
      ]
    `);
  });
});

describe('scenarioJsonSchema', () => {
  it('returns the same deeply frozen JSON Schema each time, with its ID and title', () => {
    const schema = scenarioJsonSchema();
    expect(isDeepFrozen(schema)).toBe(true);
    expect(scenarioJsonSchema()).toEqual(schema);
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'co-commissioning/testing/scenario.schema.json',
      title: 'co-commissioning policy scenario',
      type: 'object',
      required: ['name', 'given', 'when'],
    });
  });
});
