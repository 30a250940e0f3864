import type { AddressInfo } from 'node:net';
import { apiKeys, createCadreApi } from '@cadre/http';
import { serve } from '@hono/node-server';
import { integerOption, requiredOption, textOption } from '../../args/option-values.js';
import { openDatabase } from '../../db/open-database.js';
import { writeLines } from '../../run/io.js';
import { say } from '../../run/text.js';
import { usageError } from '../../run/usage-error.js';
import { type CommandContext, EXIT } from '../command.js';
import { loadApiKeys } from './load-api-keys.js';

const EXAMPLE = 'cadre serve --db cadre.db --api-keys keys.json';

/**
 * Whether a host name binds only to this machine: `localhost`, 127.0.0.0/8 or `::1`. Any other
 * (`0.0.0.0`, a LAN address) lets other machines call the API, which deserves a word.
 * @example
 * isLoopback('0.0.0.0'); // false
 */
export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * Runs `cadre serve`: opens the database, builds the `@cadre/http` API with the configured API
 * keys and listens until the IO's signal aborts (Ctrl-C), then closes the server and the store.
 * @example
 * const stop = new AbortController();
 * const done = runServe({ io: { ...io, signal: stop.signal }, lang: 'en', debug: false, values: { db: ':memory:', port: '0' }, positionals: [] });
 */
export async function runServe({ io, lang, values }: CommandContext): Promise<number> {
  const url = requiredOption(values, 'db', EXAMPLE);
  const port = integerOption(values, 'port', { min: 0, max: 65535 }, 8787);
  const host = textOption(values, 'host') ?? '127.0.0.1';
  const keys = loadApiKeys(textOption(values, 'api-keys'), io.env, io.cwd);
  if (!isLoopback(host)) {
    writeLines(io.stderr, [
      say(
        {
          vi: `Cảnh báo: --host ${host} cho phép máy khác gọi API; hãy đặt sau HTTPS (một reverse proxy) và chỉ mở cho mạng cần dùng.`,
          en: `Warning: --host ${host} lets other machines call the API; put it behind HTTPS (a reverse proxy) and open it only to the network that needs it.`,
        },
        lang,
      ),
    ]);
  }
  const store = await openDatabase(url, io.cwd);
  try {
    const app = createCadreApi({
      store,
      auth: apiKeys(keys),
      logger: (e) =>
        writeLines(io.stderr, [`${e.method} ${e.route} ${e.status} ${Math.round(e.durationMs)}ms`]),
    });
    const server = serve({ fetch: app.fetch, port, hostname: host });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) => {
        const busy = error.code === 'EADDRINUSE';
        reject(
          busy
            ? usageError({
                vi: `--port: cổng ${port} trên ${host} đang được dùng; hãy chọn cổng khác`,
                en: `--port: port ${port} on ${host} is in use; choose another`,
              })
            : error,
        );
      });
      server.once('listening', () => {
        const address = server.address() as AddressInfo;
        const base = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
        writeLines(io.stdout, [
          say(
            {
              vi: `Đang phục vụ API tại ${base} (tài liệu: ${base}/docs); Ctrl-C để dừng.`,
              en: `Serving the API at ${base} (docs: ${base}/docs); Ctrl-C to stop.`,
            },
            lang,
          ),
        ]);
        const stop = () => {
          server.close(() => resolve());
          // Keep-alive connections would hold the close open.
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        };
        if (io.signal?.aborted) stop();
        else io.signal?.addEventListener('abort', stop, { once: true });
      });
    });
    writeLines(io.stdout, [say({ vi: 'Đã dừng.', en: 'Stopped.' }, lang)]);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
