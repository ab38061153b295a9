#!/usr/bin/env bash
# Whole-process benchmark of the analyze path on Kdl (754 nodes, 899 links) with 1,000 random services
# of 2-3 endpoints, order 2 over nodes and links: wall time and max RSS via /usr/bin/time -v.
# Usage: benchmarks/run-kdl.sh [THREADS]   (build first: mvn -B -q -pl benchmarks install -DskipTests)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
threads="${1:-$(nproc)}"
if [[ ! -f "$jar" ]]; then
  echo "missing $jar: run 'mvn -B -q -pl benchmarks install -DskipTests' in the repository root" >&2
  exit 2
fi
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
/usr/bin/time -v java -Xmx1g -XX:+UseSerialGC -cp "$jar" org.neverout.benchmarks.AnalyzeMain Kdl 1000 2 "$threads" \
  --out "$out" 2> >(grep -E 'model |build|naive|Elapsed|Maximum resident|User time|System time' >&2)
echo "output: $(wc -c < "$out") bytes of JSON" >&2
