// Internal: builders return deeply frozen copies, never the caller's objects.
import { clonePlain } from '../../_lib/clonePlain.js';
import { deepFreeze } from '../deepFreeze.js';

/** A deeply frozen copy of plain data: the caller's objects are neither kept nor frozen. */
export function frozenCopy<T>(value: T): T {
  return deepFreeze(clonePlain(value));
}

/** The count as three digits at least: 1 is "001", 1234 is "1234". */
export function pad3(count: number): string {
  return String(count).padStart(3, '0');
}
