// The same committee rules in json-rules-engine, as a developer would write them: the committee
// as a runtime fact, one dynamic fact that counts the members (cached per run), and one rule per
// check whose conditions state compliance. Rules that apply to PCCCs only pass for other kinds.

import type { Committee } from 'co-commissioning';
import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';

type NestedCondition = Extract<TopLevelCondition, { all: unknown }>['all'][number];

interface Tally {
  chairFound: boolean;
  chairRole: string | null;
  viceChairOk: boolean;
  voting: number;
  layDoubled: number;
  layExecutiveDoubled: number;
  votingObservers: number;
  votingCcgGps: number;
  lmc: number;
}

function tally(committee: Committee): Tally {
  let chairRole: string | null = null;
  let viceChairFound = false;
  let voting = 0;
  let lay = 0;
  let executive = 0;
  let nhsEngland = 0;
  let observers = 0;
  let ccgGps = 0;
  let lmc = 0;
  for (const member of committee.members) {
    if (member.personId === committee.chairId) chairRole = member.role;
    if (member.personId === committee.viceChairId) viceChairFound = true;
    if (member.role === 'lmc') lmc += 1;
    if (!member.voting) continue;
    voting += 1;
    if (member.role === 'lay') lay += 1;
    else if (member.role === 'executive') executive += 1;
    else if (member.role === 'nhs-england') nhsEngland += 1;
    else if (member.role === 'ccg-gp') ccgGps += 1;
    else if (
      member.role === 'healthwatch' ||
      member.role === 'health-and-wellbeing-board' ||
      member.role === 'local-authority'
    )
      observers += 1;
  }
  const nhs = committee.kind === 'joint-committee' ? nhsEngland : 0;
  return {
    chairFound: chairRole !== null,
    chairRole,
    viceChairOk: committee.viceChairId === undefined || viceChairFound,
    voting,
    layDoubled: 2 * lay,
    layExecutiveDoubled: 2 * (lay + executive + nhs),
    votingObservers: observers,
    votingCcgGps: ccgGps,
    lmc,
  };
}

const notPccc: NestedCondition = {
  fact: 'committee',
  path: '$.kind',
  operator: 'notEqual',
  value: 'pccc',
};
const pcccOnly = (condition: NestedCondition): NestedCondition => ({
  any: [notPccc, condition],
});
const fromTally = (path: string, operator: string, value: unknown): NestedCondition => ({
  fact: 'tally',
  path,
  operator,
  value,
});
const votes = { fact: 'tally', path: '$.voting' };

const RULES: RuleProperties[] = [
  {
    name: 'COI-PCCC-CHAIR-IS-MEMBER',
    conditions: {
      all: [fromTally('$.chairFound', 'equal', true), fromTally('$.viceChairOk', 'equal', true)],
    },
    event: { type: 'COI-PCCC-CHAIR-IS-MEMBER', params: { severity: 'warning' } },
  },
  {
    name: 'COI-PCCC-LAY-CHAIR',
    conditions: { all: [fromTally('$.chairRole', 'equal', 'lay')] },
    event: { type: 'COI-PCCC-LAY-CHAIR', params: { severity: 'breach' } },
  },
  {
    name: 'COI-PCCC-LAY-EXEC-MAJORITY',
    conditions: { all: [fromTally('$.layExecutiveDoubled', 'greaterThan', votes)] },
    event: { type: 'COI-PCCC-LAY-EXEC-MAJORITY', params: { severity: 'breach' } },
  },
  {
    name: 'COI-PCCC-LAY-MAJORITY',
    conditions: { all: [pcccOnly(fromTally('$.layDoubled', 'greaterThan', votes))] },
    event: { type: 'COI-PCCC-LAY-MAJORITY', params: { severity: 'advice' } },
  },
  {
    name: 'COI-PCCC-OBSERVERS',
    conditions: { all: [fromTally('$.votingObservers', 'equal', 0)] },
    event: { type: 'COI-PCCC-OBSERVERS', params: { severity: 'breach' } },
  },
  {
    name: 'COI-PCCC-CCG-GP-NO-VOTE',
    conditions: { all: [pcccOnly(fromTally('$.votingCcgGps', 'equal', 0))] },
    event: { type: 'COI-PCCC-CCG-GP-NO-VOTE', params: { severity: 'advice' } },
  },
  {
    name: 'COI-PCCC-LMC-SEAT',
    conditions: { all: [pcccOnly(fromTally('$.lmc', 'greaterThan', 0))] },
    event: { type: 'COI-PCCC-LMC-SEAT', params: { severity: 'advice' } },
  },
  {
    name: 'COI-PCCC-PUBLIC',
    conditions: {
      all: [
        pcccOnly({
          fact: 'committee',
          path: '$.meetsInPublic',
          operator: 'notEqual',
          value: false,
        }),
      ],
    },
    event: { type: 'COI-PCCC-PUBLIC', params: { severity: 'advice' } },
  },
];

/** An engine with the committee rules and the counting fact. */
export function makeCommitteeEngine(): Engine {
  const engine = new Engine(RULES, { allowUndefinedFacts: true });
  engine.addFact('tally', async (_params, almanac) =>
    tally(await almanac.factValue<Committee>('committee')),
  );
  return engine;
}

/** Runs the rules on one committee: compliance and the failing rules. */
export async function runCommitteeEngine(
  engine: Engine,
  committee: Committee,
): Promise<{ compliant: boolean; failed: string[] }> {
  const { failureResults } = await engine.run({ committee });
  const failed = failureResults.map((result) => result.name);
  const compliant = !failureResults.some(
    (result) => result.event?.params?.['severity'] === 'breach',
  );
  return { compliant, failed };
}
