#!/usr/bin/env python3
"""Writes one "## " section of a Markdown file (BENCHMARKS.md) from standard input, leaving the others as they are.

    replace-section.py FILE HEADING < section.md

The section runs from the first line beginning "## HEADING" to the next "## " line or the end of the file; the new
text (which starts with its own heading) takes its place. A file without that section gets it at the end; a missing
file is created. Every benchmark script, of the LRS and of the engine, writes its section through this.
"""
import sys


def replace(text, heading, section):
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.startswith("## " + heading)), None)
    if start is None:
        before = text.rstrip("\n")
        return (before + "\n\n" if before else "") + section
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    after = "".join(lines[end:])
    return "".join(lines[:start]) + section + ("\n" + after if after else "")


def main(path, heading):
    section = sys.stdin.read().rstrip("\n") + "\n"
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        text = ""
    with open(path, "w", encoding="utf-8") as f:
        f.write(replace(text, heading, section))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: replace-section.py FILE HEADING < section.md")
    main(sys.argv[1], sys.argv[2])
