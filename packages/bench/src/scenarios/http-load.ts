/**
 * H1 — the cadre JSON API under load: an attainment report for one province per request
 * (API-key auth, org-unit scope check, the store's pushed-down query, the core's figures, JSON),
 * served by @hono/node-server over SQLite in a child process, next to a bare Hono JSON handler in
 * the same process. autocannon drives both from this process: at full load (10 connections), then
 * at a fixed 1,000 req/s for the latency goal. A single org-unit read shows the API layer's own
 * cost apart from the report. Each case runs 3 rounds; medians are reported.
 * CADRE_BENCH_HTTP_SECONDS sets the seconds per case (default 9).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HTTP_PROGRAMME, httpDataset, httpProvince } from '../data/http-api.js';
import { benchDir, emit, median, peakRssMb } from '../lib/measure.js';

const KEY = 'bench-province-key';
const QUERY = `/attainment?programme=${encodeURIComponent(HTTP_PROGRAMME)}&asOf=2023-06-30`;

type BareHono = new () => {
  get(
    path: string,
    handler: (c: { json(value: unknown): Response }) => Response,
  ): { fetch: (request: Request) => Response | Promise<Response> };
};

interface Ready {
  cadre: string;
  bare: string;
}

// ── server role: runs in the child ──────────────────────────────────────────────
async function serveBoth(): Promise<void> {
  const here = new URL('.', import.meta.url);
  const http = await import(new URL('../../../http/src/index.js', here).href);
  const node = await import(new URL('../../../http/src/node/index.js', here).href);
  const sql = await import(new URL('../../../sql/src/index.js', here).href);
  const requireFromHttp = createRequire(new URL('../../../http/package.json', here));
  // Hono is @cadre/http's dependency; the bare baseline uses that same copy.
  const { Hono } = requireFromHttp('hono') as { Hono: BareHono };

  const file = join(benchDir(), 'http-load.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const store = await sql.createSqliteStore({ filename: file });
  const data = httpDataset();
  await store.saveOrgUnits(data.orgUnits);
  await store.createProgramme(data.programme);
  await store.saveObservations(data.observations);

  const province = httpProvince(7);
  const cadre = http.createCadreApi({
    store,
    auth: http.apiKeys({ [KEY]: { id: 'bench', scopes: ['aggregate'], orgUnits: [province] } }),
  });
  const bare = new Hono().get('/json', (c) => c.json({ programme: HTTP_PROGRAMME, ok: true }));
  const cadreServer = await node.serveCadreApi(cadre);
  const bareServer = await node.serveCadreApi(bare);
  process.send?.({ cadre: cadreServer.url, bare: bareServer.url } satisfies Ready);
  process.on('message', async (message) => {
    if (message !== 'stop') return;
    await Promise.all([cadreServer.close(), bareServer.close()]);
    await store.close();
    process.send?.({ rss: peakRssMb() }, () => process.exit(0));
  });
}

// ── driver role: the scenario ───────────────────────────────────────────────────
interface Cannon {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<Cannon>;

async function drive(): Promise<void> {
  const requireHere = createRequire(import.meta.url);
  const autocannon = requireHere('autocannon') as Autocannon;
  const seconds = Number(process.env.CADRE_BENCH_HTTP_SECONDS) || 9;
  const round = Math.max(1, Math.round(seconds / 3));
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, CADRE_HTTP_BENCH_ROLE: 'server' },
    execArgv: ['--conditions=source', '--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Ready));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });

  const run = async (url: string, extra: Record<string, unknown>) => {
    const rounds: Cannon[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await autocannon({ url, duration: round, headers: { 'X-Api-Key': KEY }, ...extra });
      if (r.non2xx > 0 || r.errors > 0) {
        throw new Error(`${url}: ${r.non2xx} non-2xx answers and ${r.errors} errors`);
      }
      rounds.push(r);
    }
    return {
      rps: median(rounds.map((r) => r.requests.average)),
      p50: median(rounds.map((r) => r.latency.p50)),
      p99: median(rounds.map((r) => r.latency.p99)),
    };
  };

  const cadreUrl = `${ready.cadre}${QUERY}`;
  const check = await fetch(cadreUrl, { headers: { 'X-Api-Key': KEY } });
  const rows = ((await check.json()) as { rows: unknown[] }).rows.length;
  process.stderr.write(`attainment answer: HTTP ${check.status}, ${rows} rows\n`);
  // Warm both servers (JIT, SQLite page cache) before measuring.
  await autocannon({ url: cadreUrl, duration: 2, connections: 10, headers: { 'X-Api-Key': KEY } });
  await autocannon({ url: `${ready.bare}/json`, duration: 1, connections: 10 });

  const bare = await run(`${ready.bare}/json`, { connections: 10 });
  // The API's own cost (auth, scope walk, validation, one indexed read, JSON) without a report.
  const unit = await run(`${ready.cadre}/org-units/${httpProvince(7)}`, { connections: 10 });
  const full = await run(cadreUrl, { connections: 10 });
  const paced = await run(cadreUrl, { connections: 20, overallRate: 1000 });

  const rss = await new Promise<number>((resolve) => {
    child.once('message', (m) => resolve((m as { rss: number }).rss));
    child.send('stop');
  });

  const baseline = 'bare Hono JSON handler';
  const ratio = full.rps / bare.rps;
  emit({ scenario: 'H1', name: baseline, metric: 'req/s', value: Math.round(bare.rps) });
  emit({ scenario: 'H1', name: `${baseline}: p99`, metric: 'ms', value: bare.p99 });
  emit({
    scenario: 'H1',
    name: 'cadre: get one org unit (API layer alone)',
    metric: 'req/s',
    value: Math.round(unit.rps),
    baseline,
    ratio: Math.round((unit.rps / bare.rps) * 1000) / 1000,
  });
  emit({ scenario: 'H1', name: 'cadre: get one org unit p99', metric: 'ms', value: unit.p99 });
  emit({
    scenario: 'H1',
    name: 'cadre: attainment report, one province of 34 (SQLite, 14,688 rows)',
    metric: 'req/s',
    value: Math.round(full.rps),
    baseline,
    ratio: Math.round(ratio * 1000) / 1000,
    goal: '≥ 50% of bare Hono',
    met: ratio >= 0.5,
  });
  emit({
    scenario: 'H1',
    name: 'cadre: attainment p50 at full load',
    metric: 'ms',
    value: full.p50,
  });
  emit({
    scenario: 'H1',
    name: 'cadre: attainment p99 at full load',
    metric: 'ms',
    value: full.p99,
  });
  emit({
    scenario: 'H1',
    name: 'cadre: attainment rate held at a 1,000 req/s target',
    metric: 'req/s',
    value: Math.round(paced.rps),
  });
  emit({
    scenario: 'H1',
    name: 'cadre: attainment p99 at 1,000 req/s',
    metric: 'ms',
    value: paced.p99,
    goal: '≤ 10 ms at 1,000 req/s',
    met: paced.p99 <= 10 && paced.rps >= 950,
  });
  emit({
    scenario: 'H1',
    name: 'cadre API server: peak RSS',
    metric: 'MB',
    value: Math.round(rss),
  });
}

if (process.env.CADRE_HTTP_BENCH_ROLE === 'server') await serveBoth();
else await drive();
