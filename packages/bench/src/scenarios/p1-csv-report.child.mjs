// One P1 report alone in a fresh plain-Node process, on the built packages as users run them:
// its time, peak RSS, and RSS once the setup (modules, geography, targets) is done.
import { readFileSync } from 'node:fs';

const job = JSON.parse(process.env.CADRE_P1_CHILD);
const t0 = performance.now();
const { createOrgUnitIndex } = await import('@cadre/core');
const { programmesFromTargets, readTargetsCsv, reportFromActualsCsv } = await import('@cadre/csv');
const orgUnits = createOrgUnitIndex(JSON.parse(readFileSync(job.units, 'utf8')));
const targets = await readTargetsCsv(job.targets, {
  orgUnits,
  disaggregations: job.disaggregations,
});
const programmes = programmesFromTargets(targets);
if (!targets.ok || !programmes.ok) throw new Error('targets.csv did not give a programme');
const loadedMb = process.memoryUsage().rss / 2 ** 20;
const r = await reportFromActualsCsv(job.actuals, {
  programme: programmes.value[0],
  asOf: job.asOf,
  orgUnits,
  disaggregations: job.disaggregations,
});
if (!r.report) throw new Error('the report met issues');
const ms = performance.now() - t0;
const rssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ ms, rssMb, loadedMb })}\n`);
