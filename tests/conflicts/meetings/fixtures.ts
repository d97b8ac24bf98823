import type {
  AgendaItem,
  Committee,
  Declaration,
  Meeting,
  Quorum,
  Register,
} from 'co-commissioning';
import { bmaModelPccc } from '../committees/fixtures.js';

/** "At least four voting members, including a lay member and an executive." */
export const fourWithLayAndExecutive: Quorum = {
  rule: {
    kind: 'all-of',
    rules: [
      { kind: 'at-least', count: 4 },
      { kind: 'at-least', count: 1, of: { roles: ['lay'] }, label: 'a lay member' },
      { kind: 'at-least', count: 1, of: { roles: ['executive'] }, label: 'an executive' },
    ],
  },
  source: { document: 'PCCC terms of reference', section: '7.1' },
};

/** The BMA model PCCC (seed 004) with a quorum of four including a lay member and an executive. */
export const pccc: Committee = { ...bmaModelPccc, quorum: fourWithLayAndExecutive };

export const riversideNotice: AgendaItem = {
  id: '4',
  title: 'Riverside Surgery: remedial notice',
  decisionKind: 'performance-management',
  subject: { organisationIds: ['practice-riverside'] },
};

export const millLaneInvestment: AgendaItem = {
  id: '5',
  title: 'Mill Lane Surgery: extended hours investment',
  decisionKind: 'investment',
  subject: { organisationIds: ['practice-mill-lane'] },
};

export const outOfHoursProcurement: AgendaItem = {
  id: '6',
  title: 'Out-of-hours service: procurement route',
  decisionKind: 'procurement',
  subject: { organisationIds: ['provider-ooh'] },
};

export const minutes: AgendaItem = {
  id: '1',
  title: 'Minutes of the last meeting',
  decisionKind: 'for-information',
  subject: { organisationIds: [] },
};

/** Present: three lay members, both executives, the other-area GP, the secondary care doctor,
 * the CCG's two GPs, the LMC and Healthwatch. Absent: the nurse and the HWB member. */
export const may2017: Meeting = {
  id: 'pccc-2017-05',
  committeeId: 'pccc-model',
  date: '2017-05-11',
  attendeeIds: [
    'p-hughes',
    'p-bell',
    'p-osei',
    'p-grant',
    'p-evans',
    'p-mensah',
    'p-roberts',
    'p-okafor',
    'p-patel',
    'p-khan',
    'p-shah',
  ],
  items: [minutes, riversideNotice, millLaneInvestment, outOfHoursProcurement],
};

export function declaration(
  overrides: Partial<Declaration> & Pick<Declaration, 'id' | 'personId'>,
): Declaration {
  return {
    type: 'financial',
    description: 'An interest',
    arisesOn: '2015-04-01',
    declaredOn: '2015-04-10',
    ...overrides,
  };
}

/** A register in the spirit of seed 002 §3.5's enhanced declaration of interests. */
export const register: Register = {
  declarations: [
    declaration({
      id: 'd-okafor',
      personId: 'p-okafor',
      description: 'GP partner at Riverside Surgery',
      organisationIds: ['practice-riverside'],
    }),
    declaration({
      id: 'd-roberts',
      personId: 'p-roberts',
      type: 'indirect',
      description: 'Spouse is a partner at Mill Lane Surgery',
      arisesOn: '2016-09-01',
      declaredOn: '2016-09-05',
      organisationIds: ['practice-mill-lane'],
    }),
    declaration({
      id: 'd-khan',
      personId: 'p-khan',
      type: 'non-financial-professional',
      description: 'LMC negotiator for the out-of-hours tender',
      organisationIds: ['provider-ooh'],
    }),
    declaration({
      id: 'd-evans-old',
      personId: 'p-evans',
      description: 'Shareholder in an out-of-hours provider (sold)',
      arisesOn: '2014-01-01',
      declaredOn: '2014-01-05',
      endsOn: '2016-12-31',
      organisationIds: ['provider-ooh'],
    }),
  ],
  nilReturns: [{ personId: 'p-hughes', declaredOn: '2017-04-01' }],
};
