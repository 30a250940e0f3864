import type { CadreStore } from '@cadre/core';
import { apiKeys, createCadreApi } from '@cadre/http';
import { getRequestListener } from '@hono/node-server';
import express from 'express';
import type { DemoKeys } from './seed.js';

/**
 * An existing Express application that gains the cadre API under /api.
 * @example
 * buildExpressApp(store, demoKeys(process.env)).listen(3000);
 */
export function buildExpressApp(store: CadreStore, keys: DemoKeys): express.Express {
  const app = express();
  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  const api = createCadreApi({ store, auth: apiKeys(keys.principals) });
  // Mounted before any body parser: the API reads, limits and validates the raw body itself.
  // Express strips "/api" from req.url, so the API sees its own paths.
  app.use('/api', getRequestListener(api.fetch));
  app.use(express.json());
  app.post('/notes', (req, res) => {
    res.status(201).json({ received: req.body });
  });
  return app;
}
