#!/usr/bin/env python3
"""Mechanical first pass over FreeDict English-Indonesian for Glossaries/lexicon/freedict.tsv.

usage: Scripts/freedict-candidates.py PADAN_BINARY OUT.tsv   (run from the project root)

1. Runs `padan lexicon import --format freedict` on Debian's dict-freedict-eng-ind
   (/usr/share/dictd/freedict-eng-ind.index) into a temporary file.
2. Drops lemmas the lexicon already has with any part of speech (freedict.tsv itself
   excepted), lemmas the glossaries already translate (source or variant), affixes,
   phrases that are sentences (saya ..., aku ...), and names whose English is the
   name itself.
3. Translates every remaining lemma in the frame "Ada LEMMA di sana." with the same
   binary and records what the current lexicon and morphology make of it: `unknown`
   (left untranslated), `same` (the output already is one of the FreeDict
   equivalents: the entry adds nothing and is dropped) or `differs` (an analysis
   exists but gives another English word; kept for review).
4. Writes the candidates with their wordfreq Zipf frequency (Indonesian) and that
   verdict, most frequent first, as columns lemma, pos, english, zipf, verdict, output.

The review itself (senses reordered for news, wrong or rare entries dropped, parts of
speech corrected) is done by hand on this output; its result is freedict.tsv.
"""

import glob
import json
import os
import subprocess
import sys
import tempfile

from wordfreq import zipf_frequency

SOURCE = "/usr/share/dictd/freedict-eng-ind.index"
SENTENCE_STARTS = ("saya ", "aku ", "kamu ", "anda ", "apa ", "apakah ", "bisakah ", "selamat ")


def lexicon_lemmas():
    lemmas = set()
    for path in glob.glob("Glossaries/lexicon/*.tsv"):
        if os.path.basename(path) == "freedict.tsv":
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or line.startswith("lemma\t"):
                    continue
                lemma = line.split("\t", 1)[0].strip()
                if lemma:
                    lemmas.add(lemma.lower())
    return lemmas


def glossary_sources():
    sources = set()
    for path in glob.glob("Glossaries/*.tsv"):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or line.startswith("source\t"):
                    continue
                cols = line.rstrip("\n").split("\t")
                if not cols[0]:
                    continue
                sources.add(cols[0].lower())
                if len(cols) > 4 and cols[4]:
                    sources.update(v.strip().lower() for v in cols[4].split("|"))
    return sources


def import_rows(binary, tmpdir):
    out = os.path.join(tmpdir, "imported.tsv")
    subprocess.run(
        [binary, "lexicon", "import", SOURCE, "--format", "freedict", "--out", out],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    rows = []
    with open(out, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("lemma\t"):
                continue
            cols = line.rstrip("\n").split("\t")
            rows.append((cols[0], cols[1], cols[2]))
    return rows


def analyse(binary, lemmas):
    """What the current lexicon and morphology make of each lemma in a neutral frame."""
    records = "".join(
        json.dumps({"id": str(i), "text": f"Ada {lemma} di sana."}, ensure_ascii=False) + "\n"
        for i, lemma in enumerate(lemmas)
    )
    done = subprocess.run(
        [binary, "translate", "--jsonl"], input=records, capture_output=True, text=True, check=True
    )
    results = {}
    for line in done.stdout.splitlines():
        rec = json.loads(line)
        lemma = lemmas[int(rec["id"])]
        start, end = 4, 4 + len(lemma.encode("utf-8"))
        words, unknown = [], False
        for seg in rec["segments"]:
            if set(lemma.lower().split()) & {u.lower() for u in seg.get("unknown", [])}:
                unknown = True
            for item in seg.get("lexicon", []):
                s, e = item["src"]
                if s >= start and e <= end:
                    words.append(item["target"])
        results[lemma] = (unknown, " ".join(words))
    return results


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: Scripts/freedict-candidates.py PADAN_BINARY OUT.tsv")
    binary, out = sys.argv[1], sys.argv[2]
    known = lexicon_lemmas()
    glossed = glossary_sources()
    with tempfile.TemporaryDirectory(dir=".") as tmpdir:
        rows = import_rows(os.path.abspath(binary), tmpdir)
    kept = []
    for lemma, pos, english in rows:
        low = lemma.lower()
        senses = [s.strip() for s in english.split(";") if s.strip()]
        if low in known or low in glossed or lemma.startswith("-") or lemma.endswith("-"):
            continue
        if low.startswith(SENTENCE_STARTS):
            continue
        if lemma[:1].isupper() and all(s.lower() == low for s in senses):
            continue
        kept.append((lemma, pos, senses))
    analyses = analyse(os.path.abspath(binary), sorted({r[0] for r in kept}))
    lines = []
    for lemma, pos, senses in kept:
        unknown, output = analyses.get(lemma, (True, ""))
        plain = output.lower().removeprefix("a ").removeprefix("an ").removeprefix("the ")
        if unknown or not output:
            verdict = "unknown"
        elif plain in {s.lower() for s in senses}:
            continue
        else:
            verdict = "differs"
        zipf = zipf_frequency(lemma, "id")
        lines.append((-zipf, lemma.lower(), lemma, pos, ";".join(senses), f"{zipf:.2f}", verdict, output))
    lines.sort()
    with open(out, "w", encoding="utf-8") as f:
        f.write("lemma\tpos\tenglish\tzipf\tverdict\toutput\n")
        for row in lines:
            f.write("\t".join(row[2:]) + "\n")
    print(f"{len(rows)} imported rows, {len(lines)} candidates written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
