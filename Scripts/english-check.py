#!/usr/bin/env python3
"""Checks that every English word Padan writes is English.

Translates the source side of a JSONL set (default ../shared/data/mt/ntrex-dev.jsonl, one
{"id", "src", ...} object a line) with `padan translate --jsonl`, then lists every token of
the English that is none of these:
  - a word of the English word list (/usr/share/dict/words, from Debian's wamerican),
    compared case-insensitively, or the British spelling of one; a possessive 's is taken
    off first;
  - an English word of the lexicon or glossaries (Glossaries/), or a regular form of one
    that the word list lacks (midfielders);
  - a word of the source segment (a name or a word copied unchanged);
  - a word of a glossary target used in the segment (names and terms).
Numbers and punctuation are not words. Exits 1 when a non-word is found, or when the data
set or the word list is missing.

usage: Scripts/english-check.py [--padan .build/release/padan] [--data FILE] [--show N]
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
from collections import Counter

WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")


def american(word):
    """American spellings a British spelling may stand for (emphasised, colour, travelled)."""
    out = []
    for gb, us in (("isation", "ization"), ("ise", "ize"), ("ised", "ized"), ("ises", "izes"),
                   ("ising", "izing"), ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"),
                   ("tre", "ter"), ("tres", "ters"), ("lled", "led"), ("lling", "ling")):
        if word.endswith(gb):
            out.append(word[: -len(gb)] + us)
    if "our" in word:
        out.append(word.replace("our", "or", 1))
    return out


def lexicon_words(root):
    """Lower-case words of every lexicon equivalent and glossary target."""
    words = set()
    paths = glob.glob(os.path.join(root, "Glossaries/lexicon/*.tsv"))
    for path in paths:
        for line in open(path, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(f) < 3 or f[0] == "lemma":
                continue
            words |= {w.lower() for w in WORD.findall(f[2])}
    for path in glob.glob(os.path.join(root, "Glossaries/rules/demonyms.tsv")):
        for line in open(path, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(f) < 2 or f[0] == "place":
                continue
            words |= {w.lower() for w in WORD.findall(" ".join(f[1:3]))}
    for path in glob.glob(os.path.join(root, "Glossaries/*.tsv")):
        for line in open(path, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(f) < 2 or f[0] == "source":
                continue
            words |= {w.lower() for w in WORD.findall(f[1])}
    return words


def load_words(path):
    words = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.strip()
            if w:
                words.add(w.lower())
    return words


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser()
    ap.add_argument("--padan", default=os.path.join(root, ".build/release/padan"))
    ap.add_argument("--data", default=os.path.join(root, "../shared/data/mt/ntrex-dev.jsonl"))
    ap.add_argument("--words", default="/usr/share/dict/words")
    ap.add_argument("--show", type=int, default=40)
    args = ap.parse_args()
    for path, what in ((args.data, "data set"), (args.words, "English word list (apt-get install wamerican)")):
        if not os.path.exists(path):
            print(f"english-check: error: {what} not found: {path}", file=sys.stderr)
            return 1
    words = load_words(args.words)
    targets = lexicon_words(root)

    def is_word(w):
        if w in words or w in targets or any(a in words for a in american(w)):
            return True
        # A regular form of a lexicon word the list lacks: midfielders, carmakers.
        for ending in ("s", "es", "ed", "d", "ing", "ly"):
            base = w[: -len(ending)]
            if w.endswith(ending) and base in targets and base not in words:
                return True
        return False

    lines = [json.loads(l) for l in open(args.data, encoding="utf-8") if l.strip()]
    feed = "".join(json.dumps({"id": r["id"], "text": r["src"]}, ensure_ascii=False) + "\n" for r in lines)
    run = subprocess.run([args.padan, "translate", "--jsonl"], input=feed, capture_output=True,
                         text=True, cwd=root)
    if run.returncode != 0:
        print(run.stderr, file=sys.stderr)
        print("english-check: error: padan translate --jsonl failed", file=sys.stderr)
        return 1
    bad = Counter()
    examples = {}
    total = 0
    for line in run.stdout.splitlines():
        doc = json.loads(line)
        for seg in doc["segments"]:
            allowed = {w.lower().replace("’", "'") for w in WORD.findall(seg["source"])}
            for g in seg.get("glossary", []):
                allowed |= {w.lower() for w in WORD.findall(g["target"])}
            for token in WORD.findall(seg["target"]):
                total += 1
                low = token.lower().replace("’", "'")
                base = low[:-2] if low.endswith("'s") else low
                if is_word(low) or is_word(base) or low in allowed or base in allowed:
                    continue
                bad[token] += 1
                examples.setdefault(token, seg["target"])
    n = sum(bad.values())
    print(f"english-check: {n} non-word English tokens ({len(bad)} distinct) in {total} tokens")
    for token, count in bad.most_common(args.show):
        print(f"  {count:4d}  {token}\t{examples[token][:120]}")
    return 1 if n else 0


if __name__ == "__main__":
    sys.exit(main())
