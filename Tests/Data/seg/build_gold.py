#!/usr/bin/env python3
"""Builds the scorer's gold JSONL files from the hand-written gold.

Each NAME.gold.txt holds one segment per line, written by hand from its article; the
scorer ignores whitespace, so lines may differ from the article there.
  Seeds/NAME.txt            + Tests/Data/seg/NAME.gold.txt          -> seeds-gold.jsonl
  Tests/Data/seg/outlets/NAME.txt + outlets/NAME.gold.txt (+ .kinds.txt) -> outlets-gold.jsonl
Usage: python3 Tests/Data/seg/build_gold.py   (writes both files next to this script)
"""
import json, os

here = os.path.dirname(os.path.abspath(__file__))


def build(gold_dir, text_dir, out_name):
    with open(os.path.join(here, out_name), "w", encoding="utf-8") as out:
        for name in sorted(os.listdir(gold_dir)):
            if not name.endswith(".gold.txt"):
                continue
            stem = name[: -len(".gold.txt")]
            with open(os.path.join(text_dir, stem + ".txt"), encoding="utf-8", newline="") as f:
                text = f.read()
            with open(os.path.join(gold_dir, name), encoding="utf-8") as f:
                sentences = [l for l in f.read().split("\n") if l.strip()]
            out.write(json.dumps({"id": stem, "text": text, "sentences": sentences}, ensure_ascii=False) + "\n")


build(here, os.path.join(here, "..", "..", "..", "Seeds"), "seeds-gold.jsonl")
outlets = os.path.join(here, "outlets")
build(outlets, outlets, "outlets-gold.jsonl")
