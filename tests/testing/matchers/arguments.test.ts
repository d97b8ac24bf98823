import { writeFileSync } from 'node:fs';
import { explainTransition, transition, createCommissioningState, checkCommittee, isCoCommissioningError, type LocalRule, type Committee } from 'co-commissioning';
import { buildDelegationProposal, buildEvent, buildCommittee, buildRegister, buildOffer, buildBallot, coCommissioningMatchers as m, voteArbitrary, runScenario } from 'co-commissioning/testing';
import { it, expect } from 'vitest';
const out: string[] = [];
function show(label: string, run: () => unknown) {
  try { const r = run() as { pass: boolean; message: () => string } | undefined; out.push(`## ${label}\n${r === undefined ? 'undefined' : `pass=${r.pass}\n${r.message()}`}`); }
  catch (e) { out.push(`## ${label}\nTHREW ${(e as Error).constructor.name} ${JSON.stringify(isCoCommissioningError(e) ? e.issues : (e as Error).message)}`); }
}
it('probe', () => {
  const asOf = '2017-06-01';
  const gp = buildCommittee({ chair: 'ccg-gp' });
  show('toFlag no sev', () => m.toFlag.call({ isNot: false }, buildCommittee(), 'COI-PCCC-LMC-SEAT', { asOf }));
  show('toFlag bad rule', () => m.toFlag.call({}, gp, 5 as never));
  show('toFlag ws rule', () => m.toFlag.call({}, gp, '  ' as never));
  show('toFlag sev', () => m.toFlag.call({}, gp, 'COI-PCCC-LMC-SEAT', 'critical' as never));
  show('toFlag missing asOf', () => m.toFlag.call({}, gp, 'COI-PCCC-LMC-SEAT'));
  show('toBreach cov fn', () => m.toBreach.call({}, gp, 'COI-PCCC-LMC-SEAT', { asOf, coverage: Object.assign(() => 1, { record: () => 1 }) } as never));
  show('toBreach unknown key', () => m.toBreach.call({}, gp, 'COI-PCCC-LMC-SEAT', { asOf, checkOptions: { overides: {} } } as never));
  show('toBreach unknown key2', () => m.toBreach.call({}, gp, 'COI-PCCC-LMC-SEAT', { asOf, subjectID: 'x' } as never));
  const start = createCommissioningState({ ccgId: 'X', status: 'A', since: '2015-04-01' });
  const ev = { type: 'PROPOSE', on: '2016-06-01', target: 'B', goLive: '2016-10-01' } as const;
  show('refused accepted unknown', () => m.toBeRefusedBy.call({}, transition(start, ev), ['GUARD-JOINT-GO-LIVE-DATE', 'GUARD-DATES-IN-ORDER']));
  show('refused accepted expl', () => m.toBeRefusedBy.call({}, explainTransition(start, ev)));
  show('allowed unknown .not', () => m.toBeAllowed.call({ isNot: true }, [start, ev]));
  show('allowed bad guards opt', () => m.toBeAllowed.call({ isNot: true }, [start, ev], { guard: {} } as never));
  show('allowed bad guards opt2', () => m.toBeAllowed.call({ isNot: true }, [start, ev], { guards: { 'GUARD-X': { enabled: false } } } as never));
  show('gift 2016 voucher', () => m.toRequireAction.call({}, buildOffer({ kind: 'cash-or-voucher' }), 'accept', { asOf: '2016-09-01' }));
  show('gift 2017 accept .not', () => m.toRequireAction.call({ isNot: true }, buildOffer(), 'accept', { asOf: '2017-07-03' }));
  show('gift norule', () => m.toRequireAction.call({}, buildOffer(), 'accept', { asOf: '2010-07-03' }));
  show('gift unknown opt', () => m.toRequireAction.call({}, buildOffer(), 'accept', { asOf: '2017-07-03', treshold: 1 } as never));
  show('register overdue', () => m.toBeCompliant.call({ isNot: true }, buildRegister({ reviewedOn: [] }), { asOf: '2019-01-01' }));
  const layViceChair: LocalRule<Committee, unknown> = {
    id: 'LOCAL-LAY-VICE-CHAIR', title: 'The vice-chair is a lay member', description: 'Our terms of reference require a lay vice-chair.', subject: 'committee', severity: 'breach', confidence: 'V',
    sources: [{ document: 'Our PCCC terms of reference', section: '4.2' }], inForce: { from: '2016-04-01' },
    check: (c) => c.members.find((x) => x.personId === c.viceChairId)?.role === 'lay' ? [] : [{ message: 'The vice-chair is not lay.', subjectIds: [], evidence: {} }],
  };
  show('local rule', () => m.toBeCompliant.call({}, buildCommittee({ viceChair: 'executive' } as never), { asOf, checkOptions: { localRules: [layViceChair] } } as never));
  show('ballot', () => m.toHaveBallotOutcome.call({}, buildBallot(), 'tied'));
  show('ballot bad', () => m.toHaveBallotOutcome.call({}, buildBallot(), 'won' as never));
  show('vote arb', () => voteArbitrary({ validity: 'broken' as never }));
  show('scenario', () => runScenario({ name: 5 }));
  show('refusedBy list', () => m.toBeRefusedBy.call({}, buildDelegationProposal({ skip: ['CONSULT_LMC'], stopBefore: 'SUBMIT_APPLICATION' }).state, ['GUARD-LMC-CONSULTED', 'GUARD-MEMBER-MANDATE']));
  writeFileSync('/tmp/probe/out.txt', out.join('\n\n'));
  expect(1).toBe(1);
});
