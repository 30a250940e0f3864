// The H1 server, in a plain-Node process that loads the built packages (dist/) as users run them:
// through tsx, TypeScript source would carry the compiler's memory and its per-function helpers.
// It serves a bare Hono handler and two cadre APIs over one seeded SQLite file: one with the
// attainment cache (the default) and one with it off, so the query's own cost stays visible.
import { createRequire } from 'node:module';

const packages = new URL('../../../', import.meta.url);
const load = (path) => import(new URL(path, packages).href);
const http = await load('http/dist/index.js');
const { serveCadreApi } = await load('http/dist/node/index.js');
const { createSqliteStore } = await load('sql/dist/index.js');
// Hono is @cadre/http's dependency; the bare baseline uses that same copy.
const { Hono } = createRequire(new URL('http/package.json', packages))('hono');

const { CADRE_H1_DB: file, CADRE_H1_KEY: key, CADRE_H1_PROVINCE: province } = process.env;
const store = await createSqliteStore({ filename: file });
const auth = http.apiKeys({ [key]: { id: 'bench', scopes: ['aggregate'], orgUnits: [province] } });
const api = http.createCadreApi({ store, auth });
const cached = await serveCadreApi(api);
const uncached = await serveCadreApi(http.createCadreApi({ store, auth, attainmentCacheBytes: 0 }));
// The second baseline sends the very bytes and headers of the cached answer: what Hono alone
// costs for a response of that size.
const answer = await api.request(process.env.CADRE_H1_QUERY, { headers: { 'X-Api-Key': key } });
const body = new Uint8Array(await answer.arrayBuffer());
const etag = answer.headers.get('etag');
const bare = await serveCadreApi(
  new Hono()
    .get('/json', (c) => c.json({ programme: process.env.CADRE_H1_PROGRAMME, ok: true }))
    .get('/same-answer', (c) => {
      c.header('X-Request-Id', crypto.randomUUID());
      c.header('ETag', etag);
      c.header('Cache-Control', 'private, no-cache');
      c.header('Vary', 'Authorization, X-Api-Key');
      c.header('Content-Type', 'application/json');
      return c.body(body, 200);
    }),
);
process.send({ cached: cached.url, uncached: uncached.url, bare: bare.url });
process.on('message', async (message) => {
  if (message !== 'stop') return;
  await Promise.all([cached.close(), uncached.close(), bare.close()]);
  await store.close();
  const rss = process.resourceUsage().maxRSS / 1024;
  process.send({ rss }, () => process.exit(0));
});
