#!/usr/bin/env python3
"""Makes a JSONL crawl from a folder of saved pages and scraped texts, as a crawler would write it.

    python3 bench/make_crawl.py DIR [--limit N] [--copies C] > crawl.jsonl

One record a line: {"id": relative path (with the copy number when C > 1), "url", "html" or "text"}. Files are
taken in sorted order, so the same folder always gives the same crawl. Only .html/.htm and .txt files are read;
bytes that are not UTF-8 are decoded as windows-1252, as the tool itself falls back.
"""
import argparse
import json
import os
import sys


def read(path):
    data = open(path, "rb").read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--limit", type=int, default=0, help="at most N files (0: all)")
    parser.add_argument("--copies", type=int, default=1, help="repeat the files C times, with distinct ids")
    args = parser.parse_args()
    files = []
    for root, _, names in os.walk(args.folder):
        for name in names:
            if name.endswith((".html", ".htm", ".txt")) and ".expected." not in name:
                files.append(os.path.relpath(os.path.join(root, name), args.folder))
    files.sort()
    if args.limit:
        files = files[: args.limit]
    out = sys.stdout
    for copy in range(args.copies):
        for rel in files:
            kind = "text" if rel.endswith(".txt") else "html"
            key = rel.replace(os.sep, "/") + (f"#{copy}" if args.copies > 1 else "")
            record = {"id": key, "url": "https://crawl.example/" + key, kind: read(os.path.join(args.folder, rel))}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
