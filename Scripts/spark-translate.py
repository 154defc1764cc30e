#!/usr/bin/env python3
"""Translate a JSON-lines file of {"id","text"} records with Spark, through padan's
streaming mode: every partition is piped through one `padan translate --jsonl` process,
which answers one line per input line, in order.

    python3 Scripts/spark-translate.py IN.jsonl OUT_DIR [--partitions N] [--padan PATH]

Run it from the repository root. Needs `pip install pyspark` and a Java runtime (17+).
Spark runs locally (local[*]); on a cluster, install padan and Glossaries/ on the
executors at the same path.

Failures are never silent:
- each partition's padan gets `--first-line` with the partition's first line number in
  IN.jsonl, so an error record names the line of the whole file
  (`<stdin>:LINE:COLUMN: error: ...`), and it carries the record's id whenever the line
  still shows one;
- after the run, the error records are counted; when any record failed, when padan
  itself failed (exit status other than 0 or 1), or when the output has fewer lines than
  the input has records, the script prints the count and the first error on standard error
  and exits 1. The output folder is still written, so the good records are kept.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import threading

from pyspark.sql import SparkSession

parser = argparse.ArgumentParser()
parser.add_argument("input")
parser.add_argument("output")
parser.add_argument("--partitions", type=int, default=4)
parser.add_argument("--padan", default=shutil.which("padan") or ".build/release/padan")
parser.add_argument("--glossaries", default="Glossaries")
args = parser.parse_args()

# Each partition runs `padan translate --jsonl` from this folder, so glossary origins read
# `Glossaries/x.tsv:12` exactly as in a local run.
padan = os.path.abspath(args.padan)
here = os.getcwd()
glossaries = args.glossaries


def translate_partition(rows):
    """Pipes one partition's (line, index) rows through padan, streaming both ways."""
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return
    command = [padan, "translate", "--jsonl", "--jobs", "1", "--glossaries", glossaries,
               "--first-line", str(first[1] + 1)]
    process = subprocess.Popen(command, cwd=here, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def feed():
        try:
            process.stdin.write((first[0] + "\n").encode("utf-8"))
            for line, _ in rows:
                process.stdin.write((line + "\n").encode("utf-8"))
        finally:
            process.stdin.close()

    writer = threading.Thread(target=feed)
    writer.start()
    for out in process.stdout:
        yield out.decode("utf-8").rstrip("\n")
    writer.join()
    status = process.wait()
    if status not in (0, 1):  # 1: some records failed, and they are error records
        yield json.dumps({"id": None, "error": "padan exited with status %d on the partition "
                          "starting at line %d" % (status, first[1] + 1)})


spark = (SparkSession.builder.master("local[*]").appName("padan-translate")
         .config("spark.ui.showConsoleProgress", "false").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
lines = spark.sparkContext.textFile(args.input, minPartitions=args.partitions)
# Line numbers of the whole file; blank lines get no answer from padan, so they are not sent.
records = lines.zipWithIndex().filter(lambda row: row[0].strip() != "")
expected = records.count()
translated = records.mapPartitions(translate_partition).cache()
translated.saveAsTextFile(args.output)
answered = translated.count()
errors = translated.filter(lambda line: '"error":' in line and json.loads(line).get("error"))
failed = errors.count()
first_error = errors.first() if failed else None
spark.stop()

if failed or answered != expected:
    if failed:
        print("%d of %d records failed; first: %s" % (failed, expected, first_error), file=sys.stderr)
    if answered != expected:
        print("%d records in, %d lines out" % (expected, answered), file=sys.stderr)
    sys.exit(1)
print("%d records translated into %s" % (expected, args.output), file=sys.stderr)
