import { stateShape } from './CommissioningState.js';
import { CommissioningEventSchema } from './events.js';

/**
 * The zod schema of a stored {@link CommissioningState} of the current schema version, as
 * {@link loadState} checks it (loadState also migrates older versions first).
 *
 * @example
 * ```ts
 * import { CommissioningStateSchema, createCommissioningState } from 'co-commissioning';
 *
 * CommissioningStateSchema.safeParse(createCommissioningState({ ccgId: '06H', status: 'B', since: '2015-04-01' })).success;
 * //=> true
 * ```
 * @category Commissioning
 */
export const CommissioningStateSchema = stateShape(CommissioningEventSchema);
