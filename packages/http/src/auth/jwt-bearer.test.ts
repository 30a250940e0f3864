import { generateKeyPairSync } from 'node:crypto';
import { sign } from 'hono/jwt';
import { describe, expect, it } from 'vitest';
import { defaultClaims, jwtBearer } from './jwt-bearer.js';

const bearer = (token: string) =>
  new Request('http://cadre.test/', { headers: { Authorization: `Bearer ${token}` } });
// 1/1/2100: tokens of the tests expire, as every token must unless told otherwise.
const EXP = 4_102_444_800;
const claims = { sub: 'officer-04', scope: 'read write admin', org_units: ['04'], exp: EXP };

describe('jwtBearer', () => {
  it('verifies HS256 and maps sub, scope and org_units, dropping unknown scopes', async () => {
    const verify = jwtBearer({ alg: 'HS256', key: 'a-long-shared-secret-for-tests' });
    const token = await sign(claims, 'a-long-shared-secret-for-tests', 'HS256');
    expect(await verify(bearer(token))).toEqual({
      id: 'officer-04',
      scopes: ['read', 'write'],
      orgUnits: ['04'],
    });
  });

  it('verifies RS256 with the public key, and refuses a token signed by another key', async () => {
    const pair = () =>
      generateKeyPairSync('rsa', {
        modulusLength: 2048,
        publicKeyEncoding: { type: 'spki', format: 'pem' },
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      });
    const ours = pair();
    const theirs = pair();
    const verify = jwtBearer({ alg: 'RS256', key: ours.publicKey });
    expect(await verify(bearer(await sign(claims, ours.privateKey, 'RS256')))).not.toBeNull();
    expect(await verify(bearer(await sign(claims, theirs.privateKey, 'RS256')))).toBeNull();
  });

  it('refuses a wrong secret, another algorithm, an expired token and a wrong issuer', async () => {
    const verify = jwtBearer({ alg: 'HS256', key: 'right-secret', issuer: 'sso.caobang' });
    const good = { ...claims, iss: 'sso.caobang' };
    expect(await verify(bearer(await sign(good, 'right-secret', 'HS256')))).not.toBeNull();
    expect(await verify(bearer(await sign(good, 'wrong-secret', 'HS256')))).toBeNull();
    expect(await verify(bearer(await sign(good, 'right-secret', 'HS512')))).toBeNull();
    expect(
      await verify(bearer(await sign({ ...good, exp: 1 }, 'right-secret', 'HS256'))),
    ).toBeNull();
    expect(
      await verify(bearer(await sign({ ...good, iss: 'elsewhere' }, 'right-secret', 'HS256'))),
    ).toBeNull();
  });

  it('refuses a token without exp unless told to allow it', async () => {
    const { exp: _, ...forever } = claims;
    const token = await sign(forever, 'a-long-shared-secret-for-tests', 'HS256');
    const strict = jwtBearer({ alg: 'HS256', key: 'a-long-shared-secret-for-tests' });
    expect(await strict(bearer(token))).toBeNull();
    const lenient = jwtBearer({
      alg: 'HS256',
      key: 'a-long-shared-secret-for-tests',
      allowNoExpiry: true,
    });
    expect(await lenient(bearer(token))).toMatchObject({ id: 'officer-04' });
  });

  it('gives no principal for missing or malformed headers and for claims without org units', async () => {
    const verify = jwtBearer({ alg: 'HS256', key: 's' });
    expect(await verify(new Request('http://cadre.test/'))).toBeNull();
    expect(await verify(bearer('not.a.jwt!'))).toBeNull();
    expect(await verify(bearer(await sign({ sub: 'x', scope: 'read' }, 's', 'HS256')))).toBeNull();
  });

  it('lets a custom mapping read provincial claims', async () => {
    const verify = jwtBearer({
      alg: 'HS256',
      key: 's',
      claims: (p) => ({ id: String(p.sub), scopes: ['aggregate'], orgUnits: [String(p.province)] }),
    });
    const token = await sign({ sub: 'dash', province: '40', exp: EXP }, 's', 'HS256');
    expect(await verify(bearer(token))).toEqual({
      id: 'dash',
      scopes: ['aggregate'],
      orgUnits: ['40'],
    });
  });

  it('reads default claims only when they make a principal', () => {
    expect(defaultClaims({ sub: 'a', scope: 'aggregate', org_units: ['*'] })).toEqual({
      id: 'a',
      scopes: ['aggregate'],
      orgUnits: ['*'],
    });
    expect(defaultClaims({ scope: 'read', org_units: ['04'] })).toBeNull();
  });
});
