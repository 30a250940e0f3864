// One CSV1 case in a fresh plain-Node process, importing the built packages as users do, so its
// peak RSS is the pipeline's own and not tsx's or a neighbour case's. Prints one JSON line.
import { createReadStream, readFileSync } from 'node:fs';

const which = process.env.CADRE_CSV_CASE;
const file = process.env.CADRE_CSV_FILE;

/** Loads what a case needs, then returns the timed work. */
async function prepareCase() {
  if (which === 'baseline') return async () => 0;
  if (which === 'papaparse') {
    const { default: Papa } = await import('papaparse');
    return () =>
      new Promise((done, failed) => {
        let rows = 0;
        Papa.parse(createReadStream(file, 'utf8'), {
          chunk: (r) => {
            rows += r.data.length;
          },
          complete: () => done(rows),
          error: failed,
        });
      });
  }
  const { parse } = await import('csv-parse');
  if (which === 'csv-parse') {
    return async () => {
      let rows = 0;
      for await (const _ of createReadStream(file).pipe(parse({ relax_column_count: true })))
        rows++;
      return rows;
    };
  }
  const { ObservationSchema, toDecimal } = await import('@cadre/core');
  if (which === 'naive') {
    return async () => {
      let rows = 0;
      for await (const rec of createReadStream(file).pipe(parse({ columns: true }))) {
        const r = ObservationSchema.safeParse({
          programme: rec.programme,
          indicator: rec.indicator,
          orgUnit: rec.org_unit,
          date: rec.date,
          value: rec.value,
        });
        if (r.success) toDecimal(r.data.value);
        rows++;
      }
      return rows;
    };
  }
  if (which !== 'cadre') throw new Error(`unknown case ${which}`);
  const { iterateObservations } = await import('@cadre/csv');
  const orgUnits = JSON.parse(readFileSync(process.env.CADRE_CSV_UNITS, 'utf8'));
  return async () => {
    let rows = 0;
    const stream = iterateObservations(file, { orgUnits });
    for await (const batch of stream) rows += batch.length;
    if (stream.summary.issues.length > 0) throw new Error(stream.summary.issues[0].message);
    return rows;
  };
}

const work = await prepareCase();
const loadedMb = process.memoryUsage().rss / 1024 / 1024;
const c0 = process.cpuUsage();
const t0 = performance.now();
const rows = await work();
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const rssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ rows, ms, rssMb, loadedMb, cpuMs })}\n`);
