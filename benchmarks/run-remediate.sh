#!/usr/bin/env bash
# Whole-process benchmark of 'neverout remediate' (issue 14): a 5-step plan for the bundled example, and a
# 3-step plan for Kdl (754 nodes, 899 links) with 1,000 random services of 2-3 endpoints, never_out 1,
# over node and link events. Wall time and max RSS via /usr/bin/time -v.
# Usage: benchmarks/run-remediate.sh [THREADS]
#   (build first: mvn -B -q -o -pl cli,benchmarks -am package -Dmaven.test.skip=true)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="$root/cli/target/neverout.jar"
bench="$here/target/benchmarks.jar"
threads="${1:-$(nproc)}"
for f in "$jar" "$bench"; do
  [[ -f "$f" ]] || { echo "missing $f: build first (see the header of this script)" >&2; exit 2; }
done
kdl="$(mktemp --suffix=.yaml)"
trap 'rm -f "$kdl"' EXIT
java -cp "$bench" org.neverout.benchmarks.WriteModelMain Kdl 1000 "$kdl" 1
run() {
  echo "== $*" >&2
  /usr/bin/time -v java -jar "$jar" remediate "$@" --threads "$threads" --format json \
    2> >(grep -E 'Elapsed|Maximum resident|User time' >&2) | grep -E '"(description|violations_before|violations_after|analysed|candidates)"' >&2
}
run "$root/examples/nafin-example.yaml" --steps 5
run "$kdl" --steps 3 --events node,link
