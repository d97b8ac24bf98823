// `npm run bench` (node tests/bench/bench.mjs, which bundles this file with the library's
// sources and runs it): the library side by side with the tools a developer would otherwise
// pick, in one process. Prints a table of throughput and ratios, checks the goals of issue 10,
// and writes everything to reports/bench.json. Options: --quick (fewer, shorter rounds),
// --only=a,b (groups: transitions, rules, ballots, validation, growth, import).
//
// Every contender is checked to give the same answers as ours before it is timed. Throughput
// (items per second) comes from the median over rounds of each round's median time per call;
// ratios and growth are taken round by round and their median kept (see pairedRatio).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as library from 'co-commissioning';
import {
  APPLICATION_CALENDAR,
  type CommissioningEvent,
  type CommissioningState,
  type Committee,
  CommitteeSchema,
  checkCommittee,
  checkParsedCommittee,
  createCommissioningState,
  parseCommittee,
  type TransitionOptions,
  tallyBallot,
  transition,
} from 'co-commissioning';
import * as testing from 'co-commissioning/testing';
import { createActor, initialTransition, transition as xstateTransition } from 'xstate';
import * as z from 'zod';
import { DIMENSIONS } from '../fuzz/support/dimensions.js';
import { measureImports } from './coldImport.js';
import { cycleCalendar, cycleEvents, makeBallot, makeCommittees, richCommittee } from './data.js';
import { type Contender, type Measured, measure, median } from './harness.js';
import { floatTally } from './peers/floatTally.js';
import { handCheckCommittee, violatedRuleIds } from './peers/handWrittenCommittee.js';
import { makeCommitteeEngine, runCommitteeEngine } from './peers/rulesEngineCommittee.js';
import { commissioningMachine } from './peers/xstateCommissioning.js';
import { PlainCommitteeSchema } from './peers/zodCommittee.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (group: string) => only === undefined || only.includes(group);
// Many short rounds: each round times every contender of a group back to back, and ratios are
// taken round by round (see pairedRatio), which keeps them steady on a busy machine.
const rounds = quick ? 5 : 11;
const time = quick ? 120 : 250;

// Every result is kept (the last one of each call survives), so no work can be optimised away.
let sink: unknown;
const keep = (value: unknown) => {
  sink = value;
};

/** A ratio row: ours against a peer, items per second over items per second. */
interface Ratio {
  readonly group: string;
  readonly ours: string;
  readonly peer: string;
  readonly ratio: number;
}
/** A goal checked in this run. */
interface Goal {
  readonly goal: string;
  readonly measured: string;
  readonly met: boolean;
}
/** A linear-cost check: the time for 10× the input over 10× the time for the input. */
interface Scaling {
  readonly what: string;
  readonly small: number;
  readonly large: number;
  readonly timeRatio: number;
  readonly perItemRatio: number;
  readonly peerPerItemRatio?: number;
}

const groups: { group: string; unit: string; results: Measured[] }[] = [];
const ratios: Ratio[] = [];
const goals: Goal[] = [];
const scaling: Scaling[] = [];

function find(results: readonly Measured[], name: string): Measured {
  const found = results.find((result) => result.name === name);
  if (found === undefined) throw new Error(`No result named ${name}.`);
  return found;
}

/**
 * The median over rounds of one round's ratio: a and b are timed back to back in each round, so
 * a change of load between rounds moves both sides of that round's ratio alike.
 */
function pairedRatio(a: Measured, b: Measured, of: (a: number, b: number) => number): number {
  return median(a.roundsMs.map((ms, round) => of(ms, b.roundsMs[round] as number)));
}

/** Ours against a peer: the median over rounds of items per second over items per second. */
function ratioOf(group: string, results: readonly Measured[], ours: string, peer: string): number {
  const a = find(results, ours);
  const b = find(results, peer);
  const ratio = pairedRatio(a, b, (oursMs, peerMs) => a.items / oursMs / (b.items / peerMs));
  ratios.push({ group, ours, peer, ratio });
  return ratio;
}

/**
 * Records how the cost grows from one input to one ten times larger, per item. When a peer doing
 * the same work is given, its growth is shown beside ours: growth that both show comes from the
 * machine (caches, memory), not from the algorithm, and the goal allows for it.
 */
function scale(
  what: string,
  results: readonly Measured[],
  small: string,
  large: string,
  sizes: { small: number; large: number },
  peer?: { small: string; large: string },
  work?: number,
  /** The growth per item still read as linear (default 1.25, or the peer's growth + 15%). */
  limit?: number,
): void {
  // The time ratio over the ratio of work done (by default, of items per call), round by round.
  const perItem = (a: Measured, b: Measured) =>
    pairedRatio(a, b, (smallMs, largeMs) => largeMs / smallMs) / (work ?? b.items / a.items);
  const ours = perItem(find(results, small), find(results, large));
  const peerRatio =
    peer === undefined ? undefined : perItem(find(results, peer.small), find(results, peer.large));
  const factor = sizes.large / sizes.small;
  scaling.push({
    what,
    small: sizes.small,
    large: sizes.large,
    timeRatio: ours * factor,
    perItemRatio: ours,
    ...(peerRatio === undefined ? {} : { peerPerItemRatio: peerRatio }),
  });
  const allowance = limit ?? Math.max(1.25, (peerRatio ?? 0) * 1.15);
  goals.push({
    goal:
      limit === undefined
        ? `${what}: ${factor}× the input takes at most about ${factor}× the time`
        : `${what}: ${factor}× the input takes less than ${fixed(limit * factor, 0)}× the time (quadratic work: ${factor * factor}×)`,
    measured: `${fixed(ours * factor)}× the time (${fixed(ours)}× per item${peerRatio === undefined ? '' : `; the peer ${fixed(peerRatio)}× per item`})`,
    met: ours <= allowance,
  });
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`Benchmark inputs disagree: ${message}`);
}

const fixed = (value: number, digits = 2) => value.toFixed(digits);

async function transitions(): Promise<void> {
  // One cycle fits the built-in application calendar; ten consecutive cycles need later waves,
  // given as options (validated on every call), so the scaling runs both pass them.
  const calendar = cycleCalendar(10);
  const withCalendar: TransitionOptions = { calendar };
  const cycles = (count: number) => Array.from({ length: count }, (_, k) => cycleEvents(k)).flat();
  const one = cycles(1);
  const ten = cycles(10);
  const ours = (events: readonly CommissioningEvent[], options?: TransitionOptions) => () => {
    let state: CommissioningState = createCommissioningState({
      ccgId: 'BENCH',
      status: 'A',
      since: '2014-04-01',
    });
    for (const event of events) {
      const result = transition(state, event, options);
      if (!result.ok) throw new Error(`${event.type} on ${event.on} was refused.`);
      state = result.state;
    }
    return state;
  };
  const input = { status: 'A' as const, since: '2014-04-01', calendar: APPLICATION_CALENDAR };
  const actorSend = () => {
    const actor = createActor(commissioningMachine, { input }).start();
    for (const event of one) actor.send(event);
    return actor.getSnapshot();
  };
  const pure = () => {
    let [snapshot] = initialTransition(commissioningMachine, input);
    for (const event of one) [snapshot] = xstateTransition(commissioningMachine, snapshot, event);
    return snapshot;
  };
  const finalState = ours(one)();
  check(
    finalState.status === 'A' && finalState.history.length === one.length,
    'our cycle ends in A',
  );
  check(
    finalState.history.every((record) => record.guards.every((guard) => guard.verdict === 'pass')),
    'every guard passes on the cycle',
  );
  check(actorSend().context.status === 'A', 'the XState actor ends in A');
  check(pure().context.status === 'A', 'the XState pure transition ends in A');
  check(ours(ten, withCalendar)().history.length === ten.length, 'ten cycles are all accepted');
  const results = await measure(
    [
      { name: 'transition', peer: false, items: one.length, fn: () => keep(ours(one)()) },
      { name: 'xstate actor.send', peer: true, items: one.length, fn: () => keep(actorSend()) },
      { name: 'xstate transition()', peer: true, items: one.length, fn: () => keep(pure()) },
      {
        name: 'transition, calendar option (10 × 1 cycle)',
        peer: false,
        items: ten.length,
        fn: () => {
          for (let k = 0; k < 10; k += 1) keep(ours(one, withCalendar)());
        },
      },
      {
        name: 'transition, calendar option (10 cycles)',
        peer: false,
        items: ten.length,
        fn: () => keep(ours(ten, withCalendar)()),
      },
    ],
    { rounds, time },
  );
  groups.push({
    group: `transitions (A→B→C→B→A, ${one.length} events a cycle, every guard satisfied)`,
    unit: 'events/s',
    results,
  });
  const send = ratioOf('transitions', results, 'transition', 'xstate actor.send');
  ratioOf('transitions', results, 'transition', 'xstate transition()');
  goals.push({
    goal: 'transition at least as fast as XState actor.send (while recording verdicts and patches)',
    measured: `${fixed(send)}×`,
    met: send >= 1,
  });
  // Ten cycles on one state (its history grows to 220 records) against ten separate one-cycle
  // runs: the same events, so any difference is the cost of the growing history.
  scale(
    'transition (22 → 220 events on one state)',
    results,
    'transition, calendar option (10 × 1 cycle)',
    'transition, calendar option (10 cycles)',
    { small: one.length, large: ten.length },
  );
}

async function rules(): Promise<void> {
  const asOf = '2017-07-01';
  const committees = makeCommittees(10_000);
  const small = committees.slice(0, 1_000);
  const parsed = committees.map((committee) => parseCommittee(committee));
  const parsedSmall = parsed.slice(0, 1_000);
  const engine = makeCommitteeEngine();
  const options = { asOf };
  const rich = richCommittee();
  const richLarge = richCommittee(10);
  const checkAll = (list: readonly Committee[]) => () => {
    let compliant = 0;
    for (const committee of list) if (checkCommittee(committee, options).compliant) compliant += 1;
    return compliant;
  };
  const checkParsedAll = (list: readonly Committee[]) => () => {
    let compliant = 0;
    for (const committee of list)
      if (checkParsedCommittee(committee, options).compliant) compliant += 1;
    return compliant;
  };
  const handAll = () => {
    let compliant = 0;
    for (const committee of committees) if (handCheckCommittee(committee).compliant) compliant += 1;
    return compliant;
  };
  const violatedAll = () => {
    let found = 0;
    for (const committee of committees) found += violatedRuleIds(committee).length;
    return found;
  };
  const engineAll = async () => {
    let compliant = 0;
    for (const committee of committees)
      if ((await runCommitteeEngine(engine, committee)).compliant) compliant += 1;
    return compliant;
  };
  const expected = checkAll(committees)();
  check(checkParsedAll(parsed)() === expected, 'checkParsedCommittee agrees with checkCommittee');
  check(handAll() === expected, 'the hand-written check agrees');
  check((await engineAll()) === expected, 'json-rules-engine agrees');
  let findings = 0;
  for (const committee of parsed)
    findings += checkParsedCommittee(committee, options).findings.length;
  const n = committees.length;
  const results = await measure(
    [
      {
        name: 'checkParsedCommittee',
        peer: false,
        items: n,
        fn: () => keep(checkParsedAll(parsed)()),
      },
      { name: 'checkCommittee', peer: false, items: n, fn: () => keep(checkAll(committees)()) },
      { name: 'json-rules-engine', peer: true, items: n, fn: engineAll, iterations: 1 },
      { name: 'hand-written, outcome per rule', peer: true, items: n, fn: () => keep(handAll()) },
      { name: 'hand-written if-chain', peer: true, items: n, fn: () => keep(violatedAll()) },
      {
        name: 'checkParsedCommittee (1,000)',
        peer: false,
        items: small.length,
        fn: () => keep(checkParsedAll(parsedSmall)()),
      },
      {
        name: 'checkCommittee (1,000)',
        peer: false,
        items: small.length,
        fn: () => keep(checkAll(small)()),
      },
      {
        name: 'hand-written, outcome per rule (1,000)',
        peer: true,
        items: small.length,
        fn: () => {
          let compliant = 0;
          for (const committee of small)
            if (handCheckCommittee(committee).compliant) compliant += 1;
          keep(compliant);
        },
      },
      {
        name: 'checkCommittee (12 members)',
        peer: false,
        items: 100,
        fn: () => {
          for (let index = 0; index < 100; index += 1) keep(checkCommittee(rich, options));
        },
      },
      {
        name: 'checkCommittee (120 members)',
        peer: false,
        items: 100,
        fn: () => {
          for (let index = 0; index < 100; index += 1) keep(checkCommittee(richLarge, options));
        },
      },
    ],
    { rounds, time },
  );
  groups.push({
    group: `rule checks (${(findings / n).toFixed(2)} findings per committee)`,
    unit: 'committees/s',
    results,
  });
  const g = 'rule checks';
  const parsedVsEngine = ratioOf(g, results, 'checkParsedCommittee', 'json-rules-engine');
  const parsedVsHand = ratioOf(
    g,
    results,
    'checkParsedCommittee',
    'hand-written, outcome per rule',
  );
  ratioOf(g, results, 'checkParsedCommittee', 'hand-written if-chain');
  const checkVsEngine = ratioOf(g, results, 'checkCommittee', 'json-rules-engine');
  ratioOf(g, results, 'checkCommittee', 'hand-written, outcome per rule');
  goals.push(
    {
      goal: 'checkParsedCommittee at least 100× json-rules-engine',
      measured: `${fixed(parsedVsEngine, 0)}×`,
      met: parsedVsEngine >= 100,
    },
    {
      goal: 'checkParsedCommittee within 4× of the hand-written check (outcome per rule)',
      measured: `${fixed(1 / parsedVsHand)}× slower`,
      met: 1 / parsedVsHand <= 4,
    },
    {
      goal: 'checkCommittee (validate then check) at least 10× json-rules-engine',
      measured: `${fixed(checkVsEngine, 0)}×`,
      met: checkVsEngine >= 10,
    },
  );
  const hand = {
    small: 'hand-written, outcome per rule (1,000)',
    large: 'hand-written, outcome per rule',
  };
  const batch = { small: small.length, large: n };
  scale(
    'checkParsedCommittee (committees)',
    results,
    'checkParsedCommittee (1,000)',
    'checkParsedCommittee',
    batch,
    hand,
  );
  scale(
    'checkCommittee (committees)',
    results,
    'checkCommittee (1,000)',
    'checkCommittee',
    batch,
    hand,
  );
  scale(
    'checkCommittee (members of one committee)',
    results,
    'checkCommittee (12 members)',
    'checkCommittee (120 members)',
    { small: 12, large: 120 },
    undefined,
    10,
  );
}

async function ballots(): Promise<void> {
  const perMember = makeBallot(1_000_000, 'per-member');
  const weighted = makeBallot(1_000_000, 'list-size');
  const smallPerMember = makeBallot(100_000, 'per-member');
  const smallWeighted = makeBallot(100_000, 'list-size');
  for (const { ballot, votes } of [perMember, weighted]) {
    const exact = tallyBallot(ballot, votes);
    const float = floatTally(ballot, votes);
    check(exact.outcome === (float.carried ? 'carried' : 'not-carried'), 'the outcomes agree');
  }
  check(
    tallyBallot(perMember.ballot, perMember.votes).counts.yes ===
      floatTally(perMember.ballot, perMember.votes).yes,
    'the per-member yes counts agree',
  );
  const contenders: Contender[] = [];
  for (const [label, data, small] of [
    ['per member', perMember, smallPerMember],
    ['weighted', weighted, smallWeighted],
  ] as const) {
    contenders.push(
      {
        name: `tallyBallot (${label})`,
        peer: false,
        items: data.votes.length,
        fn: () => keep(tallyBallot(data.ballot, data.votes)),
        iterations: 3,
      },
      {
        name: `float loop (${label})`,
        peer: true,
        items: data.votes.length,
        fn: () => keep(floatTally(data.ballot, data.votes)),
        iterations: 3,
      },
      {
        name: `tallyBallot (${label}, 100,000)`,
        peer: false,
        items: small.votes.length,
        fn: () => keep(tallyBallot(small.ballot, small.votes)),
        iterations: 4,
      },
      {
        name: `float loop (${label}, 100,000)`,
        peer: true,
        items: small.votes.length,
        fn: () => keep(floatTally(small.ballot, small.votes)),
        iterations: 4,
      },
    );
  }
  const results = await measure(contenders, { rounds, time: time * 2 });
  groups.push({ group: 'ballots (1,000,000 members, one vote each)', unit: 'votes/s', results });
  for (const label of ['per member', 'weighted']) {
    const ours = find(results, `tallyBallot (${label})`);
    const vsFloat = ratioOf('ballots', results, `tallyBallot (${label})`, `float loop (${label})`);
    goals.push(
      {
        goal: `tallyBallot (${label}) counts at least 1,000,000 votes/s, exactly`,
        measured: `${Math.round(ours.itemsPerSecond).toLocaleString('en-GB')} votes/s`,
        met: ours.itemsPerSecond >= 1_000_000,
      },
      {
        goal: `tallyBallot (${label}) within 3× of the float loop`,
        measured: `${fixed(1 / vsFloat)}× slower`,
        met: 1 / vsFloat <= 3,
      },
    );
    scale(
      `tallyBallot (${label})`,
      results,
      `tallyBallot (${label}, 100,000)`,
      `tallyBallot (${label})`,
      { small: 100_000, large: 1_000_000 },
      { small: `float loop (${label}, 100,000)`, large: `float loop (${label})` },
    );
  }
}

async function validation(): Promise<void> {
  const committee = richCommittee();
  const large = richCommittee(10);
  const compiled = z.compile(PlainCommitteeSchema);
  check(
    JSON.stringify(parseCommittee(committee)) ===
      JSON.stringify(PlainCommitteeSchema.parse(committee)),
    'parseCommittee and the plain zod schema read the committee alike',
  );
  check(
    JSON.stringify(compiled.parse(committee)) === JSON.stringify(parseCommittee(committee)),
    'the compiled zod schema reads the committee alike',
  );
  const batch = 100;
  const times = (fn: () => unknown) => () => {
    for (let index = 0; index < batch; index += 1) keep(fn());
  };
  const results = await measure(
    [
      {
        name: 'parseCommittee',
        peer: false,
        items: batch,
        fn: times(() => parseCommittee(committee)),
      },
      {
        name: 'zod classic .parse (plain schema)',
        peer: true,
        items: batch,
        fn: times(() => PlainCommitteeSchema.parse(committee)),
      },
      {
        name: 'zod z.compile().parse (plain schema)',
        peer: true,
        items: batch,
        fn: times(() => compiled.parse(committee)),
      },
      {
        name: 'CommitteeSchema.parse',
        peer: false,
        items: batch,
        fn: times(() => CommitteeSchema.parse(committee)),
      },
      {
        name: 'parseCommittee (120 members)',
        peer: false,
        items: batch / 10,
        fn: () => {
          for (let index = 0; index < batch / 10; index += 1) keep(parseCommittee(large));
        },
      },
    ],
    { rounds, time },
  );
  groups.push({
    group: 'validation (a 12-member committee with posts and a quorum rule)',
    unit: 'parses/s',
    results,
  });
  const vsZod = ratioOf(
    'validation',
    results,
    'parseCommittee',
    'zod classic .parse (plain schema)',
  );
  ratioOf('validation', results, 'parseCommittee', 'zod z.compile().parse (plain schema)');
  goals.push({
    goal: 'parseCommittee at least as fast as a bare zod classic parse',
    measured: `${fixed(vsZod)}×`,
    met: vsZod >= 1,
  });
  scale(
    'parseCommittee (members)',
    results,
    'parseCommittee',
    'parseCommittee (120 members)',
    { small: 12, large: 120 },
    undefined,
    // 100 parses of 12 members against 10 parses of 120: the same number of members.
    1,
  );
}

/** The per-item growth (10× the input) under which an entry point's cost reads as linear. */
const GROWTH_LIMIT = 3;

/** An exported function or class of the library or the testing kit, called by name. */
function callable(name: string): (...args: readonly unknown[]) => unknown {
  const exported: unknown =
    (library as Record<string, unknown>)[name] ?? (testing as Record<string, unknown>)[name];
  if (typeof exported !== 'function') throw new Error(`${name} is not an exported function.`);
  const fn = exported as (...args: readonly unknown[]) => unknown;
  return name === 'CoCommissioningError'
    ? (...args) => Reflect.construct(fn, args)
    : (...args) => fn(...args);
}

/**
 * Every public entry point whose work grows with its input (the inputs of the fuzz suite's
 * large-input tests, tests/fuzz/support/dimensions.ts), timed at n and at 10n side by side.
 */
async function growth(): Promise<void> {
  const results: Measured[] = [];
  for (const dimension of DIMENSIONS) {
    const small = dimension.make(dimension.n);
    const large = dimension.make(dimension.n * 10);
    for (const name of dimension.entries) {
      const call = callable(name);
      const measured = await measure(
        [
          {
            name: `${name} (${dimension.n})`,
            peer: false,
            items: 1,
            fn: () => keep(call(...small)),
            iterations: 4,
          },
          {
            name: `${name} (${dimension.n * 10})`,
            peer: false,
            items: 1,
            fn: () => keep(call(...large)),
            iterations: 2,
          },
        ],
        { rounds: quick ? 3 : 5, time: quick ? 60 : 120, warmupTime: 60 },
      );
      results.push(...measured);
      scale(
        `${name} (${dimension.what})`,
        measured,
        `${name} (${dimension.n})`,
        `${name} (${dimension.n * 10})`,
        { small: dimension.n, large: dimension.n * 10 },
        undefined,
        10,
        // Large inputs outgrow the processor's caches and make more garbage: per-item cost rises
        // with size even for linear work (the float loop in "ballots" shows it too), so growth
        // is judged against quadratic work here, and the figures are reported as measured.
        GROWTH_LIMIT,
      );
    }
  }
  groups.push({ group: 'growth (every entry point whose input grows)', unit: 'calls/s', results });
}

interface ImportReport {
  readonly runs: number;
  readonly zodMs: number;
  readonly libraryMs: number;
  readonly overZodMs: number;
}
let imports: ImportReport | undefined;

function importTimes(): void {
  const report = measureImports(root, quick ? 9 : 21);
  if (report === undefined) {
    console.log('\nCold import: skipped (run `npm run build` first: dist/index.js is missing).');
    return;
  }
  imports = report;
  goals.push({
    goal: 'importing co-commissioning costs at most 20 ms more than importing zod alone',
    measured: `${fixed(report.overZodMs, 1)} ms more`,
    met: report.overZodMs <= 20,
  });
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

function print(): void {
  const rate = (value: number) => Math.round(value).toLocaleString('en-GB');
  for (const { group, unit, results } of groups) {
    console.log(`\n${group}`);
    console.log(
      `  ${pad('contender', 40)} ${pad('items/call', 11, true)} ${pad('median ms', 11, true)} ${pad(unit, 16, true)}  ratio (ours ÷ peer, items/s, paired by round)`,
    );
    for (const result of results) {
      const mine = ratios.filter((row) => row.ours === result.name);
      const shown = mine.map((row) => `${fixed(row.ratio)}× ${row.peer}`).join('; ');
      console.log(
        `  ${pad(`${result.peer ? '  peer: ' : ''}${result.name}`, 40)} ${pad(rate(result.items), 11, true)} ${pad(fixed(result.medianMs, 3), 11, true)} ${pad(rate(result.itemsPerSecond), 16, true)}  ${shown}`,
      );
    }
  }
  if (scaling.length > 0) {
    console.log('\nLinear cost (10× the input)');
    for (const row of scaling)
      console.log(
        `  ${pad(row.what, 48)} ${pad(`${row.small.toLocaleString('en-GB')} → ${row.large.toLocaleString('en-GB')}`, 22, true)}  time ×${fixed(row.timeRatio)} (per item ×${fixed(row.perItemRatio)}${row.peerPerItemRatio === undefined ? '' : `; peer ×${fixed(row.peerPerItemRatio)}`})`,
      );
  }
  if (imports !== undefined) {
    console.log(
      `\nCold import in Node (time inside the process around import(), median of ${imports.runs} fresh processes)`,
    );
    console.log(`  import zod               ${fixed(imports.zodMs, 1)} ms`);
    console.log(
      `  import co-commissioning  ${fixed(imports.libraryMs, 1)} ms (${fixed(imports.overZodMs, 1)} ms more than zod)`,
    );
  }
  console.log('\nGoals');
  for (const goal of goals)
    console.log(`  ${goal.met ? 'met   ' : 'MISSED'}  ${goal.goal}: ${goal.measured}`);
}

async function main(): Promise<void> {
  if (wanted('transitions')) await transitions();
  if (wanted('rules')) await rules();
  if (wanted('ballots')) await ballots();
  if (wanted('validation')) await validation();
  if (wanted('growth')) await growth();
  if (wanted('import')) importTimes();
  print();
  const report = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    quick,
    rounds,
    groups,
    ratios,
    scaling,
    imports,
    goals,
  };
  const file = join(root, 'reports', 'bench.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${file}`);
  // Reading the kept result once keeps it observable to the engine.
  if (sink === undefined) console.log('No result was kept.');
}

await main();
