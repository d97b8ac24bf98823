import { COMMISSIONING_MACHINE, type CommissioningMachine } from './COMMISSIONING_MACHINE.js';
import { checkMachine } from './checkMachine.js';

/**
 * Draws the commissioning state machine as a Mermaid state diagram, generated from
 * {@link COMMISSIONING_MACHINE} (the same data that runs), so the picture cannot drift from the
 * code. Each arrow is labelled with its events and the number of guards checked.
 *
 * @param machine - The machine to draw; the library's own by default.
 * @returns Mermaid source text beginning `stateDiagram-v2`.
 * @throws {@link CoCommissioningError} `invalid_input` for a malformed machine.
 *
 * @example
 * ```ts
 * import { toMermaid } from 'co-commissioning';
 *
 * toMermaid().split('\n')[0]; //=> 'stateDiagram-v2'
 * ```
 * @category Commissioning
 */
export function toMermaid(machine: CommissioningMachine = COMMISSIONING_MACHINE): string {
  const checked = checkMachine(machine);
  const lines = ['stateDiagram-v2', '  direction LR'];
  for (const state of checked.states)
    lines.push(`  state "${state.id}: ${state.name}" as ${safeId(state.id)}`);
  lines.push(`  [*] --> ${safeId(checked.states[0]?.id ?? 'none')}`);
  for (const move of checked.transitions) {
    const label =
      move.kind === 'exit'
        ? `notice: ${move.steps.join(' → ')}`
        : move.steps.length > 3
          ? `${move.steps[0]} … ${move.steps.at(-1)} (${move.steps.length} steps)`
          : move.steps.join(' → ');
    lines.push(
      `  ${safeId(move.from)} --> ${safeId(move.to)}: ${label}, ${move.guards.length} guards`,
    );
  }
  return lines.join('\n');
}

function safeId(id: string): string {
  return id === 'none' ? 'none_' : id;
}
