#!/usr/bin/env python3
"""Recompute the NeverOut history ledger from an export of the analysis_run table.

An auditor's check that needs neither NeverOut nor a database driver: export the table as CSV with a
header (docs/HISTORY.md, "Checking the ledger without NeverOut", gives the command for H2 and
PostgreSQL), then

    python3 tools/verify_history.py runs.csv [--last-hash HASH]

Exit 0 and "intact" when every run's hash is the SHA-256 of the recipe below and every prev_hash is
the hash of the run before; exit 1 naming the first run that is not. --last-hash (ledger_head's
last_hash) also catches runs deleted at the end.

The recipe (docs/HISTORY.md, "The ledger"): the hashed text is the line "neverout-ledger-v1", then
for each field in the order of FIELDS: its name, a newline, the length of its value in UTF-8 bytes
(decimal), a newline, the value, a newline. hash = lowercase hex SHA-256 of that text in UTF-8.
"""
import argparse
import csv
import datetime
import hashlib
import re
import sys

GENESIS = "0" * 64
FIELDS = ["prev_hash", "label", "recorded_at", "as_of", "model_name", "model_sha256", "model_text",
          "results_json", "neverout_version", "recorded_by"]
TIMESTAMP = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?\s*"
                       r"(Z|[+-]\d{2}(?::?\d{2})?)?$")


def recorded_at(text):
    """Any ISO-like timestamp (as H2 or PostgreSQL print it) as YYYY-MM-DDTHH:MM:SS.mmmZ in UTC."""
    m = TIMESTAMP.match(text.strip())
    if not m:
        raise ValueError("recorded_at %r is not a timestamp" % text)
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    millis = int(((m.group(7) or "") + "000")[:3])
    zone = m.group(8) or "Z"
    offset = datetime.timedelta(0)
    if zone != "Z":
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = sign * datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
    at = datetime.datetime(year, month, day, hour, minute, second, millis * 1000,
                           tzinfo=datetime.timezone(offset)).astimezone(datetime.timezone.utc)
    return at.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (at.microsecond // 1000)


def ledger_hash(run):
    text = "neverout-ledger-v1\n"
    for name in FIELDS:
        value = run[name]
        text += "%s\n%d\n%s\n" % (name, len(value.encode("utf-8")), value)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", help="analysis_run exported as CSV with a header row")
    parser.add_argument("--last-hash", help="ledger_head.last_hash, to detect runs deleted at the end")
    args = parser.parse_args()
    csv.field_size_limit(sys.maxsize)
    with open(args.csv, newline="", encoding="utf-8") as f:
        rows = [{k.lower(): v for k, v in row.items()} for row in csv.DictReader(f)]
    rows.sort(key=lambda r: int(r["id"]))
    previous = GENESIS
    for expected_id, row in enumerate(rows, start=1):
        run = dict(row, recorded_at=recorded_at(row["recorded_at"]), as_of=row["as_of"].strip()[:10])
        where = "run %s (%s)" % (row["id"], row["label"])
        if int(row["id"]) != expected_id:
            return fail("%s: expected id %d: a run was deleted" % (where, expected_id))
        if row["prev_hash"] != previous:
            return fail("%s: prev_hash is not the hash of the run before: a run was deleted or reordered" % where)
        if hashlib.sha256(row["model_text"].encode("utf-8")).hexdigest() != row["model_sha256"]:
            return fail("%s: model_sha256 is not the SHA-256 of model_text" % where)
        recomputed = ledger_hash(run)
        if recomputed != row["hash"]:
            return fail("%s: stored hash %s, recomputed %s: a field was edited" % (where, row["hash"], recomputed))
        previous = row["hash"]
    if args.last_hash is not None and args.last_hash != previous:
        return fail("the last run's hash is not ledger_head.last_hash: runs were deleted at the end")
    print("intact: %d runs, last hash %s" % (len(rows), previous))
    return 0


def fail(message):
    print("BROKEN: " + message)
    return 1


if __name__ == "__main__":
    sys.exit(main())
