"""readability-lxml baseline for bench/html-corpus.sh: one process over a batch of HTML pages.

    /usr/bin/python3 bench/Baselines/readability_lxml_runner.py --root DIR --output-dir OUT FILE...

Writes, for each page, OUT/<page path relative to DIR with .json> holding the title and the summary() HTML.
readability-lxml finds no byline, so none is written. Needs Debian's python3-readability, hence /usr/bin/python3.
"""

import argparse
import json
import os
import sys
import time

from readability import Document


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", required=True)
    parser.add_argument("--output-dir", required=True)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()

    failed = 0
    start = time.perf_counter()
    for path in args.files:
        target = os.path.join(args.output_dir, os.path.splitext(os.path.relpath(path, args.root))[0] + ".json")
        try:
            with open(path, "rb") as f:
                html = f.read()
            doc = Document(html)
            result = {"title": doc.title(), "content": doc.summary(html_partial=True)}
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8") as f:
                json.dump(result, f, ensure_ascii=False, indent=1)
        except Exception as e:  # one page failing must not stop the batch: it is reported and counted
            failed += 1
            print(f"{path}: {type(e).__name__}: {e}", file=sys.stderr)
    elapsed = time.perf_counter() - start
    print(f"readability-lxml: {len(args.files) - failed} pages extracted, {failed} failed, "
          f"{elapsed:.3f} s in process", file=sys.stderr)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
