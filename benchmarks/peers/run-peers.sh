#!/usr/bin/env bash
# Peers' figures on the Kdl x 1,000 model (nodes and links): the naive per-scenario enumeration with NetworkX
# and with python-igraph, sampled and extrapolated to orders 2 and 3, plus an exact check at order 1 (every
# scenario) whose cut-set count must equal NeverOut's; and the naive JGraphT baseline (AnalyzeMain
# --baseline-sample, order 2) beside NeverOut's own run.
# Needs: python3 with networkx and PyYAML; /usr/bin/python3 with python-igraph (apt-get install python3-igraph).
# Usage: benchmarks/peers/run-peers.sh [SAMPLE]     (default 200 scenarios per size)
# Build first: mvn -B -q -o -pl cli,benchmarks -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bench="$here/../target/benchmarks.jar"
root="$(cd "$here/../.." && pwd)"
sample="${1:-200}"
[[ -f "$bench" ]] || { echo "missing $bench: mvn -B -q -o -pl cli,benchmarks -am package -DskipTests" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
model="$work/kdl-1000.yaml"
java -cp "$bench" org.neverout.benchmarks.WriteModelMain Kdl 1000 "$model"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
igraph_python=/usr/bin/python3
for order in 2 3; do
  python3 "$here/naive_cutsets.py" --lib networkx "$model" --order "$order" --sample "$sample"
  "$igraph_python" "$here/naive_cutsets.py" --lib igraph "$model" --order "$order" --sample "$sample"
done
echo "exact check, order 1 (igraph, every scenario) vs NeverOut:"
"$igraph_python" "$here/naive_cutsets.py" --lib igraph "$model" --order 1
"$root/neverout" analyze "$model" --events node,link --order 1 --format json --quiet \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); print({"neverout_cut_set_entries": sum(len(s["cut_sets"]) for s in d["services"])})'
echo "naive JGraphT baseline (cold JVM, $sample scenarios of size <= 2, extrapolated to order 2; for order 3"
echo "multiply its time per scenario by C(1653,1) + C(1653,2) + C(1653,3) = 752,780,057 scenarios):"
java -Xmx1g -cp "$bench" org.neverout.benchmarks.AnalyzeMain Kdl 1000 2 2 --out "$work/o.json" \
  --baseline-sample "$sample" 2>&1 | grep -E 'naive|analyze|model' || true
