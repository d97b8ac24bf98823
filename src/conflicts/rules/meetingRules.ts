import type { CoiRule } from './CoiRule.js';

export const MEETING_RULES: readonly CoiRule[] = [];
