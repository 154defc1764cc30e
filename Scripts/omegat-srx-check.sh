#!/usr/bin/env bash
# omegat-srx-check.sh [PADAN]
#
# Shows that a CAT tool segments like Padan: an OmegaT 3.6 project (Debian `omegat`, run in
# console mode) with Padan's exported SRX rules as its segmentation, the sample articles
# (Seeds/*.txt) as source files and Padan's TMX in tm/auto/ must translate every segment
# Padan translated. Exits 0 when all are translated, 1 when some are not, 2 when OmegaT or
# the release build is missing.
#
# OmegaT 3.6 keeps a project's segmentation rules in its own file (omegat/segmentation.conf,
# Java XMLEncoder form), not in SRX, so the SRX rules are copied into that form here, one to
# one (language map, order, break flag, before and after patterns). Later OmegaT releases
# and Okapi read the SRX file itself.
set -euo pipefail
cd "$(dirname "$0")/.."
PADAN="${1:-.build/release/padan}"
command -v omegat >/dev/null 2>&1 || { echo "error: omegat is not installed (apt-get install omegat)" >&2; exit 2; }
[ -x "$PADAN" ] || { echo "error: $PADAN not found; run swift build -c release" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/padan-omegat.XXXXXX")"
trap '[ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"' EXIT
PROJ="$WORK/project"
mkdir -p "$PROJ"/{source,target,tm/auto,glossary,dictionary,omegat} "$WORK/config"

"$PADAN" segment --export-srx "$WORK/padan.srx"
"$PADAN" translate Seeds --out "$WORK/out" --format jsonl,tmx --quiet
cp Seeds/*.txt "$PROJ/source/"
cp "$WORK"/out/*.tmx "$PROJ/tm/auto/"

cat > "$PROJ/omegat.project" <<'XML'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat><project version="1.0">
<source_dir>__DEFAULT__</source_dir><target_dir>__DEFAULT__</target_dir><tm_dir>__DEFAULT__</tm_dir>
<glossary_dir>__DEFAULT__</glossary_dir><glossary_file>__DEFAULT__</glossary_file><dictionary_dir>__DEFAULT__</dictionary_dir>
<source_lang>ID</source_lang><target_lang>EN-US</target_lang>
<source_tok>org.omegat.tokenizer.DefaultTokenizer</source_tok><target_tok>org.omegat.tokenizer.DefaultTokenizer</target_tok>
<sentence_seg>true</sentence_seg><support_default_translations>true</support_default_translations><remove_tags>false</remove_tags>
</project></omegat>
XML
# Padan's paragraphs are lines: the text filter starts a paragraph at every line break.
cat > "$PROJ/omegat/filters.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<filters removeTags="false" removeSpacesNonseg="true" preserveSpaces="false" ignoreFileContext="false">
  <filter className="org.omegat.filters2.text.TextFilter" enabled="true">
    <files sourceFilenameMask="*.txt" targetFilenamePattern="${filename}" sourceEncoding="UTF-8" targetEncoding="UTF-8"/>
    <option name="segmentOn" value="BREAKS"/>
  </filter>
</filters>
XML

python3 - "$WORK/padan.srx" "$PROJ/omegat/segmentation.conf" <<'PY'
import sys, xml.etree.ElementTree as ET
from xml.sax.saxutils import escape
ns = {"s": "http://www.lisa.org/srx20"}
root = ET.parse(sys.argv[1]).getroot()
rules = {lr.get("languagerulename"): lr.findall("s:rule", ns)
         for lr in root.findall("s:body/s:languagerules/s:languagerule", ns)}
def string(v): return "<string>%s</string>" % escape(v)
out = ['<?xml version="1.0" encoding="UTF-8"?>', '<java version="1.8" class="java.beans.XMLDecoder">',
       ' <object class="org.omegat.core.segmentation.SRX">', '  <void property="mappingRules">',
       '  <object class="java.util.ArrayList">']
for m in root.findall("s:body/s:maprules/s:languagemap", ns):
    name = m.get("languagerulename")
    out += ['   <void method="add">', '    <object class="org.omegat.core.segmentation.MapRule">',
            '     <void property="language">%s</void>' % string(name),
            '     <void property="pattern">%s</void>' % string(m.get("languagepattern")),
            '     <void property="rules">', '     <object class="java.util.ArrayList">']
    for r in rules[name]:
        out += ['      <void method="add">', '       <object class="org.omegat.core.segmentation.Rule">',
                '        <void property="afterbreak">%s</void>' % string(r.find("s:afterbreak", ns).text or ""),
                '        <void property="beforebreak">%s</void>' % string(r.find("s:beforebreak", ns).text or ""),
                '        <void property="breakRule"><boolean>%s</boolean></void>' % ("true" if r.get("break") == "yes" else "false"),
                '       </object>', '      </void>']
    out += ['     </object>', '     </void>', '    </object>', '   </void>']
out += ['  </object>', '  </void>', '  <void property="segmentSubflows"><boolean>true</boolean></void>',
        '  <void property="version"><string>2.0</string></void>', ' </object>', '</java>']
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
PY

(cd "$PROJ" && env -u DISPLAY timeout 300 omegat "$PROJ" --mode=console-translate \
  --config-dir="$WORK/config" --disable-project-locking --no-team) > "$WORK/omegat.log" 2>&1 || {
  tail -20 "$WORK/omegat.log" >&2; echo "error: OmegaT failed" >&2; exit 1; }

python3 - "$WORK/out" "$PROJ" <<'PY'
# A segment Padan translated counts as translated by OmegaT when its Indonesian no longer
# appears on its line of OmegaT's target file (white space compared collapsed).
import glob, json, os, sys
out, proj = sys.argv[1], sys.argv[2]
def collapsed(s): return " ".join(s.split())
total = found = 0
missing = []
for path in sorted(glob.glob(os.path.join(out, "*.jsonl"))):
    lines = [json.loads(l) for l in open(path, encoding="utf-8")]
    name = os.path.basename(lines[0]["path"])
    target = open(os.path.join(proj, "target", name), encoding="utf-8").read().split("\n")
    for seg in lines[1:]:
        if seg.get("kind") == "boilerplate" or not seg.get("target", "").strip():
            continue
        total += 1
        line = collapsed(target[seg["line"] - 1]) if seg["line"] <= len(target) else ""
        if collapsed(seg["source"]) in line and collapsed(seg["source"]) != collapsed(seg["target"]):
            missing.append("%s:%d %s: %s" % (name, seg["line"], seg["id"], seg["source"][:70]))
        else:
            found += 1
print("OmegaT 3.6 with Padan's SRX rules and TMX: %d of %d segments Padan translated are translated" % (found, total))
for m in missing: print("  untranslated: " + m)
sys.exit(0 if found == total else 1)
PY
