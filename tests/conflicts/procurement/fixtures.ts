import type { ProcurementDecision } from 'co-commissioning';

// Sources: DOMAIN.md Part 2 §1.5 rule 43 (COI-PROCUREMENT-REGISTER), §5b CHK-PROC-REGISTER;
// seed 002 §3.5 ("register of procurement decisions"; "we already have processes to manage
// decisions on Local Enhanced Services").

/** A register shaped like Cambridgeshire & Peterborough's, after delegation on 1 April 2016. */
export const REGISTER: readonly ProcurementDecision[] = [
  {
    id: 'pd-2016-01',
    decidedOn: '2016-05-12',
    title: 'Anticoagulation monitoring Local Enhanced Service',
    decisionDetails:
      'LES offered to all member practices for 2016/17 at a fixed price per patient.',
    decisionMakers: [
      { name: 'Lay chair', role: 'lay', personId: 'p-lay-chair' },
      { name: 'Chief finance officer', role: 'executive', personId: 'p-cfo' },
    ],
    conflictsSummary:
      'GP members declared a financial interest: their practices may provide the service.',
    managementActions: 'GP members took part in the discussion but did not vote.',
    decidedBy: 'Primary Care Commissioning Committee',
    contractValuePence: 45_000_000,
    organisationIds: ['practice-riverside', 'practice-wisbech'],
  },
  {
    id: 'pd-2016-02',
    decidedOn: '2016-07-14',
    title: 'Extended hours pilot, Fenland',
    decisionDetails: 'Pilot awarded to Fenland GP Federation after a competitive process.',
    decisionMakers: [{ name: 'Lay chair', role: 'lay' }],
    conflictsSummary: 'A GP member holds shares in the federation.',
    managementActions: '   ',
  },
  {
    id: 'pd-2016-03',
    decidedOn: '2016-09-08',
    decisionDetails: 'Practice merger approved: Riverside Surgery and Ouse Valley Practice.',
    conflictsSummary: 'None declared.',
    managementActions: 'Not applicable.',
  },
];
