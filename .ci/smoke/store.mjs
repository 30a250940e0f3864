// Runtime smoke: a store from @cadre/sql (built), written and read back through the public API.
// Usage: store.mjs sqlite|pglite. CADRE_SQLITE_BINDING names a better_sqlite3.node built for
// the running Node.
const kind = process.argv[2];
const sql = await import(new URL('../../packages/sql/dist/index.js', import.meta.url).href);
const binding = process.env.CADRE_SQLITE_BINDING;
const store =
  kind === 'pglite'
    ? await sql.createPgliteStore()
    : await sql.createSqliteStore({
        filename: ':memory:',
        ...(binding && { nativeBinding: binding }),
      });
try {
  const period = { start: '2016-05-09', end: '2020-12-31' };
  const summary = await store.importBatch({
    orgUnits: [{ code: '04', name: 'Cao Bằng', level: 'province' }],
    programmes: [
      {
        code: '12-CTr/TU',
        title: { vi: 'Nâng cao chất lượng cán bộ lãnh đạo, quản lý trẻ' },
        orgUnit: '04',
        period: { kind: 'phase', ...period },
        indicators: [{ code: 'rotation', name: { vi: 'Luân chuyển cán bộ' }, verb: 'bằng' }],
        targets: [{ indicator: 'rotation', orgUnit: '04', period, value: 40 }],
      },
    ],
    observations: [
      {
        programme: '12-CTr/TU',
        indicator: 'rotation',
        orgUnit: '04',
        date: '2019-05-01',
        value: 24,
      },
    ],
  });
  if (summary.issues.length > 0) throw new Error(JSON.stringify(summary.issues));
  const report = await store.queryAttainment({ programme: '12-CTr/TU', asOf: '2019-05-20' });
  const percent = report.rows[0]?.percent?.toFixed();
  if (percent !== '60') throw new Error(`expected 60%, got ${percent}`);
  console.log(`${kind}: stored 24 of 40, read back 60%`);
} finally {
  await store.close();
}
