// Internal: expectations about the action an offer of a gift or hospitality calls for, on a
// GiftAssessment or on an offer, which is assessed first with the asOf date given.
import { assessGift, type GiftAction, type GiftAssessment } from 'co-commissioning';
import type { GiftMatcherOptions } from '../matchers/options.js';
import { actionArgument, optionsArgument } from './arguments.js';
import { isGiftAssessment, isOffer } from './detect.js';
import { type Expectation, missingAsOf, unsupported } from './expectation.js';
import { describeFindings, describeVerdict } from './words.js';

const ACCEPTS = 'an offer (with { asOf }) or a result of assessGift';

/** toRequireAction / assertRequiresAction. */
export function actionExpectation(
  received: unknown,
  givenAction: GiftAction,
  given: GiftMatcherOptions,
  what: string,
): Expectation {
  const action = actionArgument(givenAction, what);
  const options = optionsArgument<GiftMatcherOptions>(given, what);
  const { coverage, ...assessOptions } = options;
  let assessment: GiftAssessment;
  let hint: string;
  if (isGiftAssessment(received)) {
    assessment = received;
    hint = 'assessment';
  } else if (isOffer(received)) {
    const asOf = assessOptions.asOf;
    if (asOf === undefined) {
      const args = `'${action}', { asOf: '2017-07-03' }`;
      return missingAsOf(
        what,
        'gift or hospitality offer',
        what.startsWith('to') ? `expect(offer).${what}(${args})` : `${what}(offer, ${args})`,
      );
    }
    assessment = assessGift(received, { ...assessOptions, asOf });
    hint = 'offer';
  } else {
    return unsupported(what, ACCEPTS, received);
  }
  coverage?.record(assessment);
  const on = options.asOf === undefined ? '' : ` on ${options.asOf}`;
  const decided = `"${assessment.action}" (rule ${assessment.ruleId}, ${assessment.regime} guidance)`;
  const explain = (): string =>
    [
      'Reasons:',
      ...assessment.reasons.map((reason) => describeVerdict(reason, 'always')),
      describeFindings('Findings', assessment.findings),
    ].join('\n');
  return {
    pass: assessment.action === action,
    code: 'wrong_gift_action',
    subject: hint,
    expected: action,
    actual: assessment.action,
    failure: () =>
      `Expected offer "${assessment.offerId}" to require "${action}"${on}, but it requires ${decided}.\n${explain()}`,
    negatedFailure: () =>
      `Expected offer "${assessment.offerId}" not to require "${action}"${on}, but it does: ${decided}.\n${explain()}`,
  };
}
