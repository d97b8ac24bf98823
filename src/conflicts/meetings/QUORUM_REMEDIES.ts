import { domain } from '../../_lib/cite.js';
import { freezeDeep } from '../../_lib/freezeDeep.js';
import type { Citation } from '../../core/citation.js';
import type { CommitteeKind } from '../committees/Committee.js';
import type { Confidence } from '../rules/CoiRule.js';

/**
 * One step of the fallback when a meeting cannot take a decision because it is not quorate:
 * `defer` to a later meeting, `refer-other-committee`, `co-opt-temporary` members, or
 * `refer-nhs-england`.
 *
 * @example
 * ```ts
 * import type { QuorumRemedyAction } from 'co-commissioning';
 *
 * const first: QuorumRemedyAction = 'defer';
 * ```
 * @category Conflicts of interest
 */
export type QuorumRemedyAction =
  | 'defer'
  | 'refer-other-committee'
  | 'co-opt-temporary'
  | 'refer-nhs-england';

/**
 * A remedy for a meeting left inquorate by withdrawals, with its place in the fallback order,
 * what to do, how sure the library is and where it comes from.
 *
 * @example
 * ```ts
 * import { QUORUM_REMEDIES, type QuorumRemedy } from 'co-commissioning';
 *
 * const first: QuorumRemedy | undefined = QUORUM_REMEDIES[0];
 * first?.action; //=> 'defer'
 * ```
 * @category Conflicts of interest
 */
export interface QuorumRemedy {
  /** The step. */
  readonly action: QuorumRemedyAction;
  /** Its place in the fallback, from 1. */
  readonly order: number;
  /** What to do, in words. */
  readonly description: string;
  /** How sure the library is that the step is sound practice (DOMAIN.md tags). */
  readonly confidence: Confidence;
  /** Where it comes from. */
  readonly sources: readonly Citation[];
  /** The kinds of committee it is open to. */
  readonly appliesTo: readonly CommitteeKind[];
}

const RULE_37 = 'Part 2 §1.5 rule 37';

/**
 * The ordered fallback when conflicts of interest leave a meeting inquorate (DOMAIN
 * COI-QUORUM-LOSS, rule 37). No national text was found, so the order is inferred [I] from
 * observed practice: Blackburn with Darwen CCG took no decision when three conflicted GPs left,
 * and the decision was ratified later (S42); another CCG let its accountable officer convene an
 * unconflicted Conflicts of Interest Panel (S65); NHS England model constitution wording on
 * referring to another committee or co-opting is unverified [U]. Referral to NHS England is open
 * only to PCCCs and joint committees, whose functions NHS England delegated or shares and keeps
 * statutory liability for (seed 001; seed 000). `assessAgendaItem` returns these steps, in this
 * order unless its `quorumFallback` option gives your own.
 *
 * @example
 * ```ts
 * import { QUORUM_REMEDIES } from 'co-commissioning';
 *
 * QUORUM_REMEDIES.map((remedy) => remedy.action);
 * //=> ['defer', 'refer-other-committee', 'co-opt-temporary', 'refer-nhs-england']
 * ```
 * @category Conflicts of interest
 */
export const QUORUM_REMEDIES: readonly QuorumRemedy[] = freezeDeep([
  {
    action: 'defer',
    order: 1,
    description:
      'Take no decision at this meeting: defer the item to a meeting that will be quorate without the conflicted members, as Blackburn with Darwen CCG did in 2013.',
    confidence: 'V',
    sources: [domain('COI-QUORUM-LOSS', `${RULE_37} (S42)`)],
    appliesTo: ['pccc', 'joint-committee', 'governing-body', 'other'],
  },
  {
    action: 'refer-other-committee',
    order: 2,
    description:
      'Refer the decision to another committee that is quorate without conflicts, such as an unconflicted Conflicts of Interest Panel convened by the accountable officer.',
    confidence: 'S',
    sources: [domain('COI-QUORUM-LOSS', `${RULE_37} (S65)`)],
    appliesTo: ['pccc', 'joint-committee', 'governing-body', 'other'],
  },
  {
    action: 'co-opt-temporary',
    order: 3,
    description:
      "Co-opt unconflicted members for the item, such as a member of another CCG's governing body, as far as the terms of reference allow.",
    confidence: 'U',
    sources: [domain('COI-QUORUM-LOSS', RULE_37)],
    appliesTo: ['pccc', 'joint-committee', 'governing-body', 'other'],
  },
  {
    action: 'refer-nhs-england',
    order: 4,
    description:
      'Refer the decision to NHS England, which keeps statutory liability for delegated and joint primary care functions; the chair and clinical chief officer acted in line with NHS England guidance in 2013 and the decision was later ratified.',
    confidence: 'I',
    sources: [domain('COI-QUORUM-LOSS', `${RULE_37} (S42)`), domain('SEED-LIABILITY', 'Part 1')],
    appliesTo: ['pccc', 'joint-committee'],
  },
] as const satisfies readonly QuorumRemedy[]);
