import * as z from 'zod';
import { splitIsoDate } from '../../_lib/calendar.js';
import { fail } from '../../_lib/fail.js';
import { fromZodIssues } from '../../_lib/parseWith.js';
import { safeParse } from '../../_lib/safeParse.js';
import type { IssuePath } from '../../core/issue.js';
import type { Issue } from '../../issues.js';
import { BALLOT_FIELDS, type Ballot, BallotSchema, type Elector } from '../Ballot.js';
import type { BallotIssue } from '../issues.js';
import { type IndexedElectorate, indexElectorate } from './ballotIssues.js';
import { MAX_LIST_SIZE } from './words.js';

// A ballot is parsed once per tally. Its electorate can be large, so the members are checked by
// hand on the fast path; anything the fast path does not accept is parsed again with the full
// schema, which reports every issue in its own words.

const ShellSchema = z.object({ ...BALLOT_FIELDS, electorate: z.array(z.unknown()) }).strict();

const ELECTOR_KEYS = new Set(['memberId', 'listSize', 'listSizeOn']);

/** Copies the electorate when every member is well formed, or returns undefined. */
function readElectorate(electorate: readonly unknown[]): Elector[] | undefined {
  if (electorate.length === 0) return undefined;
  const copy: Elector[] = new Array<Elector>(electorate.length);
  // Electors usually share one list-size date: remember the last one found valid.
  let validDate: string | undefined;
  for (let index = 0; index < electorate.length; index += 1) {
    const elector = electorate[index];
    if (typeof elector !== 'object' || elector === null || Array.isArray(elector)) return undefined;
    for (const key of Object.keys(elector)) if (!ELECTOR_KEYS.has(key)) return undefined;
    const { memberId, listSize, listSizeOn } = elector as Record<string, unknown>;
    if (typeof memberId !== 'string' || memberId === '') return undefined;
    const member: { memberId: string; listSize?: number; listSizeOn?: string } = { memberId };
    if (listSize !== undefined) {
      if (
        typeof listSize !== 'number' ||
        !Number.isSafeInteger(listSize) ||
        listSize < 0 ||
        listSize > MAX_LIST_SIZE
      ) {
        return undefined;
      }
      member.listSize = listSize;
    }
    if (listSizeOn !== undefined) {
      if (typeof listSizeOn !== 'string') return undefined;
      if (listSizeOn !== validDate) {
        if (splitIsoDate(listSizeOn) === undefined) return undefined;
        validDate = listSizeOn;
      }
      member.listSizeOn = listSizeOn;
    }
    copy[index] = member;
  }
  return copy;
}

/** A validated ballot with its electorate indexed. */
export interface ParsedBallot {
  readonly ballot: Ballot;
  readonly index: IndexedElectorate;
}

/** The fast path: a valid ballot without a schema parse per member, or undefined. */
export function parseFast(input: unknown): ParsedBallot | undefined {
  let shell: ReturnType<typeof ShellSchema.safeParse>;
  try {
    shell = ShellSchema.safeParse(input);
  } catch {
    return undefined; // the schema path words what could not be read
  }
  if (!shell.success) return undefined;
  const electorate = readElectorate(shell.data.electorate);
  if (electorate === undefined) return undefined;
  const ballot = { ...shell.data, electorate } as Ballot;
  const index = indexElectorate(ballot);
  return index.issues.length === 0 ? { ballot, index } : undefined;
}

/**
 * Parses a ballot, throwing the library's error with every issue: coded ballot issues keep their
 * code, shape problems become `invalid_input`. The result is a fresh copy; the input is never
 * changed.
 */
export function parseBallot(input: unknown, prefix: IssuePath = []): ParsedBallot {
  const fast = parseFast(input);
  if (fast !== undefined) return fast;
  const result = safeParse(BallotSchema, input, prefix);
  if (result.success) return { ballot: result.data, index: indexElectorate(result.data) };
  const issues = result.error.issues.map((zodIssue): Issue => {
    const coded =
      zodIssue.code === 'custom'
        ? (zodIssue.params as { ballotIssue?: BallotIssue } | undefined)?.ballotIssue
        : undefined;
    if (coded !== undefined) return { ...coded, path: [...prefix, ...coded.path] };
    return fromZodIssues([zodIssue], prefix)[0];
  });
  const [first, ...rest] = issues as [Issue, ...Issue[]];
  return fail(first, ...rest);
}
