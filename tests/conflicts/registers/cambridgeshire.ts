import type { Register } from 'co-commissioning';

// A register shaped like Cambridgeshire & Peterborough CCG's conflict-of-interest mitigations
// for delegated commissioning from 1 April 2016 (seed 002 §3.5): "a register of interests
// developed in line with the NHS England Statutory Guidance, and an enhanced declaration of
// interests". The people and practices are illustrative; the dates follow seed 002 (application
// 6 Nov 2015, delegation from 1 Apr 2016).

export const DELEGATION_STARTS = '2016-04-01';

/** The primary care commissioning committee's voting members: a lay and executive majority. */
export const DECISION_MAKERS = [
  'p-lay-chair',
  'p-lay-ppi',
  'p-cfo',
  'p-director-quality',
  'p-gp-huntingdon',
  'p-gp-fenland',
] as const;

/** Everyone joined the committee when delegation started. */
export const JOINED_ON = Object.fromEntries(DECISION_MAKERS.map((id) => [id, DELEGATION_STARTS]));

export const CAMBRIDGESHIRE_REGISTER: Register = {
  declarations: [
    {
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
    },
    {
      id: 'd-02',
      personId: 'p-gp-fenland',
      type: 'financial',
      description: 'Shareholder, Fenland GP Federation',
      arisesOn: '2016-05-01',
      declaredOn: '2016-06-15',
      organisationIds: ['fenland-federation'],
      direct: true,
      mitigation: 'Withdraws from any item on services the federation may bid for.',
      consentToPublish: true,
    },
    {
      id: 'd-03',
      personId: 'p-gp-fenland',
      type: 'indirect',
      description: 'Spouse is practice manager at Wisbech Medical Centre',
      arisesOn: '2015-01-01',
      declaredOn: '2016-04-20',
      organisationIds: ['practice-wisbech'],
      direct: false,
      consentToPublish: true,
    },
    {
      id: 'd-04',
      personId: 'p-lay-ppi',
      type: 'non-financial-personal',
      description: 'Volunteer, local Healthwatch',
      arisesOn: '2015-09-01',
      declaredOn: '2015-09-20',
      endsOn: '2016-08-31',
      consentToPublish: true,
    },
    {
      id: 'd-05',
      personId: 'p-contracts-officer',
      type: 'financial',
      description: 'Shares in Acme Diagnostics Ltd',
      arisesOn: '2016-02-01',
      declaredOn: '2016-02-10',
      consentToPublish: false,
    },
  ],
  nilReturns: [
    { personId: 'p-lay-chair', declaredOn: '2016-03-15' },
    { personId: 'p-cfo', declaredOn: '2016-03-20' },
  ],
  reviewedOn: ['2016-03-31'],
};
