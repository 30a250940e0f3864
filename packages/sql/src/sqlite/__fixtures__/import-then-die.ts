// Child process of the crash test: opens the store, then writes a large batch in one
// transaction, reporting each chunk on stdout, until the parent kills it with SIGKILL.
import { writeSync } from 'node:fs';
import { createSqliteStore } from '../create-sqlite-store.js';

const [filename, chunksText] = process.argv.slice(2);
const chunks = Number(chunksText);
const store = await createSqliteStore({ filename: filename as string });
await store.transaction(async (tx) => {
  for (let c = 0; c < chunks; c++) {
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      programme: 'P',
      indicator: 'sent',
      orgUnit: '04',
      date: '2019-05-20',
      value: 1,
      disaggregation: { batch: `c${c}-r${i}` },
    }));
    await tx.saveObservations(rows);
    writeSync(1, `chunk ${c}\n`);
  }
});
writeSync(1, 'committed\n');
await store.close();
