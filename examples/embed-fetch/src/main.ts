import { demoKeys, generatedKeyLines } from './seed.js';
import { createWorker } from './worker.js';

// `pnpm --filter @cadre/example-embed-fetch start`: the handler answers a plain Request in this
// process, no server and no network, as a Worker or Deno.serve would call it.
const keys = demoKeys(process.env);
for (const line of generatedKeyLines(keys)) console.log(line);
const worker = await createWorker(keys);
const res = await worker.fetch(
  new Request('https://cadre.example/attainment?programme=12-CTr%2FTU&asOf=2019-05-20&lang=vi', {
    headers: { 'X-Api-Key': keys.ministry },
  }),
);
const body = (await res.json()) as { rows: { indicator: string; phrase: string }[] };
console.log(`GET /attainment → ${res.status}`);
for (const row of body.rows) console.log(`  ${row.indicator}: ${row.phrase}`);
