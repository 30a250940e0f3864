// Checks `cadre report --format json` on the example data (read from stdin): the rotation row of
// the review of 20/5/2019 is 24 of 40, 60%.
let text = '';
for await (const chunk of process.stdin) text += chunk;
const doc = JSON.parse(text);
const row = doc.rows.find((r) => r.indicator === 'rotation_young_provincial');
if (row?.actual !== '24' || row?.target !== '40' || row?.percent !== '60') {
  console.error(`report: rotation row is ${JSON.stringify(row)}`);
  process.exit(1);
}
console.log(`report: ${doc.rows.length} rows; rotation 24/40 = 60%`);
