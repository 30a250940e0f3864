import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testApi } from '../__fixtures__/seed.js';
import { serveCadreApi } from '../node/serve-cadre-api.js';

// Debian's package; CADRE_CHROMIUM points elsewhere. CI installs it and must run this test.
const CHROMIUM = process.env.CADRE_CHROMIUM ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
const mustRun = process.env.CI === 'true' || process.env.CI === '1';
const title = present
  ? 'shows the title and every tag in headless Chromium with the network off'
  : `shows the title and every tag in headless Chromium — skipped: ${CHROMIUM} is not installed (apt-get install chromium; under CI=true this test fails instead)`;

// Any host but the server's own is unresolvable, and requests to one are aborted and recorded.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

describe('the reference page in a browser', () => {
  it.runIf(present || mustRun)(title, { timeout: 90_000 }, async () => {
    expect(present, `${CHROMIUM} must be installed under CI`).toBe(true);
    const { app } = await testApi();
    const server = await serveCadreApi(app);
    const profile = await mkdtemp(join(tmpdir(), 'cadre-docs-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1200, height: 900 },
    });
    try {
      const outside: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === '127.0.0.1') return route.continue();
        outside.push(url.href);
        return route.abort('internetdisconnected');
      });
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${server.url}/docs`);
      await page.locator('.opblock-tag').first().waitFor({ timeout: 60_000 });

      const doc = (await (await app.request('/openapi.json')).json()) as {
        info: { title: string };
        paths: Record<string, Record<string, { tags?: string[] }>>;
      };
      const tags = new Set(
        Object.values(doc.paths).flatMap((ops) =>
          Object.values(ops).flatMap((op) => op.tags ?? []),
        ),
      );
      expect(await page.title()).toBe(doc.info.title);
      const heading = page.locator('.information-container .title');
      expect(await heading.isVisible()).toBe(true);
      expect(await heading.textContent()).toContain(doc.info.title);
      const shown = await page
        .locator('.opblock-tag')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-tag')));
      expect(new Set(shown)).toEqual(tags);
      expect(outside).toEqual([]);
      const shot = process.env.CADRE_DOCS_SCREENSHOT;
      if (shot !== undefined) await page.screenshot({ path: shot, fullPage: false });
    } finally {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});
