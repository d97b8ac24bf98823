// The documentation site works offline (issue #8): served from docs/site on localhost, opened in
// Debian's Chromium, the home page leads to a guide, the search box finds tallyBallot and opens
// its API page, the state machine diagram is drawn, and the responsibility matrix has a row per
// function. No console error, no request to any other host, no missing file. Build the site
// first with `npm run docs`; run with `npm run test:docs`.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMISSIONING_MACHINE, PRIMARY_CARE_FUNCTIONS } from 'co-commissioning';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/extractExamples.js';
import { type StaticServer, serveStatic } from './support/staticServer.js';

const SITE = join(ROOT, 'docs', 'site');
const REPORTS = join(ROOT, 'reports');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
const consoleErrors: string[] = [];
const offsite: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${path}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${path}: ${error.message}`));
  const response = await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  return page;
}

beforeAll(async () => {
  if (!existsSync(join(SITE, 'index.html'))) {
    throw new Error('docs/site/index.html is missing: build the site first with `npm run docs`.');
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install Debian's chromium package (or set CHROMIUM_PATH).`,
    );
  }
  mkdirSync(REPORTS, { recursive: true });
  server = await serveStatic(SITE);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Any request for another host is recorded and refused: the site must work offline.
  await context.route(
    (url) => !url.href.startsWith(server.url) && !url.protocol.startsWith('data'),
    async (route) => {
      offsite.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('the documentation site', () => {
  describe('when a newcomer opens the home page', () => {
    it('shows the home page and leads to the getting started guide', async () => {
      const page = await open('index.html');
      await expect(page.title()).resolves.toMatch(/co-commissioning/);
      await page.screenshot({ path: join(REPORTS, 'docs-home.png'), fullPage: true });
      await page.locator('.tsd-typography a', { hasText: 'Getting started' }).first().click();
      await page.waitForURL(/Getting_started\.html$/, { timeout: 10_000 });
      await expect(page.locator('h1').first().textContent()).resolves.toBe('Getting started');
      await page.close();
    });
  });

  describe('when the search box is used', () => {
    it('finds tallyBallot and opens its API page with an example', async () => {
      const page = await open('index.html');
      await page.locator('#tsd-search-trigger').click();
      await page.locator('#tsd-search-input').fill('tallyBallot');
      // The first result, whatever module prefix the search shows before the name.
      const first = page.locator('#tsd-search-results li a').first();
      await first.waitFor({ state: 'visible', timeout: 10_000 });
      await expect(first.getAttribute('href')).resolves.toMatch(/[./]tallyBallot\.html$/);
      await first.click();
      await page.waitForURL(/[./]tallyBallot\.html$/, { timeout: 10_000 });
      await expect(page.locator('h1').first().textContent()).resolves.toContain('tallyBallot');
      await expect(page.locator('pre code').first().textContent()).resolves.toContain(
        'tallyBallot(ballot, votes)',
      );
      await page.close();
    });
  });

  describe('when the changing-model guide is opened', () => {
    it('draws the state machine diagram with every model and move', async () => {
      const page = await open('documents/Changing_model__the_Bedfordshire_walk-through.html');
      const diagram = page.locator('#commissioning-machine-diagram svg');
      await expect(diagram.isVisible()).resolves.toBe(true);
      const box = await diagram.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(400);
      expect(box?.height ?? 0).toBeGreaterThan(200);
      await expect(diagram.locator('.cc-state').count()).resolves.toBe(
        COMMISSIONING_MACHINE.states.length,
      );
      await expect(diagram.locator('path.cc-move').count()).resolves.toBe(
        COMMISSIONING_MACHINE.transitions.length,
      );
      await diagram.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(REPORTS, 'docs-screenshot.png') });
      await page.close();
    });
  });

  describe('when the responsibility guide is opened', () => {
    it('shows the matrix with a row for every function', async () => {
      const page = await open('documents/The_three_models_and_who_decides_what.html');
      const rows = page.locator('table').nth(1).locator('tbody tr');
      await expect(rows.count()).resolves.toBe(PRIMARY_CARE_FUNCTIONS.length);
      await expect(rows.first().textContent()).resolves.toContain('General practice commissioning');
      await page.close();
    });
  });

  describe('when every page of the site is read', () => {
    it('loads no script, style, image or font from another host', () => {
      const remote: string[] = [];
      const walk = (folder: string): void => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
          const path = join(folder, entry.name);
          if (entry.isDirectory()) walk(path);
          else if (/\.(html|css|js)$/.test(entry.name)) {
            const text = readFileSync(path, 'utf8');
            const found = text.match(
              /(?:\bsrc=|<link\b[^>]*\bhref=|@import\s+|url\()\s*["']?(?:https?:)?\/\/[^"')\s>]+/g,
            );
            for (const match of found ?? [])
              remote.push(`${path.slice(SITE.length + 1)}: ${match}`);
          }
        }
      };
      walk(SITE);
      expect(remote).toEqual([]);
    });
  });

  describe('after every page', () => {
    it('logged no console error', () => {
      expect(consoleErrors).toEqual([]);
    });

    it('asked no host but localhost for anything', () => {
      expect(offsite).toEqual([]);
    });

    it('asked the server for no file it lacks', () => {
      expect(server.requests.filter((request) => request.status !== 200)).toEqual([]);
    });
  });
});
