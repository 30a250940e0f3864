import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createCadreClient } from '@cadre/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_ENV } from './seed.js';

// The keys the example reads from its environment (without them it generates its own).
const PROVINCE_KEY = 'test-province-key-0001';
const MINISTRY_KEY = 'test-ministry-key-0001';

let child: ChildProcess;
let base = '';

// The example runs in its own Node process, as users start it, and is reached over a real socket.
beforeAll(async () => {
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/main.ts'], {
    cwd,
    env: {
      ...process.env,
      [KEY_ENV.province]: PROVINCE_KEY,
      [KEY_ENV.ministry]: MINISTRY_KEY,
      PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  base = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the example exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const found = /http:\/\/127\.0\.0\.1:\d+/.exec(chunk.toString());
      if (found) resolve(found[0]);
    });
  });
}, 60_000);

afterAll(() => {
  child.kill('SIGTERM');
});

describe('embed-express', () => {
  it('serves the cadre API under /api through the typed client', async () => {
    const api = createCadreClient(`${base}/api`, { headers: { 'X-Api-Key': MINISTRY_KEY } });
    const res = await api.attainment.$get({
      query: { programme: '12-CTr/TU', asOf: '2019-05-20', indicator: 'rotation', lang: 'vi' },
    });
    expect(res.status).toBe(200);
    if (res.status === 200)
      expect((await res.json()).rows[0]).toMatchObject({ percent: '60', phrase: 'bằng 60% KH' });
  });

  it('passes JSON bodies through untouched and answers errors as problems', async () => {
    const write = await fetch(`${base}/api/org-units`, {
      method: 'POST',
      headers: { 'X-Api-Key': PROVINCE_KEY, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        code: '04.SYT',
        name: 'Sở Y tế Cao Bằng',
        level: 'agency',
        parentCode: '04',
      }),
    });
    expect(write.status).toBe(201);
    const refused = await fetch(`${base}/api/org-units`, {
      method: 'POST',
      body: 'x',
      headers: { 'X-Api-Key': PROVINCE_KEY, 'Content-Type': 'text/plain' },
    });
    expect(refused.status).toBe(415);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
  });

  it('leaves the host application’s own routes and body parser working', async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ ok: true });
    const note = await fetch(`${base}/notes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'họp sơ kết' }),
    });
    expect(await note.json()).toEqual({ received: { text: 'họp sơ kết' } });
  });

  it('serves the OpenAPI document and its reference page under the mount point', async () => {
    const doc = await fetch(`${base}/api/openapi.json`);
    expect(((await doc.json()) as { openapi: string }).openapi).toBe('3.1.0');
    expect((await fetch(`${base}/api/docs`)).status).toBe(200);
  });
});
