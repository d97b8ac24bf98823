import type { Issues } from '../core/CoCommissioningError.js';
import type { Reason } from '../core/Reason.js';
import type {
  CommissioningState,
  RecordedVerdict,
  StatePatch,
  TransitionRecord,
} from './CommissioningState.js';
import { checkState, checkTransitionOptions } from './checkInputs.js';
import { type Change, evaluate } from './evaluate.js';
import { deepFreezeOwn } from './freeze.js';
import { parseEvent } from './parseEvent.js';
import type { TransitionOptions } from './TransitionOptions.js';
import { markState } from './trusted.js';

/**
 * What {@link transition} returns: the new state and the record of the change, or the
 * unchanged state and the issues that refused it.
 *
 * @example
 * ```ts
 * import { createCommissioningState, transition, type TransitionResult } from 'co-commissioning';
 *
 * const start = createCommissioningState({ ccgId: '06H', status: 'B', since: '2015-04-01' });
 * const result: TransitionResult = transition(start, { type: 'GO_LIVE', on: '2016-04-01' });
 * result.ok; //=> false
 * ```
 * @category Commissioning
 */
export type TransitionResult =
  | { readonly ok: true; readonly state: CommissioningState; readonly record: TransitionRecord }
  | { readonly ok: false; readonly state: CommissioningState; readonly issues: Issues };

/** Internal: the guards' verdicts turned into `guard_failed` issues. */
export function refusals(verdicts: readonly Reason[]): Issues {
  return verdicts
    .filter((verdict) => verdict.verdict === 'fail')
    .map((verdict) => ({
      code: 'guard_failed' as const,
      message: verdict.message,
      path: ['event'],
      guardId: verdict.id,
      remedy: verdict.remedy ?? '',
      sources: verdict.sources,
    })) as unknown as Issues;
}

/**
 * Applies an event to a CCG's commissioning state, if every guard allows it. Pure: the state
 * passed in is never changed, and the result depends only on the arguments.
 *
 * Each accepted event appends a {@link TransitionRecord} to `history`: the event, every guard's
 * verdict, and the patches (with their inverses) from the old state to the new. A refused event
 * returns `ok: false`, the same state, and one `guard_failed` issue per failing guard, each with
 * the guard's ID, what to do next and the source. An event that is not an event at all (unknown
 * `type`, missing or malformed fields) is refused with `unknown_event` or `invalid_input`
 * issues, and a committee that lists a person twice with `duplicate_id` issues, never thrown.
 *
 * @param state - The CCG's current state, from {@link createCommissioningState}, an earlier
 * transition or {@link loadState}.
 * @param event - What happened, and when (`on`).
 * @param options - A calendar to add to {@link APPLICATION_CALENDAR}, switchable guards to turn
 * off, and options for the committee check.
 * @returns `{ ok: true, state, record }` or `{ ok: false, state, issues }`; both deeply frozen.
 * @throws {@link CoCommissioningError} `invalid_state` when `state` is not a well-formed
 * commissioning state; `invalid_input` for malformed options.
 *
 * @example
 * ```ts
 * import { createCommissioningState, transition } from 'co-commissioning';
 *
 * const start = createCommissioningState({ ccgId: '06H', status: 'B', since: '2015-04-01' });
 * const proposed = transition(start, { type: 'PROPOSE', on: '2015-07-01', target: 'C', goLive: '2016-04-01' });
 * proposed.ok && proposed.state.proposal?.goLive; //=> '2016-04-01'
 *
 * const tooEarly = transition(start, { type: 'GO_LIVE', on: '2016-04-01' });
 * tooEarly.ok ? '' : tooEarly.issues[0].code; //=> 'guard_failed'
 * ```
 * @category Commissioning
 */
export function transition(
  state: CommissioningState,
  event: unknown,
  options: TransitionOptions = {},
): TransitionResult {
  const current = checkState(state);
  const settings = checkTransitionOptions(options);
  const parsed = parseEvent(event);
  if (!parsed.ok)
    return Object.freeze({ ok: false, state: current, issues: deepFreezeOwn(parsed.issues) });
  const evaluation = evaluate(current, parsed.event, settings);
  const apply = evaluation.apply;
  if (apply === undefined) {
    const issues = deepFreezeOwn(refusals(evaluation.verdicts));
    return Object.freeze({ ok: false, state: current, issues });
  }
  const { next, patches, inversePatches } = applyChange(current, apply);
  const record: TransitionRecord = Object.freeze({
    event: parsed.event,
    statusBefore: current.status,
    statusAfter: next.status,
    guards: recordedVerdicts(evaluation.verdicts),
    patches,
    inversePatches,
  });
  next.history = Object.freeze([...current.history, record]);
  const withHistory = markState(Object.freeze(next) as CommissioningState);
  return Object.freeze({ ok: true, state: withHistory, record });
}

/** Each guard's verdict as history records it. */
function recordedVerdicts(verdicts: readonly Reason[]): readonly RecordedVerdict[] {
  const recorded = new Array<RecordedVerdict>(verdicts.length);
  for (let index = 0; index < verdicts.length; index += 1) {
    const { id, verdict, message } = verdicts[index] as Reason;
    recorded[index] = Object.freeze({ id, verdict, message });
  }
  return Object.freeze(recorded);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A new state (not yet frozen, history still to add) and the patches, as immer records them. */
interface Applied {
  readonly next: Mutable<CommissioningState>;
  readonly patches: readonly StatePatch[];
  readonly inversePatches: readonly StatePatch[];
}

const PROPOSAL: readonly string[] = Object.freeze(['proposal']);
const STATUS: readonly string[] = Object.freeze(['status']);
const SINCE: readonly string[] = Object.freeze(['since']);

function patch(op: StatePatch['op'], path: StatePatch['path'], value?: unknown): StatePatch {
  return Object.freeze(value === undefined ? { op, path } : { op, path, value });
}

/**
 * Applies a change to a deeply frozen state the way immer's `produceWithPatches` would (the
 * same new object shape and key order, the same patches and inverse patches, in the same
 * order), sharing every unchanged part and every new part, all deeply frozen, with the patches.
 */
function applyChange(state: CommissioningState, change: Change): Applied {
  const next: Mutable<CommissioningState> = { ...state };
  switch (change.kind) {
    case 'propose': {
      // Only a state with no proposal takes a new one (GUARD-ONE-PROPOSAL), and a validated
      // state has no `proposal` key then, so the patch adds it.
      const { proposal } = change;
      next.proposal = proposal;
      return {
        next,
        patches: Object.freeze([patch('add', PROPOSAL, proposal)]),
        inversePatches: Object.freeze([patch('remove', PROPOSAL)]),
      };
    }
    case 'milestone': {
      const proposal = state.proposal as NonNullable<CommissioningState['proposal']>;
      const { milestone } = change;
      const index = proposal.milestones.length;
      next.proposal = Object.freeze({
        ...proposal,
        milestones: Object.freeze([...proposal.milestones, milestone]),
      });
      const path = Object.freeze(['proposal', 'milestones', index]);
      return {
        next,
        patches: Object.freeze([patch('add', path, milestone)]),
        inversePatches: Object.freeze([patch('remove', path)]),
      };
    }
    case 'go-live': {
      const patches: StatePatch[] = [];
      const inversePatches: StatePatch[] = [];
      if (!Object.is(state.status, change.status)) {
        next.status = change.status;
        patches.push(patch('replace', STATUS, change.status));
        inversePatches.push(patch('replace', STATUS, state.status));
      }
      if (!Object.is(state.since, change.since)) {
        next.since = change.since;
        patches.push(patch('replace', SINCE, change.since));
        inversePatches.push(patch('replace', SINCE, state.since));
      }
      delete next.proposal;
      patches.push(patch('remove', PROPOSAL));
      inversePatches.push(patch('add', PROPOSAL, state.proposal));
      return {
        next,
        patches: Object.freeze(patches),
        inversePatches: Object.freeze(inversePatches),
      };
    }
    case 'withdraw':
      delete next.proposal;
      return {
        next,
        patches: Object.freeze([patch('remove', PROPOSAL)]),
        inversePatches: Object.freeze([patch('add', PROPOSAL, state.proposal)]),
      };
  }
}
