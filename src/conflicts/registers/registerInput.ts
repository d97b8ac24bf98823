import * as z from 'zod';
import { fail } from '../../_lib/fail.js';
import { IsoDateSchema } from '../../core/IsoDate.js';
import type { Register } from '../Register.js';
import { GuidanceRegimeSchema, Regime2017StartSchema } from './regimeSchemas.js';
import { LocalRuleSchema, OverridesSchema } from './ruleRuntime.js';

// Internal: the options schema shared by checkDeclarations and toPublicRegister, and the
// register checks zod cannot express.

export const RegisterCheckOptionsSchema = z
  .object(
    {
      asOf: IsoDateSchema,
      decisionMakerIds: z
        .array(
          z
            .string({ error: 'Give each decision-maker’s person ID as text.' })
            .min(1, { error: 'Give each decision-maker’s person ID: it cannot be empty.' }),
          { error: 'Give the decision-makers as a list of person IDs.' },
        )
        .optional(),
      joinedOn: z
        .record(z.string({ error: 'Key each joining date by person ID.' }), IsoDateSchema, {
          error:
            'Give joinedOn as an object of person ID to date, such as { "p-1": "2016-04-01" }.',
        })
        .optional(),
      overrides: OverridesSchema.optional(),
      localRules: z.array(LocalRuleSchema, { error: 'Give the local rules as a list.' }).optional(),
      regime2017From: Regime2017StartSchema.optional(),
      regime: GuidanceRegimeSchema.optional(),
    },
    { error: 'Give the options as an object with at least asOf, such as { asOf: "2017-07-01" }.' },
  )
  .strict();

/** Throws `invalid_input` when two declarations share an ID. */
export function checkDeclarationIds(register: Register): void {
  const seen = new Set<string>();
  register.declarations.forEach((declaration, index) => {
    if (seen.has(declaration.id)) {
      fail({
        code: 'invalid_input',
        message: `Declaration ID "${declaration.id}" appears more than once in the register: give each declaration its own ID.`,
        path: ['register', 'declarations', index, 'id'],
        expected: 'unique declaration IDs',
        received: `a repeated ID "${declaration.id}"`,
      });
    }
    seen.add(declaration.id);
  });
}
