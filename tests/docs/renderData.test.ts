// The blocks the documentation site draws from the library's data when it is built
// (docs/site-assets/renderData.ts): the responsibility matrix, the state machine diagram and the
// reference tables. They must say exactly what the data says, for every cell.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  APPLICATION_CALENDAR,
  COI_RULES,
  COMMISSIONING_MACHINE,
  COMMISSIONING_STATUSES,
  formatCitation,
  GUARDS,
  PRIMARY_CARE_FUNCTIONS,
  type PrimaryCareFunctionId,
  responsibility,
} from 'co-commissioning';
import { describe, expect, it } from 'vitest';
import {
  BLOCKS,
  cell,
  expandMarkers,
  holderWords,
  machineMovesMarkdown,
  machineSvg,
  moveLabel,
  responsibilityMatrixMarkdown,
} from '../../docs/site-assets/renderData.js';
import { ROOT } from './support/extractExamples.js';

const ids = PRIMARY_CARE_FUNCTIONS.map((entry) => entry.id as PrimaryCareFunctionId);

/** The rows of the first markdown table in `markdown`, as arrays of cell texts. */
function firstTableRows(markdown: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith('| '));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('| ')) break;
    rows.push(
      line
        .slice(2, -2)
        .split(/(?<!\\) \| /)
        .map((text) => text.trim()),
    );
  }
  return rows;
}

describe('responsibilityMatrixMarkdown', () => {
  const markdown = responsibilityMatrixMarkdown();

  describe('when it draws the overview', () => {
    it('has one row per function, in catalogue order', () => {
      const rows = firstTableRows(markdown);
      expect(rows).toHaveLength(ids.length);
      rows.forEach((row, index) => {
        expect(row[0]).toContain(`#function-${ids[index]}`);
      });
    });

    it('says who decides in every cell exactly as responsibility() does', () => {
      const rows = firstTableRows(markdown);
      rows.forEach((row, index) => {
        const id = ids[index] as PrimaryCareFunctionId;
        COMMISSIONING_STATUSES.forEach((status, column) => {
          const answer = responsibility(id, status);
          const text = row[column + 1] ?? '';
          expect(
            text.startsWith(
              `<span class="cc-holder cc-holder-${answer.decidedBy}">${holderWords(answer)}</span> <small>[${answer.confidence}]</small>`,
            ),
          ).toBe(true);
          expect(text.includes('sources disagree')).toBe(answer.sourcesDisagree);
        });
      });
    });
  });

  describe('when it lists every cell with its sources', () => {
    it('cites every source of every function under every status', () => {
      for (const id of ids) {
        for (const status of COMMISSIONING_STATUSES) {
          for (const source of responsibility(id, status).sources) {
            expect(markdown).toContain(cell(formatCitation(source)));
          }
        }
      }
    });

    it('gives each function its own anchored section', () => {
      for (const id of ids) {
        expect(markdown).toContain(`<a id="function-${id}"></a>`);
      }
    });

    it('names the other reading where the sources disagree', () => {
      expect(markdown).toContain('**Another reading under Model C: delegated:**');
    });
  });
});

describe('holderWords', () => {
  it('words each holder', () => {
    expect(holderWords(responsibility('practice-mergers', 'C'))).toBe('CCG decides');
    expect(holderWords(responsibility('practice-mergers', 'B'))).toBe('Jointly');
    expect(holderWords(responsibility('practice-mergers', 'A'))).toBe('NHS England; CCG involved');
    expect(holderWords(responsibility('practice-mergers', 'none'))).toBe('NHS England');
  });
});

describe('machineSvg', () => {
  const svg = machineSvg();

  it('draws every state of COMMISSIONING_MACHINE', () => {
    expect(svg.match(/<g class="cc-state">/g)).toHaveLength(COMMISSIONING_MACHINE.states.length);
    for (const state of COMMISSIONING_MACHINE.states) {
      expect(svg).toContain(`>${state.name}</text>`);
    }
  });

  it('draws every move as an arrow titled with its events, labelled with its steps and guards', () => {
    expect(svg.match(/<path class="cc-move /g)).toHaveLength(
      COMMISSIONING_MACHINE.transitions.length,
    );
    for (const move of COMMISSIONING_MACHINE.transitions) {
      expect(svg).toContain(
        `<title>${move.id.replace('>', '&gt;')}: ${move.steps.join(' → ')}</title>`,
      );
      expect(svg).toContain(`>${moveLabel(move)}</text>`);
    }
  });

  it('dashes exits by notice and draws moves up above and down below', () => {
    const exits = COMMISSIONING_MACHINE.transitions.filter((move) => move.kind === 'exit');
    expect(svg.match(/<path class="cc-move cc-move-exit"/g)).toHaveLength(exits.length);
    expect(svg.match(/<path class="cc-move cc-move-up"/g)).toHaveLength(6);
    expect(svg.match(/<path class="cc-move cc-move-down"/g)).toHaveLength(3);
  });

  it('is one HTML block with no blank line and no address but the SVG namespace', () => {
    expect(svg).not.toMatch(/\n\s*\n/);
    expect(svg.match(/https?:\/\/[^"]+/g)).toEqual(['http://www.w3.org/2000/svg']);
  });

  it('draws a smaller machine from its own data', () => {
    const small = machineSvg({
      ...COMMISSIONING_MACHINE,
      states: COMMISSIONING_MACHINE.states.slice(2),
      transitions: COMMISSIONING_MACHINE.transitions.filter(
        (move) => ['B', 'C'].includes(move.from) && ['B', 'C'].includes(move.to),
      ),
    });
    expect(small.match(/<g class="cc-state">/g)).toHaveLength(2);
    expect(small.match(/<path class="cc-move /g)).toHaveLength(2);
  });
});

describe('the reference tables', () => {
  it('list every move, guard, rule and application wave', () => {
    expect(firstTableRows(machineMovesMarkdown())).toHaveLength(
      COMMISSIONING_MACHINE.transitions.length,
    );
    expect(firstTableRows(BLOCKS['guards']?.() ?? '')).toHaveLength(GUARDS.length);
    expect(firstTableRows(BLOCKS['coi-rules']?.() ?? '')).toHaveLength(COI_RULES.length);
    expect(firstTableRows(BLOCKS['gift-rules']?.() ?? '')).toHaveLength(
      COI_RULES.filter((rule) => rule.subject === 'gift').length,
    );
    expect(firstTableRows(BLOCKS['application-calendar']?.() ?? '')).toHaveLength(
      APPLICATION_CALENDAR.length,
    );
    expect(firstTableRows(BLOCKS['source-documents']?.() ?? '')).toHaveLength(6);
    expect(firstTableRows(BLOCKS['models']?.() ?? '')).toHaveLength(4);
  });
});

describe('cell', () => {
  it('escapes what would break a table cell or open an HTML tag', () => {
    expect(cell('a | b <c> & d\ne')).toBe('a \\| b &lt;c&gt; &amp; d e');
  });
});

describe('expandMarkers', () => {
  describe('when a guide names a known block', () => {
    it('puts the block in place of the marker, between blank lines', () => {
      expect(expandMarkers('Before\n<!-- co-commissioning:machine-moves -->\nAfter')).toBe(
        `Before\n\n\n${machineMovesMarkdown()}\n\n\nAfter`,
      );
    });
  });

  describe('when a guide names an unknown block', () => {
    it('throws, naming the blocks it knows', () => {
      expect(() => expandMarkers('<!-- co-commissioning:responsibility-table -->')).toThrow(
        'Unknown documentation block "responsibility-table": use one of responsibility-matrix, models, machine-diagram, machine-moves, guards, coi-rules, gift-rules, application-calendar, source-documents.',
      );
    });
  });

  describe('when text has no marker', () => {
    it('leaves it unchanged', () => {
      expect(expandMarkers('<!-- a comment -->')).toBe('<!-- a comment -->');
    });
  });
});

describe('the guides', () => {
  const read = (name: string) => readFileSync(join(ROOT, 'docs', 'guides', name), 'utf8');

  it('place the responsibility matrix and the state machine diagram', () => {
    expect(read('models-and-responsibilities.md')).toContain(
      '<!-- co-commissioning:responsibility-matrix -->',
    );
    expect(read('changing-model.md')).toContain('<!-- co-commissioning:machine-diagram -->');
  });
});
