import { fail, issue, ok, type Result } from '@cadre/core';

/**
 * The PostgreSQL URL to run against: `--db postgres://…` (or `--db=…`) on the command line,
 * else the `CADRE_TEST_PG_URL` environment variable. Anything else is an issue naming both.
 * @example
 * readDatabaseUrl(['--db', 'postgres://postgres@127.0.0.1:5432/cadre'], {});
 * // { ok: true, value: 'postgres://postgres@127.0.0.1:5432/cadre' }
 */
export function readDatabaseUrl(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Result<string> {
  const at = argv.findIndex((a) => a === '--db' || a.startsWith('--db='));
  const flag =
    at < 0 ? undefined : argv[at]!.startsWith('--db=') ? argv[at]!.slice(5) : argv[at + 1];
  const url = flag ?? env.CADRE_TEST_PG_URL;
  const path = flag === undefined ? ['env', 'CADRE_TEST_PG_URL'] : ['argv', '--db'];
  if (url === undefined || url === '') {
    return fail([
      issue(
        'example.no_database',
        path,
        '--db / CADRE_TEST_PG_URL: no PostgreSQL URL given; expected e.g. --db postgres://postgres@127.0.0.1:5432/postgres',
        '--db / CADRE_TEST_PG_URL: chưa có địa chỉ PostgreSQL; cần dạng --db postgres://postgres@127.0.0.1:5432/postgres',
      ),
    ]);
  }
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    return fail([
      issue(
        'example.not_postgres',
        path,
        `${path.at(-1)}: "${url}" is not a PostgreSQL URL; expected postgres://… or postgresql://…`,
        `${path.at(-1)}: "${url}" không phải địa chỉ PostgreSQL; cần dạng postgres://… hoặc postgresql://…`,
        url,
      ),
    ]);
  }
  return ok(url);
}
