/**
 * H1 — the cadre JSON API under load, next to a bare Hono JSON handler in the same server process.
 * The server (http-load.child.mjs) runs the built packages on plain Node over a seeded SQLite file
 * (14,688 observations, 34 provinces); a request asks one province's attainment report, as a
 * provincial dashboard does (API-key auth, org-unit scope check, data version, the report, JSON).
 * Cases, each measured in 3 rounds taken in turns with the others, medians reported:
 *  - the bare Hono handler (the baseline), and Hono sending the cached answer's own bytes and
 *    headers (what a response of that size costs without cadre);
 *  - attainment from the cache: the normal case at a review meeting, many readers and rare writes;
 *  - attainment with the cache off: the store's query and the core's figures on every request;
 *  - a revalidation answered 304 (If-None-Match): the API layer alone, with no body to send;
 *  - the cached report and the bare handler paced at 1,000 req/s, for the latency goal.
 * autocannon drives the full-load cases from this process (10 connections). The paced cases use an
 * open-loop sender instead: autocannon's rate limit lets each connection send its whole quota at
 * the start of every second, so its "1,000 req/s" is a burst at full load and then silence (the
 * bare handler measured a p99 of 20–33 ms that way). The sender here spreads the requests evenly
 * and times each from when it left; their percentiles are taken over the requests of all rounds.
 * CADRE_BENCH_HTTP_SECONDS sets the seconds per full-load case (default 9: three rounds of 3 s);
 * the paced cases take two thirds of that.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HTTP_PROGRAMME, httpDataset, httpProvince } from '../data/http-api.js';
import { ensureBuilt } from '../lib/built.js';
import { benchDir, emit, median } from '../lib/measure.js';

const KEY = 'bench-province-key';
const PROVINCE = httpProvince(7);
const QUERY = `/attainment?programme=${encodeURIComponent(HTTP_PROGRAMME)}&asOf=2023-06-30`;
const SCENARIO = 'H1';
const BASELINE = 'bare Hono JSON handler';

interface Cannon {
  requests: { average: number };
  latency: { p50: number; p99: number };
  '2xx': number;
  '3xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<Cannon>;
interface Urls {
  cached: string;
  uncached: string;
  bare: string;
}
/** Medians over rounds: throughput, latency percentiles, and what came back. */
interface Measured {
  rps: number;
  p50: number;
  p99: number;
}
interface Case {
  /** Runs one round; throws when an answer has the wrong status. */
  round: () => Promise<Measured>;
  rounds: Measured[];
  /** Paced cases: every latency of every round, for percentiles over all of them. */
  latencies?: number[];
  /** Releases what the rounds shared (connections). */
  close?: () => void;
}

async function seed(file: string): Promise<void> {
  const sql = await import(new URL('../../../sql/dist/index.js', import.meta.url).href);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const store = await sql.createSqliteStore({ filename: file });
  const data = httpDataset();
  await store.saveOrgUnits(data.orgUnits);
  await store.createProgramme(data.programme);
  await store.saveObservations(data.observations);
  await store.close();
}

function startServer(file: string): Promise<{ child: ChildProcess; urls: Urls }> {
  const child = fork(fileURLToPath(new URL('./http-load.child.mjs', import.meta.url)), [], {
    execArgv: [],
    env: {
      ...process.env,
      CADRE_H1_DB: file,
      CADRE_H1_KEY: KEY,
      CADRE_H1_PROVINCE: PROVINCE,
      CADRE_H1_PROGRAMME: HTTP_PROGRAMME,
      CADRE_H1_QUERY: QUERY,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (urls) => resolve({ child, urls: urls as Urls }));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
const seconds = Number(process.env.CADRE_BENCH_HTTP_SECONDS) || 9;
const roundSeconds = Math.max(1, Math.round(seconds / 3));
const pacedSeconds = Math.max(1, Math.round((seconds * 2) / 9));

// A full-load round: 10 connections, each sending its next request when the last is answered.
function loaded(url: string, expect: '2xx' | '3xx', headers: Record<string, string> = {}): Case {
  const round = async (): Promise<Measured> => {
    const r = await autocannon({
      url,
      duration: roundSeconds,
      connections: 10,
      headers: { 'X-Api-Key': KEY, ...headers },
    });
    const wrong = expect === '2xx' ? r.non2xx : r['2xx'] + r.non2xx - r['3xx'];
    if (wrong > 0 || r.errors > 0 || r.timeouts > 0) {
      throw new Error(
        `${url}: ${wrong} answers outside ${expect}, ${r.errors} errors, ${r.timeouts} timeouts`,
      );
    }
    return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
  };
  return { round, rounds: [] };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;

// An open-loop round at `rate` req/s: requests leave on a fixed schedule whether or not earlier
// ones were answered (up to 64 connections), so a slow answer delays nothing after it.
function paced(url: string, rate: number): Case {
  const target = new URL(url);
  const all: number[] = [];
  // Connections stay open across rounds, as a dashboard's would.
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const round = async (): Promise<Measured> => {
    const total = rate * pacedSeconds;
    const latencies: number[] = [];
    let sent = 0;
    let wrong = 0;
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const finish = () => {
        if (latencies.length + wrong === total) resolve();
      };
      const send = () => {
        const left = performance.now();
        const req = request(
          {
            host: target.hostname,
            port: target.port,
            path: `${target.pathname}${target.search}`,
            headers: { 'X-Api-Key': KEY },
            agent,
          },
          (res) => {
            res.resume();
            res.on('end', () => {
              if (res.statusCode === 200) latencies.push(performance.now() - left);
              else wrong++;
              finish();
            });
          },
        );
        req.on('error', reject);
        req.end();
      };
      const tick = () => {
        const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate));
        while (sent < due) {
          sent++;
          send();
        }
        if (sent < total) setTimeout(tick, 1);
      };
      tick();
    });
    const seconds = (performance.now() - started) / 1000;
    if (wrong > 0) throw new Error(`${url}: ${wrong} answers other than 200`);
    all.push(...latencies);
    latencies.sort((a, b) => a - b);
    return {
      rps: total / seconds,
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
    };
  };
  return { round, rounds: [], latencies: all, close: () => agent.destroy() };
}

// Full-load cases: medians over rounds. Paced cases: percentiles over all their requests, since
// one pause of the process (a GC, a busy neighbour) can hold the top 1% of a single round.
const medianOf = (c: Case): Measured => {
  const rps = median(c.rounds.map((r) => r.rps));
  if (c.latencies === undefined) {
    return {
      rps,
      p50: median(c.rounds.map((r) => r.p50)),
      p99: median(c.rounds.map((r) => r.p99)),
    };
  }
  const sorted = [...c.latencies].sort((a, b) => a - b);
  return { rps, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
};
const ratio = (n: number, base: number) => Math.round((n / base) * 1000) / 1000;

ensureBuilt(['core', 'sql', 'http']);
const started = performance.now();
const file = join(benchDir(), 'http-load.db');
await seed(file);
const { child, urls } = await startServer(file);
process.stderr.write('server: built packages (dist/) on plain Node, SQLite file\n');

const reportUrl = `${urls.cached}${QUERY}`;
const first = await fetch(reportUrl, { headers: { 'X-Api-Key': KEY } });
const body = new Uint8Array(await first.arrayBuffer());
const etag = first.headers.get('etag') ?? '';
const rows = (JSON.parse(new TextDecoder().decode(body)) as { rows: unknown[] }).rows.length;
const again = await fetch(reportUrl, { headers: { 'X-Api-Key': KEY, 'If-None-Match': etag } });
process.stderr.write(
  `attainment answer: HTTP ${first.status}, ${rows} rows, ${body.byteLength} bytes, ETag ${etag}; revalidation: HTTP ${again.status}\n`,
);
if (first.status !== 200 || again.status !== 304) throw new Error('the attainment answer is wrong');

// The cache-off case runs last in each round: the garbage its queries leave is collected during
// the next full-load case, not during a paced one.
const cases = {
  bare: loaded(`${urls.bare}/json`, '2xx'),
  bareSame: loaded(`${urls.bare}/same-answer`, '2xx'),
  cached: loaded(reportUrl, '2xx'),
  revalidate: loaded(reportUrl, '3xx', { 'If-None-Match': etag }),
  paced: paced(reportUrl, 1000),
  pacedBare: paced(`${urls.bare}/json`, 1000),
  uncached: loaded(`${urls.uncached}${QUERY}`, '2xx'),
};

// Warm every server (JIT, SQLite page cache, the caches) before measuring.
for (const url of [
  `${urls.bare}/json`,
  `${urls.bare}/same-answer`,
  reportUrl,
  `${urls.uncached}${QUERY}`,
]) {
  await autocannon({ url, duration: 1, connections: 10, headers: { 'X-Api-Key': KEY } });
}
// The paced senders open their connections and warm them once, unmeasured.
for (const c of [cases.paced, cases.pacedBare]) {
  await c.round();
  c.latencies?.splice(0);
}
// Rounds in turns, so a change in the machine's load falls on every case alike.
for (let i = 0; i < 3; i++) {
  for (const c of Object.values(cases)) c.rounds.push(await c.round());
}

for (const c of Object.values(cases)) c.close?.();
process.stderr.write(
  `seeded, served and measured in ${((performance.now() - started) / 1000).toFixed(0)} s (a build of stale dist/ comes before)\n`,
);
const rss = await new Promise<number>((resolve) => {
  child.once('message', (m) => resolve((m as { rss: number }).rss));
  child.send('stop');
});

const bare = medianOf(cases.bare);
const cached = medianOf(cases.cached);
const uncached = medianOf(cases.uncached);
const revalidate = medianOf(cases.revalidate);
const bareSame = medianOf(cases.bareSame);
const pacedCached = medianOf(cases.paced);
const pacedBare = medianOf(cases.pacedBare);
const what = 'one province of 34, SQLite, 14,688 rows';
const SAME = 'bare Hono sending the same answer';
const row = (name: string, metric: string, value: number, extra: object = {}) =>
  emit({ scenario: SCENARIO, name, metric, value, ...extra });

row(BASELINE, 'req/s', Math.round(bare.rps));
row(`${BASELINE}: p99`, 'ms', bare.p99);
row(`${SAME} (its bytes and headers)`, 'req/s', Math.round(bareSame.rps), {
  baseline: BASELINE,
  ratio: ratio(bareSame.rps, bare.rps),
});
row(`cadre: attainment, cached (${what})`, 'req/s', Math.round(cached.rps), {
  baseline: BASELINE,
  ratio: ratio(cached.rps, bare.rps),
  goal: '≥ 50% of bare Hono',
  met: cached.rps / bare.rps >= 0.5,
});
row(
  'cadre: attainment, cached, against the same answer from bare Hono',
  'req/s',
  Math.round(cached.rps),
  {
    baseline: SAME,
    ratio: ratio(cached.rps, bareSame.rps),
  },
);
row('cadre: attainment, cached: p50', 'ms', cached.p50);
row('cadre: attainment, cached: p99', 'ms', cached.p99);
row('cadre: attainment revalidated, 304 (API layer alone)', 'req/s', Math.round(revalidate.rps), {
  baseline: BASELINE,
  ratio: ratio(revalidate.rps, bare.rps),
});
row(`${BASELINE}: p99 at 1,000 req/s (paced evenly)`, 'ms', pacedBare.p99);
row('cadre: attainment, cached: rate held at 1,000 req/s', 'req/s', Math.round(pacedCached.rps));
row('cadre: attainment, cached: p50 at 1,000 req/s', 'ms', pacedCached.p50);
row('cadre: attainment, cached: p99 at 1,000 req/s', 'ms', pacedCached.p99, {
  goal: '≤ 10 ms at 1,000 req/s',
  met: pacedCached.p99 <= 10 && pacedCached.rps >= 950,
});
row(
  'cadre: attainment, cache off (the query on every request)',
  'req/s',
  Math.round(uncached.rps),
  {
    baseline: BASELINE,
    ratio: ratio(uncached.rps, bare.rps),
  },
);
row('cadre: attainment, cache off: p50', 'ms', uncached.p50);
row('cadre: attainment, cache off: p99', 'ms', uncached.p99);
row('cadre: attainment answer size', 'bytes', body.byteLength);
row('cadre API server (built JS on Node): peak RSS', 'MB', Math.round(rss));
