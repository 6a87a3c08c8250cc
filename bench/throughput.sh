#!/usr/bin/env bash
# Whole-batch throughput of `declutter convert` in one process, against baselines timed in the same run:
# copying the same files (the I/O floor) and, when installed, pandoc writing .docx (one process per file).
#
#   bash bench/throughput.sh [COPIES] [INPUT_DIR]
#
# COPIES (default 100) copies of every .txt in INPUT_DIR (default fixtures/text) are converted.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-100}
input=${2:-fixtures/text}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
n=0
for ((c = 0; c < copies; c++)); do
  mkdir -p "$work/in/$c"
  for f in "$input"/*.txt; do
    cp "$f" "$work/in/$c/"
    n=$((n + 1))
  done
done
bytes=$(du -sb "$work/in" | cut -f1)

dotnet build -c Release src/Convert.Cli -v q -nologo >/dev/null
cli=(dotnet src/Convert.Cli/bin/Release/net10.0/declutter.dll)

now() { date +%s%N; }
seconds() { awk -v ns="$1" 'BEGIN { printf "%.3f", ns / 1e9 }'; }

t0=$(now); cp -r "$work/in" "$work/copy"; t1=$(now)
copy_ns=$((t1 - t0))

declare -A took
for format in json docx md; do
  rm -rf "$work/out"
  t0=$(now)
  /usr/bin/time -f "%M" -o "$work/mem-$format" "${cli[@]}" convert "$work/in" --output-dir "$work/out" -t "$format" -q
  t1=$(now)
  took[$format]=$((t1 - t0))
done

echo "inputs: $n files, $((bytes / 1024)) KiB (copies of $input)"
printf '%-28s %10s %12s %10s %12s\n' "job" "seconds" "files/s" "ms/file" "peak RSS MB"
printf '%-28s %10s %12.0f %10.3f %12s\n' "copy (I/O floor)" "$(seconds $copy_ns)" \
  "$(awk -v n=$n -v ns=$copy_ns 'BEGIN { print n / (ns / 1e9) }')" "$(awk -v n=$n -v ns=$copy_ns 'BEGIN { print ns / 1e6 / n }')" "-"
for format in json docx md; do
  ns=${took[$format]}
  printf '%-28s %10s %12.0f %10.3f %12.0f\n' "declutter -> $format" "$(seconds "$ns")" \
    "$(awk -v n=$n -v ns="$ns" 'BEGIN { print n / (ns / 1e9) }')" "$(awk -v n=$n -v ns="$ns" 'BEGIN { print ns / 1e6 / n }')" \
    "$(awk '{ print $1 / 1024 }' "$work/mem-$format")"
done

if command -v pandoc >/dev/null; then
  sample=$(find "$work/in" -name '*.txt' | sort | head -n 50 || true)
  m=$(wc -l <<<"$sample")
  t0=$(now)
  # pandoc refuses input that is not UTF-8 (one fixture is windows-1252); such a file still counts its time.
  while read -r f; do pandoc -f markdown -t docx -o "$f.pandoc.docx" "$f" 2>/dev/null || true; done <<<"$sample"
  t1=$(now)
  pandoc_ms=$(awk -v m="$m" -v ns=$((t1 - t0)) 'BEGIN { print ns / 1e6 / m }')
  docx_ms=$(awk -v n=$n -v ns="${took[docx]}" 'BEGIN { print ns / 1e6 / n }')
  printf '%-28s %10s %12.0f %10.3f %12s\n' "pandoc -> docx (per file)" "$(seconds $((t1 - t0)))" \
    "$(awk -v m="$m" -v ns=$((t1 - t0)) 'BEGIN { print m / (ns / 1e9) }')" "$pandoc_ms" "-"
  awk -v p="$pandoc_ms" -v d="$docx_ms" 'BEGIN { printf "declutter -> docx is %.1fx faster per file than pandoc -> docx\n", p / d }'
else
  echo "(pandoc not installed: no pandoc baseline)"
fi
awk -v c=$copy_ns -v j="${took[json]}" 'BEGIN { printf "declutter -> json costs %.1fx the time of copying the files\n", j / c }'
