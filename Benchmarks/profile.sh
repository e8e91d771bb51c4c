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
rm -f "$out".[0-9]*   # the per-process files of an earlier run (OUT.<pid>)
objcopy --strip-debug "$bin/plancite" "$work/plancite-nodebug"
pages=0
for pdf in "$@"; do pages=$((pages + $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}'))); done
echo "files: $#  pages: $pages" >&2
# ingest runs each document in a worker process: follow it (--trace-children) and write one file per
# process, OUT.<pid>. The worker ends by itself when its input closes, so callgrind gets to write its file;
# valgrind is ~50x slower, hence no per-document timeout.
valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$out.%p" \
    "$work/plancite-nodebug" ingest "$@" --out "$work/profile-out" --quiet --jobs 1 --timeout 86400 2> "$work/valgrind.log"
# The worker is forked from the command (or, if it had to be started afresh, runs `plancite worker`),
# so its file is told apart by what it ran, not by its command line.
for file in "$out".[0-9]*; do
    if grep -q 'WorkerLoop[^ ]*run' "$file"; then worker=$file; else parent=$file; fi
done
echo "## Worker process (input hash, extract, layout, parse, resolve, records, document files)"
python3 Benchmarks/callgrind_split.py "$worker"
echo; echo "## Parent process (input checks or hashing, scheduling, folder-wide files, manifest)"
python3 Benchmarks/callgrind_split.py "$parent"
# Hardware counters are often absent in VMs: perf then prints "<not supported>" and exits 0.
if perf stat -e instructions -x, true 2> "$work/perf.txt" && ! grep -q "not supported" "$work/perf.txt"; then
    echo; echo "perf stat -e instructions: available ($(head -1 "$work/perf.txt"))"
else
    echo; echo "perf stat -e instructions: unavailable ($(tail -1 "$work/perf.txt" 2>/dev/null))"
fi
