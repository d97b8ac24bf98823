// Internal: one evaluated expectation, shared by the expect.extend matchers (which print the
// message for the direction that failed) and the plain assertions (which throw it).
import { type PolicyAssertionCode, PolicyAssertionError } from '../PolicyAssertionError.js';
import { kindOf } from './detect.js';

export interface Expectation {
  /** Whether the subject meets the expectation (before any `.not`). */
  readonly pass: boolean;
  /** The code an assertion throws when the expectation fails. */
  readonly code: PolicyAssertionCode;
  /** What the subject is, for the hint line: `expect(committee)`. */
  readonly subject: string;
  /** The text when the expectation fails. */
  readonly failure: () => string;
  /** The text when the negated expectation fails (the subject met it). */
  readonly negatedFailure: () => string;
  /** What was expected, for assertion errors. */
  readonly expected: unknown;
  /** What was found, for assertion errors. */
  readonly actual: unknown;
}

/** The message of a matcher: a hint line, a blank line and the explanation. */
export function matcherMessage(
  expectation: Expectation,
  matcher: string,
  args: string,
  isNot: boolean,
): string {
  const hint = `expect(${expectation.subject})${isNot ? '.not' : ''}.${matcher}(${args})`;
  return `${hint}\n\n${isNot ? expectation.negatedFailure() : expectation.failure()}`;
}

/** Throws the expectation's failure as a PolicyAssertionError when it is not met. */
export function assertExpectation(expectation: Expectation): void {
  if (expectation.pass) return;
  throw new PolicyAssertionError({
    code: expectation.code,
    message: expectation.failure(),
    expected: expectation.expected,
    actual: expectation.actual,
  });
}

/** Throws `unsupported_subject` for a value a matcher or assertion cannot read. */
export function unsupported(what: string, accepts: string, received: unknown): never {
  throw new PolicyAssertionError({
    code: 'unsupported_subject',
    message: `${what} cannot check ${kindOf(received)}: give it ${accepts}.`,
    expected: accepts,
    actual: kindOf(received),
  });
}

/** Throws `missing_as_of` for a raw subject given without the date whose rules apply. */
export function missingAsOf(what: string, subject: string, example: string): never {
  throw new PolicyAssertionError({
    code: 'missing_as_of',
    message: `${what} needs the date whose rules apply to check a ${subject}: pass it as an option, as in ${example}.`,
    expected: 'options.asOf',
    actual: 'no asOf',
  });
}

/** Quotes a matcher argument for the hint line. */
export function quoteArg(value: string): string {
  return `'${value}'`;
}
