// A primary care commissioning committee shaped like the BMA's model (seed 004, Model C
// governance) and Cambridgeshire & Peterborough's mitigations (seed 002 §3.5).
import type { Committee } from '../../src/index.js';

const seat = (
  personId: string,
  name: string,
  role: Committee['members'][number]['role'],
  voting: boolean,
) => ({
  personId,
  name,
  role,
  voting,
});

/** A lay chair, a lay and executive majority, other clinicians voting, observers without a vote. */
export const modelPccc: Committee = {
  id: 'pccc',
  name: 'Primary Care Commissioning Committee',
  kind: 'pccc',
  chairId: 'lay-chair',
  meetsInPublic: true,
  members: [
    seat('lay-chair', 'Lay Member for Primary Care (Chair)', 'lay', true),
    seat('lay-audit', 'Lay Member for Audit and Governance', 'lay', true),
    seat('lay-ppi', 'Lay Member for Patient and Public Involvement', 'lay', true),
    seat('ao', 'Accountable Officer', 'executive', true),
    seat('cfo', 'Chief Finance Officer', 'executive', true),
    seat('gp-other', 'GP from a neighbouring CCG', 'other-area-gp', true),
    seat('nurse', 'Governing Body Nurse', 'nurse', true),
    seat('healthwatch', 'Healthwatch representative', 'healthwatch', false),
    seat('hwb', 'Health and Wellbeing Board representative', 'health-and-wellbeing-board', false),
    seat('lmc', 'LMC representative', 'lmc', false),
  ],
};
