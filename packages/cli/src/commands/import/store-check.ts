import type { CadreStore, ImportBatch, Issue } from '@cadre/core';

const ROLLBACK = Symbol('rollback');

/**
 * What the store finds wrong with a batch, without keeping anything: the batch is written in a
 * transaction that is then rolled back. For an all-or-nothing file the reader has already failed,
 * so the good rows are still checked and every issue of the file is reported at once.
 * @example
 * const issues = await storeCheck(store, { persons: read.records });
 */
export async function storeCheck(store: CadreStore, batch: ImportBatch): Promise<Issue[]> {
  let issues: Issue[] = [];
  try {
    await store.transaction(async (tx) => {
      issues = (await tx.importBatch(batch, { mode: 'all_or_nothing' })).issues;
      throw ROLLBACK;
    });
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
  return issues;
}
