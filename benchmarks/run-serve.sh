#!/usr/bin/env bash
# Whole-process benchmark of 'neverout serve' (issue 18): 50 concurrent what-if requests (POST /api/simulate)
# on the bundled example, p50/p95/p99/max over 20 rounds after a warm-up round; and the live margins of Kdl
# (754 nodes, 899 links) with 1,000 random services: the time from a state change's answer until
# GET /api/services carries the margins of that state. The server and the load client are separate JVMs on
# this machine (they share its cores). The server's background assessment of the model is awaited first.
# Usage: benchmarks/run-serve.sh   (build first: mvn -B -q -o -pl cli,benchmarks -am package -DskipTests)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/benchmarks/target/benchmarks.jar"
cli="$root/cli/target/neverout.jar"
for f in "$jar" "$cli"; do
  if [[ ! -f "$f" ]]; then
    echo "missing $f: run 'mvn -B -q -o -pl cli,benchmarks -am package -DskipTests' in the repository root" >&2
    exit 2
  fi
done
work="$(mktemp -d)"
server=""
cleanup() {
  if [[ -n "$server" ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
printf 'benchmark-password-1\n' > "$work/pw"

# starts 'neverout serve MODEL' on a free port; sets $server and $url
serve() {
  java -jar "$cli" serve "$1" --db "jdbc:h2:file:$work/store-$2" --port 0 \
    --init-admin-password-file "$work/pw" > "$work/serve-$2.out" 2> "$work/serve-$2.err" &
  server=$!
  for _ in $(seq 1 600); do
    url="$(grep -oE 'http://127\.0\.0\.1:[0-9]+/' "$work/serve-$2.out" || true)"
    [[ -n "$url" ]] && break
    sleep 0.2
  done
  [[ -n "$url" ]] || { echo "serve did not start: $(cat "$work/serve-$2.err")" >&2; exit 1; }
  # wait for the background assessment, so it does not compete with the measurement
  local cookie
  cookie="$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"benchmark-password-1"}' "${url}api/session" \
    | grep -i '^set-cookie: neverout_session=' | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]*);.*/\1/')"
  local start=$SECONDS
  until curl -s -H "Cookie: $cookie" "${url}api/assessment" | grep -qE '"state":"(ready|failed)"'; do
    sleep 1
    if (( SECONDS - start > 1800 )); then echo "assessment not ready after 30 min" >&2; break; fi
  done
  echo "== $1: served at $url, assessment ready after $((SECONDS - start)) s" >&2
}
stop() {
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
}

serve "$root/examples/nafin-example.yaml" example
java -cp "$jar" org.neverout.benchmarks.ServeLoadMain whatif "$url" admin benchmark-password-1 50 20 \
  software:tempus-ntp-4.0 l-ams-ijm ehv-atc-1 duct-a12 supplier:telco-nl grn-dc-1 HAG-FRK software:vx-os-17.2
stop

java -cp "$jar" org.neverout.benchmarks.WriteModelMain Kdl 1000 "$work/kdl-1000.yaml"
serve "$work/kdl-1000.yaml" kdl
links="$(grep -oE 'id: l[0-9a-z-]+' "$work/kdl-1000.yaml" | head -400 | awk 'NR % 80 == 1 {print $2}' | tr '\n' ' ')"
# shellcheck disable=SC2086
java -cp "$jar" org.neverout.benchmarks.ServeLoadMain margins "$url" admin benchmark-password-1 $links
stop
