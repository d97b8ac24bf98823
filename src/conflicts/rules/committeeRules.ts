import { domain, seed002, seed004 } from '../../_lib/cite.js';
import { freezeDeep } from '../../_lib/freezeDeep.js';
import type { IsoDate } from '../../core/IsoDate.js';
import type { CommitteeKind } from '../committees/Committee.js';
import type { CoiRule } from './CoiRule.js';

/**
 * A built-in rule about a committee's make-up or meetings, with the kinds of committee it
 * applies to. `checkCommittee` and `assessAgendaItem` skip a rule for any other kind (the
 * `appliesTo` option of {@link checkCommittee} changes this per rule).
 *
 * @example
 * ```ts
 * import { COMMITTEE_RULES } from 'co-commissioning';
 *
 * COMMITTEE_RULES.find((rule) => rule.id === 'COI-PCCC-LAY-CHAIR')?.appliesTo;
 * //=> ['pccc', 'joint-committee']
 * ```
 * @category Conflicts of interest
 */
export interface CommitteeRule extends CoiRule {
  /** The kinds of committee the rule applies to. */
  readonly appliesTo: readonly CommitteeKind[];
}

/**
 * The first day the library applies rules taken from NHS England's December 2014 statutory
 * guidance on conflicts of interest ("Managing conflicts of interest: statutory guidance for
 * CCGs", DOMAIN Part 2 §3, [V] S8, S9). The sources give the month only; the day is assumed.
 */
export const DECEMBER_2014: IsoDate = '2014-12-01';
/** CCGs took on their statutory functions on 1 April 2013 (DOMAIN MODEL-FINAL-STATES, rule 12). */
export const CCGS_ESTABLISHED: IsoDate = '2013-04-01';
/** The BMA/GPC guidance (seed 004) is dated November 2016; the day is assumed. */
export const NOVEMBER_2016: IsoDate = '2016-11-01';
/** The revised statutory guidance was published on 28 June 2016 (DOMAIN Part 2 §3, [V] S8). */
const JUNE_2016: IsoDate = '2016-06-28';

const MODEL_C_GOVERNANCE = 'Model C: Delegated commissioning, Governance';
const MODEL_B_GOVERNANCE = 'Model B: Joint commissioning, Governance';

const RULES = [
  {
    id: 'COI-PCCC-CHAIR-IS-MEMBER',
    title: 'The chair and any vice-chair are members of the committee',
    description:
      'The chair (and the vice-chair, where one is named) must be on the member list, so that the rules can see their role. Inferred from the requirement that the committee has a lay chair of its own (DOMAIN rule 17); no source states it separately, so it reports a warning.',
    subject: 'committee',
    severity: 'warning',
    confidence: 'I',
    sources: [domain('COI-PCCC-LAY-CHAIR', 'Part 2 §1.3 rule 17'), seed004(MODEL_C_GOVERNANCE)],
    inForce: { from: CCGS_ESTABLISHED },
    appliesTo: ['pccc', 'joint-committee', 'governing-body', 'other'],
  },
  {
    id: 'COI-PCCC-LAY-CHAIR',
    title: 'The committee has a lay chair',
    description:
      'The primary care decision-making committee (a PCCC under Model C, a joint committee under Model B) must have a lay chair. Seed 004 states it for the PCCC ("it is required to have a lay Chair"); DOMAIN rule 17 [S] extends it to joint committees, from the November 2014 NHS England board paper and the December 2014 guidance (S24, S25).',
    subject: 'committee',
    severity: 'breach',
    confidence: 'S',
    sources: [
      seed004(MODEL_C_GOVERNANCE),
      domain('COI-PCCC-LAY-CHAIR', 'Part 2 §1.3 rule 17 (S24, S25)'),
    ],
    inForce: { from: DECEMBER_2014 },
    appliesTo: ['pccc', 'joint-committee'],
  },
  {
    id: 'COI-PCCC-LAY-EXEC-MAJORITY',
    title: 'Lay and executive members form a majority of the votes',
    description:
      'Lay and executive members together must hold more than half of the votes (a strict majority: exactly half is not a majority). Seed 002 §3.5 describes "a lay and executive majority committee"; DOMAIN rule 18 [S] quotes the December 2014 guidance (S24, S25). Whether NHS England officers count as executive is not settled (DOMAIN Part 3 Q11): by default they do on a joint committee and not on a PCCC.',
    subject: 'committee',
    severity: 'breach',
    confidence: 'S',
    sources: [
      seed002('§3.5'),
      domain('COI-PCCC-LAY-EXEC-MAJORITY', 'Part 2 §1.3 rule 18 (S24, S25)'),
    ],
    inForce: { from: DECEMBER_2014 },
    appliesTo: ['pccc', 'joint-committee'],
  },
  {
    id: 'COI-PCCC-LAY-MAJORITY',
    title: 'Lay members alone form a majority of the votes (the stricter reading)',
    description:
      'Seed 004 says the PCCC must have "a lay Chair and lay majority within both the committee and the executive"; DOMAIN rule 18 and seed 002 ask only for a lay and executive majority. The sources differ, so this stricter reading (lay members hold more than half of the votes) is advice by default; make it a breach with overrides if your constitution adopts it.',
    subject: 'committee',
    severity: 'advice',
    confidence: 'S',
    sources: [
      seed004(MODEL_C_GOVERNANCE),
      domain('COI-PCCC-LAY-EXEC-MAJORITY', 'Part 2 §1.3 rule 18'),
    ],
    inForce: { from: DECEMBER_2014 },
    appliesTo: ['pccc'],
  },
  {
    id: 'COI-PCCC-OBSERVERS',
    title: 'Healthwatch, Health and Wellbeing Board and local authority members do not vote',
    description:
      'Representatives of the local Healthwatch and the Health and Wellbeing Board have the right to join the committee as non-voting members, on a PCCC and on a joint committee alike (seed 004, Models B and C). DOMAIN rule 19 [S] names the local authority (as the Health and Wellbeing Board) with them.',
    subject: 'committee',
    severity: 'breach',
    confidence: 'S',
    sources: [
      seed004(MODEL_C_GOVERNANCE),
      seed004(MODEL_B_GOVERNANCE),
      domain('COI-PCCC-OBSERVERS', 'Part 2 §1.3 rule 19 (S24)'),
    ],
    inForce: { from: DECEMBER_2014 },
    appliesTo: ['pccc', 'joint-committee'],
  },
  {
    id: 'COI-PCCC-CCG-GP-NO-VOTE',
    title: "The CCG's own GPs have no vote on the PCCC",
    description:
      "NHS England's conflicts guidance recommends that the CCG's own GPs have no vote on the PCCC; GPs from other CCG areas and non-GP clinicians may vote instead (seed 004). It is a recommendation, and PCCCs have been seen with one to three GP or practice manager voting members (DOMAIN rule 18, S20), so it is advice.",
    subject: 'committee',
    severity: 'advice',
    confidence: 'S',
    sources: [
      seed004(MODEL_C_GOVERNANCE),
      domain('COI-PCCC-LAY-EXEC-MAJORITY', 'Part 2 §1.3 rule 18 (S20)'),
    ],
    inForce: { from: DECEMBER_2014 },
    appliesTo: ['pccc'],
  },
  {
    id: 'COI-PCCC-LMC-SEAT',
    title: 'The Local Medical Committee has a seat on the PCCC',
    description:
      'GPC recommends that LMCs have a seat on the PCCC (seed 004). A recommendation, so advice; in force from the date of seed 004.',
    subject: 'committee',
    severity: 'advice',
    confidence: 'S',
    sources: [seed004(MODEL_C_GOVERNANCE)],
    inForce: { from: NOVEMBER_2016 },
    appliesTo: ['pccc'],
  },
  {
    id: 'COI-PCCC-PUBLIC',
    title: 'The PCCC meets in public',
    description:
      'PCCC meetings are held in public with minutes published: all four case-study PCCCs did so (DOMAIN rule 20, S20, S60) and Cambridgeshire & Peterborough planned "a lay and executive majority committee meeting in public" (seed 002 §3.5). Not verified as a national requirement, so advice; unknown when the committee does not say.',
    subject: 'committee',
    severity: 'advice',
    confidence: 'S',
    sources: [domain('COI-PCCC-PUBLIC', 'Part 2 §1.3 rule 20 (S20, S60)'), seed002('§3.5')],
    inForce: { from: DECEMBER_2014 },
    appliesTo: ['pccc'],
  },
  {
    id: 'GB-COMPOSITION',
    title: 'The governing body has its statutory members',
    description:
      'A CCG governing body has at least six members, including the accountable officer and a chief finance officer (counted here as two executives, since roles do not tell them apart), a registered nurse, a secondary care specialist and two lay members (NHS (CCG) Regulations 2012, reg 11).',
    subject: 'committee',
    severity: 'breach',
    confidence: 'V',
    sources: [domain('GB-COMPOSITION', 'Part 2 §1.4 rule 26 (S34, reg 11)')],
    inForce: { from: CCGS_ESTABLISHED },
    appliesTo: ['governing-body'],
  },
  {
    id: 'COI-GB-THREE-LAY',
    title: 'The governing body has at least three lay members',
    description:
      'The 2016 guidance recommends at least three lay members on the governing body, on a comply-or-explain basis (DOMAIN rule 21 [S]). Advice.',
    subject: 'committee',
    severity: 'advice',
    confidence: 'S',
    sources: [domain('COI-GB-THREE-LAY', 'Part 2 §1.3 rule 21 (S8, S11, S12)')],
    inForce: { from: JUNE_2016 },
    appliesTo: ['governing-body'],
  },
] as const satisfies readonly CommitteeRule[];

/** The ID of a built-in committee rule (internal: each has an evaluator). */
export type CommitteeRuleId = (typeof RULES)[number]['id'];

/**
 * The built-in rules about a committee's make-up, checked by `checkCommittee`. Sources: seed 004
 * (BMA/GPC, Nov 2016) "Model B" and "Model C" governance; seed 002 §3.5; DOMAIN.md Part 2 §1.3
 * (rules 17–21) and §1.4 (rule 26). Where the sources disagree (a lay-and-executive majority
 * in DOMAIN rule 18 and seed 002 against "a lay majority" in seed 004) both rules are here: the
 * first reports a breach, the second advice; either can be re-graded or turned off with
 * `overrides`. Each rule's dates are the first day its source applies; where a source gives only
 * a month, the first of the month is assumed.
 *
 * @example
 * ```ts
 * import { COMMITTEE_RULES } from 'co-commissioning';
 *
 * COMMITTEE_RULES.map((rule) => rule.id).includes('COI-PCCC-OBSERVERS'); //=> true
 * ```
 * @category Conflicts of interest
 */
export const COMMITTEE_RULES: readonly CommitteeRule[] = freezeDeep(RULES);
