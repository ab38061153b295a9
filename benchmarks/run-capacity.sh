#!/usr/bin/env bash
# Whole-process benchmark of `neverout capacity` (JVM start, SNDlib import, routing, text output;
# the JSON of germany50 n-2 lists ~600 congested demands in each of the 9,592 scenarios: 180 MB) on the
# SNDlib instances of issue 16: germany50 n-2 over node,link (9,592 scenarios) and brain n-1 (494).
# SNDlib is never bundled: give the datasets folder (default ../shared/datasets next to the repository);
# without it the benchmark is skipped, saying so.
# Usage: benchmarks/run-capacity.sh [DATASETS] [THREADS]   (build first: mvn -B -q -pl cli -am package -DskipTests)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
datasets="${1:-$root/../shared/datasets}"
threads="${2:-$(nproc)}"
jar="$root/cli/target/neverout.jar"
native="$datasets/sndlib/native"
if [[ ! -f "$native/germany50.txt" || ! -f "$native/brain.txt" ]]; then
  echo "skipped: no SNDlib instances under $native (give the datasets folder as the first argument)" >&2
  exit 0
fi
if [[ ! -f "$jar" ]]; then
  echo "missing $jar: run 'mvn -B -q -pl cli -am package -DskipTests' in the repository root" >&2
  exit 2
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for run in "germany50.txt --scenarios n-2" "brain.txt --scenarios n-1"; do
  set -- $run
  echo "== $1 $2 $3, $threads threads" >&2
  /usr/bin/time -f "%e s wall, %U s user, max RSS %M KB" \
    java -jar "$jar" capacity "$native/$1" "$2" "$3" --threads "$threads" \
    2> >(grep -E ' s wall' >&2) > /dev/null
done
