import type { CoiRule } from './CoiRule.js';

export const REGISTER_RULES: readonly CoiRule[] = [];
