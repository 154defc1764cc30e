#!/usr/bin/env python3
"""Translate a JSON-lines file of {"id","text"} records with Spark, through padan's
streaming mode: every partition is piped through one `padan translate --jsonl` process,
which answers one line per input line, in order.

    python3 Scripts/spark-translate.py IN.jsonl OUT_DIR [--partitions N] [--padan PATH]

Run it from the repository root. Needs `pip install pyspark` and a Java runtime (17+).
Spark runs locally (local[*]); on a cluster, install padan and Glossaries/ on the
executors at the same path.
"""
import argparse
import os
import shlex
import shutil

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
command = "cd %s && exec %s translate --jsonl --jobs 1 --glossaries %s" % (
    shlex.quote(here), shlex.quote(padan), shlex.quote(args.glossaries))

spark = SparkSession.builder.master("local[*]").appName("padan-translate").getOrCreate()
records = spark.sparkContext.textFile(args.input, minPartitions=args.partitions)
records.pipe(shlex.join(["sh", "-c", command])).saveAsTextFile(args.output)
spark.stop()
