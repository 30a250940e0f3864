import type { Hono } from 'hono';
import type { CadreEnv } from '../api/env.js';
import { problemResponse } from '../problem/error-handler.js';
import { DOCS_ASSETS, type DocsAssetName, type DocsAssetReader } from './bundled-assets.js';

/** The `swagger-ui-dist` version the page is built for; package.json pins the same one. */
export const SWAGGER_UI_VERSION = '5.35.0';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

// Links are relative, so the page works wherever the app is mounted (`/docs`, `/api/docs`).
const page = (title: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" type="image/png" href="docs/favicon-32x32.png">
<link rel="stylesheet" href="docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="docs/swagger-ui-bundle.js"></script>
<script src="docs/init.js"></script>
</body>
</html>
`;

// A separate file rather than an inline script, so a strict `script-src 'self'` policy allows it.
// `validatorUrl: null`: the default badge asks validator.swagger.io about the document.
const INIT = `window.ui = SwaggerUIBundle({
  url: 'openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
  presets: [SwaggerUIBundle.presets.apis],
});
`;

/**
 * Serves the reference page at `/docs` and its files at `/docs/<file>`, all from the package
 * itself: no CDN, so the page works on a network without internet access. Files are read once and
 * kept (about 1.9 MB in all, the fixed list in `DOCS_ASSETS`).
 * @example
 * serveReferencePage(app, { title: 'cadre API', read: readBundledAsset });
 */
export function serveReferencePage(
  app: Hono<CadreEnv>,
  options: { title: string; read: DocsAssetReader },
): void {
  const kept = new Map<DocsAssetName, Promise<Uint8Array | undefined>>();
  const html = page(options.title);
  app.get('/docs', (c) => c.html(html));
  app.get('/docs/init.js', (c) =>
    c.body(INIT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
  );
  app.get('/docs/:file', async (c) => {
    const file = c.req.param('file');
    if (!Object.hasOwn(DOCS_ASSETS, file)) return c.notFound();
    const name = file as DocsAssetName;
    let bytes = kept.get(name);
    if (bytes === undefined) {
      bytes = options.read(name);
      kept.set(name, bytes);
    }
    const body = await bytes;
    if (body === undefined) {
      kept.delete(name);
      return problemResponse(c, 404, {
        detail: `the reference page's file ${name} cannot be read in this runtime; pass docsAssets to createCadreApi`,
        detailVi: `không đọc được tệp ${name} của trang tài liệu trong môi trường này; hãy truyền docsAssets cho createCadreApi`,
      });
    }
    return c.body(body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': DOCS_ASSETS[name],
      // Pinned: the bytes change only with the package version.
      'Cache-Control': 'public, max-age=86400',
    });
  });
}
