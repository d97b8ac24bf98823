// Issue #9: states stored by every released schema version keep loading. Each fixture is the
// exact text serializeState wrote, named state-v<schemaVersion>-<what>.json; the first release
// wrote version 1. A fixture of the current version must load, replay and be written back to the
// same bytes; an older one must load, migrate to the current version and replay. A state from a
// newer version is refused with unsupported_schema_version.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  loadState,
  replayHistory,
  SCHEMA_VERSION,
  safeLoadState,
  serializeState,
} from 'co-commissioning';
import { isDeepFrozen } from 'co-commissioning/testing';
import { describe, expect, it } from 'vitest';

const folder = fileURLToPath(new URL('./fixtures/', import.meta.url));

const FIXTURES = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const match = /^state-v(\d+)-[a-z0-9-]+\.json$/.exec(name);
    return {
      name,
      version: match === null ? Number.NaN : Number(match[1]),
      text: readFileSync(`${folder}${name}`, 'utf8').trimEnd(),
    };
  });

describe('the stored-state fixtures', () => {
  it('are named state-v<version>-<what>.json and hold the version they are named by', () => {
    for (const { name, version, text } of FIXTURES) {
      expect(Number.isInteger(version), name).toBe(true);
      expect((JSON.parse(text) as { schemaVersion: unknown }).schemaVersion, name).toBe(version);
    }
  });

  it('include at least one state of every schema version from 1 to the current one', () => {
    const versions = new Set(FIXTURES.map((fixture) => fixture.version));
    for (let version = 1; version <= SCHEMA_VERSION; version += 1)
      expect(versions.has(version), `no fixture of schema version ${version}`).toBe(true);
  });

  it('cover a new state, changes in progress, withdrawn, completed and being left by notice', () => {
    expect(FIXTURES.map((fixture) => fixture.name)).toEqual([
      'state-v1-bedfordshire-in-progress.json',
      'state-v1-cambridgeshire-delegated.json',
      'state-v1-joint-commissioning.json',
      'state-v1-new.json',
      'state-v1-notice-to-leave-delegation.json',
      'state-v1-proposal-withdrawn.json',
    ]);
  });
});

describe.each(FIXTURES.map((fixture) => [fixture.name, fixture] as const))(
  '%s',
  (_name, fixture) => {
    it('loads from its text and from the object it parses to, deeply frozen', () => {
      const state = loadState(fixture.text);
      expect(state.schemaVersion).toBe(SCHEMA_VERSION);
      expect(isDeepFrozen(state)).toBe(true);
      expect(loadState(JSON.parse(fixture.text))).toEqual(state);
      expect(safeLoadState(fixture.text)).toEqual({ success: true, data: state });
    });

    it('replays its history to the same state', () => {
      const state = loadState(fixture.text);
      const replayed = replayHistory(state);
      expect(replayed).toEqual(state);
      expect(serializeState(replayed)).toBe(serializeState(state));
    });

    it(
      fixture.version === SCHEMA_VERSION
        ? 'is written back to the very same bytes'
        : 'is written back in the current version, and stays the same when loaded again',
      () => {
        const written = serializeState(loadState(fixture.text));
        if (fixture.version === SCHEMA_VERSION) expect(written).toBe(fixture.text);
        else expect(serializeState(loadState(written))).toBe(written);
      },
    );

    it('is refused with unsupported_schema_version when marked with a newer version', () => {
      const future = { ...JSON.parse(fixture.text), schemaVersion: SCHEMA_VERSION + 1 };
      const result = safeLoadState(JSON.stringify(future));
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toEqual({
        code: 'unsupported_schema_version',
        message: `This state was written with schema version ${SCHEMA_VERSION + 1}; this version of co-commissioning reads versions 1 to ${SCHEMA_VERSION}. Upgrade the library to read it.`,
        path: ['schemaVersion'],
        received: `the number ${SCHEMA_VERSION + 1}`,
      });
      expect(() => loadState(future)).toThrowError(
        expect.objectContaining({ code: 'unsupported_schema_version' }),
      );
    });
  },
);

describe('loadState', () => {
  it('refuses every version above the current one, and versions below 1, with coded issues', () => {
    const state = JSON.parse((FIXTURES[0] as { text: string }).text) as Record<string, unknown>;
    for (const schemaVersion of [SCHEMA_VERSION + 1, SCHEMA_VERSION + 10, 2 ** 31]) {
      expect(safeLoadState({ ...state, schemaVersion })).toMatchObject({
        success: false,
        issues: [{ code: 'unsupported_schema_version' }],
      });
    }
    for (const schemaVersion of [0, -1, 1.5, '1', null]) {
      expect(safeLoadState({ ...state, schemaVersion })).toMatchObject({
        success: false,
        issues: [{ code: 'invalid_input', path: ['schemaVersion'] }],
      });
    }
  });
});
