import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createCadreClient } from '@cadre/http';
import { describe, expect, it } from 'vitest';
import { demoKeys, KEY_ENV } from './seed.js';
import { createWorker } from './worker.js';

const KEYS = demoKeys({
  [KEY_ENV.province]: 'test-province-key-0001',
  [KEY_ENV.ministry]: 'test-ministry-key-0001',
});

describe('embed-fetch', () => {
  it('answers a plain Request with a Response', async () => {
    const worker = await createWorker(KEYS);
    const res = await worker.fetch(
      new Request(
        'https://cadre.example/attainment?programme=12-CTr%2FTU&asOf=2019-05-20&lang=en',
        {
          headers: { 'X-Api-Key': KEYS.ministry },
        },
      ),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { rows: { indicator: string; phrase: string }[] };
    expect(body.rows.map((r) => r.phrase)).toEqual(['300% of target', '60% of plan']);
  });

  it('drives the worker with the typed client, no network involved', async () => {
    const worker = await createWorker(KEYS);
    const inProcess = ((input: string | URL | Request, init?: RequestInit) =>
      worker.fetch(new Request(input, init))) as typeof fetch;
    const api = createCadreClient('https://cadre.example', {
      fetch: inProcess,
      headers: { 'X-Api-Key': KEYS.province },
    });
    const res = await api.reconcile.$post({
      json: { items: [{ actual: 24, reported: 'bằng 60% KH', target: 40 }] },
    });
    expect(res.status).toBe(200);
    if (res.status === 200) {
      const [item] = (await res.json()).items;
      // 24 / 40 is exactly 60%: the stored target 40 is the only one that fits, and the phrase fits it.
      expect(item?.interval.rounding).toEqual({ min: 40, max: 40 });
      expect(item?.check?.fits).toBe(true);
    }
  });

  it('answers with problem bodies, never a stack trace', async () => {
    const worker = await createWorker(KEYS);
    const res = await worker.fetch(
      new Request('https://cadre.example/attainment?programme=12-CTr%2FTU'),
    );
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('demo keys', () => {
  it('come from the environment, or are generated at start and told once', () => {
    expect(KEYS.generated).toEqual([]);
    expect(KEYS.principals[KEYS.ministry]?.scopes).toEqual(['aggregate']);
    const made = demoKeys({});
    const again = demoKeys({});
    expect(made.generated).toEqual([KEY_ENV.province, KEY_ENV.ministry]);
    expect(made.province).toMatch(/^[0-9a-f]{48}$/);
    expect(new Set([made.province, made.ministry, again.province, again.ministry]).size).toBe(4);
  });
});

describe('pnpm start', () => {
  it('prints the attainment phrases the handler answers', async () => {
    const cwd = fileURLToPath(new URL('..', import.meta.url));
    const env = { ...process.env, [KEY_ENV.ministry]: '' };
    const { stdout } = await promisify(execFile)('pnpm', ['run', '--silent', 'start'], {
      cwd,
      env,
    });
    const lines = stdout.split('\n');
    // Without keys in the environment, the start generates them and says which.
    expect(lines.slice(0, 3)).toEqual([
      'Khóa API tạo khi khởi động (đặt biến môi trường để giữ cố định) / keys generated at start:',
      expect.stringMatching(new RegExp(`^  ${KEY_ENV.province}=[0-9a-f]{48}$`)),
      expect.stringMatching(new RegExp(`^  ${KEY_ENV.ministry}=[0-9a-f]{48}$`)),
    ]);
    expect(lines.slice(3)).toEqual([
      'GET /attainment → 200',
      '  master_education: đạt 300% chỉ tiêu',
      '  rotation: bằng 60% KH',
      '',
    ]);
  }, 120_000);
});
