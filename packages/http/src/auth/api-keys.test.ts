import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiKeys } from './api-keys.js';
import type { Principal } from './principal.js';

const caoBang: Principal = { id: 'cao-bang', scopes: ['read', 'write'], orgUnits: ['04'] };
const ministry: Principal = { id: 'bnv', scopes: ['aggregate'], orgUnits: ['*'] };
const req = (key?: string) =>
  new Request('http://cadre.test/', key === undefined ? {} : { headers: { 'X-Api-Key': key } });

describe('apiKeys', () => {
  it('maps each configured key to its principal', async () => {
    const verify = apiKeys({ 'cb-secret': caoBang, 'bnv-secret': ministry });
    expect(await verify(req('cb-secret'))).toEqual(caoBang);
    expect(await verify(req('bnv-secret'))).toEqual(ministry);
  });

  it('gives no principal without the header, with an empty one, or a near miss', async () => {
    const verify = apiKeys({ 'cb-secret': caoBang });
    for (const key of [undefined, '', 'cb-secreT', 'cb-secre', 'cb-secret2']) {
      expect(await verify(req(key))).toBeNull();
    }
  });

  it('accepts exactly the configured keys (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40 }),
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

  it('refuses a configuration with an empty key or a malformed principal', () => {
    expect(() => apiKeys({ '': caoBang })).toThrow(/entry 0/);
    expect(() =>
      apiKeys({ k: { id: 'x', scopes: ['admin'], orgUnits: [] } as unknown as Principal }),
    ).toThrow(/bad principal/);
  });
});
