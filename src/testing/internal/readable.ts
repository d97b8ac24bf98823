// Internal: the kit's functions keep the library's contract whatever they are given: they return
// a value or throw a coded error (CoCommissioningError for input, PolicyAssertionError for a
// failed expectation), never a TypeError from deep inside.
import { CoCommissioningError, isCoCommissioningError } from 'co-commissioning';
import { isPolicyAssertionError } from '../PolicyAssertionError.js';

/** Runs `run`, turning any error that is not the library's or the kit's into `invalid_input`. */
export function readable<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (isCoCommissioningError(error) || isPolicyAssertionError(error)) throw error;
    throw new CoCommissioningError([
      {
        code: 'invalid_input',
        message: `${what} could not read its input: give plain data of the documented shape.`,
        path: [],
        expected: 'plain data of the documented shape',
        received: 'a value that raised an error while being read',
      },
    ]);
  }
}
