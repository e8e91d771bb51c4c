#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for DURATION seconds (default 600).
#
#   Fuzz/run.sh [DURATION] [TARGET...]     targets: heading note resolver pdf (default: all)
#
# Library modules are built with -sanitize=fuzzer,address into .build-fuzz; each target in
# Fuzz/Targets is linked against them. Crashing inputs are written to Fuzz/regressions/TARGET-*;
# every file already there is replayed first, so fixed crashes stay fixed. The working corpus
# lives in .build-fuzz/corpus (not committed); seeds come from Fuzz/seeds (small
# hand-made PDFs for `pdf`: big ones make each run slow).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-600}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(heading note resolver pdf)
BUILD=.build-fuzz
FLAGS=(-sanitize=fuzzer,address)

declare -A SOURCE=(
  [heading]=HeadingParserFuzz.swift [note]=NoteTextParserFuzz.swift
  [resolver]=CitationResolverFuzz.swift [pdf]=PDFExtractionFuzz.swift
)

for module in PlanciteStructure PlanciteCitations; do
  swift build -c release --build-path "$BUILD" --target "$module" -Xswiftc "${FLAGS[0]}" >&2
done
MODULES="$BUILD/release/Modules"
[ -d "$MODULES" ] || MODULES="$BUILD/release"
OBJECTS=()
for module in PlanciteCore PlanciteExtract PlanciteLayout PlanciteStructure PlanciteCitations; do
  OBJECTS+=("$BUILD"/release/"$module".build/*.o)
done
CFLAGS=()
for flag in $(pkg-config --cflags poppler-glib); do CFLAGS+=(-Xcc "$flag"); done
LIBS=($(pkg-config --libs poppler-glib libcrypto))

mkdir -p "$BUILD/bin" Fuzz/regressions
for target in "${TARGETS[@]}"; do
  binary="$BUILD/bin/fuzz-$target"
  swiftc "${FLAGS[@]}" -O -parse-as-library -module-name "Fuzz_$target" -I "$MODULES" -I Sources/CPoppler -I Sources/CCrypto "${CFLAGS[@]}" \
    "Fuzz/Targets/${SOURCE[$target]}" "${OBJECTS[@]}" "${LIBS[@]}" -o "$binary" 2>&1 | { grep -v "Cannot export local symbol" || true; } >&2
  corpus="$BUILD/corpus/$target"
  mkdir -p "$corpus" "Fuzz/seeds/$target"
  seeds=("Fuzz/seeds/$target")
  regressions=(Fuzz/regressions/"$target"-*)
  if [ -e "${regressions[0]}" ]; then
    echo "== $target: replaying ${#regressions[@]} regression input(s)"
    "$binary" -timeout=20 "${regressions[@]}" 2>&1 | tail -n 3 || echo "== $target: a regression input still fails"
  fi
  echo "== $target: fuzzing for $DURATION s"
  log="$BUILD/fuzz-$target.log"
  "$binary" -max_total_time="$DURATION" -timeout=20 -rss_limit_mb=3072 -max_len=16384 -print_final_stats=1 \
    -artifact_prefix="Fuzz/regressions/$target-" "$corpus" "${seeds[@]}" >"$log" 2>&1 || true
  grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY)" "$log" || true
  grep -E "Test unit written to" "$log" || echo "== $target: no crash found"
done
