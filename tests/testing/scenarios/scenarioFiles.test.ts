// Every scenario file in this folder is run: a policy analyst adds a case by adding a JSON file
// here, with no code. The file names the JSON Schema it follows (scenario.schema.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runScenario, scenarioJsonSchema } from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

const folder = fileURLToPath(new URL('.', import.meta.url));
const read = (name: string): unknown => JSON.parse(readFileSync(join(folder, name), 'utf8'));
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.json') && name !== 'scenario.schema.json')
  .sort();

describe('the scenario files', () => {
  it('include the three worked cases', () => {
    expect(files).toEqual([
      'bedfordshire.json',
      'cambridgeshire-b-to-c.json',
      'refused-without-lmc.json',
    ]);
  });

  it('ship the JSON Schema scenarioJsonSchema() generates', () => {
    expect(read('scenario.schema.json')).toEqual(scenarioJsonSchema());
  });

  describe.each(files)('%s', (name) => {
    it('follows the JSON Schema', () => {
      const ajv = new Ajv2020({ allErrors: true, strict: false });
      const validate = ajv.compile(read('scenario.schema.json') as object);
      expect(validate(read(name)), JSON.stringify(validate.errors)).toBe(true);
    });

    it('passes every step and check', () => {
      const report = runScenario(read(name));
      expect(report.passed, report.summary).toBe(true);
    });
  });
});
