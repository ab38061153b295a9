#!/usr/bin/env bash
# Whole-process figures of neverout-spark in local mode (issue 20): Kdl (754 nodes, 899 links) with 1,000
# random services (seed 42), order 3 over nodes and links, JSON output, on one machine ('neverout analyze',
# --threads 1 and 2) and on Spark with 1 and 2 executor threads (local[1], local[2]); every Spark output is
# checked to be the single-machine one (apart from elapsed_ms). Wall time and max RSS via /usr/bin/time -v.
# Usage: benchmarks/run-spark.sh [ORDER]   (build first: mvn -B -q -o -pl cli,benchmarks -am package -DskipTests;
# ./neverout-spark builds its own jar on first use)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
order="${1:-3}"
jar="$root/benchmarks/target/benchmarks.jar"
cli="$root/cli/target/neverout.jar"
for f in "$jar" "$cli"; do
  if [[ ! -f "$f" ]]; then
    echo "missing $f: run 'mvn -B -q -o -pl cli,benchmarks -am package -DskipTests' in the repository root" >&2
    exit 2
  fi
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -cp "$jar" org.neverout.benchmarks.WriteModelMain Kdl 1000 "$work/kdl-1000.yaml"
"$root/neverout-spark" --version >/dev/null # builds the Spark jar now, outside the timings
timed() {
  local name="$1"; shift
  echo "== $name" >&2
  /usr/bin/time -v "$@" 2> >(grep -E 'Elapsed|Maximum resident' >&2)
  echo "output: $(wc -c < "$work/$name.json") bytes of JSON" >&2
}
args=(analyze "$work/kdl-1000.yaml" --order "$order" --events node,link --format json --quiet)
timed single-1 java -jar "$cli" "${args[@]}" --threads 1 --out "$work/single-1.json"
timed single-2 java -jar "$cli" "${args[@]}" --threads 2 --out "$work/single-2.json"
timed spark-1 "$root/neverout-spark" "${args[@]}" --master 'local[1]' --threads 1 --out "$work/spark-1.json"
timed spark-2 "$root/neverout-spark" "${args[@]}" --master 'local[2]' --threads 2 --out "$work/spark-2.json"
strip() { sed -E 's/"elapsed_ms" ?: ?[0-9]+//' "$1"; }
for run in single-2 spark-1 spark-2; do
  if cmp -s <(strip "$work/single-1.json") <(strip "$work/$run.json"); then
    echo "$run: identical to single-1 (apart from elapsed_ms)" >&2
  else
    echo "$run: DIFFERS from single-1" >&2
    exit 1
  fi
done
