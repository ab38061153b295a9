#!/usr/bin/env bash
# Whole-process benchmark of 'neverout sectors' (issue 21): the bundled example (all event kinds, default
# order) and Kdl (754 nodes, 899 links) with 1,000 random services in 20 sectors, order 2 over nodes and
# links, JSON output. Wall time and max RSS via /usr/bin/time -v, the JVM start included.
# Usage: benchmarks/run-sectors.sh   (build first: mvn -B -q -o -pl cli,benchmarks -am package -DskipTests)
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
trap 'rm -rf "$work"' EXIT
java -cp "$jar" org.neverout.benchmarks.WriteModelMain Kdl 1000 "$work/kdl-1000-sectors.yaml" 0 20
run() {
  echo "== neverout sectors $*" >&2
  /usr/bin/time -v java -jar "$cli" sectors "$@" --format json --quiet --out "$work/out.json" \
    2> >(grep -E 'Elapsed|Maximum resident|User time' >&2)
  echo "output: $(wc -c < "$work/out.json") bytes of JSON" >&2
}
run "$root/examples/nafin-example.yaml"
run "$work/kdl-1000-sectors.yaml" --order 2 --events node,link
