#!/usr/bin/env bash
# Whole-process benchmark of the live margins (issue 18, ServiceMargins) on Kdl (754 nodes, 899 links) with
# 1,000 random services: each run builds the model once, then recomputes every margin after each of 10 state
# changes (the empty state, then one more random node or link down each time), 2 threads. Per-change times
# go to stderr; wall time and max RSS of the whole process via /usr/bin/time -v.
# Usage: benchmarks/run-margins.sh   (build first: mvn -B -q -o -pl benchmarks -am package -Dmaven.test.skip=true)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
if [[ ! -f "$jar" ]]; then
  echo "missing $jar: run 'mvn -B -q -o -pl benchmarks -am package -Dmaven.test.skip=true' in the repository root" >&2
  exit 2
fi
run() {
  echo "== MarginsMain $* (load: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  /usr/bin/time -v java -Xmx1g -cp "$jar" org.neverout.benchmarks.MarginsMain "$@" \
    2> >(grep -E 'model |per change|change 0|Elapsed|Maximum resident' >&2)
}
run Kdl 1000 2 2 --changes 10                       # the live page's order for a model without never_out above 2
run Kdl 1000 3 2 --changes 10                       # never_out 3
run Kdl 1000 3 2 --changes 10 --dual                # dual-homed services
run Kdl 1000 3 2 --changes 10 --kinds link          # links only: endpoints never fail, margins 2 and 3 common
run Kdl 1000 3 2 --changes 10 --dual --kinds link   # stress: most margins 3 or beyond
