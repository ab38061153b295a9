#!/usr/bin/env bash
# Whole-process runs of ./neverout analyze on the synthetic NAFIN-scale model (NafinScaleModel, seed 1: 250
# sites, 1,200 nodes, 2,000 links, 20 suppliers, 30 software versions, 300 services): every event kind at
# order 2 and at order 3 (with a time limit: the run says when it is cut short), and order 3 over nodes and
# links. Prints wall time, user CPU, max RSS and the cut sets by size from the JSON Lines output.
# Usage: benchmarks/run-nafin.sh [ORDER3_TIME_LIMIT]    (default 600s)
# Build first: mvn -B -q -o -pl cli,benchmarks -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
limit="${1:-600s}"
bench="$here/target/benchmarks.jar"
[[ -f "$bench" ]] || { echo "missing $bench: mvn -B -q -o -pl cli,benchmarks -am package -DskipTests" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
model="$work/nafin-scale.yaml"
java -cp "$bench" org.neverout.benchmarks.NafinScaleModel "$model" 1
"$root/neverout" validate "$model"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

run() { # LABEL ARGS...
  local label="$1"; shift
  local times
  times=$(/usr/bin/time -f "%e %U %M" "$root/neverout" analyze "$model" "$@" --format jsonl --out "$work/out.jsonl" \
    --quiet 2>&1 >/dev/null | tail -1)
  read -r wall user rss <<<"$times"
  printf '%s: %.1f s wall, %.1f s user, max RSS %d MiB\n' "$label" "$wall" "$user" $((rss / 1024))
  python3 - "$work/out.jsonl" <<'PY'
import collections, json, sys
sizes = collections.Counter()
with open(sys.argv[1], encoding="utf-8") as f:
    header = json.loads(f.readline())
    for line in f:
        r = json.loads(line)
        if r["record"] == "service":
            sizes.update(len(c) for c in r["cut_sets"])
print("  basic events %d, complete %s%s; cut sets by size %s (total %d); verdicts %s; findings %d" % (
    header["basic_events"], header["complete"],
    "" if header["complete"] else " (" + header["incomplete_reason"] + ")",
    dict(sorted(sizes.items())), sum(sizes.values()), header["verdicts"], header["findings"]))
PY
}

run "order 2, every event kind"
run "order 3, node and link" --order 3 --events node,link
run "order 3, every event kind, --time-limit $limit" --order 3 --time-limit "$limit"
