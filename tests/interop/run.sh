#!/usr/bin/env bash
# The real Amplify JS DataStore client against `datastore serve --dev-tls` (issue 6, req. 6).
#
#   tests/interop/run.sh [PATH/TO/datastore]      (default: build/datastore)
#
# 1. npm ci the pinned client (aws-amplify 6.22.1, @aws-amplify/datastore 5.1.13,
#    fake-indexeddb, ws) into tests/interop/node_modules, unless it is already there;
# 2. makes a scratch directory and a free port, and has the server write its dev
#    certificate there once, so that Node can trust it from the start
#    (NODE_EXTRA_CA_CERTS is read when Node starts);
# 3. runs scenario.js, which starts, restarts and stops the server itself.
# Exit status: the scenario's (0 = every step passed); 77 when Node is not installed
# (CTest reports a skip; scripts/setup installs it).
#
# Environment: DS_INTEROP_KEEP=1 keeps the scratch directory; DS_INTEROP_STEPS,
# DS_INTEROP_VERBOSE and DS_FIXTURES are passed on to scenario.js.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-$root/build/datastore}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
schema=$root/examples/posts/schema.graphql

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "interop: SKIP: node and npm are not installed (scripts/setup installs them)"
  exit 77
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 18 ]; then
  echo "interop: node $(node --version) is too old: the Amplify v6 client needs Node 18+ (20 is what the client facts describe)"
  exit 1
fi
[ -x "$bin" ] || { echo "interop: no datastore program at $bin"; exit 1; }

# 1. The client, exactly as package-lock.json pins it. The lock's hash is kept in
#    node_modules so a changed lock reinstalls; the npm registry is the only network used.
lock_hash=$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)
exec 9>"${TMPDIR:-/tmp}/ds-interop-npm-$(id -u).lock"   # one install at a time (parallel build trees)
flock -w 600 9 || { echo "interop: another npm ci holds the lock"; exit 1; }
if [ "$(cat "$here/node_modules/.interop-lock-hash" 2>/dev/null)" != "$lock_hash" ]; then
  t0=$(date +%s)
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error --prefer-offline) >&2
  echo "$lock_hash" > "$here/node_modules/.interop-lock-hash"
  echo "interop: npm ci took $(( $(date +%s) - t0 )) s, node_modules is $(du -sh "$here/node_modules" | cut -f1)"
fi
flock -u 9

# 2. Scratch directory, port, certificate.
work=$(mktemp -d "${TMPDIR:-/tmp}/ds-interop.XXXXXX")
prime_pid=""
node_pid=""
cleanup() {
  if [ -n "$prime_pid" ]; then kill "$prime_pid" 2>/dev/null || true; wait "$prime_pid" 2>/dev/null || true; fi
  if [ -n "$node_pid" ]; then kill "$node_pid" 2>/dev/null || true; wait "$node_pid" 2>/dev/null || true; fi
  if [ "${DS_INTEROP_KEEP:-0}" = 1 ]; then echo "interop: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 143' TERM INT HUP   # (a CTest timeout): the EXIT trap stops the scenario, which stops its servers
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

# The client only ever opens wss:// for its subscriptions (client facts §4): the server
# must have TLS. Its dev certificate is made once here (and reused by every later start
# in the same directory) so that Node trusts it from the start.
if ! "$bin" serve --help 2>&1 | grep -q -- '--dev-tls'; then
  echo "interop: FAIL: $bin serve has no --dev-tls (TLS is required: the client's realtime is wss:// only)"
  exit 1
fi
(cd "$work" && exec "$bin" serve --schema "$schema" --db "sqlite:$work/prime.db" --listen "127.0.0.1:$port" \
   --api-key prime --dev-tls) > "$work/prime.log" 2>&1 &
prime_pid=$!
for _ in $(seq 1 100); do
  [ -s "$work/datastore-dev-tls/cert.pem" ] && break
  kill -0 "$prime_pid" 2>/dev/null || break
  sleep 0.1
done
kill "$prime_pid" 2>/dev/null || true
wait "$prime_pid" 2>/dev/null || true
prime_pid=""
rm -f "$work"/prime.db*
if [ ! -s "$work/datastore-dev-tls/cert.pem" ]; then
  echo "interop: datastore serve --dev-tls wrote no datastore-dev-tls/cert.pem:"
  cat "$work/prime.log"
  exit 1
fi
export NODE_EXTRA_CA_CERTS="$work/datastore-dev-tls/cert.pem"

# The shared fixtures (for step 0): beside the checkout, or /work/shared.
if [ -z "${DS_FIXTURES:-}" ]; then
  for d in "$root/../shared/fixtures/schemas" /work/shared/fixtures/schemas; do
    if [ -d "$d" ]; then DS_FIXTURES=$(cd "$d" && pwd); break; fi
  done
fi

# 3. The scenario.
DATASTORE_BIN="$bin" DS_SCHEMA="$schema" DS_WORKDIR="$work" DS_PORT="$port" DS_TLS=1 \
  DS_FIXTURES="${DS_FIXTURES:-}" node "$here/scenario.js" &
node_pid=$!
rc=0
wait "$node_pid" || rc=$?
node_pid=""
if [ "$rc" -ne 0 ] && [ -f "$work/server.log" ]; then
  echo "---- server log (last 40 lines) ----"
  tail -n 40 "$work/server.log"
fi
exit "$rc"
