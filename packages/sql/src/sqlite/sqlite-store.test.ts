import { join } from 'node:path';
import { runStoreConformance } from '@cadre/adapter-testkit';
import { afterAll } from 'vitest';
import { tempDir } from '../test-support/temp-dir.js';
import { createSqliteStore } from './create-sqlite-store.js';

const dir = tempDir('cadre-sqlite-');
afterAll(() => dir.remove());
let n = 0;

runStoreConformance({
  name: 'sqlite',
  create: async () => {
    const filename = join(dir.path, `store-${++n}.db`);
    // A second store on the file is a second connection, as another process would open it.
    return {
      store: await createSqliteStore({ filename }),
      peer: () => createSqliteStore({ filename }),
    };
  },
});
