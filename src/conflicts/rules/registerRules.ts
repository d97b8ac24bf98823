import { domain, seed002 } from '../../_lib/cite.js';
import { freezeDeep } from '../../_lib/freezeDeep.js';
import type { CoiRule } from './CoiRule.js';

// CCGs took up their statutory functions, and the s.14O duty to keep registers of interests,
// on 1 April 2013 [I]: the sources date the duty "s.14O (2012)" without a day.
const STATUTORY_FROM = '2013-04-01';

/**
 * The register-of-interests rules (DOMAIN Part 1 SEED-COI-MEASURES; Part 2 §1.5 rules 31–34;
 * checks CHK-DECLARE-28D, CHK-REGISTER-ANNUAL, CHK-REGISTER-PUBLISH).
 */
export const REGISTER_RULES = freezeDeep([
  {
    id: 'COI-DECLARE-28D',
    title: 'Interests are declared within 28 days of arising',
    description:
      'Conflicts are declared "as soon as they become aware of it, and within 28 days" (s.14O as restated by CCGs; template form: "no later than 28 days after the interest arises"). A declaration 28 days after the interest arose is on time; 29 days is a breach (Croydon records "Late declaration (beyond 28 days)" as a breach). In force from 1 April 2013, when CCGs took up their statutory duties [I].',
    subject: 'register',
    severity: 'breach',
    confidence: 'V',
    sources: [
      domain('COI-DECLARE-28D', 'Part 2 §1.5 rule 31 (S35, S37, S39)'),
      { document: 'DOMAIN.md', section: 'Part 2 §5b CHK-DECLARE-28D' },
    ],
    inForce: { from: STATUTORY_FROM },
  },
  {
    id: 'COI-REGISTER-FIELDS',
    title: 'Register entries record coherent dates and consent to publish',
    description:
      'The register records each interest’s date from and date to, and consent to publish (yes or no, with reasons). The library flags an interest that ends before it arises, and withholds from publication an entry whose holder refused consent.',
    subject: 'register',
    severity: 'warning',
    confidence: 'V',
    sources: [domain('COI-REGISTER-FIELDS', 'Part 2 §1.5 rule 32 (S36, S37)')],
    inForce: { from: STATUTORY_FROM },
  },
  {
    id: 'SEED-COI-MEASURES',
    title: 'Every decision-maker has declared their interests or made a nil return',
    description:
      'Cambridgeshire & Peterborough CCG’s mitigations include a register of interests in line with NHS England’s statutory guidance and an enhanced declaration of interests (seed 002 §3.5); the register covers members, governing body and committee members and employees (rule 31). The library reads this as: each decision-maker has a declaration or a nil return on the register [I].',
    subject: 'register',
    severity: 'warning',
    confidence: 'I',
    sources: [
      seed002('§3.5'),
      domain('SEED-COI-MEASURES', 'Part 1 SEED-GOVERNANCE'),
      domain('COI-DECLARE-28D', 'Part 2 §1.5 rule 31'),
    ],
    inForce: { from: STATUTORY_FROM },
  },
  {
    id: 'COI-REGISTER-2017',
    title:
      'Registers are confirmed accurate at least annually; only decision-making staff are published',
    description:
      'From the 2017 guidance the CCG satisfies itself "as a minimum on an annual basis" that its registers are accurate and up to date, and only decision-making staff are included on the published register. The first annual check falls due a year after the rule starts (16 June 2017 by default, or 1 June 2017).',
    subject: 'register',
    severity: 'breach',
    confidence: 'V',
    sources: [
      domain('COI-REGISTER-2017', 'Part 2 §1.5 rule 33 (S1, S40)'),
      { document: 'DOMAIN.md', section: 'Part 2 §5b CHK-REGISTER-ANNUAL, CHK-REGISTER-PUBLISH' },
    ],
    inForce: { from: '2017-06-16' },
  },
  {
    id: 'COI-REGISTER-RETENTION',
    title: 'An ended interest stays on the public register for 6 months',
    description:
      'Interests remain on the public register for 6 months after they end, and records are kept for at least 6 years after (a CCG implementing the 2016/2017 guidance, S38; secondary source, so advice by default). Applied from the 2016 guidance (28 June 2016) [I].',
    subject: 'register',
    severity: 'advice',
    confidence: 'S',
    sources: [
      domain('COI-REGISTER-RETENTION', 'Part 2 §1.5 rule 34 (S38)'),
      { document: 'DOMAIN.md', section: 'Part 2 §5b CHK-REGISTER-PUBLISH' },
    ],
    inForce: { from: '2016-06-28' },
  },
] as const satisfies readonly CoiRule[]);
