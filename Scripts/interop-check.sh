#!/usr/bin/env bash
# interop-check.sh [PADAN]
#
# Checks Padan's files with the tools localisation engineers use, on a fresh translation of
# the samples (Seeds/):
#   - translate-toolkit reads the XLIFF 1.2 output: xliff2po writes a PO with every
#     translated unit (as fuzzy: machine translation to review) and pocount counts it;
#   - OmegaT 3.6 (console mode) opens the XLIFF 1.2 files as source files;
#   - translate-toolkit reads the TBX and TBX-Min glossary exports (tbx2po), and every
#     glossary export imports back with `padan glossary import`;
#   - OmegaT with the exported SRX rules and the TMX translates every sample segment
#     (Scripts/omegat-srx-check.sh);
#   - the Spark recipe (Scripts/spark-check.sh).
# Exits 1 on the first failure, 2 when a tool is missing (install: apt-get install
# translate-toolkit omegat openjdk-17-jre-headless; pip install pyspark).
set -euo pipefail
cd "$(dirname "$0")/.."
PADAN="${1:-.build/release/padan}"
[ -x "$PADAN" ] || { echo "error: $PADAN not found; run swift build -c release" >&2; exit 2; }
. Scripts/tools.sh
require_tools xliff2po pocount tbx2po omegat
translate_toolkit_python
WORK="$(mktemp -d "${TMPDIR:-/tmp}/padan-interop.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$PADAN" translate Seeds --out "$WORK/out" --quiet
for xliff in "$WORK"/out/*.xliff; do
  name="$(basename "$xliff" .xliff)"
  xliff2po --progress=none "$xliff" "$WORK/$name.po" >/dev/null 2>&1 || fail "xliff2po on $name.xliff"
  expected="$(python3 -c 'import json,sys; print(sum(1 for l in list(open(sys.argv[1]))[1:] if json.loads(l)["kind"]!="boilerplate" and json.loads(l)["target"].strip()))' "$WORK/out/$name.jsonl")"
  # Every translated unit is a PO entry with a translation, marked fuzzy (needs review).
  got="$(PO="$WORK/$name.po" "$TT_PYTHON" -c '
import os
from translate.storage import po
units = [u for u in po.pofile.parsefile(os.environ["PO"]).units if not u.isheader()]
print(sum(1 for u in units if u.target and u.isfuzzy()))')"
  [ "$got" = "$expected" ] || fail "$name.po has $got fuzzy translations, expected $expected"
  pocount "$WORK/$name.po" > "$WORK/$name.count" 2>&1 || fail "pocount on $name.po"
  grep -q "Fuzzy:" "$WORK/$name.count" || fail "pocount printed no counts for $name.po"
  echo "ok: xliff2po $name.xliff: $got translated units, all fuzzy (machine translation); pocount works"
done

PROJ="$WORK/omegat-xliff"
mkdir -p "$PROJ"/{source,target,tm,glossary,dictionary,omegat}
cp "$WORK"/out/*.xliff "$PROJ/source/"
cat > "$PROJ/omegat.project" <<'XML'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat><project version="1.0">
<source_dir>__DEFAULT__</source_dir><target_dir>__DEFAULT__</target_dir><tm_dir>__DEFAULT__</tm_dir>
<glossary_dir>__DEFAULT__</glossary_dir><glossary_file>__DEFAULT__</glossary_file><dictionary_dir>__DEFAULT__</dictionary_dir>
<source_lang>ID</source_lang><target_lang>EN-US</target_lang>
<source_tok>org.omegat.tokenizer.DefaultTokenizer</source_tok><target_tok>org.omegat.tokenizer.DefaultTokenizer</target_tok>
<sentence_seg>false</sentence_seg><support_default_translations>true</support_default_translations><remove_tags>false</remove_tags>
</project></omegat>
XML
(cd "$PROJ" && env -u DISPLAY timeout 300 omegat "$PROJ" --mode=console-translate \
  --config-dir="$WORK/omegat-config" --disable-project-locking --no-team) > "$WORK/omegat.log" 2>&1 \
  || fail "OmegaT console-translate on the XLIFF 1.2 files: $(tail -3 "$WORK/omegat.log")"
segments="$(awk -F'\t' '$1 ~ /\.xliff/ {gsub(/ /,"",$2); s+=$2} END{print s+0}' "$PROJ/omegat/project_stats.txt")"
[ "$segments" -gt 0 ] || fail "OmegaT found no segments in the XLIFF 1.2 files"
ls "$PROJ"/target/*.xliff >/dev/null 2>&1 || fail "OmegaT wrote no translated XLIFF files"
echo "ok: OmegaT 3.6 opened the XLIFF 1.2 files as source files ($segments segments) and wrote them back"

for format in tbx tbx-min; do
  "$PADAN" glossary export --format "$format" > "$WORK/g.$format.tbx"
  tbx2po --progress=none "$WORK/g.$format.tbx" "$WORK/g.$format.po" >/dev/null 2>&1 || fail "tbx2po on the $format export"
  terms="$(grep -c '^msgid "' "$WORK/g.$format.po")"
  [ "$terms" -gt 1000 ] || fail "tbx2po read only $terms terms from the $format export"
  echo "ok: translate-toolkit read the $format export ($((terms - 1)) terms)"
done
for format in deepl google amazon omegat tbx tbx-min; do
  "$PADAN" glossary export --format "$format" > "$WORK/g.$format"
  mkdir -p "$WORK/import-$format"
  "$PADAN" glossary import "$WORK/g.$format" --format "$format" --type term \
    --into "$WORK/import-$format/imported.tsv" > "$WORK/import-$format.log" 2>&1 \
    || fail "padan glossary import of the $format export: $(tail -2 "$WORK/import-$format.log")"
done
echo "ok: every glossary export imports back"

bash Scripts/omegat-srx-check.sh "$PADAN"
if python3 -c 'import pyspark' 2>/dev/null; then
  bash Scripts/spark-check.sh "$PADAN"
else
  fail "pyspark is not installed (pip install pyspark)"
fi
