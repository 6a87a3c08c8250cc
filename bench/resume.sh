#!/usr/bin/env bash
# Resuming a batch: a full `declutter convert DIR --output-dir OUT` against second runs over the finished output
# with --skip-existing and --update (nothing left to do), and a run where a tenth of the inputs changed, all
# timed in the same run.
#
#   bash bench/resume.sh [COPIES] [INPUT_DIR] [FORMAT]
#
# COPIES (default 100) copies of every .txt in INPUT_DIR (default fixtures/text), converted to FORMAT (default json).
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-100}
input=${2:-fixtures/text}
format=${3:-json}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=0
for ((c = 0; c < copies; c++)); do
  mkdir -p "$work/in/$c"
  for f in "$input"/*.txt; do
    cp "$f" "$work/in/$c/"
    n=$((n + 1))
  done
done

dotnet build -c Release src/Convert.Cli -v q -nologo >/dev/null
cli=(dotnet src/Convert.Cli/bin/Release/net10.0/declutter.dll convert "$work/in" --output-dir "$work/out" -t "$format" -q --allow-empty)

now() { date +%s%N; }
run() { local t0; t0=$(now); "${cli[@]}" "$@" || true; echo $(($(now) - t0)); }

full=$(run)
skip=$(run --skip-existing)
update=$(run --update)
sleep 1
find "$work/in" -name '*.txt' | sort | awk 'NR % 10 == 0' | xargs touch
changed=$(run --update)

echo "inputs: $n files (copies of $input), format $format"
printf '%-40s %10s %12s\n' "job" "seconds" "ratio to full"
for job in full skip update changed; do
  ns=${!job}
  label=$(case $job in full) echo "full conversion";; skip) echo "--skip-existing, all done";;
    update) echo "--update, all up to date";; changed) echo "--update, 10% of inputs touched";; esac)
  printf '%-40s %10.3f %12.2f\n' "$label" "$(awk -v ns="$ns" 'BEGIN { print ns / 1e9 }')" "$(awk -v a="$ns" -v b="$full" 'BEGIN { print a / b }')"
done
