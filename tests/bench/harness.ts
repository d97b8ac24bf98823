// Side-by-side timing with tinybench: each contender is timed in several rounds, in a rotating
// order, each round with its own warm-up; the figure kept is the median over the rounds of each
// round's median latency. Ratios are formed from contenders measured in the same process, so a
// busy machine slows both sides of a ratio alike.
import { Bench } from 'tinybench';

/** One thing to time. */
export interface Contender {
  /** The name shown in the table. */
  readonly name: string;
  /** Whether this is a peer (another library, or a hand-written baseline) rather than ours. */
  readonly peer: boolean;
  /** How many items (committees, events, votes, parses) one call handles. */
  readonly items: number;
  /** The work: one call. May return a promise. */
  readonly fn: () => unknown;
  /** The fewest calls per round (default 8; fewer for slow calls). */
  readonly iterations?: number;
}

/** What was measured for one contender. */
export interface Measured {
  readonly name: string;
  readonly peer: boolean;
  readonly items: number;
  /** The median over rounds of each round's median time per call, in milliseconds. */
  readonly medianMs: number;
  /** Items per second at that median. */
  readonly itemsPerSecond: number;
  /** Each round's median time per call, in milliseconds. */
  readonly roundsMs: readonly number[];
}

/** Options for {@link measure}. */
export interface MeasureOptions {
  /** How many rounds (default 5). */
  readonly rounds?: number;
  /** Time per contender per round, in milliseconds (default 400). */
  readonly time?: number;
  /** Warm-up time per contender in the first round, in milliseconds (default 150; later rounds warm up for a fifth of it). */
  readonly warmupTime?: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Times the contenders side by side and returns them in the order given. */
export async function measure(
  contenders: readonly Contender[],
  options: MeasureOptions = {},
): Promise<Measured[]> {
  const rounds = options.rounds ?? 5;
  const time = options.time ?? 400;
  const warmupTime = options.warmupTime ?? 150;
  const perRound = contenders.map((): number[] => []);
  for (let round = 0; round < rounds; round += 1) {
    for (let offset = 0; offset < contenders.length; offset += 1) {
      const index = (round + offset) % contenders.length;
      const contender = contenders[index] as Contender;
      const iterations = contender.iterations ?? 8;
      const bench = new Bench({
        time,
        iterations,
        warmupTime: round === 0 ? warmupTime : warmupTime / 5,
        warmupIterations: round === 0 ? Math.max(1, Math.ceil(iterations / 2)) : 1,
        throws: true,
      });
      bench.add(contender.name, contender.fn);
      await bench.run();
      const result = bench.tasks[0]?.result;
      if (result === undefined || result.state !== 'completed')
        throw new Error(`${contender.name} did not complete (${result?.state ?? 'no result'}).`);
      (perRound[index] as number[]).push(result.latency.p50);
    }
  }
  return contenders.map((contender, index) => {
    const roundsMs = perRound[index] as number[];
    const medianMs = median(roundsMs);
    return {
      name: contender.name,
      peer: contender.peer,
      items: contender.items,
      medianMs,
      itemsPerSecond: (contender.items * 1000) / medianMs,
      roundsMs,
    };
  });
}
