#!/usr/bin/env python3
"""Builds seeds-gold.jsonl for ../shared/tools/seg/score.py from the hand-written gold.

Each NAME.gold.txt holds one sentence (segment) per line, written by hand from
Seeds/NAME.txt; whitespace may differ from the article (the scorer ignores it).
Usage: python3 Tests/Data/seg/build_gold.py > Tests/Data/seg/seeds-gold.jsonl
"""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
seeds = os.path.join(here, "..", "..", "..", "Seeds")
for name in sorted(os.listdir(here)):
    if not name.endswith(".gold.txt"):
        continue
    stem = name[: -len(".gold.txt")]
    text = open(os.path.join(seeds, stem + ".txt"), encoding="utf-8").read()
    sentences = [l for l in open(os.path.join(here, name), encoding="utf-8").read().split("\n") if l.strip()]
    print(json.dumps({"id": stem, "text": text, "sentences": sentences}, ensure_ascii=False))
