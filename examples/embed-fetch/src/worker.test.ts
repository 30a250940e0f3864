import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createCadreClient } from '@cadre/http';
import { describe, expect, it } from 'vitest';
import { createWorker } from './worker.js';

describe('embed-fetch', () => {
  it('answers a plain Request with a Response', async () => {
    const worker = await createWorker();
    const res = await worker.fetch(
      new Request(
        'https://cadre.example/attainment?programme=12-CTr%2FTU&asOf=2019-05-20&lang=en',
        {
          headers: { 'X-Api-Key': 'ministry-demo-key' },
        },
      ),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { rows: { indicator: string; phrase: string }[] };
    expect(body.rows.map((r) => r.phrase)).toEqual(['300% of target', '60% of plan']);
  });

  it('drives the worker with the typed client, no network involved', async () => {
    const worker = await createWorker();
    const inProcess = ((input: string | URL | Request, init?: RequestInit) =>
      worker.fetch(new Request(input, init))) as typeof fetch;
    const api = createCadreClient('https://cadre.example', {
      fetch: inProcess,
      headers: { 'X-Api-Key': 'cao-bang-demo-key' },
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
    const worker = await createWorker();
    const res = await worker.fetch(
      new Request('https://cadre.example/attainment?programme=12-CTr%2FTU'),
    );
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('pnpm start', () => {
  it('prints the attainment phrases the handler answers', async () => {
    const cwd = fileURLToPath(new URL('..', import.meta.url));
    const { stdout } = await promisify(execFile)('pnpm', ['run', '--silent', 'start'], { cwd });
    expect(stdout.split('\n')).toEqual([
      'GET /attainment → 200',
      '  master_education: đạt 300% chỉ tiêu',
      '  rotation: bằng 60% KH',
      '',
    ]);
  }, 120_000);
});
