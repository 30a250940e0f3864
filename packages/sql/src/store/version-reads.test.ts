import { createOrgUnitIndex, type Programme } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { createVersionMemo } from './version-reads.js';

const programme = (code: string) => ({ code }) as unknown as Programme;

describe('createVersionMemo', () => {
  it('reads a programme once per data version, and again at the next one', async () => {
    const memo = createVersionMemo();
    let loads = 0;
    const load = async () => {
      loads++;
      return programme('P');
    };
    const first = await memo.at('v1').programme('P', load);
    expect(await memo.at('v1').programme('P', load)).toBe(first);
    expect(loads).toBe(1);
    await memo.at('v2').programme('P', load);
    expect(loads).toBe(2);
    // Only the latest version is kept: going back reads again.
    await memo.at('v1').programme('P', load);
    expect(loads).toBe(3);
  });

  it('keeps no failed read, so the next query tries again', async () => {
    const memo = createVersionMemo();
    const failure = new Error('SQLITE_BUSY');
    await expect(memo.at('v1').orgUnitIndex(() => Promise.reject(failure))).rejects.toBe(failure);
    await expect(memo.at('v1').programme('P', () => Promise.reject(failure))).rejects.toBe(failure);
    const index = createOrgUnitIndex([{ code: 'VN', name: 'Việt Nam', level: 'country' }]);
    expect(await memo.at('v1').orgUnitIndex(async () => index)).toBe(index);
    expect(await memo.at('v1').programme('P', async () => null)).toBeNull();
  });
});
