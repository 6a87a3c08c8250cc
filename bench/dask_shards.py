#!/usr/bin/env python3
"""The client side of bench/dask-shards.sh: runs a crawl through `declutter convert --shard K/N` as N Dask tasks
on a running cluster, merges the shards' lines back into the crawl's order and writes them.

    python3 bench/dask_shards.py --scheduler-file F --crawl crawl.jsonl --shards N --out merged.jsonl -- declutter ...

Each task runs the tool on the whole crawl file with its own --shard (the crawl must be readable by every worker:
a shared disk, or here the one machine); it returns its output lines. The merge orders lines by the position of
their record's id in the crawl, so the merged file is what a single process writes.
"""
import argparse
import json
import subprocess
import sys
import time

from distributed import Client


def convert_shard(command, crawl, k, n):
    """Runs on a worker: one shard of the crawl through the tool; its stdout lines and its stderr."""
    started = time.time()
    done = subprocess.run(command + ["convert", crawl, "--shard", f"{k}/{n}", "-q", "-j", "1"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if done.returncode not in (0, 1):  # 1: some records failed, as in the single run; 2: the tool itself failed
        raise RuntimeError(f"shard {k}/{n} exited {done.returncode}: {done.stderr.decode()[-2000:]}")
    return done.stdout.splitlines(keepends=True), done.stderr.decode(), time.time() - started


def record_ids(crawl):
    """The ids of the crawl's records in order (the merge key)."""
    order = {}
    with open(crawl, "rb") as f:
        for line in f:
            if line.strip():
                try:
                    order.setdefault(str(json.loads(line)["id"]), len(order))
                except (ValueError, KeyError, TypeError):
                    pass
    return order


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scheduler-file", required=True)
    parser.add_argument("--crawl", required=True)
    parser.add_argument("--shards", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("command", nargs="+", help="the tool's command, e.g. declutter or dotnet path/declutter.dll")
    args = parser.parse_args()

    client = Client(scheduler_file=args.scheduler_file)
    workers = len(client.scheduler_info()["workers"])
    started = time.time()
    futures = [client.submit(convert_shard, args.command, args.crawl, k, args.shards, pure=False)
               for k in range(1, args.shards + 1)]
    results = client.gather(futures)
    elapsed = time.time() - started

    order = record_ids(args.crawl)
    lines = [line for shard_lines, _, _ in results for line in shard_lines]
    lines.sort(key=lambda line: order[str(json.loads(line)["id"])])
    with open(args.out, "wb") as f:
        f.writelines(lines)
    for stderr in (s for _, s, _ in results if s):
        sys.stderr.write(stderr)
    print(f"dask: {workers} workers, {args.shards} shards, {len(lines)} articles in {elapsed:.2f} s "
          f"({len(lines) / elapsed:.1f} articles/s); per-shard seconds: "
          + ", ".join(f"{t:.2f}" for _, _, t in results))
    client.close()


if __name__ == "__main__":
    main()
