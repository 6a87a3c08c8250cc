#!/usr/bin/env bash
# A crawl through `declutter convert --from jsonl --to jsonl` in shards on a real Dask cluster on loopback (one
# scheduler, WORKERS worker processes of one thread each), checked byte for byte against a single-process run.
#
#   bash bench/dask-shards.sh [CRAWL.jsonl] [--workers N] [--shards N]
#
# Without CRAWL, one is made from fixtures/ (bench/make_crawl.py). Needs the .NET SDK and Debian's python3-dask and
# python3-distributed (installed with apt-get when missing and run as root). Exits 1 when the outputs differ.
# DECLUTTER=path/declutter.dll uses a build you already have.
set -euo pipefail
cd "$(dirname "$0")/.."
crawl=""
workers=2
shards=""
while (($#)); do
  case "$1" in
    --workers) workers=$2; shift 2 ;;
    --shards) shards=$2; shift 2 ;;
    *) crawl=$1; shift ;;
  esac
done
shards=${shards:-$((workers * 4))}
py=/usr/bin/python3

if ! "$py" -c "import dask, distributed" 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y python3-dask python3-distributed >/dev/null
  else
    echo "dask-shards: needs python3-dask and python3-distributed (apt-get install them)" >&2
    exit 2
  fi
fi

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "$crawl" ]; then
  crawl=$work/crawl.jsonl
  "$py" bench/make_crawl.py fixtures >"$crawl"
fi
crawl=$(realpath "$crawl")

# DECLUTTER=path/declutter.dll (or a native executable) skips the publish.
if [ -n "${DECLUTTER:-}" ]; then
  case "$DECLUTTER" in *.dll) cli=(dotnet "$(realpath "$DECLUTTER")") ;; *) cli=("$(realpath "$DECLUTTER")") ;; esac
else
  dotnet publish src/Convert.Cli -c Release -o "$work/cli" -v q -nologo >/dev/null
  cli=(dotnet "$work/cli/declutter.dll")
fi

now() { date +%s%N; }
t0=$(now)
"${cli[@]}" convert "$crawl" -o "$work/single.jsonl" -q -j 1 || [ $? = 1 ]
t1=$(now)
records=$(wc -l <"$work/single.jsonl")
awk -v n="$records" -v ns=$((t1 - t0)) 'BEGIN { printf "single process (-j 1): %d articles in %.2f s (%.1f articles/s)\n", n, ns / 1e9, n / (ns / 1e9) }'

dask-scheduler --host 127.0.0.1 --port 0 --dashboard-address 127.0.0.1:0 --scheduler-file "$work/scheduler.json" \
  >"$work/scheduler.log" 2>&1 &
pids+=($!)
for ((i = 1; i <= workers; i++)); do
  until [ -s "$work/scheduler.json" ]; do sleep 0.2; done
  dask-worker --scheduler-file "$work/scheduler.json" --nworkers 1 --nthreads 1 --no-dashboard --name "w$i" \
    >"$work/worker$i.log" 2>&1 &
  pids+=($!)
done
"$py" - "$work/scheduler.json" "$workers" <<'PY'
import sys
from distributed import Client
client = Client(scheduler_file=sys.argv[1])
client.wait_for_workers(int(sys.argv[2]), timeout=120)
client.close()
PY

"$py" bench/dask_shards.py --scheduler-file "$work/scheduler.json" --crawl "$crawl" --shards "$shards" \
  --out "$work/merged.jsonl" -- "${cli[@]}"

if cmp -s "$work/single.jsonl" "$work/merged.jsonl"; then
  echo "merged output of $shards shards equals the single-process output byte for byte ($(wc -c <"$work/merged.jsonl") bytes, sha256 $(sha256sum "$work/merged.jsonl" | cut -c1-16))"
else
  echo "MISMATCH: the merged output differs from the single-process output" >&2
  cmp "$work/single.jsonl" "$work/merged.jsonl" >&2 || true
  exit 1
fi
