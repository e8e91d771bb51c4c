#!/usr/bin/env python3
"""CPU-time split of `plancite ingest --jobs 1` by pipeline stage, from perf samples.

    python3 Benchmarks/perf_stages.py [--plancite BIN] [--frequency 1000] [--top N] [PDF...]

The time-based counterpart of `profile.sh` (callgrind counts instructions; this counts where the
worker's CPU time went, cache misses, kernel time and all). Records the command with
`perf record --call-graph dwarf` (the default files: the big plan and the small documents of the
corpus), then gives each sample of the worker process to the stage whose entry point is nearest
the root of its call chain. Samples of the parent process are counted apart. Prints Markdown.
Needs `perf` with DWARF unwinding and the corpus (run run.py once); takes about 30 s.
"""
import argparse
import collections
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

from callgrind_split import demangle

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(HERE, "work")

# Stage entry points, matched against demangled names. A sample belongs to the stage of the frame
# nearest the root (main) that matches any of them.
STAGES = [
    ("extract", r"PlanciteExtract\.PDFDocument\.(extract|init)"),
    ("layout", r"PlanciteLayout\.LayoutAnalyzer\.analyze"),
    ("structure", r"PlanciteStructure\.StructureParser\.parse"),
    ("citations", r"PlanciteCitations\.CitationAnalyzer\.analyze"),
    ("records", r"PlanciteDataset\.RecordBuilder\.build|PlanciteDataset\.RecordInvariants"),
    ("write", r"PlanciteDataset\.DatasetWriter\.write"),
    ("hash input", r"PlanciteDataset\.FileDigest"),
]
AFTER_EXTRACTION = ["layout", "structure", "citations", "records", "write"]


def samples(script):
    """(pid, frames leaf first) of each sample in `perf script` output."""
    pid, frames = None, []
    for line in script:
        if not line.strip():
            if pid is not None:
                yield pid, frames
            pid, frames = None, []
        elif pid is None:
            fields = line.split()
            pid = int(fields[1].split("/")[0])
        else:
            fields = line.strip().split(None, 1)
            frames.append(re.sub(r"(\+0x[0-9a-f]+)?( \(inlined\))?$", "", fields[1]) if len(fields) > 1 else "")
    if pid is not None:
        yield pid, frames


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plancite", default=os.path.join(ROOT, ".build-static/x86_64-unknown-linux-gnu/release/plancite"))
    parser.add_argument("--frequency", type=int, default=1000, help="samples per second")
    parser.add_argument("--top", type=int, default=0, help="also list each later stage's N costliest functions (self time)")
    parser.add_argument("pdfs", nargs="*")
    args = parser.parse_args()
    pdfs = args.pdfs or ([os.path.join(HERE, "corpus/big/plan-400.pdf")]
                         + sorted(glob.glob(os.path.join(HERE, "corpus/small/*.pdf"))))
    if not os.path.exists(args.plancite):
        sys.exit(f"{args.plancite}: not built (run Benchmarks/run.py once, or pass --plancite)")
    os.makedirs(WORK, exist_ok=True)
    data = os.path.join(WORK, "perf-stages.data")
    # A new folder each time, deleted only after the recording (see run.py on ext4's recently_deleted).
    out = tempfile.mkdtemp(prefix="perf-stages-out-", dir=WORK)
    subprocess.run(["perf", "record", "-q", "-F", str(args.frequency), "--call-graph", "dwarf,32768", "-o", data,
                    "--", args.plancite, "ingest", *pdfs, "--out", os.path.join(out, "dataset"), "--quiet", "--jobs", "1"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(out, ignore_errors=True)
    script = subprocess.run(["perf", "script", "-i", data, "-F", "comm,pid,ip,sym"],
                            capture_output=True, text=True, check=True).stdout.splitlines()
    os.unlink(data)

    parsed = list(samples(script))
    # Not simplified: the stage patterns need the module names.
    names = demangle(sorted({frame for _, frames in parsed for frame in frames if frame}), simplified=False)
    patterns = [(stage, re.compile(pattern)) for stage, pattern in STAGES]
    # A worker is forked from the command, so it is told apart by the loop it runs, not by its name.
    loop = re.compile(r"PlanciteBatch\.WorkerLoop\.run")
    workers = {pid for pid, frames in parsed if any(loop.search(names.get(f, f)) for f in frames)}
    counts = collections.Counter()
    leaves = collections.defaultdict(collections.Counter)  # stage -> leaf function -> samples
    for pid, frames in parsed:
        if pid not in workers:
            counts["parent process"] += 1
            continue
        stage = "worker, outside the stages (job loop, messages, freeing values)"
        for frame in reversed(frames):  # root first
            name = names.get(frame, frame)
            found = next((s for s, p in patterns if p.search(name)), None)
            if found:
                stage = found
                break
        counts[stage] += 1
        if frames:
            leaves[stage][names.get(frames[0], frames[0])] += 1

    period = 1000 / args.frequency  # ms per sample
    extract = counts["extract"] * period
    print(f"`plancite ingest --jobs 1` over {len(pdfs)} PDFs, {sum(counts.values())} samples at {args.frequency} Hz "
          f"(CPU ms = samples × {period:g} ms)\n")
    print("| stage | CPU ms | share of extract |")
    print("| --- | ---: | ---: |")
    for stage in [s for s, _ in STAGES] + [k for k in counts if k not in dict(STAGES)]:
        ms = counts[stage] * period
        share = f"{100 * ms / extract:.1f} %" if extract else "–"
        print(f"| {stage} | {ms:.0f} | {share} |")
    after = sum(counts[s] for s in AFTER_EXTRACTION) * period
    if extract:
        print(f"\nStages after extraction ({', '.join(AFTER_EXTRACTION)}): {after:.0f} ms ÷ {extract:.0f} ms "
              f"= **{100 * after / extract:.1f} %** of extraction.")
    for stage in AFTER_EXTRACTION if args.top else []:
        print(f"\n{stage}, costliest functions (self CPU ms):\n")
        for name, count in leaves[stage].most_common(args.top):
            print(f"- {count * period:.0f} `{name[:160]}`")


if __name__ == "__main__":
    main()
