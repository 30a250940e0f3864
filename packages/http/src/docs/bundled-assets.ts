/** The files of `swagger-ui-dist` the reference page loads; nothing else is ever read. */
export const DOCS_ASSETS = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
  'favicon-32x32.png': 'image/png',
} as const;

/** One of the files the reference page loads. */
export type DocsAssetName = keyof typeof DOCS_ASSETS;

/**
 * Reads one reference-page file; `undefined` when it cannot be had here. The default reads the
 * pinned `swagger-ui-dist` from the package's own dependencies; a runtime without a file system
 * (a Worker) passes its own, e.g. one that fetches from the deployment's static assets.
 */
export type DocsAssetReader = (name: DocsAssetName) => Promise<Uint8Array | undefined>;

/**
 * Reads `swagger-ui-dist/<name>` from disk beside this package. Node, Bun and Deno have these
 * built-ins; they are imported only when a page is asked for, so the main entry still loads in
 * runtimes without them.
 * @example
 * const css = await readBundledAsset('swagger-ui.css');
 */
export const readBundledAsset: DocsAssetReader = async (name) => {
  try {
    const { createRequire } = await import('node:module');
    const { readFile } = await import('node:fs/promises');
    const require = createRequire(import.meta.url);
    return new Uint8Array(await readFile(require.resolve(`swagger-ui-dist/${name}`)));
  } catch {
    return undefined;
  }
};
