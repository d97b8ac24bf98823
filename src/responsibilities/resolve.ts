import type { CommissioningStatus } from './CommissioningStatus.js';
import type { CcgRole } from './Holder.js';
import type { Arrangements } from './inputs.js';
import { MODELS } from './MODELS.js';
import type { PRIMARY_CARE_FUNCTIONS } from './PRIMARY_CARE_FUNCTIONS.js';
import { RESPONSIBILITY_MATRIX } from './RESPONSIBILITY_MATRIX.js';
import type { Responsibility } from './ResponsibilityAnswer.js';

// Builds a Responsibility from checked inputs. Internal only; callers freeze the result.

type CatalogueEntry = (typeof PRIMARY_CARE_FUNCTIONS)[number];

const MODEL_PHRASE: Readonly<Record<CommissioningStatus, string>> = {
  none: 'with no co-commissioning',
  A: 'under greater involvement (Model A)',
  B: 'under joint commissioning (Model B)',
  C: 'under delegated commissioning (Model C)',
};

const HOLDER_PHRASE: Readonly<Record<CcgRole, string>> = {
  none: 'NHS England decides; the CCG has no role',
  influence: 'NHS England decides; the CCG can influence the decision but does not take it',
  joint: 'the CCG and NHS England decide jointly, in a joint committee or committees in common',
  decides: 'the CCG decides alone',
};

/** A short phrase for who holds a function, for one-line change summaries. */
export const SHORT_HOLDER_PHRASE: Readonly<Record<CcgRole, string>> = {
  none: 'NHS England decides and the CCG has no role',
  influence: 'NHS England decides and the CCG has influence',
  joint: 'the CCG and NHS England decide jointly',
  decides: 'the CCG decides alone',
};

/** The model's short phrase, for one-line change summaries. */
export const MODEL_LABEL: Readonly<Record<CommissioningStatus, string>> = {
  none: 'with no co-commissioning',
  A: 'under Model A',
  B: 'under Model B',
  C: 'under Model C',
};

const MODEL_NAME = Object.fromEntries(
  MODELS.map((model) => [model.status, model.name]),
) as Readonly<Record<CommissioningStatus, string>>;

export function resolve(
  entry: CatalogueEntry,
  status: CommissioningStatus,
  arrangements: Arrangements,
): Responsibility {
  const cell = RESPONSIBILITY_MATRIX[entry.id][status];
  const alternatives = cell.alternatives ?? [];
  const sourcesDisagree = alternatives.length > 0;
  const arrangement = arrangements.get(entry.id);
  const applies = arrangement?.statuses.includes(status) === true;
  const opening = `${entry.name} ${MODEL_PHRASE[status]}: `;
  const disagreement = alternatives.map(
    (alternative) => ` Sources disagree. ${alternative.summary}`,
  );
  const common = {
    functionId: entry.id,
    functionName: entry.name,
    status,
    modelName: MODEL_NAME[status],
    ...(cell.southwarkCell === undefined ? {} : { southwarkCell: cell.southwarkCell }),
    ...(cell.note === undefined ? {} : { note: cell.note }),
    sourcesDisagree,
    alternatives,
  };
  if (arrangement === undefined || !applies) {
    const settle = sourcesDisagree ? " Record your CCG's local arrangement to settle it." : '';
    return {
      ...common,
      decidedBy: cell.decidedBy,
      ccgRole: cell.ccgRole,
      sources: cell.sources,
      confidence: cell.confidence,
      basis: 'national-baseline',
      summary: `${opening}${HOLDER_PHRASE[cell.ccgRole]}.${disagreement.join('')}${settle}`,
    };
  }
  return {
    ...common,
    decidedBy: arrangement.decidedBy,
    ccgRole: arrangement.ccgRole,
    sources: [{ document: arrangement.evidence }],
    confidence: 'V',
    basis: 'local-arrangement',
    summary: `${opening}${HOLDER_PHRASE[arrangement.ccgRole]}, by local arrangement (${arrangement.evidence}). The national baseline: ${HOLDER_PHRASE[cell.ccgRole]}.${disagreement.join('')}`,
    localArrangement: arrangement,
    nationalBaseline: {
      decidedBy: cell.decidedBy,
      ccgRole: cell.ccgRole,
      confidence: cell.confidence,
      sources: cell.sources,
    },
  };
}
