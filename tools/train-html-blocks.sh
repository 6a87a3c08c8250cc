#!/usr/bin/env bash
# Retrains the HTML block scorer shipped in src/Convert.Core/Html/Scoring/html-blocks.model.json on the WCXB
# development split, printing the 5-fold by-site held-out table beside the fitted one. Fixed seeds: the same pages
# and code give the same model file.
#
#   bash tools/train-html-blocks.sh [PAGES_DIR] [-- extra html-blocks options]
#
# PAGES_DIR holds NNNN.html (../shared/corpora/wcxb-dev/unpack.sh writes them); by default they are unpacked into a
# temporary folder. The ground truth is read from ../shared/corpora/wcxb-dev/ground-truth.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpora/wcxb-dev
pages=${1:-}
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
if [ -z "$pages" ]; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  bash "$corpus/unpack.sh" "$scratch/pages"
  pages=$scratch/pages
fi
dotnet build tools/Convert.Training -c Release -v q -nologo
nice -n 10 dotnet tools/Convert.Training/bin/Release/net10.0/Convert.Training.dll html-blocks \
  --ground-truth "$corpus/ground-truth" --pages "$pages" \
  --out src/Convert.Core/Html/Scoring/html-blocks.model.json "$@"
