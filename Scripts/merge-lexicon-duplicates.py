#!/usr/bin/env python3
"""Merges rows that give the same (lemma, pos) in several Glossaries/lexicon/*.tsv files.

The first row (files in byte order of their names, rows in file order) is kept and gets
the union of the English equivalents (its own first, in order, then new ones from later
rows), the union of the cues and the notes joined with "; ". Later rows are removed.
Comments and all other rows stay byte for byte. Run it after drafting entries in
parallel files; `padan lexicon lint --strict` should then pass:
    python3 Scripts/merge-lexicon-duplicates.py
"""
import glob, os

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = sorted(glob.glob(os.path.join(root, "Glossaries", "lexicon", "*.tsv")))
lines = {f: open(f, encoding="utf-8").read().split("\n") for f in files}
first = {}      # (lemma, pos) -> (file, index)
drop = set()    # (file, index)
merged = 0
for f in files:
    for i, line in enumerate(lines[f]):
        if not line or line.startswith("#") or line.startswith("lemma\t"):
            continue
        fields = (line.split("\t") + [""] * 5)[:5]
        key = (fields[0].strip(), fields[1].strip())
        if key not in first:
            first[key] = (f, i)
            continue
        kf, ki = first[key]
        keep = (lines[kf][ki].split("\t") + [""] * 5)[:5]
        english = [e for e in keep[2].split(";") if e]
        for e in fields[2].split(";"):
            if e and e not in english and e != "∅":
                english.append(e)
        if "∅" in english and len(english) > 1:
            english.remove("∅")
        cues = [c for c in keep[3].split(";") if c]
        for c in fields[3].split(";"):
            if c and c not in cues:
                cues.append(c)
        notes = [n for n in (keep[4], fields[4]) if n]
        keep[2], keep[3] = ";".join(english), ";".join(cues)
        keep[4] = "; ".join(dict.fromkeys(notes))
        lines[kf][ki] = "\t".join(keep)
        drop.add((f, i))
        merged += 1
for f in files:
    kept = [l for i, l in enumerate(lines[f]) if (f, i) not in drop]
    open(f, "w", encoding="utf-8").write("\n".join(kept))
print(f"merged {merged} duplicate rows into {len(first)} entries")
