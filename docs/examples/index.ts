// `npm run example`: the library's worked examples, end to end, printed as readable reports.
import { formatPercent, ratio } from '../../src/index.js';

const sections: string[] = [];

sections.push(
  [
    'co-commissioning: worked examples',
    '=================================',
    '',
    `Cambridgeshire & Peterborough's 2015 ballot: 52 of 83 practices voted yes (${formatPercent(ratio(52, 83), 1)}),`,
    `83 of 107 practices voted (${formatPercent(ratio(83, 107), 1)} turnout).`,
  ].join('\n'),
);

process.stdout.write(`${sections.join('\n\n')}\n`);
