// Internal: a machine given to toMermaid or verifyMachine (a variant of COMMISSIONING_MACHINE),
// validated so that a malformed one is refused with coded issues instead of failing inside.
import * as z from 'zod';
import { parseWith } from '../_lib/parseWith.js';
import { CitationSchema } from '../core/citation.js';
import { CommissioningStatusSchema } from '../responsibilities/CommissioningStatus.js';
import { COMMISSIONING_MACHINE, type CommissioningMachine } from './COMMISSIONING_MACHINE.js';

const text = (what: string) => z.string({ error: `Give ${what} as text.` });
const list = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: `Give ${what} as a list.` });

const MachineSchema = z.object(
  {
    states: list(
      z.object(
        { id: CommissioningStatusSchema, name: text('the state name') },
        { error: 'Give each state as { id, name }.' },
      ),
      'the states',
    ),
    events: list(text('each event type'), 'the event types'),
    guards: list(
      z.object({ id: text('the guard ID') }, { error: 'Give each guard as an object with an id.' }),
      'the guards',
    ),
    transitions: list(
      z.object(
        {
          id: text('the transition ID'),
          from: CommissioningStatusSchema,
          to: CommissioningStatusSchema,
          kind: z.enum(['change', 'exit'], { error: 'Give the kind as change or exit.' }),
          steps: list(text('each step'), 'the steps'),
          guards: list(text('each guard ID'), 'the guard IDs'),
          sources: list(CitationSchema, 'the sources'),
        },
        { error: 'Give each transition as { id, from, to, kind, steps, guards, sources }.' },
      ),
      'the transitions',
    ),
  },
  { error: 'Give the machine as an object like COMMISSIONING_MACHINE.' },
);

/** The machine to read: the library's own as it is, any other validated (throws invalid_input). */
export function checkMachine(machine: unknown): CommissioningMachine {
  if (machine === COMMISSIONING_MACHINE) return COMMISSIONING_MACHINE;
  return parseWith(MachineSchema, machine, ['machine']) as unknown as CommissioningMachine;
}
