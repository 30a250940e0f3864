import type { Command } from '../command.js';

/** `cadre serve`: the `@cadre/http` JSON API over a database. */
export const serveCommand: Command = {
  name: 'serve',
  summary: {
    vi: 'Chạy API HTTP (@cadre/http) trên CSDL; khóa API lấy từ tệp JSON hoặc biến môi trường',
    en: 'Serve the HTTP API (@cadre/http) over a database; API keys from a JSON file or the environment',
  },
  usage: 'serve --db URL [--port 8787] [--host 127.0.0.1] [--api-keys FILE]',
  options: {
    db: {
      type: 'string',
      value: 'URL',
      help: {
        vi: 'CSDL: tệp SQLite (cadre.db), postgres://… hoặc pglite://memory',
        en: 'database: a SQLite file (cadre.db), postgres://… or pglite://memory',
      },
    },
    port: {
      type: 'string',
      value: 'PORT',
      help: {
        vi: 'cổng (mặc định 8787; 0 = cổng trống bất kỳ)',
        en: 'port (default 8787; 0 = any free port)',
      },
    },
    host: {
      type: 'string',
      value: 'HOST',
      help: {
        vi: 'địa chỉ lắng nghe (mặc định 127.0.0.1, chỉ máy này)',
        en: 'address to listen on (default 127.0.0.1, this machine only)',
      },
    },
    'api-keys': {
      type: 'string',
      value: 'FILE',
      help: {
        vi: 'tệp JSON khóa API { "khóa": { "id", "scopes", "orgUnits" } }; hoặc biến CADRE_API_KEYS',
        en: 'JSON file of API keys { "key": { "id", "scopes", "orgUnits" } }; or the CADRE_API_KEYS variable',
      },
    },
  },
  examples: [
    'cadre serve --db cadre.db --api-keys keys.json',
    'CADRE_API_KEYS=\'{"cb-key":{"id":"cao-bang","scopes":["read"],"orgUnits":["04"]}}\' cadre serve --db cadre.db --port 8080',
  ],
  run: async (ctx) => (await import('./run-serve.js')).runServe(ctx),
};
