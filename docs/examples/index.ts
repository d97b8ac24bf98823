// `npm run example`: the library's worked examples, end to end, printed as readable reports.
import {
  checkCommittee,
  compareStatuses,
  formatCitation,
  responsibility,
  verifyMachine,
} from '../../src/index.js';
import { cambridgeshireBallotReport } from './ballot.js';
import { bedfordshireTimeline, cambridgeshireTimeline, refusalExample } from './commissioning.js';
import { modelPccc } from './committee.js';

function heading(title: string): string {
  return `${title}\n${'='.repeat(title.length)}`;
}

const sections: string[] = [heading('co-commissioning: worked examples')];

// 1. Who decides what (seeds 001, 004).
const mergers = responsibility('practice-mergers', 'B');
sections.push(
  [
    heading('1. Who approves a practice merger under joint commissioning, and says who?'),
    mergers.summary,
    ...mergers.sources.map((source) => `  source: ${formatCitation(source)}`),
    '',
    'What changes if we move from joint (B) to delegated (C) commissioning:',
    ...compareStatuses('B', 'C').map((change) => `  - ${change.summary}`),
  ].join('\n'),
);

// 2. The member-practice ballot (seed 002 §4).
sections.push([heading('2. Member-practice ballot'), cambridgeshireBallotReport()].join('\n'));

// 3. The committee that will decide (seed 004, Model C governance).
const check = checkCommittee(modelPccc, { asOf: '2016-03-15' });
sections.push(
  [
    heading('3. Checking a primary care commissioning committee'),
    `${modelPccc.name}: ${check.compliant ? 'compliant' : 'NOT compliant'} on 2016-03-15.`,
    ...check.rulesApplied.map(
      (rule) =>
        `  ${rule.verdict.padEnd(14)} ${rule.ruleId}${rule.skipped ? ` (${rule.skipped})` : ''}`,
    ),
    ...check.findings.map(
      (finding) => `  ${finding.severity}: ${finding.message} [${formatCitation(finding.source)}]`,
    ),
  ].join('\n'),
);

// 4. The change of model itself (seeds 002 and 000).
sections.push(
  [
    heading('4. Changing model'),
    cambridgeshireTimeline(),
    '',
    bedfordshireTimeline(),
    '',
    refusalExample(),
  ].join('\n'),
);

// 5. The machine checks itself.
const verification = verifyMachine();
sections.push(
  [
    heading('5. Verifying the state machine'),
    `${verification.scenarios.length} moves between models, each exercised by a generated run: ${verification.ok ? 'all arrive' : verification.problems.join(' ')}.`,
  ].join('\n'),
);

process.stdout.write(`${sections.join('\n\n')}\n`);
