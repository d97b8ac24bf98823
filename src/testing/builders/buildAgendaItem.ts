import type { AgendaItem } from 'co-commissioning';
import { frozenCopy } from '../internal/frozen.js';
import { readable } from '../internal/readable.js';

/**
 * Builds an {@link AgendaItem} for a test: by default `item-1`, an investment decision on a
 * premises improvement grant for practice `P002`, which affects member practices. Nobody in
 * {@link buildRegister}'s default register has an interest in `P002`; give `subject: {
 * organisationIds: ['P001'] }` to make Dr A Patel conflicted. Overrides are not checked.
 *
 * @param overrides - The fields to set instead of the defaults.
 * @returns A new, deeply frozen agenda item that passes `AgendaItemSchema` when the overrides do.
 * @throws `CoCommissioningError` `invalid_input` when its input cannot be read as plain data.
 *
 * @example
 * ```ts
 * import { buildAgendaItem } from 'co-commissioning/testing';
 *
 * buildAgendaItem({ decisionKind: 'procurement' }).title; //=> 'Premises improvement grant for practice P002'
 * ```
 * @category Testing
 */
export function buildAgendaItem(overrides: Partial<AgendaItem> = {}): AgendaItem {
  return readable('buildAgendaItem', () => {
    return frozenCopy({
      id: 'item-1',
      title: 'Premises improvement grant for practice P002',
      decisionKind: 'investment' as const,
      subject: { organisationIds: ['P002'], affectsMemberPractices: true },
      ...overrides,
    });
  });
}
