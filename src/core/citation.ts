import * as z from 'zod';
import { parseWith } from '../_lib/parseWith.js';

/**
 * Where a policy fact comes from: a source document and, where known, the section and the
 * DOMAIN.md rule ID.
 *
 * `document` is a source's file name: one of the five seed documents (see
 * {@link SOURCE_DOCUMENTS}) or `DOMAIN.md`, the library's catalogue of rules taken from public
 * NHS England guidance, whose entries are named by `domainId`.
 *
 * @example
 * ```ts
 * import type { Citation } from 'co-commissioning';
 *
 * const laySeat: Citation = {
 *   document: '004_e95f1a032380c329.txt',
 *   section: 'Model C: Delegated commissioning, Governance',
 * };
 * ```
 * @category Core
 */
export interface Citation {
  /** The source document's file name, e.g. `'002_4254f9e60152174f.txt'` or `'DOMAIN.md'`. */
  readonly document: string;
  /** The section, heading or paragraph within the document, e.g. `'§4.3'`. */
  readonly section?: string;
  /** The rule ID in DOMAIN.md, e.g. `'COI-PCCC-LAY-CHAIR'`. */
  readonly domainId?: string;
}

/**
 * The zod schema of a {@link Citation}, for validating citations in user-supplied local rules.
 *
 * @example
 * ```ts
 * import { CitationSchema } from 'co-commissioning';
 *
 * CitationSchema.parse({ document: 'DOMAIN.md', domainId: 'BALLOT-THRESHOLD' });
 * //=> { document: 'DOMAIN.md', domainId: 'BALLOT-THRESHOLD' }
 * ```
 * @category Core
 */
export const CitationSchema = z
  .object({
    document: z.string({ error: 'Give the source document as text.' }).min(1, {
      error: 'Give the source document: a file name such as "DOMAIN.md".',
    }),
    section: z.string({ error: 'Give the section as text.' }).optional(),
    domainId: z.string({ error: 'Give the DOMAIN.md rule ID as text.' }).optional(),
  })
  .strict();

/**
 * A source document the library cites: an entry of {@link SOURCE_DOCUMENTS}.
 *
 * @example
 * ```ts
 * import { SOURCE_DOCUMENTS, type SourceDocument } from 'co-commissioning';
 *
 * const bma: SourceDocument = SOURCE_DOCUMENTS['004_e95f1a032380c329.txt'];
 * bma.date; //=> '2016-11'
 * ```
 * @category Core
 */
export interface SourceDocument {
  /** The file name used in {@link Citation.document}. */
  readonly file: string;
  /** The document's title as it appears in the source. */
  readonly title: string;
  /** Who wrote or published it. */
  readonly author: string;
  /** When it was written or presented, as the source gives it. */
  readonly date: string;
  /** What the library takes from it. */
  readonly gives: string;
}

/**
 * The source documents every seed citation points to, keyed by file name.
 *
 * @example
 * ```ts
 * import { SOURCE_DOCUMENTS } from 'co-commissioning';
 *
 * SOURCE_DOCUMENTS['002_4254f9e60152174f.txt'].author;
 * //=> 'Cambridgeshire & Peterborough CCG'
 * ```
 * @category Core
 */
export const SOURCE_DOCUMENTS = {
  '000_54d237cabb915ae9.txt': {
    file: '000_54d237cabb915ae9.txt',
    title: 'Delegated Commissioning of Primary Care Medical Services (Governing Body report)',
    author: 'Bedfordshire CCG',
    date: '2017-09-07',
    gives:
      'The split of CCG and NHS England responsibilities under delegation, and the step-by-step timeline from member vote to the first Primary Care Committee (April 2018).',
  },
  '001_90e702e51ebd935c.txt': {
    file: '001_90e702e51ebd935c.txt',
    title: 'Primary Care Co-commissioning in Southwark (paper to the Health and Wellbeing Board)',
    author: 'Southwark CCG',
    date: '2016-10-04',
    gives:
      'The three levels (influence, joint, delegated), the responsibility table per function and level, risks, and London counts.',
  },
  '002_4254f9e60152174f.txt': {
    file: '002_4254f9e60152174f.txt',
    title: 'Delegated Commissioning application (report to the Health and Wellbeing Board)',
    author: 'Cambridgeshire & Peterborough CCG',
    date: '2015',
    gives:
      'Conflict-of-interest mitigations, due diligence, and the member-practice ballot with exact figures (52 yes, 31 no, 83 voted).',
  },
  '003_e9730ca5e7cbc14a.txt': {
    file: '003_e9730ca5e7cbc14a.txt',
    title: 'Co-commissioning briefing to practices',
    author: 'Somerset LMC',
    date: '2016-09',
    gives:
      'The list of delegated functions, what NHS England keeps, and the two-week consultation window criticised as too short.',
  },
  '004_e95f1a032380c329.txt': {
    file: '004_e95f1a032380c329.txt',
    title: 'Update on co-commissioning of primary care: guidance for CCG member practices and LMCs',
    author: 'BMA General Practitioners Committee',
    date: '2016-11',
    gives:
      'Models A, B and C; the functions of joint committees and delegated CCGs; PCCC governance; mandate, LMC and constitution prerequisites; deadlines; national counts.',
  },
  'DOMAIN.md': {
    file: 'DOMAIN.md',
    title: 'Domain reference: primary care co-commissioning (England, 2014–2022)',
    author: 'co-commissioning maintainers, from public NHS England guidance and CCG papers',
    date: '2026',
    gives:
      'Rules, functions, timelines and figures, each with an ID, a source number (S1–S69) and a confidence tag.',
  },
} as const satisfies Record<string, SourceDocument>;

/**
 * Formats a citation for a committee paper or an error message.
 *
 * @param citation - The citation to format.
 * @returns One line naming the document (by author and date for the seed documents), the
 * section and the DOMAIN.md rule ID where present.
 * @throws {@link CoCommissioningError} `invalid_input` for a malformed citation.
 *
 * @example
 * ```ts
 * import { formatCitation } from 'co-commissioning';
 *
 * formatCitation({ document: '002_4254f9e60152174f.txt', section: '§4.3' });
 * //=> 'Cambridgeshire & Peterborough CCG, 2015 (002_4254f9e60152174f.txt), §4.3'
 * formatCitation({ document: 'DOMAIN.md', domainId: 'BALLOT-THRESHOLD', section: 'rule 54' });
 * //=> 'DOMAIN.md BALLOT-THRESHOLD, rule 54'
 * ```
 * @category Core
 */
export function formatCitation(citation: Citation): string {
  const { document, section, domainId } = parseWith(CitationSchema, citation, ['citation']);
  // Own entries only: a document named "constructor" is not a known source.
  const known = Object.hasOwn(SOURCE_DOCUMENTS, document)
    ? (SOURCE_DOCUMENTS as Record<string, SourceDocument>)[document]
    : undefined;
  let text =
    known !== undefined && document !== 'DOMAIN.md'
      ? `${known.author}, ${known.date} (${known.file})`
      : document;
  if (domainId !== undefined) text += ` ${domainId}`;
  if (section !== undefined) text += `, ${section}`;
  return text;
}
