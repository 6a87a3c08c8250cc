#!/usr/bin/env bash
# Publishes the CLI as one Native AOT executable, OUTDIR/declutter (no .NET runtime needed to run it).
#
#   bash bench/publish-aot.sh OUTDIR
#
# Installs what the native toolchain needs (clang, zlib1g-dev) with apt-get when they are missing and this runs as
# root. Fails when the publish reports a trimming or AOT warning (IL2xxx, IL3xxx): such code may break only in the
# native build.
set -euo pipefail
out=${1:?usage: bash bench/publish-aot.sh OUTDIR}
cd "$(dirname "$0")/.."

missing=()
command -v clang >/dev/null || missing+=(clang)
dpkg -s zlib1g-dev >/dev/null 2>&1 || missing+=(zlib1g-dev)
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "publish-aot: needs ${missing[*]} (apt-get install them)" >&2
    exit 2
  fi
fi

case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64) rid=linux-arm64 ;;
  *) echo "publish-aot: no runtime identifier for $(uname -m)" >&2; exit 2 ;;
esac

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! dotnet publish src/Convert.Cli -c Release -r "$rid" -p:PublishAot=true -o "$out" -nologo >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
if grep -E "(warning|error) IL[23][0-9]{3}" "$log" >&2; then
  echo "publish-aot: trimming/AOT warnings above" >&2
  exit 1
fi
test -x "$out/declutter"
echo "$out/declutter"
