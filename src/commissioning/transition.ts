import { enablePatches, type Patch, produceWithPatches } from 'immer';
import { clonePlain } from '../_lib/clonePlain.js';
import type { Issues } from '../core/CoCommissioningError.js';
import type { Reason } from '../core/Reason.js';
import {
  assertState,
  type CommissioningState,
  type StatePatch,
  type TransitionRecord,
} from './CommissioningState.js';
import { type DraftState, evaluate } from './evaluate.js';
import { deepFreezeOwn } from './freeze.js';
import { parseEvent } from './parseEvent.js';
import type { TransitionOptions } from './TransitionOptions.js';

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

let patchesEnabled = false;

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
 * issues, never thrown.
 *
 * @param state - The CCG's current state, from {@link createCommissioningState}, an earlier
 * transition or {@link loadState}.
 * @param event - What happened, and when (`on`).
 * @param options - A calendar to add to {@link APPLICATION_CALENDAR}, switchable guards to turn
 * off, and options for the committee check.
 * @returns `{ ok: true, state, record }` or `{ ok: false, state, issues }`; both deeply frozen.
 * @throws {@link CoCommissioningError} `invalid_state` when `state` is not a commissioning state.
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
  assertState(state);
  const parsed = parseEvent(event);
  if (!parsed.ok) return Object.freeze({ ok: false, state, issues: parsed.issues });
  const evaluation = evaluate(state, parsed.event, options);
  const apply = evaluation.apply;
  if (apply === undefined)
    return Object.freeze({ ok: false, state, issues: refusals(evaluation.verdicts) });
  if (!patchesEnabled) {
    enablePatches();
    patchesEnabled = true;
  }
  const [next, patches, inversePatches] = produceWithPatches(state, (draft) => {
    apply(draft as unknown as DraftState);
  });
  const record: TransitionRecord = deepFreezeOwn({
    event: parsed.event,
    statusBefore: state.status,
    statusAfter: next.status,
    guards: evaluation.verdicts.map(({ id, verdict, message }) => ({ id, verdict, message })),
    patches: patches.map(toStatePatch),
    inversePatches: inversePatches.map(toStatePatch),
  });
  const withHistory: CommissioningState = Object.freeze({
    ...next,
    history: Object.freeze([...next.history, record]),
  });
  return Object.freeze({ ok: true, state: withHistory, record });
}

function toStatePatch(patch: Patch): StatePatch {
  return patch.value === undefined
    ? { op: patch.op, path: [...patch.path] }
    : { op: patch.op, path: [...patch.path], value: clonePlain(patch.value) };
}
