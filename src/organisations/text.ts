import * as z from 'zod';

// Small schema pieces shared by the organisation entities. Internal only.

const text = (what: string) =>
  z.string({ error: `Give the ${what} as text.` }).refine((value) => value.trim().length > 0, {
    error: `Give the ${what}: it cannot be empty.`,
  });

/** A non-empty identifier, named in the message so a person knows which one to fix. */
export const idSchema = text;

/** A non-empty name. */
export const nameSchema = text;
