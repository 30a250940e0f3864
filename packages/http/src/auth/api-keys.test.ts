import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiKeys, MIN_API_KEY_LENGTH } from './api-keys.js';
import type { Principal } from './principal.js';

const caoBang: Principal = { id: 'cao-bang', scopes: ['read', 'write'], orgUnits: ['04'] };
const ministry: Principal = { id: 'bnv', scopes: ['aggregate'], orgUnits: ['*'] };
const req = (key?: string) =>
  new Request('http://cadre.test/', key === undefined ? {} : { headers: { 'X-Api-Key': key } });

describe('apiKeys', () => {
  it('maps each configured key to its principal', async () => {
    const verify = apiKeys({ 'cb-secret-0123456789': caoBang, 'bnv-secret-0123456789': ministry });
    expect(await verify(req('cb-secret-0123456789'))).toEqual(caoBang);
    expect(await verify(req('bnv-secret-0123456789'))).toEqual(ministry);
  });

  it('gives no principal without the header, with an empty one, or a near miss', async () => {
    const verify = apiKeys({ 'cb-secret-0123456789': caoBang });
    for (const key of [
      undefined,
      '',
      'cb-secret-012345678X',
      'cb-secret-012345678',
      'cb-secret-01234567890',
    ]) {
      expect(await verify(req(key))).toBeNull();
    }
  });

  it('accepts exactly the configured keys (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: MIN_API_KEY_LENGTH, maxLength: 40 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        async (configured, presented) => {
          // Header values cannot carry control characters or surrounding spaces.
          fc.pre(/^[\x21-\x7e]+$/.test(configured) && /^[\x21-\x7e]+$/.test(presented));
          const verify = apiKeys({ [configured]: caoBang });
          const found = await verify(req(presented));
          expect(found !== null).toBe(presented === configured);
        },
      ),
    );
  });

  it(`refuses a key under ${MIN_API_KEY_LENGTH} characters or a malformed principal`, () => {
    expect(() => apiKeys({ '': caoBang })).toThrow(/entry 0/);
    // A one-character key with national read and write was once accepted.
    const national: Principal = { id: 'ops', scopes: ['read', 'write'], orgUnits: ['*'] };
    expect(() => apiKeys({ k: national })).toThrow(/1 characters; keys need at least 16/);
    expect(() => apiKeys({ ['k'.repeat(MIN_API_KEY_LENGTH - 1)]: national })).toThrow(/entry 0/);
    expect(() => apiKeys({ ['k'.repeat(MIN_API_KEY_LENGTH)]: national })).not.toThrow();
    expect(() =>
      apiKeys({
        ['k'.repeat(MIN_API_KEY_LENGTH)]: {
          id: 'x',
          scopes: ['admin'],
          orgUnits: [],
        } as unknown as Principal,
      }),
    ).toThrow(/bad principal/);
  });
});
