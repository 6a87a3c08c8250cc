#!/usr/bin/env bash
# HTML corpus benchmark: declutter against SmartReader and readability-lxml on the Readability test pages,
# body text scored as bags of words against expected.html, bylines against expected-metadata.json, each tool timed
# over the whole batch in one process. See bench/README.md, "HTML corpus benchmark".
#
#   bash bench/html-corpus.sh [CORPUS] [--out DIR] [--no-build] [--force-declutter]
#   bash bench/html-corpus.sh --self-test
#
# CORPUS defaults to ../shared/corpora/readability-test-pages (from the repository root). Its pages are only read:
# nothing from the corpus is copied into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 bench/html_corpus.py "$@"
