import { domain, seed004 } from '../../_lib/cite.js';
import { freezeDeep } from '../../_lib/freezeDeep.js';
import type { CommitteeKind } from '../committees/Committee.js';
import type { CoiRule } from './CoiRule.js';
import { CCGS_ESTABLISHED, DECEMBER_2014, NOVEMBER_2016 } from './committeeRules.js';

/**
 * A built-in rule about how a meeting handles an agenda item, with the kinds of committee it
 * applies to. `assessAgendaItem` skips a rule for any other kind.
 *
 * @example
 * ```ts
 * import { MEETING_RULES } from 'co-commissioning';
 *
 * MEETING_RULES.find((rule) => rule.id === 'SEED-COI-MINIMUM')?.severity; //=> 'breach'
 * ```
 * @category Conflicts of interest
 */
export interface MeetingRule extends CoiRule {
  /** The kinds of committee whose meetings the rule applies to. */
  readonly appliesTo: readonly CommitteeKind[];
}

const EVERY_KIND = ['pccc', 'joint-committee', 'governing-body', 'other'] as const;

const RULES = [
  {
    id: 'COI-MEETING-DECLARE',
    title: 'Interests bearing on an item are declared at the meeting',
    description:
      'At the outset of a decision-making meeting the chair seeks declarations and decides whether there is a conflict and what to do; members with a material interest are excluded from the item or join the discussion without a vote (the December 2014 guidance, quoted in DOMAIN rule 35 [V] S19). A finding is reported when an interest in an organisation the item affects had arisen by the meeting but was not on the register until after it, and the chair recorded no determination for the member.',
    subject: 'meeting',
    severity: 'breach',
    confidence: 'V',
    sources: [domain('COI-MEETING-DECLARE', 'Part 2 §1.5 rule 35 (S19)')],
    inForce: { from: DECEMBER_2014 },
    appliesTo: EVERY_KIND,
  },
  {
    id: 'COI-CONFLICTED-NO-VOTE',
    title: 'A conflicted member does not vote',
    description:
      'A member with a conflict on an item, whether withdrawn or present for the discussion only, must not vote on it (DOMAIN rule 36 [V] S19; strengthened by the 2016 guidance, S8). A finding is reported when the minutes record such a member as voting.',
    subject: 'meeting',
    severity: 'breach',
    confidence: 'V',
    sources: [domain('COI-CONFLICTED-NO-VOTE', 'Part 2 §1.5 rule 36 (S19, S8)')],
    inForce: { from: DECEMBER_2014 },
    appliesTo: EVERY_KIND,
  },
  {
    id: 'COI-CHAIR-DETERMINATION',
    title: "The chair's determination is at least as strict as the library's default",
    description:
      "The chair decides the action for each conflict (DOMAIN rule 35), and the library respects it. It reports a warning when the recorded action is less strict than its default for the type of interest (withdrawal for a financial interest; discussion without a vote otherwise) or than seed 004's minimum, so that the minutes can record why. Inferred; no source states a default per type.",
    subject: 'meeting',
    severity: 'warning',
    confidence: 'I',
    sources: [domain('COI-MEETING-DECLARE', 'Part 2 §1.5 rules 35 and 36 (S19, S65)')],
    inForce: { from: DECEMBER_2014 },
    appliesTo: EVERY_KIND,
  },
  {
    id: 'COI-CONFLICTED-CHAIR',
    title: 'A conflicted chair hands the item to someone else',
    description:
      'When the chair must withdraw or may only discuss an item, the vice-chair or another unconflicted member chairs it, since the chair is responsible for deciding on conflicts (DOMAIN rule 35). Inferred, so a warning.',
    subject: 'meeting',
    severity: 'warning',
    confidence: 'I',
    sources: [domain('COI-MEETING-DECLARE', 'Part 2 §1.5 rule 35 (S19)')],
    inForce: { from: DECEMBER_2014 },
    appliesTo: EVERY_KIND,
  },
  {
    id: 'SEED-COI-MINIMUM',
    title: 'GP members take no part in investment or performance management decisions',
    description:
      'As a minimum, GP members of CCG boards must not be involved in any investment or performance management decisions affecting member practices (GPC, seed 004 "Conflicts of interest"). Applied by default to CCG GPs and practice managers on the committee, who stay for the discussion without voting (choose withdrawal with the minimumAction option). A BMA briefing states it, so it reports a breach when such a member is recorded as voting; re-grade it with overrides if your constitution does not adopt it. In force from the date of seed 004.',
    subject: 'meeting',
    severity: 'breach',
    confidence: 'S',
    sources: [
      seed004('Conflicts of interest'),
      domain('SEED-COI-MINIMUM', 'Part 1 SEED-GOVERNANCE'),
    ],
    inForce: { from: NOVEMBER_2016 },
    appliesTo: EVERY_KIND,
  },
  {
    id: 'PCCC-QUORUM-LOCAL',
    title: "The meeting is quorate for the item under the committee's own quorum",
    description:
      "There is no national quorum: each committee's terms of reference set one, such as three members including a lay member and the chief officer or CFO (DOMAIN rule 23 [V] S20). A decision taken without a quorum is not safe, so a finding is a breach; the quorum is checked before and after withdrawals for the item.",
    subject: 'meeting',
    severity: 'breach',
    confidence: 'V',
    sources: [domain('PCCC-QUORUM-LOCAL', 'Part 2 §1.3 rule 23 (S20)')],
    inForce: { from: CCGS_ESTABLISHED },
    appliesTo: EVERY_KIND,
  },
  {
    id: 'COI-QUORUM-LOSS',
    title: 'When withdrawals make the meeting inquorate, the decision follows a fallback',
    description:
      'No national text says what happens when conflicted members leave and the meeting becomes inquorate. Observed practice: no decision taken at the meeting and the decision ratified later (Blackburn with Darwen, 2013, S42); an unconflicted Conflicts of Interest Panel (S65). The library offers an ordered fallback (defer, refer to another committee, co-opt temporarily, refer to NHS England) as inferred in DOMAIN rule 37, so a finding is a warning.',
    subject: 'meeting',
    severity: 'warning',
    confidence: 'I',
    sources: [domain('COI-QUORUM-LOSS', 'Part 2 §1.5 rule 37 (S42, S65)')],
    inForce: { from: CCGS_ESTABLISHED },
    appliesTo: EVERY_KIND,
  },
] as const satisfies readonly MeetingRule[];

/** The ID of a built-in meeting rule (internal). */
export type MeetingRuleId = (typeof RULES)[number]['id'];

/**
 * The built-in rules about how a meeting handles an agenda item, applied by `assessAgendaItem`.
 * Sources: DOMAIN.md Part 2 §1.3 rule 23 and §1.5 rules 35–37 (NHS England's December 2014
 * guidance as quoted in S19, and CCG practice in S20, S42, S65) and seed 004 "Conflicts of
 * interest". Rules from the December 2014 guidance apply from 1 December 2014 (the month is
 * known, the day assumed); seed 004's minimum from 1 November 2016 (its date, day assumed).
 *
 * @example
 * ```ts
 * import { MEETING_RULES } from 'co-commissioning';
 *
 * MEETING_RULES.map((rule) => rule.id).includes('COI-QUORUM-LOSS'); //=> true
 * ```
 * @category Conflicts of interest
 */
export const MEETING_RULES: readonly MeetingRule[] = freezeDeep(RULES);
