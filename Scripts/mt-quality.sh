#!/usr/bin/env bash
# Translation quality on the development set (and the held-out test set), scored with
# the shared scorer tools/mt/score_mt.py (sacrebleu chrF, chrF++, BLEU), against the floors measured
# in the same run: copying the source, and word-by-word lexicon lookup.
# Fails when the engine's chrF++ on the development set is below 50 or below floor + 12, and
# when the shared scorer is missing (see Scripts/shared-data.sh).
# Usage: bash Scripts/mt-quality.sh [path/to/padan]   (default .build/release/padan)
set -euo pipefail
cd "$(dirname "$0")/.."
padan=${1:-.build/release/padan}
. Scripts/shared-data.sh
scorer=$shared/tools/mt/score_mt.py
require_shared mt-quality "$scorer"
python3 -c 'import sacrebleu' 2>/dev/null || pip install -q sacrebleu >/dev/null 2>&1 \
  || pip install -q --break-system-packages sacrebleu >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

chrfpp() { python3 "$scorer" "$1" "$2" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["chrF++"])'; }
bleu() { python3 "$scorer" "$1" "$2" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["BLEU"])'; }

printf '%-6s %-16s %8s %8s\n' set system chrF++ BLEU
for set in dev test; do
  ref=Tests/Data/mt/$set.jsonl
  python3 -c 'import json,sys
for l in open(sys.argv[1]): print(json.loads(l)["src"])' "$ref" > "$tmp/$set.src"
  cp "$tmp/$set.src" "$tmp/$set.copy"
  for engine in words words+glossary rules; do
    "$padan" translate-text --engine "$engine" < "$tmp/$set.src" > "$tmp/$set.$engine"
  done
  for system in copy words words+glossary rules; do
    printf '%-6s %-16s %8s %8s\n' "$set" "$system" "$(chrfpp "$ref" "$tmp/$set.$system")" \
      "$(bleu "$ref" "$tmp/$set.$system")"
  done
done
engine=$(chrfpp Tests/Data/mt/dev.jsonl "$tmp/dev.rules")
floor=$(chrfpp Tests/Data/mt/dev.jsonl "$tmp/dev.words")
python3 - "$engine" "$floor" <<'PY'
import sys
engine, floor = map(float, sys.argv[1:])
print(f"dev: engine chrF++ {engine:.2f}, word-by-word floor {floor:.2f}, margin {engine - floor:.2f}")
ok = engine >= 50 and engine - floor >= 12
print("mt-quality:", "ok" if ok else "FAILED (need >= 50 and >= floor + 12)")
sys.exit(0 if ok else 1)
PY
