#!/usr/bin/env python3
"""Layout accuracy of `padan segment --jsonl` on hand-labelled pages.

For every Tests/Data/seg/outlets/NAME.txt with NAME.gold.txt (one segment per line) and
NAME.kinds.txt (the kind of each gold segment), counts the gold segments whose text Padan
also produced as a segment and, of those, how many got the same kind.
Usage: python3 Scripts/layout-accuracy.py [--show] [PADAN]
"""
import collections, glob, json, os, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
show = "--show" in sys.argv
args = [a for a in sys.argv[1:] if a != "--show"]
padan = args[0] if args else os.path.join(root, ".build/release/padan")
pages = []
for gold in sorted(glob.glob(os.path.join(root, "Tests/Data/seg/outlets/*.gold.txt"))):
    stem = gold[: -len(".gold.txt")]
    text = open(stem + ".txt", encoding="utf-8", newline="").read()
    segments = [l for l in open(gold, encoding="utf-8").read().split("\n") if l.strip()]
    kinds = [l for l in open(stem + ".kinds.txt", encoding="utf-8").read().split("\n") if l.strip()]
    pages.append((os.path.basename(stem), text, segments, kinds))
payload = "".join(json.dumps({"id": p[0], "text": p[1]}, ensure_ascii=False) + "\n" for p in pages)
out = subprocess.run([padan, "segment", "--jsonl"], input=payload.encode(), capture_output=True, check=True)
compact = lambda s: "".join(s.split())
total = same = 0
confusion = collections.Counter()
for (name, _, segments, kinds), line in zip(pages, out.stdout.decode().splitlines()):
    reply = json.loads(line)
    predicted = {compact(s): k for s, k in zip(reply["sentences"], reply["kinds"])}
    for segment, kind in zip(segments, kinds):
        got = predicted.get(compact(segment))
        if got is None:
            continue
        total += 1
        same += got == kind
        if got != kind:
            confusion[(kind, got)] += 1
            if show:
                print(f"{name}: {kind} -> {got} | {segment[:100]}")
print(f"layout kinds: {same}/{total} = {same / max(total, 1):.3f}")
for (want, got), n in confusion.most_common():
    print(f"  {want} -> {got}: {n}")
