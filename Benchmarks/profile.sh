#!/usr/bin/env bash
# Callgrind profile of `plancite ingest` on PDFs; prints the Markdown split used in PROFILE.md.
#   bash Benchmarks/profile.sh [PDF...]   (default: the big plan; run run.py first to make the corpus)
#   OUT=Benchmarks/work/callgrind-small.out bash Benchmarks/profile.sh Benchmarks/corpus/small/doc-00*.pdf
# Instruction counts are repeatable, so two builds can be compared stage by stage.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then set -- Benchmarks/corpus/big/plan-400.pdf; fi
swift build -c release --scratch-path .build-release --product plancite >/dev/null
bin=$(swift build -c release --scratch-path .build-release --show-bin-path)
work=Benchmarks/work
mkdir -p "$work"
rm -rf "$work/profile-out"
out=${OUT:-$work/callgrind.out}
# valgrind 3.19 cannot read the DWARF 5 debug info that swiftc/clang emit ("unhandled dwarf2 abbrev form
# code 0x25"); profile a copy without debug sections: the symbol table still names every function.
objcopy --strip-debug "$bin/plancite" "$work/plancite-nodebug"
pages=0
for pdf in "$@"; do pages=$((pages + $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}'))); done
echo "files: $#  pages: $pages" >&2
valgrind --tool=callgrind --callgrind-out-file="$out" \
    "$work/plancite-nodebug" ingest "$@" --out "$work/profile-out" --quiet 2> "$work/valgrind.log"
python3 Benchmarks/callgrind_split.py "$out"
# Hardware counters are often absent in VMs: perf then prints "<not supported>" and exits 0.
if perf stat -e instructions -x, true 2> "$work/perf.txt" && ! grep -q "not supported" "$work/perf.txt"; then
    echo; echo "perf stat -e instructions: available ($(head -1 "$work/perf.txt"))"
else
    echo; echo "perf stat -e instructions: unavailable ($(tail -1 "$work/perf.txt" 2>/dev/null))"
fi
