#!/usr/bin/env bash
# Measures translation and segmentation quality and writes docs/quality.md from this run:
# chrF++ and BLEU on NTREX-128 news (the shared development set) for the engine and its
# floors, the same on the self-written sets in Tests/Data/mt, the unknown-word rate, and
# segmentation boundary F1 on the shared UD sets and the bundled gold. Needs the shared
# evaluation data (../shared or PADAN_SHARED=DIR) and fails, writing nothing, without it.
# Usage: bash Scripts/quality-report.sh [PADAN]   (default: a release build, built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
. Scripts/shared-data.sh
ntrex=$shared/data/mt/ntrex-dev.jsonl
score_mt=$shared/tools/mt/score_mt.py
unknown_rate=$shared/tools/mt/unknown_rate.py
score_seg=$shared/tools/seg/score.py
require_shared quality-report "$ntrex" "$score_mt" "$unknown_rate" "$score_seg" \
  "$shared/data/seg/gsd-dev.jsonl" "$shared/data/seg/csui-train.jsonl"
[ -f /usr/share/dict/words ] || {
  echo "error: quality-report needs /usr/share/dict/words for the unknown-word rate: apt-get install wamerican" >&2
  exit 2
}
python3 -c 'import sacrebleu' 2>/dev/null || {
  echo "error: quality-report needs sacrebleu: pip install sacrebleu" >&2
  exit 2
}
padan=${1:-.build/release/padan}
if [ $# -eq 0 ]; then swift build -c release >&2; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# score REF HYP: "chrF++ BLEU"
score() {
  python3 "$score_mt" "$1" "$2" --json \
    | python3 -c 'import json,sys; r=json.load(sys.stdin); print("%.2f %.2f" % (r["chrF++"], r["BLEU"]))'
}
sources() { python3 -c 'import json,sys
for l in open(sys.argv[1]): print(json.loads(l)["src"])' "$1"; }

rows=()
mt_rows() {  # NAME REF
  local name=$1 ref=$2 system
  sources "$ref" > "$tmp/src"
  cp "$tmp/src" "$tmp/copy"
  # Each sentence is one record of `padan translate --jsonl` (the streaming stage), and its
  # English is the record's target with white space collapsed.
  python3 -c 'import json,sys
for l in open(sys.argv[1]):
    r = json.loads(l); print(json.dumps({"id": r["id"], "text": r["src"]}, ensure_ascii=False))' \
    "$ref" > "$tmp/records.jsonl"
  for system in words words+glossary rules; do
    "$padan" translate --jsonl --engine "$system" < "$tmp/records.jsonl" \
      | python3 -c 'import json,sys
for l in sys.stdin: print(" ".join(json.loads(l).get("target", "").split()))' > "$tmp/$system"
  done
  for system in rules words+glossary words copy; do
    read -r chrf bleu < <(score "$ref" "$tmp/$system")
    rows+=("| $name | $(wc -l < "$ref") | $system | $chrf | $bleu |")
  done
}
echo "translating NTREX dev and Tests/Data/mt ..." >&2
mt_rows "NTREX-128 dev (\`$ntrex\`)" "$ntrex"
mt_rows '`Tests/Data/mt/dev.jsonl`' Tests/Data/mt/dev.jsonl
mt_rows '`Tests/Data/mt/test.jsonl`' Tests/Data/mt/test.jsonl

python3 -c 'import json,sys
for l in open(sys.argv[1]):
    r = json.loads(l); print(json.dumps({"id": r["id"], "text": r["src"]}, ensure_ascii=False))' \
  "$ntrex" > "$tmp/ntrex.in.jsonl"
"$padan" translate --jsonl < "$tmp/ntrex.in.jsonl" > "$tmp/ntrex.out.jsonl"
unknown=$(python3 "$unknown_rate" "$tmp/ntrex.out.jsonl")

echo "segmenting ..." >&2
seg_rows=()
for gold in "$shared/data/seg/gsd-dev.jsonl" "$shared/data/seg/csui-train.jsonl" \
  Tests/Data/seg/seeds-gold.jsonl Tests/Data/seg/outlets-gold.jsonl; do
  rm -f "$tmp/seg.json"
  python3 "$score_seg" "$gold" --json-out "$tmp/seg.json" -- "$padan" segment --jsonl > /dev/null
  seg_rows+=("$(python3 -c 'import json,sys
r = [json.loads(l) for l in open(sys.argv[1]) if l.strip()][-1]
print("| `%s` | %d | %.4f | %.4f | %.4f |" % (sys.argv[2], r["gold_sentences"], r["precision"], r["recall"], r["f1"]))' \
    "$tmp/seg.json" "$gold")")
done
python3 Scripts/layout-accuracy.py "$padan" > "$tmp/layout"
layout=$(sed -n '1s/^layout kinds: //p' "$tmp/layout")

version=$("$padan" --version)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo "not a git checkout")
dirty=""
[ -n "$(git status --porcelain -- Sources Glossaries 2>/dev/null)" ] && dirty=" with uncommitted changes"
{
  cat <<EOF
# Quality

This page is written by \`bash Scripts/quality-report.sh\` from one run; do not edit it by
hand. Run it again after a change to the engine or the data. Last run: \`$padan\`
(padan $version), commit $commit$dirty, $(date -u +%Y-%m-%d).

## Translation

chrF++ and BLEU are sacrebleu's corpus scores (\`$score_mt\`: chrF++ with word order 2,
BLEU with 13a tokenisation, mixed case), one hypothesis per source sentence: each
sentence is one \`{"id","text"}\` record of \`padan translate --jsonl --engine SYSTEM\`,
and its English is the record's \`target\` with white space collapsed. The systems: \`rules\` is the engine; the floors
it is measured against are \`words+glossary\` (glossary terms, then word-by-word lexicon
lookup), \`words\` (word-by-word lookup alone) and \`copy\` (the Indonesian source
unchanged). NTREX-128 is news translated by professionals, which nobody on the project
wrote or tuned against sentence by sentence; the two sets in \`Tests/Data/mt\` were written
for the project and are secondary.

| set | sentences | system | chrF++ | BLEU |
|---|---:|---|---:|---:|
EOF
  printf '%s\n' "${rows[@]}"
  cat <<EOF

Unknown words on NTREX-128 dev (\`padan translate --jsonl\`, then
\`$unknown_rate\`: source tokens left untranslated that are lower-case, alphabetic
and not in \`/usr/share/dict/words\`): $unknown.

## Segmentation

Sentence-boundary precision, recall and F1 of \`padan segment --jsonl\`, scored by
\`$score_seg GOLD -- padan segment --jsonl\`. The first two sets are the Indonesian
UD treebanks (GSD development set, CSUI training set) of the shared evaluation data; the
last two are hand-written gold for the sample articles and for pages in other outlets'
layouts, in \`Tests/Data/seg/\`.

| gold | sentences | precision | recall | F1 |
|---|---:|---:|---:|---:|
EOF
  printf '%s\n' "${seg_rows[@]}"
  cat <<EOF

Layout kinds of the outlet pages right (\`python3 Scripts/layout-accuracy.py\`): $layout.

## Speed

Speed depends on the machine, so no figures are kept here: \`padan bench segment\`,
\`padan bench translate\`, \`padan bench glossary\`, \`padan bench morphology\` and
\`padan bench diff\` (release build) print them for yours.
EOF
} > "$tmp/quality.md"
mkdir -p docs
mv "$tmp/quality.md" docs/quality.md
echo "wrote docs/quality.md" >&2

# The README's quality table: the engine's rows, news first, between its two markers.
{
  echo "| set | sentences | chrF++ | BLEU |"
  echo "|---|---:|---:|---:|"
  for row in "${rows[@]}"; do
    IFS='|' read -r _ set count system chrf bleu _ <<< "$row"
    [ "$(echo $system)" = rules ] && echo "|$set|$count|$chrf|$bleu|"
  done
} > "$tmp/readme-table"
python3 - "$tmp/readme-table" <<'PY'
import sys
begin, end = "<!-- quality table: Scripts/quality-report.sh -->", "<!-- end of quality table -->"
text = open("README.md", encoding="utf-8").read()
if begin not in text or end not in text:
    sys.exit("error: README.md has no quality table markers (%s ... %s)" % (begin, end))
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
table = open(sys.argv[1], encoding="utf-8").read()
open("README.md", "w", encoding="utf-8").write(head + begin + "\n" + table + end + tail)
PY
echo "wrote the quality table of README.md" >&2
