import { assessAgendaItem, assessMeeting, type Meeting, safeAssessMeeting } from 'co-commissioning';
import { deepFreeze, isDeepFrozen } from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';
import { may2017, pccc, register } from './fixtures.js';

const options = { register, asOf: may2017.date, committee: pccc };

describe('assessMeeting', () => {
  describe('when given a PCCC meeting, its agenda and the register', () => {
    const assessment = assessMeeting(may2017, options);

    it('returns each item, in agenda order, as assessAgendaItem does', () => {
      expect(assessment.items.map((item) => item.item.id)).toEqual(['1', '4', '5', '6']);
      for (const item of assessment.items) {
        expect(item).toEqual(assessAgendaItem(may2017, item.item.id, options));
      }
    });

    it('returns who may vote on each item and that every decision is safe', () => {
      expect(assessment.safe).toBe(true);
      expect(
        assessment.items.map((item) => [
          item.item.id,
          item.voters.length,
          item.withdrawn,
          item.discussionOnly,
        ]),
      ).toEqual([
        ['1', 7, [], []],
        ['4', 7, ['p-okafor'], ['p-patel']],
        ['5', 6, [], ['p-roberts', 'p-okafor', 'p-patel']],
        ['6', 7, [], ['p-khan']],
      ]);
      expect(assessment).toMatchObject({
        meetingId: 'pccc-2017-05',
        date: '2017-05-11',
        asOf: '2017-05-11',
      });
    });

    it('returns not safe when any decision is not safe', () => {
      const thin: Meeting = {
        ...may2017,
        attendeeIds: ['p-hughes', 'p-grant', 'p-mensah', 'p-roberts'],
      };
      const result = assessMeeting(thin, options);
      expect(result.safe).toBe(false);
      expect(result.items.map((item) => item.safe)).toEqual([true, true, false, true]);
    });
  });

  describe('when given frozen input', () => {
    it('does not mutate its arguments', () => {
      expect(() =>
        assessMeeting(deepFreeze(structuredClone(may2017)), deepFreeze(structuredClone(options))),
      ).not.toThrow();
    });

    it('returns a deeply frozen result', () => {
      expect(isDeepFrozen(assessMeeting(may2017, options))).toBe(true);
    });
  });

  describe('when the input is malformed', () => {
    it('returns the issues from the safe door', () => {
      const result = safeAssessMeeting({ ...may2017, date: '2017-13-01' }, options);
      expect(result.success ? null : result.issues[0]).toMatchObject({
        code: 'invalid_input',
        path: ['meeting', 'date'],
        message:
          'Give a real calendar date written YYYY-MM-DD, such as 2016-04-01. (at meeting.date)',
      });
      expect(safeAssessMeeting(may2017, options).success).toBe(true);
    });
  });
});
