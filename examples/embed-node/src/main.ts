import { apiKeys, createCadreApi } from '@cadre/http';
import { createSqliteStore } from '@cadre/sql';
import { serve } from '@hono/node-server';
import { demoKeys, generatedKeyLines, seed } from './seed.js';

// One SQLite file holds everything; CADRE_DB=':memory:' gives a throwaway database.
const store = await createSqliteStore({ filename: process.env.CADRE_DB ?? 'cadre.db' });
await seed(store);

const keys = demoKeys(process.env);
for (const line of generatedKeyLines(keys)) console.log(line);

const app = createCadreApi({
  store,
  auth: apiKeys(keys.principals),
  // Entries hold the route pattern, status and timing, never personal data.
  logger: (entry) => process.stderr.write(`${JSON.stringify(entry)}\n`),
});

const server = serve(
  { fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT ?? 8080) },
  (info) => {
    console.log(`cadre API on http://127.0.0.1:${info.port} (tài liệu API: /docs)`);
  },
);

const stop = () => {
  server.close(() => {
    void store.close().then(() => process.exit(0));
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
