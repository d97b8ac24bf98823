// Internal: the expectation a matcher or assertion is given (a rule ID, an outcome, an action,
// guard IDs, options) is checked before it is used, so that a wrong one is refused with a coded
// invalid_input instead of being written into a message as "[object Object]" or "undefined".
import { BALLOT_OUTCOMES, type BallotOutcome, type GiftAction, isIsoDate } from 'co-commissioning';
import { describeValue } from '../../_lib/describe.js';
import { invalidInput } from './fail.js';

const GIFT_ACTIONS: readonly GiftAction[] = [
  'accept',
  'declare',
  'accept-for-organisation',
  'needs-approval',
  'decline',
];
const SEVERITIES: readonly string[] = ['breach', 'warning', 'advice'];

/** A rule or guard ID: non-empty text. */
export function idArgument(value: unknown, what: string, name: string, example: string): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  return invalidInput(
    `${what}: give the ${name} as text, such as '${example}', not ${describeValue(value)}.`,
    [name === 'rule ID' ? 'ruleId' : 'guardIds'],
    `a ${name}`,
    value,
  );
}

/** The rule ID of toBreach, toFlag, assertBreaches and assertFlags. */
export function ruleIdArgument(value: unknown, what: string): string {
  return idArgument(value, what, 'rule ID', 'COI-PCCC-LAY-CHAIR');
}

/** The guard IDs of toBeRefusedBy and assertRefusedBy: none, one, or a list. */
export function guardIdsArgument(value: unknown, what: string): readonly string[] {
  if (value === undefined) return [];
  if (typeof value === 'string')
    return [idArgument(value, what, 'guard ID', 'GUARD-LMC-CONSULTED')];
  if (Array.isArray(value)) {
    const ids: string[] = [];
    for (let index = 0; index < value.length; index += 1)
      ids.push(idArgument(value[index], what, 'guard ID', 'GUARD-LMC-CONSULTED'));
    return ids;
  }
  return invalidInput(
    `${what}: give the guard IDs as text or a list of text, such as ['GUARD-LMC-CONSULTED'], not ${describeValue(value)}.`,
    ['guardIds'],
    'guard IDs',
    value,
  );
}

/** The outcome of toHaveBallotOutcome and assertBallotOutcome. */
export function outcomeArgument(value: unknown, what: string): BallotOutcome {
  if ((BALLOT_OUTCOMES as readonly unknown[]).includes(value)) return value as BallotOutcome;
  return invalidInput(
    `${what}: give the outcome as one of ${BALLOT_OUTCOMES.join(', ')}, not ${describeValue(value)}.`,
    ['outcome'],
    'a ballot outcome',
    value,
  );
}

/** The action of toRequireAction and assertRequiresAction. */
export function actionArgument(value: unknown, what: string): GiftAction {
  if ((GIFT_ACTIONS as readonly unknown[]).includes(value)) return value as GiftAction;
  return invalidInput(
    `${what}: give the action as one of ${GIFT_ACTIONS.join(', ')}, not ${describeValue(value)}.`,
    ['action'],
    'a gift action',
    value,
  );
}

/**
 * The options of a matcher or assertion: nothing, or an object whose own fields (`asOf`,
 * `subjectId`, `severity`, `only`, `coverage`) are of the documented kind; the rest go to the
 * library, which checks them, or, when `allowed` lists every field, are refused.
 */
export function optionsArgument<T extends object>(
  value: unknown,
  what: string,
  allowed?: readonly string[],
): T {
  if (value === undefined) return {} as T;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return invalidInput(
      `${what}: give the options as an object, such as { asOf: '2017-06-01' }, not ${describeValue(value)}.`,
      ['options'],
      'an object of options',
      value,
    );
  }
  // Options the library never sees are all the kit's: a misspelt one is refused, not ignored.
  if (allowed !== undefined) {
    const unknown = Object.keys(value)
      .filter((key) => !allowed.includes(key))
      .sort();
    const [first] = unknown;
    if (first !== undefined)
      invalidInput(
        `${what}: remove the option ${JSON.stringify(first)}: it takes only ${allowed.join(', ')}.`,
        ['options', first],
        `only the options ${allowed.join(', ')}`,
        first,
      );
  }
  const { asOf, subjectId, severity, only, coverage } = value as Record<string, unknown>;
  // A result already checked uses asOf only in its words, so it is read here, for every subject.
  if (asOf !== undefined && !isIsoDate(asOf))
    invalidInput(
      `${what}: give options.asOf as a calendar date written YYYY-MM-DD, such as '2017-06-01', not ${describeValue(asOf)}.`,
      ['options', 'asOf'],
      'a date written YYYY-MM-DD',
      asOf,
    );
  if (subjectId !== undefined && (typeof subjectId !== 'string' || subjectId === ''))
    invalidInput(
      `${what}: give options.subjectId as the ID of a person or item, not ${describeValue(subjectId)}.`,
      ['options', 'subjectId'],
      'an ID',
      subjectId,
    );
  if (severity !== undefined && !SEVERITIES.includes(severity as string))
    invalidInput(
      `${what}: give options.severity as breach, warning or advice, not ${describeValue(severity)}.`,
      ['options', 'severity'],
      'a severity',
      severity,
    );
  if (only !== undefined && typeof only !== 'boolean')
    invalidInput(
      `${what}: give options.only as true or false, not ${describeValue(only)}.`,
      ['options', 'only'],
      'true or false',
      only,
    );
  if (
    coverage !== undefined &&
    (typeof coverage !== 'object' ||
      coverage === null ||
      typeof (coverage as { record?: unknown }).record !== 'function')
  )
    invalidInput(
      `${what}: give options.coverage as a collector from createRuleCoverage(), not ${describeValue(coverage)}.`,
      ['options', 'coverage'],
      'a rule coverage collector',
      coverage,
    );
  return value as T;
}
