import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KEYS, PRINCIPALS, seededStore, testApi } from '../__fixtures__/seed.js';
import { createCadreApi } from '../api/create-cadre-api.js';
import { apiKeys } from '../auth/api-keys.js';
import { DOCS_ASSETS } from './bundled-assets.js';
import { SWAGGER_UI_VERSION } from './reference-page.js';

describe('GET /docs', () => {
  it('loads nothing from another host', async () => {
    const { app } = await testApi();
    const res = await app.request('/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<title>cadre API</title>');
    expect(html).not.toMatch(/https?:|\/\//);
    for (const src of html.matchAll(/(?:src|href)="([^"]+)"/g))
      expect(src[1], 'relative to the page').toMatch(/^docs\//);
  });

  it('serves every file the page loads, from the package', async () => {
    const { app } = await testApi();
    const html = await (await app.request('/docs')).text();
    const links = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(links).toHaveLength(Object.keys(DOCS_ASSETS).length + 1);
    for (const link of links) {
      const res = await app.request(`/${link}`);
      expect(res.status, link).toBe(200);
      expect((await res.arrayBuffer()).byteLength, link).toBeGreaterThan(0);
    }
    const init = await (await app.request('/docs/init.js')).text();
    expect(init).toContain("url: 'openapi.json'");
    expect(init).toContain('validatorUrl: null');
  });

  it('is pinned: the page is built for the version the package depends on', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    );
    expect(manifest.dependencies['swagger-ui-dist']).toBe(SWAGGER_UI_VERSION);
  });

  it('answers 404 for files outside the list', async () => {
    const { app } = await testApi();
    for (const path of ['/docs/package.json', '/docs/swagger-ui.js.map', '/docs/..%2Fpackage.json'])
      expect((await app.request(path)).status, path).toBe(404);
  });

  it('takes a reader for runtimes without a file system, and says when a file is missing', async () => {
    const store = await seededStore();
    const asked: string[] = [];
    const app = createCadreApi({
      store,
      auth: apiKeys(PRINCIPALS),
      docsAssets: async (name) => {
        asked.push(name);
        return name === 'swagger-ui.css' ? new TextEncoder().encode('body{}') : undefined;
      },
    });
    expect(await (await app.request('/docs/swagger-ui.css')).text()).toBe('body{}');
    await app.request('/docs/swagger-ui.css');
    expect(asked).toEqual(['swagger-ui.css']);
    const missing = await app.request('/docs/swagger-ui-bundle.js');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { detail: string }).detail).toContain('docsAssets');
  });

  it('puts the files behind authentication with publicDocs: false', async () => {
    const store = await seededStore();
    const app = createCadreApi({ store, auth: apiKeys(PRINCIPALS), publicDocs: false });
    expect((await app.request('/docs/swagger-ui.css')).status).toBe(401);
    const res = await app.request('/docs/swagger-ui.css', {
      headers: { 'X-Api-Key': KEYS.writeOnly },
    });
    expect(res.status).toBe(200);
  });
});
