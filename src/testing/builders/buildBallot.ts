import type { Ballot, BallotRules, Elector, IsoDate, Vote, VoteChoice } from 'co-commissioning';
import { invalidInput } from '../internal/fail.js';
import { frozenCopy, pad3 } from '../internal/frozen.js';
import { readable } from '../internal/readable.js';

/**
 * Options for {@link buildBallot}: the figures of the vote and anything else to set.
 *
 * @example
 * ```ts
 * import type { BuildBallotOptions } from 'co-commissioning/testing';
 *
 * const westLondon: BuildBallotOptions = { eligible: 100, yes: 35, no: 65, rules: { tie: 're-ballot' } };
 * ```
 * @category Testing
 */
export interface BuildBallotOptions {
  /** The size of the electorate (default: 107 with the default figures, otherwise the votes given, at least 1). */
  readonly eligible?: number;
  /** Yes votes, cast by the first members (default 52 when no figure is given, otherwise 0). */
  readonly yes?: number;
  /** No votes, cast by the members after the yes voters (default 31 when no figure is given, otherwise 0). */
  readonly no?: number;
  /** Abstentions, after the no votes (default 0). */
  readonly abstain?: number;
  /** Spoilt ballots, after the abstentions (default 0). */
  readonly spoilt?: number;
  /** Counting rules to set over the default: one vote per member, more than half of yes and no votes, no quorum, a tie not carried. */
  readonly rules?: Partial<BallotRules>;
  /** The members' IDs instead of `P001`, `P002`, ... (their number is the electorate's size). */
  readonly memberIds?: readonly string[];
  /** Each member's registered list size, in electorate order, counted on the opening day. */
  readonly listSizes?: readonly number[];
  /** The ballot's ID (default `'ballot'`). */
  readonly id?: string;
  /** The question (default "Should the CCG apply for delegated commissioning?"). */
  readonly question?: string;
  /** The first day of voting (default `'2015-09-01'`). */
  readonly opens?: IsoDate;
  /** The last day of voting (default `'2015-09-30'`). */
  readonly closes?: IsoDate;
  /** The day every vote is cast (default: the closing day). */
  readonly castOn?: IsoDate;
  /** The electorate's name, such as the CCG. */
  readonly constituency?: string;
  /** Who conducted the ballot, such as the LMC. */
  readonly conductedBy?: string;
  /** The chair's casting vote, for the tie rule `'chair-casting-vote'`. */
  readonly castingVote?: 'yes' | 'no';
  /** What a carried mandate is subject to. */
  readonly conditions?: readonly string[];
}

/**
 * A ballot and its votes, as {@link buildBallot} returns them, ready for `tallyBallot(ballot,
 * votes)` or for the `toCarry` matcher.
 *
 * @example
 * ```ts
 * import { tallyBallot } from 'co-commissioning';
 * import { buildBallot, type BallotCase } from 'co-commissioning/testing';
 *
 * const { ballot, votes }: BallotCase = buildBallot();
 * tallyBallot(ballot, votes).outcome; //=> 'carried'
 * ```
 * @category Testing
 */
export interface BallotCase {
  /** The ballot: question, window, electorate and rules. */
  readonly ballot: Ballot;
  /** The votes, one per voting member, in electorate order. */
  readonly votes: readonly Vote[];
}

/** One vote per member, more than half of the yes and no votes, no quorum, a tie not carried. */
const SIMPLE_MAJORITY: BallotRules = {
  weighting: { kind: 'per-member' },
  threshold: { ratio: { numerator: 1, denominator: 2 }, comparator: '>', base: 'yes-no' },
  tie: 'not-carried',
};

const COUNT_FIELDS = ['eligible', 'yes', 'no', 'abstain', 'spoilt'] as const;

/** The largest electorate the builder makes: far above any CCG's, and small enough to build. */
const MOST_MEMBERS = 1_000_000;

/**
 * Builds a member-practice ballot and its votes from the figures alone: `buildBallot({ eligible:
 * 107, yes: 52, no: 31 })` is Cambridgeshire & Peterborough's September 2015 ballot (seed 002
 * §4.3), and so is `buildBallot()`: with no figure given, the defaults are that ballot's 107
 * eligible, 52 yes and 31 no. Give any figure and the others are 0, with an electorate of the
 * votes given (at least one member) unless `eligible` says otherwise.
 *
 * The electorate is `P001`, `P002`, ... (or `memberIds`); the first members vote yes, the next
 * no, then abstain, then spoilt, all on the closing day unless `castOn` says otherwise. The rules
 * are one vote per member and more than half of the yes and no votes, with no quorum and a tie
 * not carried, unless `rules` replaces some of them. The voting window is 1 to 30 September 2015.
 *
 * @param options - The figures, and anything else to set.
 * @returns A new, deeply frozen {@link BallotCase}: the ballot passes `BallotSchema` and every
 * vote is counted, when the options fit together.
 * @throws `CoCommissioningError` `invalid_input` for a figure that is not a whole number from 0
 * to 1,000,000, more votes than members, `memberIds` or `listSizes` of another length than
 * `eligible`, or an empty electorate.
 *
 * @example
 * ```ts
 * import { tallyBallot } from 'co-commissioning';
 * import { buildBallot } from 'co-commissioning/testing';
 *
 * const { ballot, votes } = buildBallot({ eligible: 107, yes: 52, no: 31 });
 * ballot.electorate.length; //=> 107
 * votes.length; //=> 83
 * tallyBallot(ballot, votes).yesShare; //=> { numerator: 52, denominator: 83 }
 *
 * const tie = buildBallot({ yes: 5, no: 5 });
 * tallyBallot(tie.ballot, tie.votes).outcome; //=> 'not-carried'
 * ```
 * @category Testing
 */
export function buildBallot(options: BuildBallotOptions = {}): BallotCase {
  return readable('buildBallot', () => {
    for (const field of COUNT_FIELDS) {
      const value = options[field];
      if (
        value !== undefined &&
        (!Number.isSafeInteger(value) || value < 0 || value > MOST_MEMBERS)
      ) {
        invalidInput(
          `Give ${field} as a whole number from 0 to 1,000,000.`,
          [field],
          'a whole number from 0 to 1,000,000',
          value,
        );
      }
    }
    const anyFigure = COUNT_FIELDS.some((field) => options[field] !== undefined);
    const yes = options.yes ?? (anyFigure ? 0 : 52);
    const no = options.no ?? (anyFigure ? 0 : 31);
    const abstain = options.abstain ?? 0;
    const spoilt = options.spoilt ?? 0;
    const voted = yes + no + abstain + spoilt;
    const eligible =
      options.eligible ?? options.memberIds?.length ?? (anyFigure ? Math.max(1, voted) : 107);
    if (eligible < 1) {
      invalidInput(
        'A ballot needs at least one member in its electorate: give eligible as 1 or more.',
        ['eligible'],
        'at least one member',
        eligible,
      );
    }
    if (voted > eligible) {
      invalidInput(
        `${voted} votes were asked for, but the electorate has only ${eligible} members: raise eligible or give fewer votes.`,
        ['eligible'],
        `at least ${voted} members`,
        eligible,
      );
    }
    const ids =
      options.memberIds ?? Array.from({ length: eligible }, (_, index) => `P${pad3(index + 1)}`);
    if (ids.length !== eligible) {
      invalidInput(
        `memberIds lists ${ids.length} members but eligible is ${eligible}: give one ID per member.`,
        ['memberIds'],
        `${eligible} member IDs`,
        ids,
      );
    }
    const listSizes = options.listSizes;
    if (listSizes !== undefined && listSizes.length !== eligible) {
      invalidInput(
        `listSizes has ${listSizes.length} entries but the electorate has ${eligible} members: give one list size per member.`,
        ['listSizes'],
        `${eligible} list sizes`,
        listSizes,
      );
    }
    const opens = options.opens ?? '2015-09-01';
    const closes = options.closes ?? '2015-09-30';
    const castOn = options.castOn ?? closes;
    const electorate = ids.map((memberId, index): Elector => {
      const listSize = listSizes?.[index];
      return listSize === undefined ? { memberId } : { memberId, listSize, listSizeOn: opens };
    });
    const choices: VoteChoice[] = [
      ...Array<VoteChoice>(yes).fill('yes'),
      ...Array<VoteChoice>(no).fill('no'),
      ...Array<VoteChoice>(abstain).fill('abstain'),
      ...Array<VoteChoice>(spoilt).fill('spoilt'),
    ];
    const votes = choices.map((choice, index) => ({
      memberId: ids[index] as string,
      choice,
      castOn,
    }));
    const ballot: Ballot = {
      id: options.id ?? 'ballot',
      question: options.question ?? 'Should the CCG apply for delegated commissioning?',
      opens,
      closes,
      electorate,
      rules: { ...SIMPLE_MAJORITY, ...options.rules },
      ...(options.constituency === undefined ? {} : { constituency: options.constituency }),
      ...(options.conductedBy === undefined ? {} : { conductedBy: options.conductedBy }),
      ...(options.castingVote === undefined ? {} : { castingVote: options.castingVote }),
      ...(options.conditions === undefined ? {} : { conditions: [...options.conditions] }),
    };
    return frozenCopy({ ballot, votes });
  });
}
