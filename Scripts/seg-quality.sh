#!/usr/bin/env bash
# Scores `padan segment --jsonl` with the shared scorer (tools/seg/score.py) and fails when a boundary
# F1 falls below its floor: the hand-written gold of the sample articles (0.99) and of eight
# pages in other outlets' layouts (0.99), and the UD development sets (the best peer's F1
# measured on this machine: sentencex 0.9366 on gsd-dev, 0.9735 on csui-train). Then checks
# the layout kinds of the outlet pages (at least 0.95 right). Fails when the shared data is
# missing (see Scripts/shared-data.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. Scripts/shared-data.sh
score=$shared/tools/seg/score.py
require_shared seg-quality "$score" "$shared/data/seg/gsd-dev.jsonl" "$shared/data/seg/csui-train.jsonl"
padan=.build/release/padan
[ -x "$padan" ] || swift build -c release
out=$(mktemp)
check() {  # gold floor
  python3 "$score" "$1" --json-out "$out" -- "$padan" segment --jsonl | tail -1
  python3 - "$out" "$2" <<'PY'
import json, sys
last = [json.loads(l) for l in open(sys.argv[1]) if l.strip()][-1]
f1 = next(v for k, v in last.items() if k.lower() in ("f1", "boundary_f1"))
floor = float(sys.argv[2])
if f1 < floor:
    sys.exit(f"F1 {f1:.4f} is below the floor {floor}")
PY
}
check Tests/Data/seg/seeds-gold.jsonl 0.99
check Tests/Data/seg/outlets-gold.jsonl 0.99
check $shared/data/seg/gsd-dev.jsonl 0.9366
check $shared/data/seg/csui-train.jsonl 0.9735
rm -f "$out"
python3 Scripts/layout-accuracy.py "$padan" | tee "$out"
python3 - "$out" <<'PY'
import sys
line = open(sys.argv[1]).readline()
accuracy = float(line.rsplit("=", 1)[1])
if accuracy < 0.95:
    sys.exit(f"layout accuracy {accuracy:.3f} is below the floor 0.95")
PY
rm -f "$out"
