#!/usr/bin/env bash
# Every speed comparison of issue 13 in one run, on the same inputs and the same machine state, with the ratios
# printed (this machine is shared and noisy: ratios measured in one run are what holds, not absolute times):
#   1. HTML -> JSON on the Readability test pages: declutter, SmartReader, readability-lxml and the HtmlAgilityPack
#      parse-only floor (bench/html-corpus.sh);
#   2. text -> JSON articles per second on COPIES copies of a seed-sized article, one process, and the same files to
#      .docx and Markdown, against copying them (the I/O floor) and pandoc -> .docx one process per file
#      (bench/throughput.sh);
#   3. text -> JSON Lines: the same articles as one JSONL crawl in and one JSONL file out.
#
#   bash bench/compare.sh [OUT_DIR] [COPIES]
#
# Needs the .NET SDK; the baselines that are missing are reported and skipped: readability-lxml
# (apt-get install python3-readability), pandoc (apt-get install pandoc).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bench/out/compare}
copies=${2:-5000}
mkdir -p "$out"

echo "== 1. HTML -> JSON (Readability test pages)"
bash bench/html-corpus.sh --out "$out/html" | tee "$out/html.txt"

echo
echo "== 2. text -> JSON / .docx / Markdown: $copies copies of bench/inputs/seed-sized-article.txt (the seed's shape, 7.9 KB)"
seed=$(mktemp -d)
trap 'rm -rf "$seed"' EXIT
cp bench/inputs/seed-sized-article.txt "$seed/"
bash bench/throughput.sh "$copies" "$seed" | tee "$out/text.txt"

echo
echo "== 3. text -> JSON Lines: the same $copies articles as one JSONL crawl, one process (-j 2), no file per article"
python3 bench/make_crawl.py "$seed" --copies "$copies" > "$seed/crawl.jsonl"
dll=src/Convert.Cli/bin/Release/net10.0/declutter.dll
t0=$(date +%s%N)
dotnet "$dll" convert "$seed/crawl.jsonl" -o "$seed/out.jsonl" --to jsonl --force -q -j 2
t1=$(date +%s%N)
records=$(wc -l < "$seed/out.jsonl")
awk -v n="$records" -v ns=$((t1 - t0)) 'BEGIN { printf "declutter jsonl -> jsonl %6d records %8.3f s %10.0f records/s\n", n, ns / 1e9, n / (ns / 1e9) }' \
  | tee "$out/jsonl.txt"

echo
echo "== targets (issue 13), from the runs above"
grep -E '^  (pages/s|time <=)' "$out/html.txt" || echo "  HTML: not measured (see above)"
awk '/^declutter -> json +[0-9]/ { printf "  text -> JSON articles/s >= 5000, a file each          %8.0f  %s\n", $(NF-2), ($(NF-2) >= 5000 ? "met" : "MISSED") }' "$out/text.txt"
awk '{ printf "  text -> JSON articles/s >= 5000, one JSONL stream      %8.0f  %s\n", $(NF-1), ($(NF-1) >= 5000 ? "met" : "MISSED") }' "$out/jsonl.txt"
grep -E 'faster per file than pandoc' "$out/text.txt" | sed 's/^/  /' || echo "  Word vs pandoc: pandoc not installed"
