#!/usr/bin/env python3
"""Summarises a callgrind output file: cost by object, by pipeline stage, and our top functions.

    python3 Benchmarks/callgrind_split.py callgrind.out [--top 10]

Reads the callgrind format directly (name compression, call costs) so that self and inclusive
costs per function and self cost per ELF object come from one pass. Swift names are demangled
with `swift demangle --simplified`. Prints Markdown.
"""
import argparse
import collections
import re
import subprocess
import sys

# Stage entry points, matched against demangled names (first match wins, in this order).
STAGES = [
    ("extract (poppler-glib + PlanciteExtract)", r"PlanciteExtract\.PDFDocument\.extract"),
    ("open PDF (PlanciteExtract)", r"PlanciteExtract\.PDFDocument\.init"),
    ("layout (PlanciteLayout)", r"PlanciteLayout\.LayoutAnalyzer\.analyze"),
    ("structure (PlanciteStructure)", r"PlanciteStructure\.StructureParser\.parse"),
    ("citations (PlanciteCitations)", r"PlanciteCitations\.CitationAnalyzer\.analyze"),
    ("records (PlanciteDataset RecordBuilder)", r"PlanciteDataset\.RecordBuilder\.build"),
    ("hash input (PlanciteDataset FileDigest)", r"PlanciteDataset\.FileDigest"),
]
OUR_MODULES = ("PlanciteCore.", "PlanciteExtract.", "PlanciteLayout.", "PlanciteStructure.", "PlanciteCitations.",
               "PlanciteDataset.", "PlanciteCheck.", "PlanciteBatch.", "PlanciteCLI.")


def parse(path):
    self_cost = collections.Counter()      # fn id -> Ir
    call_cost = collections.Counter()      # fn id -> Ir spent in callees (not itself)
    calls_to = collections.defaultdict(collections.Counter)  # caller -> callee -> Ir
    object_cost = collections.Counter()    # object name -> self Ir
    fn_object = {}
    names = {"ob": {}, "fl": {}, "fn": {}}
    ob = fn = cfn = None
    total = 0
    pending_call = False

    def name(kind, value):
        m = re.match(r"\((\d+)\)(?: (.*))?$", value)
        if not m:
            return value
        if m.group(2) is not None:
            names[kind][m.group(1)] = m.group(2)
        return names[kind][m.group(1)]

    with open(path, errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            c = line[0]
            if c.isdigit() or c in "+-*":
                parts = line.split()
                cost = int(parts[1]) if len(parts) > 1 else 0
                if pending_call:
                    pending_call = False
                    if cfn != fn:
                        call_cost[fn] += cost
                        calls_to[fn][cfn] += cost
                else:
                    self_cost[fn] += cost
                    object_cost[fn_object.get(fn, "?")] += cost
                continue
            key, _, value = line.partition("=")
            if key == "ob":
                ob = name("ob", value)
            elif key == "cob":
                name("ob", value)
            elif key in ("fl", "fi", "fe", "cfi", "cfl"):
                name("fl", value)
            elif key == "fn":
                fn = name("fn", value)
                fn_object.setdefault(fn, ob)
            elif key == "cfn":
                cfn = name("fn", value)
            elif key == "calls":
                pending_call = True
            elif line.startswith("summary:") or line.startswith("totals:"):
                total = max(total, int(line.split()[1]))
    if not total:
        total = sum(self_cost.values())
    return self_cost, call_cost, calls_to, object_cost, fn_object, total


def demangle(symbols, simplified):
    text = "\n".join(symbols) + "\n"
    flags = ["--simplified"] if simplified else []
    try:
        out = subprocess.run(["swift", "demangle", *flags], input=text, capture_output=True,
                             text=True, check=True).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        return dict(zip(symbols, symbols))
    return dict(zip(symbols, out)) if len(out) == len(symbols) else dict(zip(symbols, symbols))


def short_object(path):
    base = path.rsplit("/", 1)[-1]
    return re.sub(r"\.so(\.\d+)*$", "", base)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--calls", metavar="REGEX", action="append", default=[],
                        help="also list the callers and callees of functions whose full name matches")
    args = parser.parse_args()
    self_cost, call_cost, calls_to, object_cost, fn_object, total = parse(args.file)
    functions = set(self_cost) | set(call_cost)
    symbols = sorted(functions)
    full = demangle(symbols, simplified=False)        # with module names: used for matching
    readable = demangle(symbols, simplified=True)     # shorter: used for display
    inclusive = {fn: self_cost[fn] + call_cost[fn] for fn in functions}

    def pct(x):
        return f"{100 * x / total:.1f}%"

    print(f"Total: {total:,} instructions (Ir).\n")
    print("### Self cost by object\n\n| object | Ir | share |\n| --- | ---: | ---: |")
    for obj, cost in object_cost.most_common(12):
        print(f"| {short_object(obj or '?')} | {cost:,} | {pct(cost)} |")

    print("\n### Stages (inclusive cost of each stage's entry point)\n\n| stage | entry point | Ir | share |\n"
          "| --- | --- | ---: | ---: |")
    accounted = 0
    for label, pattern in STAGES:
        matches = [fn for fn in functions if re.search(pattern, full[fn])]
        if not matches:
            print(f"| {label} | (not found) | – | – |")
            continue
        # The outermost match: the one with the largest inclusive cost (nested matches are inside it).
        best = max(matches, key=lambda fn: inclusive[fn])
        accounted += inclusive[best]
        print(f"| {label} | `{readable[best][:90]}` | {inclusive[best]:,} | {pct(inclusive[best])} |")
    print(f"| everything else (start-up, JSON encoding, validation, writing, exit) | | {total - accounted:,} "
          f"| {pct(total - accounted)} |")

    ours = [fn for fn in functions if any(m in full[fn] for m in OUR_MODULES)]
    ours.sort(key=lambda fn: inclusive[fn], reverse=True)
    print(f"\n### Our functions by inclusive cost (top {args.top * 3})\n\n| function | inclusive Ir | share | self |\n"
          "| --- | ---: | ---: | ---: |")
    for fn in ours[: args.top * 3]:
        print(f"| `{readable[fn][:140]}` | {inclusive[fn]:,} | {pct(inclusive[fn])} | {pct(self_cost[fn])} |")

    print(f"\n### Functions by self cost (top {args.top * 2}, any object)\n\n| function | object | self Ir | share |\n"
          "| --- | --- | ---: | ---: |")
    for fn, cost in self_cost.most_common(args.top * 2):
        print(f"| `{readable[fn][:140]}` | {short_object(fn_object.get(fn) or '?')} | {cost:,} | {pct(cost)} |")
    for pattern in args.calls:
        print_calls(pattern, functions, full, readable, inclusive, calls_to, total)


def print_calls(pattern, functions, full, readable, inclusive, calls_to, total):
    """Callers and callees (by call cost) of the functions whose full demangled name matches."""
    for fn in sorted((f for f in functions if re.search(pattern, full[f])), key=lambda f: -inclusive[f])[:3]:
        print(f"\n#### `{readable[fn][:120]}`: inclusive {100 * inclusive[fn] / total:.1f}%\n")
        callers = collections.Counter({caller: callees[fn] for caller, callees in calls_to.items() if fn in callees})
        for caller, cost in callers.most_common(6):
            print(f"- called by `{readable[caller][:110]}`: {100 * cost / total:.1f}%")
        for callee, cost in calls_to[fn].most_common(10):
            print(f"- calls `{readable[callee][:110]}`: {100 * cost / total:.1f}%")


if __name__ == "__main__":
    main()

