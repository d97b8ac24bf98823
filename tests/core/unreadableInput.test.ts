// Input from forms and spreadsheets can arrive wrapped in objects whose fields throw when read
// (a revoked proxy, a getter over a closed store). The library answers such input with its own
// coded error (`invalid_input`, "could not be read"), never with the caller's raw exception,
// from the throwing doors as from the safe ones.
import {
  assessGift,
  CoCommissioningError,
  checkCommittee,
  checkDeclarations,
  createCommissioningState,
  parseCommittee,
  tallyBallot,
  transition,
} from 'co-commissioning';
import { buildBallot, buildCommittee } from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

/** An object every read of which throws, as a revoked proxy does. */
function unreadable(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** The same fields, with one that throws when read. */
function withThrowingField<T extends object>(value: T, field: string): T {
  return Object.defineProperty({ ...value }, field, {
    enumerable: true,
    get() {
      throw new Error('the store is closed');
    },
  });
}

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof CoCommissioningError) return error.issues[0].code;
    return `raw ${(error as Error).message}`;
  }
  return 'no error';
}

describe('input that throws when read', () => {
  const committee = buildCommittee();
  const { ballot, votes } = buildBallot();
  const cases: Record<string, () => unknown> = {
    'a committee (parseCommittee)': () => parseCommittee(unreadable()),
    'a committee member (parseCommittee)': () =>
      parseCommittee({
        ...committee,
        members: [withThrowingField(committee.members[0] as object, 'role')],
      }),
    'the options (checkCommittee)': () =>
      checkCommittee(
        committee,
        withThrowingField({ asOf: '2017-07-01', overrides: {} }, 'overrides'),
      ),
    'the options, asOf alone (checkCommittee)': () =>
      checkCommittee(committee, withThrowingField({ asOf: '2017-07-01' }, 'asOf')),
    'a register (checkDeclarations)': () =>
      checkDeclarations(unreadable() as never, { asOf: '2017-07-01' }),
    'an offer (assessGift)': () => assessGift(unreadable() as never, { asOf: '2017-07-01' }),
    'a ballot (tallyBallot)': () => tallyBallot(withThrowingField(ballot, 'electorate'), votes),
  };
  it.each(Object.keys(cases))('refuses %s with invalid_input', (name) => {
    expect(codeOf(cases[name] as () => unknown)).toBe('invalid_input');
  });

  it('says what could not be read and where', () => {
    expect(() => checkDeclarations(unreadable() as never, { asOf: '2017-07-01' })).toThrowError(
      expect.objectContaining({
        issues: [
          {
            code: 'invalid_input',
            message: 'The input could not be read (at register).',
            path: ['register'],
            expected: 'well-formed input',
            received: 'a value that raised an error while being read',
          },
        ],
      }),
    );
  });

  it('rejects a vote that throws when read, and counts the rest', () => {
    const throwing = withThrowingField(votes[0] as object, 'choice');
    const result = tallyBallot(ballot, [throwing, ...votes.slice(1)] as never);
    expect(result.rejectedVotes).toHaveLength(1);
    expect(result.counts.cast).toBe(votes.length - 1);
  });

  // An event whose type cannot be read is an event of no known type.
  it('refuses an event that throws when read, as a value', () => {
    const state = createCommissioningState({ ccgId: 'ccg-x', status: 'A', since: '2015-01-01' });
    const result = transition(state, unreadable() as never);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(['unknown_event']);
  });
});

describe('input to the testing kit that throws when read', () => {
  it('refuses builder options that throw when read with invalid_input', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(codeOf(() => buildCommittee(proxy as never))).toBe('invalid_input');
    expect(codeOf(() => buildBallot(proxy as never))).toBe('invalid_input');
  });
});
