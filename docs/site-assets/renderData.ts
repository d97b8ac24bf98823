// Pages of the documentation site drawn from the library's own data when the site is built
// (`npm run docs`): the responsibility matrix, the state machine diagram and its moves, the
// guards, the conflict-of-interest rules, the application calendar and the source documents.
// Nothing here is copied by hand, so the pictures and tables cannot drift from the code.
// docs/site-assets/typedoc-plugin.mjs puts each block where a guide has its marker:
//   <!-- co-commissioning:responsibility-matrix -->
import {
  APPLICATION_CALENDAR,
  type Citation,
  COI_RULES,
  COMMISSIONING_MACHINE,
  COMMISSIONING_STATUSES,
  type CoiRule,
  type CommissioningMachine,
  type CommissioningStatus,
  formatCitation,
  GUARDS,
  MODELS,
  PRIMARY_CARE_FUNCTIONS,
  type PrimaryCareFunctionId,
  type Responsibility,
  responsibility,
  SOURCE_DOCUMENTS,
} from '../../src/index.js';

/** Escapes text for a markdown table cell (which may hold inline HTML). */
export function cell(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('|', '\\|')
    .replaceAll('\n', ' ');
}

/** Escapes text for SVG or HTML. */
export function xml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function citations(sources: readonly Citation[]): string {
  return sources.map((source) => cell(formatCitation(source))).join('<br>');
}

const MODEL_HEADINGS: Readonly<Record<CommissioningStatus, string>> = {
  none: 'No co-commissioning',
  A: 'Model A: greater involvement',
  B: 'Model B: joint',
  C: 'Model C: delegated',
};

/** Who decides, in two or three words, for the overview table. */
export function holderWords(answer: Responsibility): string {
  if (answer.decidedBy === 'ccg') return 'CCG decides';
  if (answer.decidedBy === 'joint') return 'Jointly';
  return answer.ccgRole === 'influence' ? 'NHS England; CCG involved' : 'NHS England';
}

function functionAnchor(id: string): string {
  return `function-${id}`;
}

/**
 * The responsibility matrix, every function under every status, from `responsibility()`: an
 * overview table, then for each function a table with who decides, the CCG's role, how sure the
 * library is, Southwark's cell text and every citation.
 */
export function responsibilityMatrixMarkdown(): string {
  const ids = PRIMARY_CARE_FUNCTIONS.map((entry) => entry.id as PrimaryCareFunctionId);
  const answers = new Map(
    ids.map((id) => [id, COMMISSIONING_STATUSES.map((status) => responsibility(id, status))]),
  );
  const overview = table(
    ['Function', ...COMMISSIONING_STATUSES.map((status) => MODEL_HEADINGS[status])],
    ids.map((id) => {
      const row = answers.get(id) ?? [];
      const name = row[0]?.functionName ?? id;
      return [
        `<a href="#${functionAnchor(id)}">${cell(name)}</a>`,
        ...row.map(
          (answer) =>
            `<span class="cc-holder cc-holder-${answer.decidedBy}">${holderWords(answer)}</span> <small>[${answer.confidence}]</small>${answer.sourcesDisagree ? ' <strong>sources disagree</strong>' : ''}`,
        ),
      ];
    }),
  );
  const details = ids.map((id) => {
    const row = answers.get(id) ?? [];
    const entry = PRIMARY_CARE_FUNCTIONS.find((candidate) => candidate.id === id);
    const lines = [
      `<a id="${functionAnchor(id)}"></a>`,
      '',
      `### ${row[0]?.functionName ?? id}`,
      '',
      `\`${id}\`: ${cell(entry?.description ?? '')}`,
      '',
    ];
    if (entry?.reservedToNhsEngland !== undefined) {
      lines.push(
        `**No model lets a CCG decide this.** ${cell(entry.reservedToNhsEngland.reason)}`,
        '',
      );
    }
    lines.push(
      `<details><summary>Who decides under each model, with the sources</summary>`,
      '',
      table(
        ['Status', 'Who decides', 'How sure', "Southwark's cell (seed 001)", 'Sources'],
        row.map((answer) => [
          MODEL_HEADINGS[answer.status],
          holderWords(answer),
          answer.confidence,
          answer.southwarkCell === undefined ? '' : `“${cell(answer.southwarkCell)}”`,
          citations(answer.sources),
        ]),
      ),
    );
    const notes = row.filter((answer) => answer.note !== undefined && answer.status !== 'none');
    for (const answer of notes) {
      lines.push('', `- ${MODEL_HEADINGS[answer.status]}: ${cell(answer.note ?? '')}`);
    }
    for (const answer of row) {
      for (const alternative of answer.alternatives) {
        lines.push(
          '',
          `- **Another reading under ${MODEL_HEADINGS[answer.status]}:** ${cell(alternative.summary)} (${cell(alternative.sources.map(formatCitation).join('; '))})`,
        );
      }
    }
    lines.push('', '</details>');
    return lines.join('\n');
  });
  return [
    `${ids.length} functions × ${COMMISSIONING_STATUSES.length} statuses. [V]: a source says so for this model; [I]: read across from what the sources say about another model or about general practice as a whole.`,
    '',
    overview,
    '',
    '## Every cell, with its sources',
    '',
    details.join('\n\n'),
  ].join('\n');
}

/** The models with their aliases and decision bodies, from `MODELS`. */
export function modelsMarkdown(): string {
  return table(
    ['Status', 'Name', 'Also called', 'Who takes the decisions', 'Meaning'],
    MODELS.map((model) => [
      `\`'${model.status}'\``,
      cell(model.name),
      cell(model.aliases.join(', ')),
      cell(model.decisionBody),
      cell(model.meaning),
    ]),
  );
}

// The state machine diagram, drawn as SVG from COMMISSIONING_MACHINE.

const STATE_GAP = 200;
const STATE_WIDTH = 176;
const STATE_HEIGHT = 64;
const MARGIN_X = 30;
const MIDDLE_Y = 215;
const ARC_RISE = 58;

type MoveStyle = 'up' | 'down' | 'exit';

function moveStyle(move: CommissioningMachine['transitions'][number], rank: (s: string) => number) {
  if (move.kind === 'exit') return 'exit' satisfies MoveStyle;
  return rank(move.to) > rank(move.from)
    ? ('up' satisfies MoveStyle)
    : ('down' satisfies MoveStyle);
}

/** A short label for a move: its steps and guards, from the machine's data. */
export function moveLabel(move: CommissioningMachine['transitions'][number]): string {
  return move.kind === 'exit'
    ? `notice, ${move.guards.length} guards`
    : `${move.steps.length} steps, ${move.guards.length} guards`;
}

/**
 * Draws the state machine as an inline SVG: the states in a row, moves to a higher model as
 * arcs above, moves to a lower model below (exits from delegation by notice dashed), each
 * labelled with its number of steps and guards. No script and no network: the browser draws it.
 */
export function machineSvg(machine: CommissioningMachine = COMMISSIONING_MACHINE): string {
  const order = machine.states.map((state) => state.id as string);
  const rank = (status: string): number => order.indexOf(status);
  const centreX = (status: string): number => MARGIN_X + STATE_WIDTH / 2 + rank(status) * STATE_GAP;
  const width = MARGIN_X * 2 + STATE_WIDTH + (order.length - 1) * STATE_GAP;
  const maxSpan = Math.max(1, order.length - 1);
  const height = MIDDLE_Y * 2 + 40;
  const top = MIDDLE_Y - STATE_HEIGHT / 2;
  const bottom = MIDDLE_Y + STATE_HEIGHT / 2;

  const arcs: string[] = [];
  const labels: string[] = [];
  for (const move of machine.transitions) {
    const style = moveStyle(move, rank);
    const span = Math.abs(rank(move.to) - rank(move.from));
    const above = style === 'up';
    // Wider moves leave from nearer the middle of a box and rise higher, so that arcs nest.
    const offset = 18 * (maxSpan - span) + 14;
    const direction = rank(move.to) > rank(move.from) ? 1 : -1;
    const x1 = centreX(move.from) + direction * offset;
    const x2 = centreX(move.to) - direction * offset;
    const y = above ? top : bottom;
    const rise = (ARC_RISE * span + 14) * (above ? -1 : 1);
    arcs.push(
      `<path class="cc-move cc-move-${style}" d="M ${x1} ${y} C ${x1} ${y + rise} ${x2} ${y + rise} ${x2} ${y}" marker-end="url(#cc-arrow-${style})"><title>${xml(`${move.id}: ${move.steps.join(' → ')}`)}</title></path>`,
    );
    const label = moveLabel(move);
    const labelX = (x1 + x2) / 2;
    const labelY = y + rise * 0.75;
    const labelWidth = label.length * 7.4 + 12;
    labels.push(
      `<g class="cc-label"><rect x="${labelX - labelWidth / 2}" y="${labelY - 10}" width="${labelWidth}" height="20" rx="4"/><text x="${labelX}" y="${labelY + 5}">${xml(label)}</text></g>`,
    );
  }
  const states = machine.states.map((state) => {
    const x = centreX(state.id) - STATE_WIDTH / 2;
    return `<g class="cc-state"><rect x="${x}" y="${top}" width="${STATE_WIDTH}" height="${STATE_HEIGHT}" rx="10"/><text class="cc-state-id" x="${x + STATE_WIDTH / 2}" y="${MIDDLE_Y - 5}">${xml(state.id === 'none' ? 'none' : `Model ${state.id}`)}</text><text class="cc-state-name" x="${x + STATE_WIDTH / 2}" y="${MIDDLE_Y + 16}">${xml(state.name)}</text></g>`;
  });
  const marker = (style: MoveStyle): string =>
    `<marker id="cc-arrow-${style}" class="cc-arrow-${style}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z"/></marker>`;
  const legendY = height - 14;
  const legend = [
    `<g class="cc-legend"><line class="cc-move cc-move-up" x1="${MARGIN_X}" y1="${legendY}" x2="${MARGIN_X + 30}" y2="${legendY}"/><text x="${MARGIN_X + 38}" y="${legendY + 4}">to a higher model, by proposal</text>`,
    `<line class="cc-move cc-move-down" x1="${MARGIN_X + 262}" y1="${legendY}" x2="${MARGIN_X + 292}" y2="${legendY}"/><text x="${MARGIN_X + 300}" y="${legendY + 4}">to a lower model, by proposal</text>`,
    `<line class="cc-move cc-move-exit" x1="${MARGIN_X + 514}" y1="${legendY}" x2="${MARGIN_X + 544}" y2="${legendY}"/><text x="${MARGIN_X + 552}" y="${legendY + 4}">leaving delegation, by notice</text></g>`,
  ].join('');
  const description = machine.transitions
    .map((move) => `${move.from} to ${move.to}: ${move.steps.join(', ')}`)
    .join('; ');
  return [
    `<figure class="cc-diagram" id="commissioning-machine-diagram">`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="cc-machine-title cc-machine-desc">`,
    `<title id="cc-machine-title">The commissioning state machine: ${machine.states.length} models and the ${machine.transitions.length} moves between them</title>`,
    `<desc id="cc-machine-desc">${xml(description)}</desc>`,
    `<defs>${marker('up')}${marker('down')}${marker('exit')}</defs>`,
    arcs.join(''),
    states.join(''),
    labels.join(''),
    legend,
    '</svg>',
    `<figcaption>Drawn from <code>COMMISSIONING_MACHINE</code> when this site was built: ${machine.states.length} models, ${machine.transitions.length} moves, ${machine.guards.length} guards. Hover over an arrow to see its events.</figcaption>`,
    '</figure>',
  ].join('\n');
}

/** Every move of the machine with its events in order and its guards, as a table. */
export function machineMovesMarkdown(
  machine: CommissioningMachine = COMMISSIONING_MACHINE,
): string {
  return table(
    ['Move', 'Kind', 'Events, in their usual order', 'Guards checked', 'Sources'],
    machine.transitions.map((move) => [
      `${move.from} → ${move.to}`,
      move.kind === 'exit' ? 'exit by notice' : 'change by proposal',
      move.steps.map((step) => `\`${step}\``).join(' → '),
      String(move.guards.length),
      citations(move.sources),
    ]),
  );
}

/** Every guard of the machine: what it checks, on which events, how sure, and the sources. */
export function guardsMarkdown(): string {
  return table(
    ['Guard', 'What it requires', 'Sources'],
    GUARDS.map((guard) => [
      [
        `\`${guard.id}\``,
        `checked on ${guard.events.length === 13 ? 'every event' : guard.events.map((event) => `\`${event}\``).join(', ')}`,
        `how sure: ${guard.confidence}`,
        guard.switchable ? 'can be turned off' : 'always on',
      ].join('<br>'),
      `**${cell(guard.title)}.** ${cell(guard.description)}`,
      citations(guard.sources),
    ]),
  );
}

/**
 * The conflict-of-interest rules (every one, or those about one subject): what each requires,
 * its default severity, its confidence tag, the dates it is in force and its sources.
 */
export function coiRulesMarkdown(subject?: CoiRule['subject']): string {
  return table(
    ['Rule', 'What it requires', 'Sources'],
    COI_RULES.filter((rule) => subject === undefined || rule.subject === subject).map((rule) => [
      [
        `\`${rule.id}\``,
        `checks: ${rule.subject}`,
        `default: ${rule.severity}`,
        `how sure: ${rule.confidence}`,
        rule.inForce.to === undefined
          ? `in force from ${rule.inForce.from}`
          : `in force ${rule.inForce.from} to ${rule.inForce.to}`,
      ].join('<br>'),
      `**${cell(rule.title)}.** ${cell(rule.description)}`,
      citations(rule.sources),
    ]),
  );
}

/** The known application waves, from `APPLICATION_CALENDAR`. */
export function applicationCalendarMarkdown(): string {
  return table(
    ['Model', 'Goes live', 'Applications close', 'Note', 'Sources'],
    APPLICATION_CALENDAR.map((wave) => [
      wave.model,
      wave.goLive,
      wave.closes ?? 'not given by any source',
      cell(wave.note ?? ''),
      citations(wave.sources),
    ]),
  );
}

/** The five source documents and DOMAIN.md, from `SOURCE_DOCUMENTS`. */
export function sourceDocumentsMarkdown(): string {
  return table(
    ['File', 'Author', 'Date', 'Title', 'What the library takes from it'],
    Object.values(SOURCE_DOCUMENTS).map((source) => [
      `\`${source.file}\``,
      cell(source.author),
      source.date,
      cell(source.title),
      cell(source.gives),
    ]),
  );
}

/** Every block a guide may ask for, by marker name. */
export const BLOCKS: Readonly<Record<string, () => string>> = {
  'responsibility-matrix': responsibilityMatrixMarkdown,
  models: modelsMarkdown,
  'machine-diagram': () => machineSvg(),
  'machine-moves': () => machineMovesMarkdown(),
  guards: guardsMarkdown,
  'coi-rules': () => coiRulesMarkdown(),
  'gift-rules': () => coiRulesMarkdown('gift'),
  'application-calendar': applicationCalendarMarkdown,
  'source-documents': sourceDocumentsMarkdown,
};

/** The marker a guide writes where a block goes. */
export const MARKER = /<!--\s*co-commissioning:([a-z-]+)\s*-->/g;

/**
 * Replaces every marker in a guide's markdown with its block. An unknown marker is an error,
 * so that a misspelt marker fails the docs build instead of leaving a gap.
 */
export function expandMarkers(markdown: string): string {
  return markdown.replace(MARKER, (_, name: string) => {
    const block = BLOCKS[name];
    if (block === undefined) {
      throw new Error(
        `Unknown documentation block "${name}": use one of ${Object.keys(BLOCKS).join(', ')}.`,
      );
    }
    return `\n\n${block()}\n\n`;
  });
}
