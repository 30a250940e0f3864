import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createCadreClient } from '@cadre/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_ENV } from './seed.js';

// The keys the example reads from its environment (without them it generates its own).
const PROVINCE_KEY = 'test-province-key-0001';
const MINISTRY_KEY = 'test-ministry-key-0001';

let child: ChildProcess;
let url = '';

// The example runs as users run it: its own Node process, a real socket, an SQLite database.
beforeAll(async () => {
  const cwd = fileURLToPath(new URL('..', import.meta.url));
  child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/main.ts'], {
    cwd,
    env: {
      ...process.env,
      [KEY_ENV.province]: PROVINCE_KEY,
      [KEY_ENV.ministry]: MINISTRY_KEY,
      PORT: '0',
      CADRE_DB: ':memory:',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
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

describe('embed-node', () => {
  it('serves the review of 20/5/2019 to the typed client', async () => {
    const api = createCadreClient(url, { headers: { 'X-Api-Key': MINISTRY_KEY } });
    const res = await api.attainment.$get({
      query: { programme: '12-CTr/TU', asOf: '2019-05-20', lang: 'vi' },
    });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    const rows = (await res.json()).rows;
    // 30 of 10 and 24 of 40 (seed 004).
    expect(rows.map((r) => r.phrase)).toEqual(['đạt 300% chỉ tiêu', 'bằng 60% KH']);
  });

  it('keeps a province inside its own subtree', async () => {
    const api = createCadreClient(url, { headers: { 'X-Api-Key': PROVINCE_KEY } });
    const res = await api['org-units'].$post({
      json: { code: '40.SNV', name: 'Sở Nội vụ Nghệ An', level: 'agency', parentCode: '40' },
    });
    expect(res.status).toBe(403);
  });
});
