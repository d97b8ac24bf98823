// Every export of both entry points documents itself for the API pages (issue #8): a summary,
// an `@example` in a ```ts fence (run by examples.test.ts) and one `@category` among the
// library's concepts. The exports are read from the TypeScript program, so a new export without
// them fails here at once.
import { describe, expect, it } from 'vitest';
import { exportedDocs } from './support/exportedDocs.js';

const CATEGORIES = [
  'Core',
  'Organisations',
  'Responsibilities',
  'Ballots',
  'Conflicts of interest',
  'Commissioning',
  'Testing',
];

const docs = exportedDocs();

describe('the TSDoc of every export', () => {
  it('finds the exports of both entry points', () => {
    const entries = new Set(docs.map((doc) => doc.entry));
    expect([...entries].sort()).toEqual(['co-commissioning', 'co-commissioning/testing']);
    expect(docs.length).toBeGreaterThan(300);
  });

  it('gives each export a summary', () => {
    expect(docs.filter((doc) => !doc.hasSummary).map((doc) => `${doc.name} (${doc.at})`)).toEqual(
      [],
    );
  });

  it('gives each export an @example in a ```ts fence', () => {
    const missing = docs
      .filter(
        (doc) =>
          doc.examples.length === 0 || !doc.examples.every((example) => example.includes('```ts')),
      )
      .map((doc) => `${doc.name} (${doc.at})`);
    expect(missing).toEqual([]);
  });

  it('gives each export exactly one @category, one of the library concepts', () => {
    const wrong = docs
      .filter((doc) => doc.categories.length !== 1 || !CATEGORIES.includes(doc.categories[0] ?? ''))
      .map((doc) => `${doc.name} (${doc.at}): ${JSON.stringify(doc.categories)}`);
    expect(wrong).toEqual([]);
  });

  it('puts the exports of co-commissioning/testing under Testing', () => {
    const wrong = docs
      .filter((doc) => doc.entry === 'co-commissioning/testing' && doc.categories[0] !== 'Testing')
      .map((doc) => `${doc.name} (${doc.at})`);
    expect(wrong).toEqual([]);
  });
});
