// Cold import time in Node: each import runs in a fresh process, timed inside that process
// around a dynamic import() (so process start-up is left out), alternating zod alone and the
// library (bundled from the sources as the package build bundles it, or else the built package
// through its own name, as a user imports it). Medians are kept.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './harness.js';

function timeImport(root: string, specifier: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  const ms = Number(child.stdout);
  if (child.status !== 0 || !Number.isFinite(ms))
    throw new Error(`Importing ${specifier} failed: ${child.stderr}`);
  return ms;
}

/** Median cold import times, or undefined when the package is not built. */
export function measureImports(
  root: string,
  runs: number,
): { runs: number; zodMs: number; libraryMs: number; overZodMs: number } | undefined {
  const bundled = process.env['BENCH_LIBRARY'];
  const specifier =
    bundled !== undefined && existsSync(bundled)
      ? pathToFileURL(bundled).href
      : existsSync(join(root, 'dist', 'index.js'))
        ? 'co-commissioning'
        : undefined;
  if (specifier === undefined) return undefined;
  const zod: number[] = [];
  const library: number[] = [];
  // One unmeasured round first, so the file system cache is warm for every contender alike.
  timeImport(root, 'zod');
  timeImport(root, specifier);
  for (let run = 0; run < runs; run += 1) {
    if (run % 2 === 0) {
      zod.push(timeImport(root, 'zod'));
      library.push(timeImport(root, specifier));
    } else {
      library.push(timeImport(root, specifier));
      zod.push(timeImport(root, 'zod'));
    }
  }
  const zodMs = median(zod);
  const libraryMs = median(library);
  return { runs, zodMs, libraryMs, overZodMs: libraryMs - zodMs };
}
