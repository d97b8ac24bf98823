import type { CoiRule } from './CoiRule.js';

export const PROCUREMENT_RULES: readonly CoiRule[] = [];
