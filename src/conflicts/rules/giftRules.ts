import type { CoiRule } from './CoiRule.js';

export const GIFT_RULES: readonly CoiRule[] = [];
