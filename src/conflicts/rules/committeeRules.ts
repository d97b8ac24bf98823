import type { CoiRule } from './CoiRule.js';

export const COMMITTEE_RULES: readonly CoiRule[] = [];
