import {
  AgendaItemSchema,
  assessAgendaItem,
  assessGift,
  assessMeeting,
  checkDeclarations,
  checkProcurementRegister,
  DeclarationSchema,
  MeetingSchema,
  OfferSchema,
  ProcurementDecisionSchema,
  RegisterSchema,
} from 'co-commissioning';
import {
  buildAgendaItem,
  buildCommittee,
  buildDeclaration,
  buildMeeting,
  buildOffer,
  buildProcurementDecision,
  buildRegister,
  coCommissioningMatchers,
  isDeepFrozen,
} from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

expect.extend(coCommissioningMatchers);

const decisionMakerIds = buildCommittee().members.map((member) => member.personId);

describe('buildDeclaration', () => {
  it('returns Dr A Patel’s financial interest in P001, declared 19 days after it arose', () => {
    const declaration = buildDeclaration();
    expect(DeclarationSchema.safeParse(declaration).success).toBe(true);
    expect(declaration).toMatchObject({
      personId: 'p-patel',
      type: 'financial',
      arisesOn: '2017-04-01',
      declaredOn: '2017-04-20',
      organisationIds: ['P001'],
    });
    expect(isDeepFrozen(declaration)).toBe(true);
  });

  it('breaches the 28-day rule when declared on day 29, not on day 28', () => {
    const onDay = (declaredOn: string) =>
      buildRegister({ declarations: [buildDeclaration({ declaredOn })] });
    expect(onDay('2017-04-29')).not.toBreach('COI-DECLARE-28D', { asOf: '2017-07-01' });
    expect(onDay('2017-04-30')).toBreach('COI-DECLARE-28D', {
      asOf: '2017-07-01',
      subjectId: 'p-patel',
    });
  });
});

describe('buildRegister', () => {
  it('returns a register with no finding from 2017-04-20 to 2018-06-30, and a breach the day after', () => {
    const register = buildRegister();
    expect(RegisterSchema.safeParse(register).success).toBe(true);
    for (const asOf of ['2017-04-20', '2017-07-01', '2018-06-30']) {
      expect(checkDeclarations(register, { asOf, decisionMakerIds }).findings).toEqual([]);
    }
    expect(register).toBreach('COI-REGISTER-2017', { asOf: '2018-07-01' });
    expect(isDeepFrozen(register)).toBe(true);
  });

  it('replaces any field', () => {
    expect(buildRegister({ nilReturns: [] })).toFlag('SEED-COI-MEASURES', {
      asOf: '2017-07-01',
      checkOptions: { decisionMakerIds },
      subjectId: 'p-hughes',
    });
  });
});

describe('buildOffer', () => {
  it('returns a £20 gift from a patient’s family that may be accepted in 2017', () => {
    const offer = buildOffer();
    expect(OfferSchema.safeParse(offer).success).toBe(true);
    expect(assessGift(offer, { asOf: '2017-07-03' })).toMatchObject({
      action: 'accept',
      mustDeclare: false,
      findings: [],
    });
    expect(isDeepFrozen(offer)).toBe(true);
  });

  it('crosses the £50 threshold between 4999 and 5001 pence', () => {
    const asOf = '2017-07-03';
    expect(buildOffer({ valuePence: 4999 })).toRequireAction('accept', { asOf });
    expect(buildOffer({ valuePence: 5000 })).toRequireAction('accept-for-organisation', { asOf });
    expect(buildOffer({ valuePence: 5001 })).toRequireAction('accept-for-organisation', { asOf });
  });
});

describe('buildAgendaItem', () => {
  it('returns an investment decision about P002 that concerns no one in the default register', () => {
    const item = buildAgendaItem();
    expect(AgendaItemSchema.safeParse(item).success).toBe(true);
    expect(item).toMatchObject({ id: 'item-1', decisionKind: 'investment' });
    expect(isDeepFrozen(item)).toBe(true);
  });
});

describe('buildMeeting', () => {
  const options = { register: buildRegister(), committee: buildCommittee(), asOf: '2017-07-05' };

  it('returns the default PCCC’s meeting, every member present, safe to decide', () => {
    const meeting = buildMeeting();
    expect(MeetingSchema.safeParse(meeting).success).toBe(true);
    expect(meeting.attendeeIds).toHaveLength(9);
    const assessment = assessAgendaItem(meeting, 'item-1', options);
    expect(assessment.safe).toBe(true);
    expect(assessment.findings).toEqual([]);
    expect(assessMeeting(meeting, options)).toBeCompliant();
    expect(isDeepFrozen(meeting)).toBe(true);
  });

  it('makes Dr A Patel withdraw from an item about P001', () => {
    const meeting = buildMeeting({
      items: [buildAgendaItem({ subject: { organisationIds: ['P001'] } })],
    });
    expect(assessAgendaItem(meeting, 'item-1', options).withdrawn).toEqual(['p-patel']);
  });

  it('takes its ID and attendees from the committee given', () => {
    const meeting = buildMeeting({ committee: buildCommittee({ kind: 'joint-committee' }) });
    expect(meeting.id).toBe('jc-2017-07-05');
    expect(meeting.committeeId).toBe('jc');
    expect(meeting.attendeeIds).toHaveLength(8);
    expect(buildMeeting({ attendeeIds: ['p-hughes'] }).attendeeIds).toEqual(['p-hughes']);
  });
});

describe('buildProcurementDecision', () => {
  it('returns a complete entry, and one missing element breaches the register rule', () => {
    const decision = buildProcurementDecision();
    expect(ProcurementDecisionSchema.safeParse(decision).success).toBe(true);
    expect(checkProcurementRegister([decision], { asOf: '2017-07-31' }).findings).toEqual([]);
    const { conflictsSummary: _, ...incomplete } = decision;
    expect([incomplete]).toBreach('COI-PROCUREMENT-REGISTER', { asOf: '2017-07-31' });
    expect(isDeepFrozen(decision)).toBe(true);
  });
});
