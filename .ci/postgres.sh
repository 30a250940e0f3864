# Sourced by .ci/run: exports CADRE_TEST_PG_URL for a PostgreSQL server on loopback.
# Uses the machine's server on 127.0.0.1:5432 when it answers, starts it when it is stopped,
# and otherwise installs PostgreSQL and runs a throwaway cluster on 127.0.0.1:55432.

pg_answers() { pg_isready -q -h 127.0.0.1 -p "$1" 2>/dev/null; }

if [ -z "${CADRE_TEST_PG_URL:-}" ]; then
  if command -v pg_isready >/dev/null && pg_answers 5432; then
    CADRE_TEST_PG_URL="postgres://postgres@127.0.0.1:5432/test"
  else
    if [ -d /etc/postgresql ] && command -v pg_ctlcluster >/dev/null; then
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start 2>/dev/null || true
      for _ in 1 2 3 4 5 6 7 8 9 10; do pg_answers 5432 && break; sleep 1; done
    fi
    if command -v pg_isready >/dev/null && pg_answers 5432; then
      CADRE_TEST_PG_URL="postgres://postgres@127.0.0.1:5432/test"
    else
      if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      fi
      pgbin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
      pgdir=$(mktemp -d)
      chown postgres "$pgdir"
      runuser -u postgres -- "$pgbin/initdb" -D "$pgdir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
      runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" \
        -o "-k $pgdir -p 55432 -c listen_addresses=127.0.0.1 -c fsync=off" -w start >/dev/null
      runuser -u postgres -- "$pgbin/createdb" -h 127.0.0.1 -p 55432 test
      CADRE_TEST_PG_URL="postgres://postgres@127.0.0.1:55432/test"
    fi
  fi
fi
export CADRE_TEST_PG_URL
