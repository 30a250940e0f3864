import { createMemoryStore } from '@cadre/core';
import { apiKeys, createCadreApi } from '@cadre/http';
import { type DemoKeys, seed } from './seed.js';

/**
 * A fetch handler, the shape Deno.serve, Bun.serve and Cloudflare Workers take. Nothing here
 * needs Node: the memory store is pure, keys are checked with Web Crypto.
 * @example
 * const worker = await createWorker(demoKeys(Deno.env.toObject()));
 * Deno.serve(worker.fetch); // or: export default worker
 */
export async function createWorker(
  keys: DemoKeys,
): Promise<{ fetch: (request: Request) => Promise<Response> }> {
  const store = createMemoryStore();
  await seed(store);
  const app = createCadreApi({ store, auth: apiKeys(keys.principals) });
  return { fetch: async (request) => app.fetch(request) };
}
