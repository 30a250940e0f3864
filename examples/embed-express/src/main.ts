import { createMemoryStore } from '@cadre/core';
import { buildExpressApp } from './app.js';
import { seed } from './seed.js';

const store = createMemoryStore();
await seed(store);
const port = Number(process.env.PORT ?? 3000);
const server = buildExpressApp(store).listen(port, '127.0.0.1', () => {
  const address = server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : port;
  console.log(`Express on http://127.0.0.1:${bound}, cadre API at /api (tài liệu: /api/docs)`);
});
