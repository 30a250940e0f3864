import { readFileSync } from 'node:fs';
import { MIN_API_KEY_LENGTH, type Principal, PrincipalSchema } from '@cadre/http';
import { inputFile } from '../../files/input-file.js';
import { usageError } from '../../run/usage-error.js';

/** Environment variable that may hold the API keys as JSON text. */
export const API_KEYS_ENV = 'CADRE_API_KEYS';

/**
 * Reads the API keys of `cadre serve`: `{ "<key>": { "id", "scopes", "orgUnits" } }` from the
 * `--api-keys` file, else from `CADRE_API_KEYS`. Missing or malformed keys are a usage error
 * naming the source and the entry: a server nobody can call, or anybody can, is never started.
 * @example
 * loadApiKeys('keys.json', process.env, process.cwd()); // { 'cb-key': { id: 'cao-bang', … } }
 */
export function loadApiKeys(
  file: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Record<string, Principal> {
  const fromEnv = env[API_KEYS_ENV];
  const source =
    file ?? (fromEnv === undefined || fromEnv.trim() === '' ? undefined : API_KEYS_ENV);
  if (source === undefined) {
    throw usageError({
      vi: `cần khóa API: --api-keys keys.json hoặc biến môi trường ${API_KEYS_ENV} (JSON)`,
      en: `API keys are needed: --api-keys keys.json or the ${API_KEYS_ENV} environment variable (JSON)`,
    });
  }
  const text =
    file === undefined ? fromEnv! : readFileSync(inputFile(file, cwd, '--api-keys'), 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw usageError({
      vi: `${source}: không phải JSON hợp lệ; cần { "khóa": { "id", "scopes", "orgUnits" } }`,
      en: `${source}: not valid JSON; expected { "key": { "id", "scopes", "orgUnits" } }`,
    });
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    Array.isArray(json) ||
    Object.keys(json).length === 0
  ) {
    throw usageError({
      vi: `${source}: cần một đối tượng có ít nhất một khóa, dạng { "khóa": { "id", "scopes", "orgUnits" } }`,
      en: `${source}: expected an object with at least one key, { "key": { "id", "scopes", "orgUnits" } }`,
    });
  }
  const keys: Record<string, Principal> = {};
  for (const [key, value] of Object.entries(json)) {
    const parsed = PrincipalSchema.safeParse(value);
    if (!parsed.success || key.trim() === '') {
      const detail = parsed.success
        ? 'empty key'
        : parsed.error.issues
            .map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`)
            .join('; ');
      throw usageError({
        vi: `${source}: khóa "${mask(key)}" không hợp lệ (${detail}); cần { "id": "…", "scopes": ["read" | "write" | "aggregate"], "orgUnits": ["04" | "*"] }`,
        en: `${source}: key "${mask(key)}" is not valid (${detail}); expected { "id": "…", "scopes": ["read" | "write" | "aggregate"], "orgUnits": ["04" | "*"] }`,
      });
    }
    if (key.length < MIN_API_KEY_LENGTH) {
      throw usageError({
        vi: `${source}: khóa "${mask(key)}" chỉ có ${key.length} ký tự; khóa cần ít nhất ${MIN_API_KEY_LENGTH} (tạo bằng: openssl rand -hex 24)`,
        en: `${source}: key "${mask(key)}" has only ${key.length} characters; keys need at least ${MIN_API_KEY_LENGTH} (make one with: openssl rand -hex 24)`,
      });
    }
    keys[key] = parsed.data;
  }
  return keys;
}

/** Only the start of a key is ever printed. */
function mask(key: string): string {
  return key.length <= 4 ? '…' : `${key.slice(0, 4)}…`;
}
