#!/usr/bin/env bash
# Cold single-file conversion of the JIT, ReadyToRun and Native AOT builds, same command, side by side:
#
#   bash bench/startup.sh [RUNS]
#
# Needs hyperfine (apt-get install hyperfine) and what bench/publish-aot.sh needs. RUNS defaults to 10.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rid=$( [ "$(uname -m)" = aarch64 ] && echo linux-arm64 || echo linux-x64 )

dotnet publish src/Convert.Cli -c Release -o "$work/jit" -nologo -v q >/dev/null
dotnet publish src/Convert.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/r2r" -nologo -v q >/dev/null
bash bench/publish-aot.sh "$work/aot" >/dev/null

text=fixtures/text/multi-author-bios.txt
html=fixtures/html/div-soup-obfuscated-classes.html
for case in "text-json:$text:json" "html-docx:$html:docx"; do
  IFS=: read -r name input format <<<"$case"
  hyperfine -N --warmup 2 --runs "$runs" --export-markdown "$work/$name.md" \
    -n jit "dotnet $work/jit/declutter.dll convert $input --to $format -o $work/out.$format --force" \
    -n r2r "$work/r2r/declutter convert $input --to $format -o $work/out.$format --force" \
    -n aot "$work/aot/declutter convert $input --to $format -o $work/out.$format --force" >/dev/null
  echo "## $name ($input)"
  cat "$work/$name.md"
done
