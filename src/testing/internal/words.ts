// Internal: the sentences the matchers, assertions and scenario reports print. Plain text, no
// colours and no JSON dumps: rules and guards are named with their citations (formatCitation).
import {
  type Citation,
  COI_RULES,
  type CoiRule,
  type CommitteeMember,
  type Finding,
  formatCitation,
  GUARDS,
  type GuardDefinition,
  type MemberRole,
  type Verdict,
} from 'co-commissioning';

/** Each role in words, with its article. */
export const ROLE_WORDS: Readonly<Record<MemberRole, string>> = {
  lay: 'a lay member',
  executive: 'an executive',
  'ccg-gp': 'a CCG GP',
  'other-area-gp': 'a GP from another CCG area',
  'secondary-care-doctor': 'a secondary care doctor',
  nurse: 'a nurse',
  'practice-manager': 'a practice manager',
  lmc: 'an LMC representative',
  healthwatch: 'a Healthwatch representative',
  'health-and-wellbeing-board': 'a Health and Wellbeing Board representative',
  'local-authority': 'a local authority representative',
  'nhs-england': 'an NHS England representative',
};

const RULES_BY_ID: ReadonlyMap<string, CoiRule> = new Map(COI_RULES.map((rule) => [rule.id, rule]));
const GUARDS_BY_ID: ReadonlyMap<string, GuardDefinition> = new Map(
  GUARDS.map((guard) => [guard.id, guard]),
);

/** The catalogue entry of a conflict-of-interest rule, if the ID is a built-in rule. */
export function ruleById(id: string): CoiRule | undefined {
  return RULES_BY_ID.get(id);
}

/** The definition of a guard, if the ID is one of the machine's guards. */
export function guardById(id: string): GuardDefinition | undefined {
  return GUARDS_BY_ID.get(id);
}

/** Citations, formatted and joined. */
export function cite(sources: readonly Citation[]): string {
  return sources.map(formatCitation).join('; ');
}

/** `n thing` or `n things`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Indents every line after the first of a block by two spaces, for list items. */
export function item(first: string, ...rest: readonly (string | undefined)[]): string {
  return [
    `- ${first}`,
    ...rest.filter((line) => line !== undefined).map((line) => `  ${line}`),
  ].join('\n');
}

/** A rule's catalogue entry in one line, with its source on the next. */
export function describeRule(id: string): string {
  const rule = ruleById(id);
  if (rule === undefined)
    return `Rule ${id}: not a rule in COI_RULES (a local rule, or a mistyped ID).`;
  const inForce =
    rule.inForce.to === undefined
      ? `in force from ${rule.inForce.from}`
      : `in force from ${rule.inForce.from} to ${rule.inForce.to}`;
  return `Rule ${id}: ${rule.title} (${rule.severity} by default; confidence ${rule.confidence}; ${inForce}).\nSource: ${cite(rule.sources)}`;
}

/** A guard's definition in one line, with its source on the next. */
export function describeGuard(id: string): string {
  const guard = guardById(id);
  if (guard === undefined) return `Guard ${id}: not one of GUARDS (a mistyped ID?).`;
  return `Guard ${id}: ${guard.title}.\nSource: ${cite(guard.sources)}`;
}

/** A finding as a list item: severity, rule, message, whom it concerns, source and remedy. */
export function describeFinding(
  finding: Finding,
  people: ReadonlyMap<string, string> = new Map(),
): string {
  const about = finding.subjectIds.map((id) => {
    const name = people.get(id);
    return name === undefined ? id : `${name} (${id})`;
  });
  return item(
    `${finding.severity} ${finding.ruleId}: ${finding.message}`,
    about.length > 0 ? `About: ${about.join(', ')}` : undefined,
    `Source: ${formatCitation(finding.source)}`,
    finding.remedy === undefined ? undefined : `Remedy: ${finding.remedy}`,
  );
}

/** Findings as a list, or "none". */
export function describeFindings(
  heading: string,
  findings: readonly Finding[],
  people?: ReadonlyMap<string, string>,
): string {
  if (findings.length === 0) return `${heading}: none.`;
  return `${heading}:\n${findings.map((finding) => describeFinding(finding, people)).join('\n')}`;
}

/** A committee's members, one per line, with role, vote and office. */
export function describeMembers(
  members: readonly CommitteeMember[],
  chairId: string,
  viceChairId: string | undefined,
): string {
  if (members.length === 0) return 'Members: none.';
  const lines = members.map((member) => {
    const role = Object.hasOwn(ROLE_WORDS, member.role) ? ROLE_WORDS[member.role] : member.role;
    const parts = [role, member.voting ? 'voting' : 'not voting'];
    if (member.personId === chairId) parts.push('chair');
    if (member.personId === viceChairId) parts.push('vice-chair');
    return `- ${member.name} (${member.personId}): ${parts.join(', ')}`;
  });
  return `Members:\n${lines.join('\n')}`;
}

/** A verdict a guard or rule gave, as reasons, records and issues carry it. */
export interface VerdictLine {
  readonly id: string;
  readonly verdict: Verdict;
  readonly message: string;
  readonly sources?: readonly Citation[];
  readonly remedy?: string;
}

/**
 * One verdict of a guard or rule as a list item, with its remedy and source when it failed or
 * could not be decided (or always, for `'always'`).
 */
export function describeVerdict(
  reason: VerdictLine,
  sourcesFor: 'failures' | 'always' = 'failures',
): string {
  const sources = reason.sources ?? guardById(reason.id)?.sources ?? ruleById(reason.id)?.sources;
  const detailed = reason.verdict === 'fail' || reason.verdict === 'unknown';
  return item(
    `${reason.verdict} ${reason.id}: ${reason.message}`,
    detailed && reason.remedy !== undefined && reason.remedy !== ''
      ? `Remedy: ${reason.remedy}`
      : undefined,
    (detailed || sourcesFor === 'always') && sources !== undefined && sources.length > 0
      ? `Source: ${cite(sources)}`
      : undefined,
  );
}
