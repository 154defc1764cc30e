#!/usr/bin/env bash
# spark-check.sh [PADAN]
#
# Checks the Spark recipe (Scripts/spark-translate.py) end to end with pyspark in local
# mode: a clean stream gives output byte-identical to one `padan translate --jsonl` process
# and exit 0; a stream with one malformed record exits 1, names the count and the first
# error, and that error record carries the record's id and its line in the whole file.
# Needs pyspark (pip install pyspark) and Java 17+; exits 2 when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PADAN="${1:-.build/release/padan}"
[ -x "$PADAN" ] || { echo "error: $PADAN not found; run swift build -c release" >&2; exit 2; }
python3 -c 'import pyspark' 2>/dev/null || { echo "error: pyspark is not installed (pip install pyspark)" >&2; exit 2; }
command -v java >/dev/null 2>&1 || { echo "error: java is not installed (apt-get install openjdk-17-jre-headless)" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/padan-spark.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
texts = ["Rusia dan NATO sepakat melanjutkan dialog.", "Menteri Luar Negeri Rusia bertemu Sekjen NATO.",
         "Pasukan ditarik dari perbatasan Ukraina.", "Pemerintah menolak tuduhan itu.",
         "Harga minyak naik pada hari Senin.", "Diplomasi harus dilanjutkan, kata Stoltenberg."]
with open(work + "/good.jsonl", "w") as f:
    for i in range(60):
        f.write(json.dumps({"id": "r%d" % i, "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
with open(work + "/bad.jsonl", "w") as f:
    for i in range(60):
        if i == 41:
            f.write('{"id": "r41", "text": "Rusia menolak\n')  # cut short: not JSON
        else:
            f.write(json.dumps({"id": "r%d" % i, "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
PY
export PYSPARK_PYTHON=python3
python3 Scripts/spark-translate.py "$WORK/good.jsonl" "$WORK/good-out" --partitions 4 --padan "$PADAN" 2>"$WORK/good.log" \
  || { tail -5 "$WORK/good.log" >&2; echo "FAIL: the clean stream did not exit 0" >&2; exit 1; }
"$PADAN" translate --jsonl < "$WORK/good.jsonl" > "$WORK/one.jsonl"
cat "$WORK"/good-out/part-* > "$WORK/spark.jsonl"
cmp -s "$WORK/one.jsonl" "$WORK/spark.jsonl" || { echo "FAIL: Spark output differs from one process" >&2; exit 1; }
echo "ok: clean stream, 60 records in 4 partitions, byte-identical to one process"

if python3 Scripts/spark-translate.py "$WORK/bad.jsonl" "$WORK/bad-out" --partitions 4 --padan "$PADAN" 2>"$WORK/bad.log"; then
  echo "FAIL: a stream with a malformed record exited 0" >&2; exit 1
fi
grep -q '1 of 60 records failed; first: {"id":"r41","error":"<stdin>:42:' "$WORK/bad.log" \
  || { grep -v "^\s*$" "$WORK/bad.log" | tail -3 >&2; echo "FAIL: the failure report is not as expected" >&2; exit 1; }
echo "ok: malformed record reported with its id and line: $(grep -o '1 of 60 records failed.*' "$WORK/bad.log")"
