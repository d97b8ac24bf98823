import type * as z from 'zod';
import { describeValue } from './describe.js';

const TYPE_WORDS: Readonly<Record<string, string>> = {
  object: 'a record of named fields',
  array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  int: 'a whole number',
};

/**
 * The issue's message, or plain words in place of zod's own default wording ("Invalid input:
 * expected object, received undefined"), which is written for programmers.
 */
export function plainMessage(zodIssue: z.core.$ZodIssue): string {
  const { message } = zodIssue;
  const received = describeValue(zodIssue.input);
  if (zodIssue.code === 'invalid_type' && message.startsWith('Invalid input: expected ')) {
    const expected = TYPE_WORDS[zodIssue.expected] ?? zodIssue.expected;
    return `Expected ${expected}, but received ${received}.`;
  }
  if (zodIssue.code === 'invalid_value' && /^Invalid (input|option): expected /.test(message)) {
    const values = zodIssue.values.map((value) =>
      typeof value === 'string' ? JSON.stringify(value) : String(value),
    );
    return `Expected ${values.length === 1 ? values[0] : `one of ${values.join(', ')}`}, but received ${received}.`;
  }
  if (zodIssue.code === 'invalid_union' && /^Invalid (input|discriminator value)/.test(message))
    return `This value matches none of the accepted forms; received ${received}.`;
  return message;
}
