#!/usr/bin/env bash
# Whole-process timing of what users run: the ./neverout launcher (JIT by job, AppCDS archive) on Kdl
# (754 nodes, 899 links) with 1,000 services written as YAML by WriteModelMain, over nodes and links, JSON
# to a file. Each configuration runs RUNS times; prints every run and the median (wall, user CPU, max RSS).
# Usage: benchmarks/run-launcher.sh [ORDER] [RUNS]     (default: order 2, 3 runs)
#   ORDER 3 runs with -Xmx1g (the issue's heap bound) and compares nothing else.
# Build first: mvn -B -q -o -pl cli,benchmarks -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
order="${1:-2}"
runs="${2:-3}"
bench="$here/target/benchmarks.jar"
[[ -f "$bench" ]] || { echo "missing $bench: mvn -B -q -o -pl cli,benchmarks -am package -DskipTests" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
model="$work/kdl-1000.yaml"
java -cp "$bench" org.neverout.benchmarks.WriteModelMain Kdl 1000 "$model"
"$root/neverout" validate "$model" > /dev/null # builds the jar and the class-data archive when missing
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

measure() { # LABEL ENV... -- ARGS...
  local label="$1"; shift
  local envs=()
  while [[ "$1" != -- ]]; do envs+=("$1"); shift; done
  shift
  local walls=()
  for ((i = 1; i <= runs; i++)); do
    local line
    line=$(env "${envs[@]}" /usr/bin/time -f "%e %U %M" "$root/neverout" "$@" 2>&1 >/dev/null | tail -1)
    read -r wall user rss <<<"$line"
    printf '%-34s run %d: %6.2f s wall, %6.2f s user, max RSS %4d MiB\n' "$label" "$i" "$wall" "$user" $((rss / 1024))
    walls+=("$wall")
  done
  printf '%-34s median wall: %s s\n' "$label" "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")"
}

args=(analyze "$model" --events node,link --order "$order" --format json --out "$work/out.json" --quiet)
if ((order <= 2)); then
  measure "launcher default" NEVEROUT_X=1 -- "${args[@]}"
  measure "tiered JIT, no CDS (before)" NEVEROUT_JIT=tiered NEVEROUT_CDS=0 -- "${args[@]}"
  measure "tiered JIT with CDS" NEVEROUT_JIT=tiered -- "${args[@]}"
  measure "C1 only, no CDS" NEVEROUT_JIT=c1 NEVEROUT_CDS=0 -- "${args[@]}"
else
  measure "launcher default, -Xmx1g" NEVEROUT_JAVA_OPTS=-Xmx1g -- "${args[@]}"
fi
echo "output: $(wc -c < "$work/out.json") bytes of JSON"
