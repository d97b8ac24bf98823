import { describeValue } from '../_lib/describe.js';
import { fromZodIssues } from '../_lib/parseWith.js';
import { safeParse } from '../_lib/safeParse.js';
import type { IssuePath } from '../core/issue.js';
import type { Issue } from '../issues.js';
import { COMMISSIONING_STATUSES, type CommissioningStatus } from './CommissioningStatus.js';
import { BMA_MODEL_A, MODEL_ENUM } from './citations.js';
import type { DecidedBy } from './Holder.js';
import { type LocalArrangement, ResponsibilityOptionsSchema } from './LocalArrangement.js';
import { PRIMARY_CARE_FUNCTIONS, type PrimaryCareFunctionId } from './PRIMARY_CARE_FUNCTIONS.js';
import type { AppliedArrangement } from './ResponsibilityAnswer.js';

// Input checks shared by responsibility and compareStatuses. Internal only.

type CatalogueEntry = (typeof PRIMARY_CARE_FUNCTIONS)[number];

const BY_ID: ReadonlyMap<string, CatalogueEntry> = new Map(
  PRIMARY_CARE_FUNCTIONS.map((entry) => [entry.id, entry]),
);
const ORDER: ReadonlyMap<string, number> = new Map(
  PRIMARY_CARE_FUNCTIONS.map((entry, index) => [entry.id, index]),
);

export const STATUS_WORDS =
  'none (no co-commissioning), A (greater involvement), B (joint commissioning) or C (delegated commissioning)';

/** The catalogue entry for a function ID, or an `unknown_function` issue. */
export function checkFunctionId(value: unknown, path: IssuePath): CatalogueEntry | Issue {
  const entry = typeof value === 'string' ? BY_ID.get(value) : undefined;
  if (entry !== undefined) return entry;
  return {
    code: 'unknown_function',
    message: `Unknown primary care function: received ${describeValue(value)}. Use one of the IDs in PRIMARY_CARE_FUNCTIONS: ${PRIMARY_CARE_FUNCTIONS.map((known) => known.id).join(', ')}.`,
    path,
    received: describeValue(value),
  };
}

/** The status, or an `unknown_status` issue. */
export function checkStatus(value: unknown, path: IssuePath): CommissioningStatus | Issue {
  if ((COMMISSIONING_STATUSES as readonly unknown[]).includes(value)) {
    return value as CommissioningStatus;
  }
  return {
    code: 'unknown_status',
    message: `Unknown co-commissioning status: received ${describeValue(value)}. Use ${STATUS_WORDS}.`,
    path,
    received: describeValue(value),
  };
}

/** Tells a checked value from an issue. */
export function isIssue(value: unknown): value is Issue {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

const DEFAULT_STATUSES: Readonly<Record<DecidedBy, readonly CommissioningStatus[]>> = {
  ccg: ['C'],
  joint: ['B'],
  'nhs-england': ['A', 'B', 'C'],
};

/** The arrangements, checked and with their statuses spelled out, keyed by function ID. */
export type Arrangements = ReadonlyMap<PrimaryCareFunctionId, AppliedArrangement>;

/**
 * Validates the options: their shape with zod (`invalid_input`), then each arrangement's
 * function ID (`unknown_function`) and whether the sources allow it (`invalid_arrangement`).
 * Returns the arrangements or the issues, in catalogue order, unknown IDs last by name.
 */
export function checkOptions(options: unknown): Arrangements | Issue[] {
  if (options === undefined) return new Map();
  const parsed = safeParse(ResponsibilityOptionsSchema, options, ['options']);
  if (!parsed.success) return [...fromZodIssues(parsed.error.issues, ['options'])];
  const given = parsed.data.arrangements ?? {};
  const keys = Object.keys(given).sort((left, right) => {
    const a = ORDER.get(left) ?? Number.MAX_SAFE_INTEGER;
    const b = ORDER.get(right) ?? Number.MAX_SAFE_INTEGER;
    return a !== b ? a - b : left < right ? -1 : 1; // object keys are unique: never equal
  });
  const issues: Issue[] = [];
  const arrangements = new Map<PrimaryCareFunctionId, AppliedArrangement>();
  for (const key of keys) {
    const path = ['options', 'arrangements', key];
    const entry = checkFunctionId(key, path);
    if (isIssue(entry)) {
      issues.push(entry);
      continue;
    }
    const arrangement = given[key] as LocalArrangement;
    const problem = checkArrangement(entry, arrangement, path);
    if (problem !== undefined) {
      issues.push(problem);
      continue;
    }
    const statuses = arrangement.statuses
      ? COMMISSIONING_STATUSES.filter((status) => arrangement.statuses?.includes(status))
      : [...DEFAULT_STATUSES[arrangement.decidedBy]];
    arrangements.set(entry.id, {
      decidedBy: arrangement.decidedBy,
      ccgRole: arrangement.ccgRole,
      evidence: arrangement.evidence,
      statuses,
      ...(arrangement.note === undefined ? {} : { note: arrangement.note }),
    });
  }
  return issues.length > 0 ? issues : arrangements;
}

function checkArrangement(
  entry: CatalogueEntry,
  arrangement: LocalArrangement,
  path: IssuePath,
): Issue | undefined {
  if (arrangement.decidedBy === 'nhs-england') return undefined;
  const reserved = entry.reservedToNhsEngland;
  if (reserved !== undefined) {
    return {
      code: 'invalid_arrangement',
      message: `A CCG cannot take part in deciding "${entry.name}" in any model: ${reserved.reason} Record NHS England as the decision-maker, with the CCG's role as none or influence.`,
      path,
      functionId: entry.id,
      sources: reserved.sources,
    };
  }
  const early = (arrangement.statuses ?? []).filter(
    (status) => status === 'none' || status === 'A',
  );
  if (early.length > 0) {
    return {
      code: 'invalid_arrangement',
      message: `Under status ${early.join(' and ')} the CCG takes no commissioning decisions, so an arrangement where the CCG decides or decides jointly on "${entry.name}" cannot apply there. Remove ${early.join(' and ')} from its statuses.`,
      path,
      functionId: entry.id,
      sources: [MODEL_ENUM, BMA_MODEL_A],
    };
  }
  return undefined;
}
