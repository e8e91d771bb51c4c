#!/usr/bin/env python3
"""Reads every page of the given PDFs with PyMuPDF get_text("dict") (text, fonts, boxes), as the comparison point.

Prints the seconds spent after `import pymupdf` (opening and reading the files) and the number of spans.
"""
import sys
import time

import pymupdf

start = time.perf_counter()
spans = 0
for path in sys.argv[1:]:
    with pymupdf.open(path) as document:
        for page in document:
            for block in page.get_text("dict")["blocks"]:
                for line in block.get("lines", ()):
                    spans += len(line["spans"])
print(f"{time.perf_counter() - start:.6f} {spans}")
