#!/usr/bin/env python3
"""Times `padan qa` against `padan translate --jsonl` on the same segments, in one run.

Builds N inputs (10,000 by default) from Indonesian sentences, repeated in order: by
default the sentences bundled with Padan (the source side of Tests/Data/mt/dev.jsonl and
test.jsonl, and the gold sentences of Seeds/ and of the other outlets' pages in
Tests/Data/seg/*-gold.jsonl). --corpus takes other JSONL files instead ({"src": ...} or
{"text": ...} lines). Each run translates the inputs with `padan translate --jsonl`,
writes every segment with its English into one TMX file, and times `padan qa` on that
file (full glossaries of the project), so both times come from the same moment of the
machine. Prints both times (elapsed, and CPU time: user plus system) and their ratios per
run, then the median ratio.

Run it from the project root:

  swift build -c release
  Scripts/qa-bench.py [--binary .build/release/padan] [--inputs 10000] [--runs 3]
                      [--corpus FILE.jsonl ...] [--keep DIR]

Sentences that Padan reads as boilerplate (a byline, a menu line: no English, nothing to
check) are left out, so every segment is checked. --keep DIR leaves the translate input
(inputs.jsonl) and the TMX (segments.tmx) in DIR, for profiling `padan qa` on them.
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from xml.sax.saxutils import escape

BUNDLED = [
    ("Tests/Data/mt/dev.jsonl", "src"),
    ("Tests/Data/mt/test.jsonl", "src"),
    ("Tests/Data/seg/seeds-gold.jsonl", "sentences"),
    ("Tests/Data/seg/outlets-gold.jsonl", "sentences"),
]


def sentences(path, key=None):
    """The Indonesian sentences of a JSONL file: `src`, `text` or each of `sentences`."""
    result = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            if key == "sentences" or (key is None and "sentences" in record):
                result += [s for s in record["sentences"] if s.strip()]
            else:
                text = record.get("src") or record.get("text")
                if text and text.strip():
                    result.append(text)
    return result


def children_cpu():
    """User and system CPU seconds of the finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(binary, stdin, workdir):
    cpu = children_cpu()
    start = time.monotonic()
    translated = subprocess.run(
        [binary, "translate", "--jsonl"], input=stdin, capture_output=True)
    translate_seconds = time.monotonic() - start
    translate_cpu = children_cpu() - cpu
    if translated.returncode != 0:
        sys.exit("padan translate --jsonl failed:\n" + translated.stderr.decode())

    units = []
    for line in translated.stdout.decode().splitlines():
        record = json.loads(line)
        for segment in record["segments"]:
            units.append((f'{record["id"]}#{segment["id"]}', segment["kind"], segment["source"],
                          segment["target"]))
    path = os.path.join(workdir, "segments.tmx")
    with open(path, "w", encoding="utf-8") as tmx:
        tmx.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header '
                  'creationtool="qa-bench" creationtoolversion="1" segtype="sentence" '
                  'o-tmf="padan" adminlang="en" srclang="id" datatype="plaintext"/><body>\n')
        for uid, kind, source, target in units:
            tmx.write(f'<tu tuid="{escape(uid)}"><prop type="x-padan-kind">{kind}</prop>'
                      f'<tuv xml:lang="id"><seg>{escape(source)}</seg></tuv>'
                      f'<tuv xml:lang="en"><seg>{escape(target)}</seg></tuv></tu>\n')
        tmx.write("</body></tmx>\n")

    cpu = children_cpu()
    start = time.monotonic()
    checked = subprocess.run([binary, "qa", "--format", "json", path], capture_output=True)
    qa_seconds = time.monotonic() - start
    qa_cpu = children_cpu() - cpu
    if checked.returncode not in (0, 1):
        sys.exit("padan qa failed:\n" + checked.stderr.decode())
    report = json.loads(checked.stdout)
    return translate_seconds, qa_seconds, translate_cpu, qa_cpu, len(units), report


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/release/padan")
    parser.add_argument("--inputs", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--corpus", nargs="*", default=[])
    parser.add_argument("--keep", help="folder to leave inputs.jsonl and segments.tmx in")
    args = parser.parse_args()

    texts = []
    if args.corpus:
        root = os.path.realpath(".")
        for path in args.corpus:
            if not os.path.realpath(path).startswith(root + os.sep):
                print(f"NOTE: corpus {path} is outside this project; figures from it cannot be "
                      "reproduced from the repository alone", file=sys.stderr)
            texts += sentences(path)
        source = " ".join(args.corpus)
    else:
        for path, key in BUNDLED:
            texts += sentences(path, key)
        source = "bundled sentences (" + ", ".join(p for p, _ in BUNDLED) + ")"
    if not texts:
        sys.exit("no sentences in the corpus")
    # Keep the sentences Padan translates: a line it reads as boilerplate (a byline, a
    # menu) gets no English and no check, and would not count as a segment checked.
    distinct = list(dict.fromkeys(texts))
    probe = "\n".join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False)
                      for i, t in enumerate(distinct)) + "\n"
    probed = subprocess.run([args.binary, "translate", "--jsonl"], input=probe.encode(),
                            capture_output=True)
    if probed.returncode != 0:
        sys.exit("padan translate --jsonl failed:\n" + probed.stderr.decode())
    translated = set()
    for line in probed.stdout.decode().splitlines():
        record = json.loads(line)
        if record["segments"] and all(s["kind"] != "boilerplate" for s in record["segments"]):
            translated.add(distinct[int(record["id"])])
    skipped = len(set(texts) - translated)
    texts = [t for t in texts if t in translated]
    lines = [
        json.dumps({"id": f"s{i:05d}", "text": texts[i % len(texts)]}, ensure_ascii=False)
        for i in range(args.inputs)
    ]
    stdin = ("\n".join(lines) + "\n").encode()

    workdir = args.keep or tempfile.mkdtemp(prefix="qa-bench-")
    os.makedirs(workdir, exist_ok=True)
    with open(os.path.join(workdir, "inputs.jsonl"), "wb") as f:
        f.write(stdin)

    print(f"corpus: {source}: {len(texts)} sentences ({skipped} distinct boilerplate lines "
          f"left out), {args.inputs} inputs")
    print(f"binary: {args.binary}, {os.cpu_count()} processors, "
          f"load average {os.getloadavg()[0]:.2f}")
    ratios = []
    cpu_ratios = []
    for run in range(1, args.runs + 1):
        translate_seconds, qa_seconds, translate_cpu, qa_cpu, segments, report = run_once(
            args.binary, stdin, workdir)
        ratio = qa_seconds / translate_seconds
        ratios.append(ratio)
        cpu_ratios.append(qa_cpu / translate_cpu)
        counts = ", ".join(f"{k} {v}" for k, v in report["counts"].items())
        print(f"run {run}: {segments} segments; padan translate --jsonl {translate_seconds:.2f} s "
              f"(CPU {translate_cpu:.2f} s); padan qa (TMX) {qa_seconds:.3f} s "
              f"(CPU {qa_cpu:.3f} s); ratio {ratio:.3f} (CPU {qa_cpu / translate_cpu:.3f}); "
              f"findings: {counts}")
    print(f"median ratio: {statistics.median(ratios):.3f} (max {max(ratios):.3f}); "
          f"CPU time ratio: median {statistics.median(cpu_ratios):.3f}")
    if not args.keep:
        for name in ("inputs.jsonl", "segments.tmx"):
            os.remove(os.path.join(workdir, name))
        os.rmdir(workdir)


if __name__ == "__main__":
    main()
