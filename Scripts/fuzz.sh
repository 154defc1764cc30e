#!/usr/bin/env bash
# Fuzzes Padan's readers with libFuzzer (with AddressSanitizer and LeakSanitizer).
#
#   Scripts/fuzz.sh [SECONDS] [TARGET...]
#
# SECONDS is the budget of each target (default 300); targets: text (cleaner and the whole
# translate pipeline), jsonl (translate --jsonl requests, X.jsonl lines), glossary (TSV
# loader, CSV and OmegaT imports), lexicon (TSV loader), xml (TBX, TBX-Min, TEI, TMX,
# XLIFF). Default: all five, one after the other. Seeds come from the test fixtures, the
# shipped glossaries and Output/; inputs that grow coverage are kept in Fuzz/.corpus/.
# A crash, leak, timeout or memory blow-up stops the script (exit 1) and leaves the input
# in Fuzz/.crashes/TARGET/: copy it to Tests/PadanCoreTests/Fuzz/Regressions/TARGET/ once
# fixed, where FuzzRegressionTests replays it on every test run.
#
# Build: swift build --package-path Fuzz -Xswiftc -sanitize=fuzzer,address
# -Xswiftc -enable-testing -Xswiftc -use-ld=lld (gold cannot link libFuzzer's driver
# with Swift's entry point).
set -euo pipefail
cd "$(dirname "$0")/.."

budget=${1:-300}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(text jsonl glossary lexicon xml)

swift build --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing \
  -Xswiftc -use-ld=lld >&2
fuzzer=Fuzz/.build/debug/PadanFuzz
regressions=Tests/PadanCoreTests/Fuzz/Regressions

seeds() {
  case "$1" in
    text) echo Seeds Tests/Data/seg "$regressions/text" ;;
    jsonl) echo Output "$regressions/jsonl" ;;
    glossary) echo Glossaries "$regressions/glossary" ;;
    lexicon) echo Glossaries/lexicon "$regressions/lexicon" ;;
    xml) echo Output Tests/PadanCoreTests/Lexicon/Fixtures Tests/PadanCoreTests/Diff/Fixtures \
      "$regressions/xml" ;;
  esac
}
# The files of each kind that seed each target.
pattern() {
  case "$1" in
    text) echo '*.txt' ;;
    jsonl) echo '*.jsonl' ;;
    glossary | lexicon) echo '*.tsv' ;;
    xml) echo '*.t[em][ix]' '*.xlf' '*.tbx' '*.xml' ;;
  esac
}

status=0
for target in "${targets[@]}"; do
  corpus=Fuzz/.corpus/$target
  crashes=Fuzz/.crashes/$target
  seed=$(mktemp -d)
  mkdir -p "$corpus" "$crashes"
  for dir in $(seeds "$target"); do
    [ -d "$dir" ] || continue
    for p in $(pattern "$target"); do
      find "$dir" -name "$p" -type f -size -256k -exec cp {} "$seed/" \; 2>/dev/null || true
    done
  done
  # Longer inputs for the readers than for the translation pipeline, which is slower.
  case "$target" in text | jsonl) max_len=8192 ;; *) max_len=65536 ;; esac
  printf '\n== fuzz %s for %ss (%s seeds)\n' "$target" "$budget" "$(ls "$seed" | wc -l)" >&2
  if ! PADAN_FUZZ_TARGET=$target PADAN_ROOT=$PWD \
    LSAN_OPTIONS=suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0 \
    "$fuzzer" "$corpus" "$seed" -max_total_time="$budget" -max_len="$max_len" -timeout=20 \
    -rss_limit_mb=2048 -artifact_prefix="$crashes/" -print_final_stats=1 2>"$crashes/log.txt"; then
    tail -40 "$crashes/log.txt" >&2
    echo "fuzz $target: failed, input in $crashes/" >&2
    status=1
  else
    grep -E 'stat::number_of_executed_units|cov:' "$crashes/log.txt" | tail -2 >&2
  fi
  rm -rf "$seed"
  [ $status -ne 0 ] && break
done
exit $status
