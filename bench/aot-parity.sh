#!/usr/bin/env bash
# Converts every fixture (fixtures/html, fixtures/text) to JSON and Word with the JIT build and with a Native AOT
# build, and fails unless the outputs are byte for byte the same:
#
#   bash bench/aot-parity.sh AOT_EXECUTABLE [JIT_PUBLISH_DIR]
#
# AOT_EXECUTABLE is what bench/publish-aot.sh leaves (OUTDIR/declutter); JIT_PUBLISH_DIR a `dotnet publish -c Release`
# of src/Convert.Cli (made here when not given).
set -euo pipefail
aot=$(realpath "${1:?usage: bash bench/aot-parity.sh AOT_EXECUTABLE [JIT_PUBLISH_DIR]}")
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jit=${2:-}
if [ -z "$jit" ]; then
  jit="$work/jit"
  dotnet publish src/Convert.Cli -c Release -o "$jit" -nologo -v q >/dev/null
fi

for format in json docx; do
  for kind in html text; do
    # --now is not given: both builds read the same files, so dates and paths agree without it.
    dotnet "$jit/declutter.dll" convert "fixtures/$kind" --output-dir "$work/jit-out/$format/$kind" -t "$format" -q --allow-empty || true
    "$aot" convert "fixtures/$kind" --output-dir "$work/aot-out/$format/$kind" -t "$format" -q --allow-empty || true
  done
done
count=$(find "$work/jit-out" -type f | wc -l)
if [ "$count" -eq 0 ]; then
  echo "aot-parity: the JIT build wrote nothing" >&2
  exit 1
fi
if ! diff -r -q "$work/jit-out" "$work/aot-out"; then
  echo "aot-parity: the builds' outputs differ (above)" >&2
  exit 1
fi
echo "aot-parity: $count outputs, the same bytes from the JIT and the Native AOT build"
