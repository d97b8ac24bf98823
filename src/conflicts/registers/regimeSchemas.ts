import * as z from 'zod';

// Internal zod pieces for the regime options every gift and register check takes.

export const Regime2017StartSchema = z.enum(['2017-06-16', '2017-06-01'], {
  error:
    'Choose when the 2017 rules start: "2017-06-16" (revised CCG statutory guidance, the default) or "2017-06-01" (NHS-wide guidance in force).',
});

export const GuidanceRegimeSchema = z.enum(['before-2016', '2016', '2017'], {
  error: 'Choose the guidance regime: "before-2016", "2016" or "2017".',
});

export const GuidanceRegimeOptionsSchema = z
  .object(
    { regime2017From: Regime2017StartSchema.optional() },
    { error: 'Give the options as an object.' },
  )
  .strict();
