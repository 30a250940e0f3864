import { serve } from '@hono/node-server';

/** A running server: its base URL and a way to stop it. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves a cadre API (or any fetch handler) on Node's HTTP server with `@hono/node-server`.
 * Listens on 127.0.0.1 by default; port 0 picks a free port. Resolves once listening.
 * @example
 * const server = await serveCadreApi(createCadreApi({ store, auth }), { port: 8080 });
 * console.log(`cadre API on ${server.url}`);
 * await server.close();
 */
export function serveCadreApi(
  app: { fetch: (request: Request) => Response | Promise<Response> },
  options: { port?: number; hostname?: string } = {},
): Promise<RunningServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 0, hostname }, (info) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) =>
            server.close((error) => (error ? fail(error) : done())),
          ),
      });
    });
    server.once('error', reject);
  });
}
