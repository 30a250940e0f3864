import { createMemoryStore } from '@cadre/core';
import { buildExpressApp } from './app.js';
import { demoKeys, generatedKeyLines, seed } from './seed.js';

const store = createMemoryStore();
await seed(store);
const keys = demoKeys(process.env);
for (const line of generatedKeyLines(keys)) console.log(line);
const port = Number(process.env.PORT ?? 3000);
const server = buildExpressApp(store, keys).listen(port, '127.0.0.1', () => {
  const address = server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : port;
  console.log(`Express on http://127.0.0.1:${bound}, cadre API at /api (tài liệu: /api/docs)`);
});
