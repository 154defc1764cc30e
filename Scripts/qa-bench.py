#!/usr/bin/env python3
"""Times `padan qa` against `padan translate --jsonl` on the same segments, in one run.

Takes the Indonesian sentences of a JSONL corpus ({"src": ...} or {"text": ...} lines),
repeats them to N inputs (10,000 by default), translates them with `padan translate
--jsonl`, writes every segment with its English into one TMX file, and checks that file
with `padan qa`. Prints both times and their ratio. Run it from the project root.

Usage:
  Scripts/qa-bench.py BINARY CORPUS [N]
"""

import json
import subprocess
import sys
import tempfile
import time
from xml.sax.saxutils import escape


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, corpus = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
    texts = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            texts.append(record.get("src") or record.get("text"))
    lines = [
        json.dumps({"id": f"s{i:05d}", "text": texts[i % len(texts)]}, ensure_ascii=False)
        for i in range(count)
    ]
    stdin = ("\n".join(lines) + "\n").encode()

    start = time.monotonic()
    translated = subprocess.run(
        [binary, "translate", "--jsonl"], input=stdin, capture_output=True, check=True)
    translate_seconds = time.monotonic() - start

    units = []
    for line in translated.stdout.decode().splitlines():
        record = json.loads(line)
        for segment in record["segments"]:
            units.append((f'{record["id"]}#{segment["id"]}', segment["source"], segment["target"]))
    with tempfile.NamedTemporaryFile("w", suffix=".tmx", delete=False, encoding="utf-8") as tmx:
        tmx.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header '
                  'creationtool="qa-bench" creationtoolversion="1" segtype="sentence" '
                  'o-tmf="padan" adminlang="en" srclang="id" datatype="plaintext"/><body>\n')
        for uid, source, target in units:
            tmx.write(f'<tu tuid="{escape(uid)}"><tuv xml:lang="id"><seg>{escape(source)}</seg>'
                      f'</tuv><tuv xml:lang="en"><seg>{escape(target)}</seg></tuv></tu>\n')
        tmx.write("</body></tmx>\n")
        path = tmx.name

    start = time.monotonic()
    checked = subprocess.run([binary, "qa", "--format", "json", path], capture_output=True)
    qa_seconds = time.monotonic() - start
    if checked.returncode not in (0, 1):
        sys.exit(checked.stderr.decode())
    report = json.loads(checked.stdout)

    print(f"inputs: {count}, segments: {len(units)}")
    print(f"padan translate --jsonl: {translate_seconds:.2f} s")
    print(f"padan qa (TMX): {qa_seconds:.2f} s")
    print(f"ratio: {qa_seconds / translate_seconds:.3f}")
    print("findings: " + ", ".join(f"{k} {v}" for k, v in report["counts"].items()))


if __name__ == "__main__":
    main()
