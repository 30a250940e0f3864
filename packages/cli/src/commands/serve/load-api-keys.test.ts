import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isCadreError } from '@cadre/core';
import { MIN_API_KEY_LENGTH } from '@cadre/http';
import { describe, expect, it } from 'vitest';
import { loadApiKeys } from './load-api-keys.js';

const principal = { id: 'cao-bang', scopes: ['read', 'write'], orgUnits: ['04'] };

function usageMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isCadreError(e) && e.code === 'usage') return e.message;
    throw e;
  }
  throw new Error('expected a usage error');
}

describe('loadApiKeys', () => {
  it('reads keys from the --api-keys file first, else from CADRE_API_KEYS', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadre-keys-'));
    writeFileSync(join(dir, 'keys.json'), JSON.stringify({ 'file-key-0123456789': principal }));
    const env = { CADRE_API_KEYS: JSON.stringify({ 'env-key-0123456789': principal }) };
    expect(Object.keys(loadApiKeys('keys.json', env, dir))).toEqual(['file-key-0123456789']);
    expect(loadApiKeys(undefined, env, dir)).toEqual({ 'env-key-0123456789': principal });
  });

  it('never starts without keys', () => {
    expect(usageMessage(() => loadApiKeys(undefined, {}, '.'))).toContain('API keys are needed');
    expect(usageMessage(() => loadApiKeys(undefined, { CADRE_API_KEYS: '{}' }, '.'))).toContain(
      'at least one key',
    );
  });

  it('names the bad entry without printing the whole key', () => {
    const env = {
      CADRE_API_KEYS: JSON.stringify({
        'secret-key-123': { id: 'x', scopes: ['admin'], orgUnits: [] },
      }),
    };
    const message = usageMessage(() => loadApiKeys(undefined, env, '.'));
    expect(message).toContain('CADRE_API_KEYS: key "secr…" is not valid (scopes.0:');
    expect(message).not.toContain('secret-key-123');
    expect(usageMessage(() => loadApiKeys(undefined, { CADRE_API_KEYS: '{nope' }, '.'))).toContain(
      'not valid JSON',
    );
  });

  it(`refuses a key shorter than ${MIN_API_KEY_LENGTH} characters, without printing it`, () => {
    const short = { id: 'ops', scopes: ['read', 'write'], orgUnits: ['*'] };
    const env = { CADRE_API_KEYS: JSON.stringify({ k: short }) };
    const message = usageMessage(() => loadApiKeys(undefined, env, '.'));
    expect(message).toContain(
      `key "…" has only 1 characters; keys need at least ${MIN_API_KEY_LENGTH}`,
    );
    const longer = { CADRE_API_KEYS: JSON.stringify({ ['x'.repeat(MIN_API_KEY_LENGTH)]: short }) };
    expect(Object.keys(loadApiKeys(undefined, longer, '.'))).toHaveLength(1);
  });
});
