#!/usr/bin/env bash
# review-loop.sh [PADAN]
#
# The review loop end to end, in a temporary git copy of the project (Seeds/, Glossaries/):
#   1. padan translate the samples and commit the output;
#   2. review three segments of X.xliff with translate-toolkit: xliff2po, new English in
#      the PO (fuzzy flag cleared: reviewed), po2xliff;
#   3. padan tm import the reviewed XLIFF into Reviewed/;
#   4. padan translate --force keeps the three reviewed English texts, with origin tm in
#      every format (JSONL, TMX, XLIFF 2.1 and 1.2, Markdown), and the output is committed;
#   5. a glossary entry one of them uses gets new English; the next padan translate keeps
#      the reviewer's English and flags that segment stale, naming the entry;
#   6. padan diff --against HEAD names the entry as the cause.
# Exits 1 on the first failure, 2 when a tool is missing (translate-toolkit: apt-get
# install translate-toolkit, or pip install translate-toolkit).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
PADAN="${1:-.build/release/padan}"
case "$PADAN" in /*) ;; *) PADAN="$ROOT/$PADAN" ;; esac
[ -x "$PADAN" ] || { echo "error: $PADAN not found; run swift build -c release" >&2; exit 2; }
. Scripts/tools.sh
require_tools xliff2po po2xliff git python3
translate_toolkit_python
WORK="$(mktemp -d "${TMPDIR:-/tmp}/padan-review.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { printf '== %s\n' "$*"; }

DOC=000_d9d9eef47c1bbfe9
# The three segments reviewed (Indonesian as segmented) and their new English. The first
# uses the glossary entry changed in step 5.
S1='Hal itu diungkapkan oleh Wakil Menteri Luar Negeri Rusia Alexander Grushko yang mengatakannya seusai pertemuan Dewan NATO-Rusia, Rabu (12/1).'
E1='This was stated by Russian Deputy Foreign Minister Alexander Grushko after a meeting of the NATO-Russia Council on Wednesday (12/1).'
S2='Kondisi hubungan Rusia dan NATO memiliki dampak langsung atau tidak langsung pada keamanan semua anggota Organisasi untuk Keamanan dan Kerjasama di Eropa (OSCE).'
E2='The state of relations between Russia and NATO affects, directly or indirectly, the security of every member of the Organization for Security and Co-operation in Europe (OSCE).'
S3='LAPORAN: RENI ERINA'
E3='Reported by RENI ERINA'
ENTRY_SOURCE='Wakil Menteri Luar Negeri Rusia'
OLD_TARGET='Russian Deputy Foreign Minister'
NEW_TARGET='Deputy Foreign Minister of Russia'
export S1 E1 S2 E2 S3 E3

step "1. translate the samples in a temporary git copy"
mkdir "$WORK/project"
cp -R Seeds Glossaries "$WORK/project/"
cd "$WORK/project"
git init -q .
git config user.email review-loop@example.invalid
git config user.name "review loop"
"$PADAN" translate --quiet || fail "padan translate"
[ -f "Output/$DOC.xliff" ] || fail "no Output/$DOC.xliff"
git add -A && git commit -qm "machine translation" || fail "git commit"

step "2. review three segments with translate-toolkit (xliff2po, edit, po2xliff)"
head -2 "Output/$DOC.xliff" | grep -q 'version="1.2"' || fail "Output/$DOC.xliff is not XLIFF 1.2"
xliff2po --progress=none "Output/$DOC.xliff" "$WORK/review.po" >/dev/null 2>&1 || fail "xliff2po"
PO="$WORK/review.po" "$TT_PYTHON" - <<'EOF' || fail "editing the PO"
import os
from translate.storage import po
store = po.pofile.parsefile(os.environ["PO"])
wanted = {os.environ["S1"]: os.environ["E1"], os.environ["S2"]: os.environ["E2"],
          os.environ["S3"]: os.environ["E3"]}
done = set()
for unit in store.units:
    if unit.isheader():
        continue
    if unit.source in wanted and unit.source not in done:
        unit.target = wanted[unit.source]
        unit.markfuzzy(False)  # reviewed
        done.add(unit.source)
missing = set(wanted) - done
if missing:
    raise SystemExit("not in the PO: %s" % sorted(missing))
store.savefile(os.environ["PO"])
EOF
po2xliff --progress=none "$WORK/review.po" "$WORK/reviewed.xliff" >/dev/null 2>&1 || fail "po2xliff"
approved="$(grep -c 'approved="yes"' "$WORK/reviewed.xliff" || true)"
[ "$approved" = 3 ] || fail "po2xliff wrote $approved approved units, expected 3"
echo "po2xliff: $(head -2 "$WORK/reviewed.xliff" | grep -o 'version="[0-9.]*"' | tail -1), 3 approved units"

step "3. padan tm import"
"$PADAN" tm import "$WORK/reviewed.xliff" | tee "$WORK/import.txt"
grep -q "^imported 3 units" "$WORK/import.txt" || fail "tm import did not import 3 units"
"$PADAN" tm stats | tee "$WORK/stats.txt"
grep -q "1 file, 3 reviewed units" "$WORK/stats.txt" || fail "tm stats"

step "4. padan translate --force keeps the reviewed English, origin tm in every format"
"$PADAN" translate --force --quiet || fail "padan translate --force"
check_segments() {  # check_segments STATE_OF_S1
  DOC="$DOC" WANT1="$1" python3 - <<'EOF'
import json, os, re, sys
doc = os.environ["DOC"]
lines = [json.loads(l) for l in open("Output/%s.jsonl" % doc)][1:]
want = {os.environ["S1"]: (os.environ["E1"], os.environ["WANT1"]),
        os.environ["S2"]: (os.environ["E2"], "reviewed"),
        os.environ["S3"]: (os.environ["E3"], "reviewed")}
seen = 0
for s in lines:
    if s["kind"] == "boilerplate":
        continue
    if s["source"] not in want:
        if "origin" in s:
            sys.exit("segment %s has origin tm but was not reviewed" % s["id"])
        continue
    english, state = want[s["source"]]
    if s["target"] != english:
        sys.exit("segment %s: English %r, expected the reviewed %r" % (s["id"], s["target"], english))
    origin = s.get("origin") or {}
    if origin.get("type") != "tm" or s.get("state") != state:
        sys.exit("segment %s: origin %r state %r, expected tm and %s" % (s["id"], origin, s.get("state"), state))
    if not origin.get("file", "").startswith("Reviewed/") or not origin.get("unit"):
        sys.exit("segment %s: origin names no reviewed file and unit: %r" % (s["id"], origin))
    seen += 1
if seen < 3:
    sys.exit("only %d of the 3 reviewed segments found" % seen)
xlf = open("Output/%s.xlf" % doc).read()
xliff = open("Output/%s.xliff" % doc).read()
tmx = open("Output/%s.tmx" % doc).read()
md = open("Output/%s.md" % doc).read()
reviewed = 3 if os.environ["WANT1"] == "reviewed" else 2
checks = [
    (xlf.count('state="reviewed" subState="padan:tm"') == reviewed, "XLIFF 2.1 reviewed states"),
    (xlf.count('<note category="padan-origin">tm Reviewed/') == 3, "XLIFF 2.1 origin notes"),
    (xliff.count('state="signed-off" state-qualifier="leveraged-tm"') == reviewed, "XLIFF 1.2 signed-off targets"),
    (xliff.count("origin: tm Reviewed/") == 3, "XLIFF 1.2 origin notes"),
    (tmx.count('<prop type="x-padan-origin">tm</prop>') >= 3, "TMX origin props"),
    (md.count("\\[reviewed\\]") >= reviewed, "Markdown [reviewed] marks"),
]
if os.environ["WANT1"] == "stale":
    checks += [
        (xlf.count('state="translated" subState="padan:stale"') == 1, "XLIFF 2.1 stale state"),
        ('<note category="padan-stale">' in xlf, "XLIFF 2.1 stale note"),
        ("stale: Glossaries/titles.tsv:" in xliff, "XLIFF 1.2 stale note"),
        ('<prop type="x-padan-state">stale</prop>' in tmx, "TMX stale prop"),
        ("\\[stale review\\]" in md, "Markdown [stale review] mark"),
    ]
for ok, what in checks:
    if not ok:
        sys.exit("missing: " + what)
print("3 reviewed segments kept with origin tm (JSONL, XLIFF 2.1, XLIFF 1.2, TMX, Markdown)")
EOF
}
check_segments reviewed || fail "step 4"
git add -A && git commit -qm "reviewed segments" || fail "git commit"

step "5. a glossary entry changes: the next translate flags the review stale"
line="$(grep -n "^$ENTRY_SOURCE	$OLD_TARGET	" Glossaries/titles.tsv | cut -d: -f1)"
[ -n "$line" ] || fail "no entry '$ENTRY_SOURCE' -> '$OLD_TARGET' in Glossaries/titles.tsv"
sed -i "${line}s/	$OLD_TARGET	/	$NEW_TARGET	/" Glossaries/titles.tsv
"$PADAN" glossary lint >/dev/null || fail "glossary lint after the edit"
"$PADAN" translate --quiet || fail "padan translate after the glossary edit"
check_segments stale || fail "step 5"
S1="$S1" ENTRY="Glossaries/titles.tsv:$line" NEW="$NEW_TARGET" OLD="$OLD_TARGET" DOC="$DOC" python3 - <<'EOF' || fail "step 5: stale record"
import json, os, sys
for l in list(open("Output/%s.jsonl" % os.environ["DOC"]))[1:]:
    s = json.loads(l)
    if s["source"] == os.environ["S1"]:
        stale = s["origin"]["stale"]
        want = {"entry": os.environ["ENTRY"], "source": "Wakil Menteri Luar Negeri Rusia",
                "target": os.environ["NEW"], "was": os.environ["OLD"]}
        if stale != [want]:
            sys.exit("stale record %r, expected [%r]" % (stale, want))
        print("segment %s stale: %s %s -> %s (was %s)" % (s["id"], want["entry"], want["source"], want["target"], want["was"]))
        break
else:
    sys.exit("segment not found")
EOF

step "6. padan diff --against HEAD names the entry as the cause"
status=0
"$PADAN" diff --against HEAD --color never > "$WORK/diff.txt" || status=$?
[ "$status" = 1 ] || { cat "$WORK/diff.txt"; fail "padan diff exited $status, expected 1 (differences)"; }
cause="changed Glossaries/titles.tsv:$line $ENTRY_SOURCE → $NEW_TARGET (was $OLD_TARGET); reviewed English kept, flagged stale"
grep -qF "$cause" "$WORK/diff.txt" || { cat "$WORK/diff.txt"; fail "padan diff does not name the entry as the stale cause"; }
grep -F -B6 "$cause" "$WORK/diff.txt"
echo "review loop: OK"
