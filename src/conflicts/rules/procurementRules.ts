import { domain, seed002 } from '../../_lib/cite.js';
import { freezeDeep } from '../../_lib/freezeDeep.js';
import type { CoiRule } from './CoiRule.js';

/**
 * The register-of-procurement-decisions rule (DOMAIN Part 2 §1.5 rule 43; check
 * CHK-PROC-REGISTER; seed 002 §3.5).
 */
export const PROCUREMENT_RULES = freezeDeep([
  {
    id: 'COI-PROCUREMENT-REGISTER',
    title: 'The register of procurement decisions records each decision in full',
    description:
      'The CCG maintains and publishes a register of procurement decisions recording the details of each decision, who was involved in making it, a summary of any conflicts of interest in relation to it, and how they were managed (Dec 2014 guidance, S61; June 2017 guidance, S41). The sources date the 2014 guidance December 2014 without a day: the rule is applied from 1 December 2014 [I].',
    subject: 'procurement',
    severity: 'breach',
    confidence: 'V',
    sources: [
      domain('COI-PROCUREMENT-REGISTER', 'Part 2 §1.5 rule 43 (S41, S61)'),
      { document: 'DOMAIN.md', section: 'Part 2 §5b CHK-PROC-REGISTER' },
      seed002('§3.5'),
    ],
    inForce: { from: '2014-12-01' },
  },
] as const satisfies readonly CoiRule[]);
