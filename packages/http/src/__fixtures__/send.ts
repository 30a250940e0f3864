/**
 * Sends one call of a case to the app, as JSON.
 * @example
 * const res = await send(app, 'POST', { path: '/reconcile', key, body });
 */
export function send(
  app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
  method: string,
  call: { path: string; key?: string; body?: unknown },
  headers: Record<string, string> = {},
): Promise<Response> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (call.key !== undefined) (init.headers as Record<string, string>)['X-Api-Key'] = call.key;
  if (call.body !== undefined) {
    (init.headers as Record<string, string>)['Content-Type'] ??= 'application/json';
    init.body = typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
  }
  return Promise.resolve(app.request(call.path, init));
}
